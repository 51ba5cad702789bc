import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/dom';
import { extractArticle } from '../../core/extract';
import { analyzeArticle, analyzeText } from '../../core/pipeline';
import { longText } from '../../tests/fixtures/hostile/generate';
import { timed } from './stats';

export interface ScalingRow {
  words: number;
  readability: number;
  extract: number;
  analysis: number;
  pipeline: number;
  /** analyzeText on the same words as plain text (no extraction). */
  text: number;
}

function articlePage(text: string): string {
  const body = text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>Scaling</title></head><body><article><h1>Scaling</h1>${body}</article></body></html>`;
}

function measureOnce(words: number, text: string, doc: Document): ScalingRow {
  const [, readability] = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
  const [article, extract] = timed(() => extractArticle(doc));
  const [, analysis] = timed(() => analyzeArticle(article));
  const [, plain] = timed(() => analyzeText(text));
  return { words, readability, extract, analysis, pipeline: extract + analysis, text: plain };
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
    const runs = Array.from({ length: repeat }, () => measureOnce(words, text, doc));
    const fastest = (key: keyof ScalingRow) => Math.min(...runs.map((r) => r[key]));
    return {
      words,
      readability: fastest('readability'),
      extract: fastest('extract'),
      analysis: fastest('analysis'),
      pipeline: fastest('pipeline'),
      text: fastest('text'),
    };
  });
}
