/**
 * A selection's summary as a page result, from what the page answered: no browser API here, so
 * the benchmark and the stress suite run it as the worker does (lib/worker/selection-summary.ts).
 */
import { analyzeText } from '@/core/pipeline';
import { languageTag } from '@/core/text/language';
import type { SummaryLength } from '@/core/types';
import type { PageResult } from '@/lib/protocol/protocol';
import {
  cutText,
  MAX_SELECTION_CHARS,
  METADATA_LIMITS,
  pageUrl,
} from '@/lib/protocol/validate-article';
import { pageResult } from '@/lib/worker/page-result';
import { t } from '@/lib/shared/i18n';

export interface PageSelection {
  text: string;
  lang: string;
  title: string;
  url: string;
  /** The page selected more than MAX_SELECTION_CHARS: `text` is its start. */
  truncated?: boolean;
}

const isText = (x: unknown): x is string => typeof x === 'string';

/** The page's answer checked and within the limits; null when it is not one. */
export function boundedSelection(x: unknown): PageSelection | null {
  if (typeof x !== 'object' || x === null) return null;
  const read = x as Record<string, unknown>;
  if (!isText(read.text) || !isText(read.lang) || !isText(read.title) || !isText(read.url)) {
    return null;
  }
  return {
    text: read.text.slice(0, MAX_SELECTION_CHARS),
    truncated: read.truncated === true || read.text.length > MAX_SELECTION_CHARS,
    lang: languageTag(read.lang),
    title: cutText(read.title, METADATA_LIMITS.title),
    url: pageUrl(read.url),
  };
}

export function selectionResult(
  selection: PageSelection,
  pageTitle: string,
  length: SummaryLength,
): PageResult {
  const title = t('selectionTitle', selection.title || pageTitle || t('selectionOfThisPage'));
  const analysis = analyzeText(selection.text, { title, lang: selection.lang || 'en', length });
  const page = {
    url: selection.url,
    title,
    siteName: null,
    byline: null,
    publishedTime: null,
    readerable: true,
    selection: true,
    truncated: selection.truncated === true,
  };
  return pageResult(page, analysis);
}
