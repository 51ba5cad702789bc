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
import { timed } from './stats';

/** Per-page times in ms. DOM building is measured apart: in the browser the DOM exists already. */
export interface PageTimes {
  id: string;
  words: number;
  parse: number;
  /** Plain Readability (on a clone, as it mutates the document): the baseline. */
  readability: number;
  extract: number;
  sentences: number;
  summary: number;
  actors: number;
  /** analyzeArticle as the worker calls it (sentences + summary + actors + stats). */
  analysis: number;
  /** extract + analysis: what the extension does after the click. */
  pipeline: number;
}

export type Stage = Exclude<keyof PageTimes, 'id' | 'words'>;

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
function measureOnce(html: string): Omit<PageTimes, 'id'> {
  const [doc, parse] = timed(() => parseDocument(html));
  const [, readability] = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
  const [article, extract] = timed(() => extractArticle(doc));
  const source = fromParagraphs(article.paragraphs);
  const lang = article.lang || 'en';
  const [sentenceList, sentences] = timed(() => splitSentences(source, lang));
  const context = { title: article.title, lang };
  const [, summary] = timed(() => summarize(source, sentenceList, context));
  const [, actors] = timed(() => findActors(source, sentenceList, context));
  const [analysed, analysis] = timed(() => analyzeArticle(article));
  return {
    words: analysed.stats.words,
    parse,
    readability,
    extract,
    sentences,
    summary,
    actors,
    analysis,
    pipeline: extract + analysis,
  };
}

/**
 * Every stage of one page, `repeat` times; each stage keeps its fastest run (the least
 * disturbed by other work on a shared machine; baseline and pipeline are treated alike).
 */
export function measurePage(id: string, html: string, repeat: number): PageTimes {
  const runs = Array.from({ length: repeat }, () => measureOnce(html));
  const first = runs[0] as Omit<PageTimes, 'id'>;
  const fastest = (stage: Stage) => Math.min(...runs.map((r) => r[stage]));
  return {
    id,
    words: first.words,
    parse: fastest('parse'),
    readability: fastest('readability'),
    extract: fastest('extract'),
    sentences: fastest('sentences'),
    summary: fastest('summary'),
    actors: fastest('actors'),
    analysis: fastest('analysis'),
    pipeline: Math.min(...runs.map((r) => r.pipeline)),
  };
}
