/**
 * Does the page read as an article (a story, a post, a report, a recipe) rather than a page of
 * teasers, search results, products, forms or data? The popup summarises an article at once and
 * offers "Summarise anyway" elsewhere, so a real article must never be turned away, while a home
 * page should be.
 *
 * Two kinds of evidence, both general:
 * - what the page declares about itself (Open Graph `og:type`, schema.org JSON-LD `@type`), which
 *   almost every news site sets, or else its markup: one `<article>` element holds one piece of
 *   writing (a listing has one per item), and asks for less prose;
 * - the shape of the text Readability found: prose (paragraphs of sentences, few links) in a
 *   continuous run (its own subheadings do not break it), against teasers (lines that are mostly
 *   one link to the site's own pages: a link to another site is a source, not a teaser) and data
 *   (table rows).
 * A page that declares an article is one; a page that declares a listing, a product or a profile
 * needs a long run of prose to count as one; a page that declares nothing needs some prose and
 * no listing around it.
 */
import { countWords } from './words';
import type { Block } from './blocks';
import { ownSites, pointsAway } from './clutter';

/**
 * schema.org types of a single piece of writing: every *Article (NewsArticle, TechArticle...),
 * every *Posting (BlogPosting, SocialMediaPosting...), reports, recipes, how-tos.
 */
const ARTICLE_TYPES = /(?:Article|Posting|^Report|^ReportageNews|^Recipe|^HowTo|^MedicalWebPage)$/i;
/** schema.org types of pages that list, sell or describe things other than a story. */
const OTHER_TYPES =
  /^(?:CollectionPage|SearchResultsPage|ItemList|Product|ProductGroup|Offer|AggregateOffer|ProfilePage|CheckoutPage|ContactPage|Store|Event)$/i;
/** Open Graph types of pages that are not a piece of writing. */
const OTHER_OG =
  /^(?:website|profile|product|books\.author|business\.business|place|video\.\w+|music\.\w+)$/i;
/** More pieces of writing than this declared on one page is a listing of them. */
const MAX_DECLARED_ARTICLES = 3;
/** JSON-LD longer than this is not read (it costs time to parse and says no more). */
const MAX_JSON_LD_CHARS = 100_000;

/**
 * 'marked': the page declares nothing but sets its text in one `<article>` element, weaker
 * evidence than a declaration (some sites wrap whatever the page holds in one).
 */
export type DeclaredKind = 'article' | 'marked' | 'other' | null;

function typesOf(item: unknown): string[] {
  if (typeof item !== 'object' || item === null) return [];
  const type = (item as Record<string, unknown>)['@type'];
  return [type].flat().filter((t): t is string => typeof t === 'string');
}

/** The `@type`s of the top-level JSON-LD items (and of a top-level `@graph`), not nested ones. */
function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const top = Array.isArray(data) ? data : [data];
    for (const item of top) {
      types.push(...typesOf(item));
      const graph = (item as Record<string, unknown> | null)?.['@graph'];
      if (Array.isArray(graph)) for (const node of graph) types.push(...typesOf(node));
    }
  }
  return types;
}

/**
 * Read once per document: the extractor asks again when the page does not read as an article
 * (the worker words that case differently), and parsing the page's JSON-LD twice is waste.
 */
const declared = new WeakMap<Document, DeclaredKind>();

/** What the page says it is. */
export function declaredKind(doc: Document): DeclaredKind {
  let kind = declared.get(doc);
  if (kind === undefined) declared.set(doc, (kind = readDeclaredKind(doc)));
  return kind;
}

function readDeclaredKind(doc: Document): DeclaredKind {
  const types = jsonLdTypes(doc);
  const articles = types.filter((t) => ARTICLE_TYPES.test(t)).length;
  if (articles > MAX_DECLARED_ARTICLES) return 'other';
  if (articles > 0) return 'article';
  const og =
    Array.from(doc.getElementsByTagName('meta'))
      .find((meta) => meta.getAttribute('property') === 'og:type')
      ?.getAttribute('content')
      ?.trim() ?? '';
  if (/^article$/i.test(og)) return 'article';
  if (OTHER_OG.test(og) || types.some((t) => OTHER_TYPES.test(t))) return 'other';
  return doc.getElementsByTagName('article').length === 1 ? 'marked' : null;
}

