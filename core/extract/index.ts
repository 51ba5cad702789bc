import type { Readability } from '@mozilla/readability';
import { CheapChecksFirstReadability } from './readability';
import type { ExtractedArticle, Paragraph } from '../types';
import { blocksOf, visibleText, type Block } from './blocks';
import { dropClutter, type ArticleMeta } from './clutter';
import { copyForReading } from './copy';
import { accountFormWords, declaredKind, looksLikeArticle, textShape } from './page-kind';

export { articleFromSelection, SELECTION_MIN_WORDS } from './selection';

export interface ExtractOptions {
  /** Names of cleanup steps to leave out ('prepare', or a block rule's name): for evaluation. */
  skip?: readonly string[];
  /**
   * Elements the reader cannot see (the browser's computed style; the extractor in the page
   * gives it): never read. Without it, only what the markup hides is left out.
   */
  isHidden?: ((el: Element) => boolean) | null;
}

/**
 * The first <meta> with one of these names (in order of preference). A walk over the <meta>
 * elements, not a selector query: a query with attribute selectors is compiled on every call
 * in some DOMs (linkedom), and costs more than the walk.
 */
function meta(metas: readonly Element[], ...names: string[]): string | null {
  for (const name of names) {
    const el = metas.find(
      (m) => m.getAttribute('property') === name || m.getAttribute('name') === name,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Where the page says it lives. */
function ownUrls(doc: Document, metas: readonly Element[]): string[] {
  const urls = [
    Array.from(doc.getElementsByTagName('link'))
      .find((link) => link.getAttribute('rel') === 'canonical')
      ?.getAttribute('href'),
    meta(metas, 'og:url'),
    /^https?:/.test(doc.URL ?? '') ? doc.URL : null,
  ];
  return urls.filter((u): u is string => Boolean(u)).map((u) => u.trim());
}

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability on the cleaned clone; a page it cannot read gives no article, not an exception. */
function parseClone(
  doc: Document,
  skip: ReadonlySet<string>,
  isHidden: ExtractOptions['isHidden'],
): Parsed {
  try {
    const clone = skip.has('prepare')
      ? (doc.cloneNode(true) as Document)
      : copyForReading(doc, isHidden ?? null).doc;
    return new CheapChecksFirstReadability(clone, {
      // Classes stay on the output (they are never rendered).
      keepClasses: true,
      serializer: (el) => el as Element,
    }).parse();
  } catch {
    return null;
  }
}

/** The page's visible text as blocks, furniture and clutter left out. */
function pageText(
  doc: Document,
  meta: ArticleMeta,
  skip: ReadonlySet<string>,
  isHidden: ExtractOptions['isHidden'],
): Block[] {
  const body = copyForReading(doc, isHidden ?? null).doc.body;
  return body ? dropClutter(blocksOf(body), meta, skip) : [];
}

const EMPTY: ExtractedArticle = {
  title: '',
  byline: null,
  siteName: null,
  lang: '',
  publishedTime: null,
  readerable: false,
  paragraphs: [],
};

/**
 * Extract the article of a document: Readability on a clone cleaned of page furniture, then the
 * clutter rules on its output, as paragraphs with their kind. The page's own DOM is never
 * touched, and no page makes it throw. Works on a browser DOM and on linkedom in Node. To find a
 * paragraph or sentence in the live page again, see lib/page/locate.ts and lib/page/page-text.ts.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  if (!doc.documentElement || !doc.body) return { ...EMPTY };
  const skip = new Set(options.skip ?? []);
  const parsed = parseClone(doc, skip, options.isHidden);
  // Read once: each getElementsByTagName walks the whole page in some DOMs (linkedom).
  const metas = Array.from(doc.getElementsByTagName('meta'));
  const title = visibleText(parsed?.title ?? doc.title ?? '');
  const byline = parsed?.byline ? visibleText(parsed.byline) : null;
  const siteName = parsed?.siteName ? visibleText(parsed.siteName) : null;
  const articleMeta: ArticleMeta = { title, byline, siteName, urls: ownUrls(doc, metas) };
  // The page's captions (marked in the copy) are left out here; 'picture-caption' keeps them.
  const read = parsed?.content ? blocksOf(parsed.content, skip.has('picture-caption')) : [];
  const found = dropClutter(read, articleMeta, skip);
  // No article found: the page's own text (without its furniture), so that "Summarise anyway"
  // has the text the reader sees to summarise. It is never called an article.
  const blocks = found.length > 0 ? found : pageText(doc, articleMeta, skip, options.isHidden);
  const paragraphs: Paragraph[] = blocks.map(({ text, kind }) => ({ text, kind }));
  const readerable =
    found.length > 0 &&
    looksLikeArticle(
      declaredKind(doc),
      textShape(found, articleMeta.urls),
      accountFormWords(doc, options.isHidden),
    );
  return {
    title,
    byline,
    siteName,
    lang: (parsed?.lang ?? doc.documentElement.getAttribute('lang') ?? '').trim(),
    publishedTime: parsed?.publishedTime ?? meta(metas, 'article:published_time', 'date'),
    readerable,
    paragraphs,
  };
}
