import { Readability } from '@mozilla/readability';
import { findActors } from '../../core/actors';
import { extractArticle } from '../../core/extract';
import { analyzeArticle } from '../../core/pipeline';
import { summarize } from '../../core/summary';
import { fromParagraphs } from '../../core/text/source-text';
import { splitSentences } from '../../core/text/sentences';

/**
 * The per-page measurement, written once for both places it runs: Node (linkedom DOM, wall and
 * CPU clocks; scripts/bench/pages.ts) and a real Chromium page (DOMParser, wall clock only;
 * scripts/bench/in-browser.ts). So this file imports nothing from Node: it is bundled for the
 * browser too.
 *
 * The stages timed on every page. `parse` (building the DOM from the HTML) is apart: in the
 * extension the DOM exists already. `readability` is plain Readability on a clone (it mutates
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
  /** Process CPU ms; null where the runtime cannot read it (a web page has no CPU clock). */
  cpu: StageTimes | null;
}

/** One timed call: wall-clock ms, and CPU ms where the runtime exposes them (else null). */
export interface Timing<T> {
  result: T;
  wall: number;
  cpu: number | null;
}

/** Runs `fn` once and times it (Node: `timed` in stats.ts; a browser: performance.now()). */
export type Meter = <T>(fn: () => T) => Timing<T>;

/** Builds a DOM Document from an HTML string (Node: linkedom; a browser: DOMParser). */
export type ParseHtml = (html: string) => Document;

/** Wall clock only, for a web page: performance.now() (coarsened to 0.1 ms in Chromium). */
export const wallMeter: Meter = (fn) => {
  const start = performance.now();
  const result = fn();
  return { result, wall: performance.now() - start, cpu: null };
};

interface Run {
  words: number;
  wall: StageTimes;
  cpu: StageTimes | null;
}

/** One measurement of every stage on one page. */
function measureOnce(html: string, parse: ParseHtml, meter: Meter): Run {
  const runs: Partial<Record<Stage, Timing<unknown>>> = {};
  const run = <T>(stage: Stage, fn: () => T): T => {
    const t = meter(fn);
    runs[stage] = t;
    return t.result;
  };
  const doc = run('parse', () => parse(html));
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
  const hasCpu = Object.values(runs).every((t) => t.cpu !== null);
  return {
    words: analysed.stats.words,
    wall: times('wall'),
    cpu: hasCpu ? times('cpu') : null,
  };
}

function fastest(runs: readonly StageTimes[]): StageTimes {
  return Object.fromEntries(
    STAGES.map((s) => [s, Math.min(...runs.map((r) => r[s]))]),
  ) as StageTimes;
}

/**
 * Every stage of one page, `repeat` times; each stage keeps its fastest run (the least
 * disturbed by other work on a shared machine; baseline and pipeline are treated alike).
 */
export function measurePage(
  id: string,
  html: string,
  repeat: number,
  parse: ParseHtml,
  meter: Meter,
): PageTimes {
  const runs = Array.from({ length: repeat }, () => measureOnce(html, parse, meter));
  const cpuRuns = runs.map((r) => r.cpu).filter((t): t is StageTimes => t !== null);
  return {
    id,
    words: runs[0]?.words ?? 0,
    wall: fastest(runs.map((r) => r.wall)),
    cpu: cpuRuns.length === runs.length ? fastest(cpuRuns) : null,
  };
}
