import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ExtractedArticle, Paragraph, ParagraphKind } from '../types';

export interface ExtractOptions {
  /** Summarise even what does not look like an article. */
  force?: boolean;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt';

function kindOf(el: Element): ParagraphKind {
  const tag = el.tagName.toLowerCase();
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  return 'paragraph';
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs of Readability's article element: its innermost text blocks, in order. */
function paragraphsOf(root: Element): Paragraph[] {
  const out: Paragraph[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.querySelector(BLOCKS)) continue; // an outer block: its inner blocks speak for it
    const text = clean(el.textContent ?? '');
    if (text) out.push({ text, kind: kindOf(el) });
  }
  if (out.length === 0) {
    const text = clean(root.textContent ?? '');
    if (text) out.push({ text, kind: 'paragraph' });
  }
  return out;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Extract the article of a document. Readability runs on a clone: the page's own DOM is never
 * touched. Works on a browser DOM and on linkedom in Node.
 */
export function extractArticle(doc: Document, _options: ExtractOptions = {}): ExtractedArticle {
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  return {
    title: clean(parsed?.title ?? doc.title ?? ''),
    byline: parsed?.byline ? clean(parsed.byline) : null,
    siteName: parsed?.siteName ? clean(parsed.siteName) : null,
    lang: (parsed?.lang ?? doc.documentElement?.getAttribute('lang') ?? '').trim(),
    publishedTime: parsed?.publishedTime ?? meta(doc, 'article:published_time', 'date'),
    readerable,
    paragraphs,
  };
}
