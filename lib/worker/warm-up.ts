/**
 * A fresh worker's first analysis costs about 100 ms more than the next ones: it builds the name
 * lexicons and the sentence segmenter, and runs code not yet compiled. Its first result costs
 * more again: Intl's formatters for the reader's language (numbers, plurals, durations, dates)
 * load their data. The first reading of a page takes as long or longer (the extractor is injected
 * and compiled in the page's own process), so the worker does its first-time work while it waits
 * for the page, once, on a short text of its own. Warm workers skip it.
 */
import { analyzeArticle } from '@/core/pipeline';
import type { ExtractedArticle } from '@/core/types';
import { pageResult } from '@/lib/worker/page-result';
import { whileBusy } from '@/lib/worker/toolbar-click';

const WARM_UP_TEXT = [
  'The city council of Lisbon approved the new harbour budget on Tuesday after a long debate.',
  'Mayor Ana Silva said the European Commission would fund part of the plan.',
  'Critics at the University of Porto argued that the spending was too high.',
];

const WARM_UP_ARTICLE: ExtractedArticle = {
  title: 'Lisbon approves harbour budget',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: '2024-06-19T10:00:00Z',
  readerable: true,
  paragraphs: WARM_UP_TEXT.map((text) => ({ text, kind: 'paragraph' })),
};

const WARM_UP_PAGE = {
  url: 'https://example.org/',
  title: WARM_UP_ARTICLE.title,
  siteName: null,
  byline: null,
  publishedTime: WARM_UP_ARTICLE.publishedTime,
  readerable: true,
};

let warm = false;

/** Does the first-time work of the analysis and its result, once per worker; cheap after that. */
export function warmUpAnalysis(): void {
  if (warm) return;
  warm = true;
  whileBusy(() => pageResult(WARM_UP_PAGE, analyzeArticle(WARM_UP_ARTICLE)));
}
