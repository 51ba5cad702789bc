import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/dom';
import { extractArticle } from '../../core/extract';
import { analyzeArticle, analyzeText } from '../../core/pipeline';
import { longText } from '../../tests/fixtures/hostile/generate';
import { timed } from './stats';

const COLUMNS = ['readability', 'extract', 'analysis', 'pipeline', 'text'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * One size: plain Readability, extract, analysis and pipeline on a generated article page, and
 * `text` = analyzeText on the same words as plain text (no extraction). Wall and CPU ms.
 */
export interface ScalingRow {
  words: number;
  wall: Record<Column, number>;
  cpu: Record<Column, number>;
}

function articlePage(text: string): string {
  const body = text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>Scaling</title></head><body><article><h1>Scaling</h1>${body}</article></body></html>`;
}

function measureOnce(text: string, doc: Document): Omit<ScalingRow, 'words'> {
  const readability = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
  const extract = timed(() => extractArticle(doc));
  const analysis = timed(() => analyzeArticle(extract.result));
  const plain = timed(() => analyzeText(text));
  const row = (clock: 'wall' | 'cpu') => ({
    readability: readability[clock],
    extract: extract[clock],
    analysis: analysis[clock],
    pipeline: extract[clock] + analysis[clock],
    text: plain[clock],
  });
  return { wall: row('wall'), cpu: row('cpu') };
}

/**
 * Pipeline times on generated articles of growing length, after a warm-up; each figure is
 * the fastest of `repeat` runs, as for the benchmark pages.
 */
export function measureScaling(sizes: readonly number[], repeat: number): ScalingRow[] {
  analyzeText(longText(500));
  return sizes.map((words) => {
    const text = longText(words);
    const doc = parseDocument(articlePage(text));
    const runs = Array.from({ length: repeat }, () => measureOnce(text, doc));
    const fastest = (clock: 'wall' | 'cpu') =>
      Object.fromEntries(
        COLUMNS.map((c) => [c, Math.min(...runs.map((r) => r[clock][c]))]),
      ) as Record<Column, number>;
    return { words, wall: fastest('wall'), cpu: fastest('cpu') };
  });
}