export interface TextShape {
  /** Words of the extracted text. */
  words: number;
  /** Words in prose blocks: sentences (final punctuation), 12 words or more, few links. */
  prose: number;
  /** The longest run of consecutive prose blocks, in words. */
  longestRun: number;
  /**
   * Blocks that are mostly one link of 3–30 words to the site's own pages (or to a page of
   * unknown site): teasers, results, product names. Not in a one-cell table row (a side column).
   */
  teasers: number;
  /**
   * Share of the words in the short cells of table rows of two cells or more: data, not prose.
   * A row of one cell is a layout column (a side column of links beside the story), not a grid.
   */
  dataShare: number;
}

const SENTENCE_END = /[.!?…。！？]/u;
const PROSE_MIN_WORDS = 12;

/**
 * Cells in the table row around `element` (0 outside a table; a parsed row holds only its cells):
 * a row of two cells or more is a grid of data, a row of one cell is a column of a page laid out
 * in tables.
 */
const cellsInRow = (element: Element): number => element.closest('tr')?.children.length ?? 0;

/** `ownUrls`: where the page says it lives (a link elsewhere is then no teaser). */
export function textShape(blocks: readonly Block[], ownUrls: readonly string[] = []): TextShape {
  const sites = ownSites(ownUrls);
  let words = 0;
  let prose = 0;
  let run = 0;
  let longestRun = 0;
  let teasers = 0;
  let data = 0;
  for (const block of blocks) {
    const n = countWords(block.text);
    const linkShare = block.rawChars > 0 ? block.linkChars / block.rawChars : 0;
    const cells = cellsInRow(block.element);
    words += n;
    // A page laid out in tables keeps its side columns of links in one-cell rows, which
    // Readability takes in with the story: furniture, not a listing's teasers.
    if (linkShare >= 0.6 && n >= 3 && n <= 30 && !pointsAway(block.href, sites) && cells !== 1)
      teasers++;
    const isProse =
      block.kind !== 'heading' &&
      linkShare < 0.5 &&
      n >= PROSE_MIN_WORDS &&
      SENTENCE_END.test(block.text);
    if (isProse) {
      prose += n;
      run += n;
      longestRun = Math.max(longestRun, run);
    } else if (block.kind === 'heading' && linkShare < 0.5) {
      // A subheading of the story: the run goes on.
    } else {
      run = 0;
      if (cells > 1) data += n;
    }
  }
  return { words, prose, longestRun, teasers, dataShare: words > 0 ? data / words : 0 };
}

/**
 * A page that declares an article is one with this many words, or 40 words of prose: fewer, and
 * what it shows is not its article (a script replaced it with an error, or it has not loaded).
 */
export const DECLARED_ARTICLE_MIN_WORDS = 100;

/** More password fields than this are not looked at (a page has one or two). */
const MAX_PASSWORD_FIELDS = 8;

/**
 * Words in the largest form that asks for a password (sign-up, log-in, checkout) and is not the
 * page's wrapper: a form holding the page's `<h1>` is a whole page laid out in one form (as some
 * site builders do), around a story as likely as around anything else. A hidden form (a log-in
 * box the page keeps for later) does not count.
 */
export function accountFormWords(
  doc: Document,
  isHidden: ((el: Element) => boolean) | null = null,
): number {
  let most = 0;
  const fields = Array.from(doc.querySelectorAll('form input[type=password]'));
  for (const field of fields.slice(0, MAX_PASSWORD_FIELDS)) {
    const form = field.closest('form');
    if (!form || form.querySelector('h1') || isHidden?.(field)) continue;
    most = Math.max(most, countWords(form.textContent ?? ''));
  }
  return most;
}

/**
 * `formWords`: words of the page's account form (`accountFormWords`). When most of the text
 * found is in such a form (its terms, its help), the page is the form, not a story.
 */
export function looksLikeArticle(declared: DeclaredKind, shape: TextShape, formWords = 0): boolean {
  // A page that says it is an article still needs a few sentences of prose, or some text: its
  // head may still say "article" when its script has replaced the body with an error message.
  if (declared === 'article') return shape.prose >= 40 || shape.words >= DECLARED_ARTICLE_MIN_WORDS;
  if (shape.dataShare > 0.5) return false;
  if (formWords >= shape.words / 2) return false;
  if (declared === 'other') {
    return shape.longestRun >= 150 && shape.prose >= 200 && shape.teasers <= 2;
  }
  // One <article> element asks for less prose; teasers and data still say no.
  const minProse = declared === 'marked' ? 40 : 60;
  return (
    shape.prose >= minProse &&
    shape.longestRun >= minProse &&
    shape.teasers <= Math.max(2, shape.prose / 50)
  );
}
