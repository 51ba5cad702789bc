import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/dom';
import { findActors } from '../../core/actors';
import { extractArticle } from '../../core/extract';
import { analyzeArticle } from '../../core/pipeline';
import { summarize } from '../../core/summary';
import { fromParagraphs } from '../../core/text/source-text';
import { splitSentences } from '../../core/text/sentences';
import { timed, type Timing } from './stats';

/**
 * The stages timed on every page. `parse` (building the DOM with linkedom) is apart: in the
 * browser the DOM exists already. `readability` is plain Readability on a clone (it mutates
 * the document): the baseline. `analysis` is analyzeArticle as the worker calls it (sentences,
 * summary, actors, stats); `pipeline` = extract + analysis, what the extension does after a click.
 */
export const STAGES = [
  'parse',
  'readability',
  'extract',
  'sentences',
  'summary',
  'actors',
  'analysis',
  'pipeline',
] as const;

export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

export interface PageTimes {
  id: string;
  words: number;
  wall: StageTimes;
  cpu: StageTimes;
}

/** The benchmark's pages: `<id>.html.gz` under DIR/html (or DIR itself), sorted by name. */
export function listPages(dataDir: string): string[] {
  const htmlDir = readdirSync(dataDir).includes('html') ? join(dataDir, 'html') : dataDir;
  return readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
    .sort()
    .map((f) => join(htmlDir, f));
}

export function readPage(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** One measurement of every stage on one page. */
function measureOnce(html: string): { words: number; wall: StageTimes; cpu: StageTimes } {
  const runs: Partial<Record<Stage, Timing<unknown>>> = {};
  const run = <T>(stage: Stage, fn: () => T): T => {
    const t = timed(fn);
    runs[stage] = t;
    return t.result;
  };
  const doc = run('parse', () => parseDocument(html));
  run('readability', () => new Readability(doc.cloneNode(true) as Document).parse());
  const article = run('extract', () => extractArticle(doc));
  const source = fromParagraphs(article.paragraphs);
  const context = { title: article.title, lang: article.lang || 'en' };
  const sentences = run('sentences', () => splitSentences(source, context.lang));
  run('summary', () => summarize(source, sentences, context));
  run('actors', () => findActors(source, sentences, context));
  const analysed = run('analysis', () => analyzeArticle(article));
  const times = (clock: 'wall' | 'cpu'): StageTimes => {
    const of = (stage: Stage) => runs[stage]?.[clock] ?? NaN;
    return {
      ...(Object.fromEntries(STAGES.map((s) => [s, of(s)])) as StageTimes),
      pipeline: of('extract') + of('analysis'),
    };
  };
  return { words: analysed.stats.words, wall: times('wall'), cpu: times('cpu') };
}

/**
 * Every stage of one page, `repeat` times; each stage keeps its fastest run (the least
 * disturbed by other work on a shared machine; baseline and pipeline are treated alike).
 */
export function measurePage(id: string, html: string, repeat: number): PageTimes {
  const runs = Array.from({ length: repeat }, () => measureOnce(html));
  const fastest = (clock: 'wall' | 'cpu'): StageTimes =>
    Object.fromEntries(
      STAGES.map((s) => [s, Math.min(...runs.map((r) => r[clock][s]))]),
    ) as StageTimes;
  return { id, words: runs[0]?.words ?? 0, wall: fastest('wall'), cpu: fastest('cpu') };
}
