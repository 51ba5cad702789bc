/**
 * The content script's extraction, checked field by field before the worker analyses it. The
 * reply comes from the renderer that hosts the untrusted page: if that process were ever
 * subverted it could answer anything, so the worker takes only the exact shape, within a size
 * the content script itself never exceeds (lib/page/page-budget.ts keeps pages far below it).
 */
import type { ExtractedArticle, ParagraphKind } from '@/core/types';

/** Characters of text (title and paragraphs) the worker will analyse at most. */
export const MAX_ARTICLE_CHARS = 1_000_000;

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
