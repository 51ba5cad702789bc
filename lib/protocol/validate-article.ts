/**
 * The content script's extraction, checked field by field before the worker analyses it. The
 * reply comes from the renderer that hosts the untrusted page: if that process were ever
 * subverted it could answer anything, so the worker takes only the exact shape, within a size
 * the content script itself never exceeds (lib/page/page-budget.ts keeps pages far below it).
 * What a page writes into its metadata (`<html lang>`, title, byline, site name, date, address)
 * is taken only up to the lengths below: each of them reaches code whose time grows with it.
 */
import { languageTag } from '@/core/text/language-tag';
import type { ExtractedArticle, ParagraphKind } from '@/core/types';

/** Characters of text (title and paragraphs) the worker will analyse at most. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * Characters of a selection the worker summarises: about 10,000 words, above the longest of 120
 * real news articles measured (55,705 visible characters, docs/real-pages.md), and small enough
 * that a selection of hostile text is summarised within the popup's time budget (docs/hostile.md).
 * A page chooses its own selection (it may select all of itself as it loads): past this, the
 * summary covers the first part and says so, as for a page past its budget.
 */
export const MAX_SELECTION_CHARS = 60_000;

/**
 * Longest metadata taken from a page, in UTF-16 units: past these a title or name is cut (with
 * "…"), a date that long is no date, and an address that long is not linked. Ten times what real
 * pages use; a language tag of more than 35 characters, or one that is not well formed, is
 * ignored (the language is then detected from the text).
 */
export const METADATA_LIMITS = {
  title: 1_000,
  byline: 500,
  siteName: 200,
  publishedTime: 100,
  url: 8_192,
} as const;

const KINDS: readonly ParagraphKind[] = ['paragraph', 'heading', 'list-item', 'quote'];

type Fields = Record<string, unknown>;

const isRecord = (x: unknown): x is Fields =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isTextOrNull = (x: unknown) => x === null || typeof x === 'string';

export function isExtractedArticle(x: unknown): x is ExtractedArticle {
  if (!isRecord(x) || !Array.isArray(x.paragraphs)) return false;
  if (typeof x.title !== 'string' || typeof x.lang !== 'string') return false;
  if (typeof x.readerable !== 'boolean') return false;
  if (!isTextOrNull(x.byline) || !isTextOrNull(x.siteName) || !isTextOrNull(x.publishedTime)) {
    return false;
  }
  let chars = x.title.length;
  for (const p of x.paragraphs as unknown[]) {
    if (!isRecord(p) || typeof p.text !== 'string') return false;
    if (!(KINDS as readonly unknown[]).includes(p.kind)) return false;
    chars += p.text.length;
    if (chars > MAX_ARTICLE_CHARS) return false;
  }
  return true;
}

/** `text` cut to `max` units with "…" (never inside a surrogate pair). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

const cutOrNull = (text: string | null, max: number) => (text === null ? null : cutText(text, max));

/** The article with its metadata within METADATA_LIMITS and a usable language tag or ''. */
export function withinLimits(article: ExtractedArticle): ExtractedArticle {
  const { publishedTime } = article;
  return {
    ...article,
    title: cutText(article.title, METADATA_LIMITS.title),
    byline: cutOrNull(article.byline, METADATA_LIMITS.byline),
    siteName: cutOrNull(article.siteName, METADATA_LIMITS.siteName),
    publishedTime:
      publishedTime !== null && publishedTime.length <= METADATA_LIMITS.publishedTime
        ? publishedTime
        : null,
    lang: languageTag(article.lang),
  };
}

/** A page's address, or '' when it is longer than any address worth linking to. */
export function pageUrl(url: string): string {
  return url.length <= METADATA_LIMITS.url ? url : '';
}
