/**
 * Does the page look like an article? A hint, never a gate (the reader can ask anyway): it says
 * no to pages that list other pages (home pages, section fronts, search results, shop listings,
 * blog indexes) and to pages with too little text (a sign-in form), yes to the rest when the page
 * declares itself an article, when Readability's own check says so, or when the text alone is
 * long prose (Readability's check looks at <p> elements only and misses text set in <div>s).
 */
import type { Paragraph } from '../types';
import type { Block } from './blocks';
import { countWords } from './words';

/** A few sentences: less than this is no article, whatever else says so. */
const MIN_WORDS = 40;
/** Words of prose (paragraphs of PROSE_PARAGRAPH_WORDS or more) that make an article alone. */
const PROSE_WORDS = 250;
const PROSE_PARAGRAPH_WORDS = 20;
/** A list of other pages has at least this many items... */
const LISTING_MIN_ITEMS = 4;
/** ...and fewer than half as many paragraphs of this many words as items (teasers are short). */
const LONG_PARAGRAPH_WORDS = 50;

const isLinkedHeading = (b: Block): boolean =>
  b.kind === 'heading' &&
  b.rawChars > 0 &&
  b.linkChars / b.rawChars >= 0.9 &&
  b.href !== undefined &&
  !b.href.startsWith('#');

/**
 * A page of items that lead elsewhere: what Readability kept is a run of linked headings (or of
 * <article> elements), each with at most a short blurb. An article may end with a few linked
 * headlines of other stories, but its own paragraphs outnumber them.
 */
function isListing(content: Element, blocks: readonly Block[]): boolean {
  const items = Math.max(
    blocks.filter(isLinkedHeading).length,
    content.getElementsByTagName('article').length,
  );
  if (items < LISTING_MIN_ITEMS) return false;
  const long = blocks.filter((b) => countWords(b.text) >= LONG_PARAGRAPH_WORDS).length;
  return long * 2 < items;
}

export interface ReadableEvidence {
  /** Readability's own check (isProbablyReaderable), asked only when nothing cheaper answers. */
  probablyReaderable: () => boolean;
  /** The page's og:type, if any ("article" and its kinds declare an article). */
  ogType: string | null;
  /** What Readability kept, and its blocks before the clutter rules. */
  content: Element | null;
  blocks: readonly Block[];
  /** The article's text after the clutter rules. */
  paragraphs: readonly Paragraph[];
}

export function looksReadable({
  probablyReaderable,
  ogType,
  content,
  blocks,
  paragraphs,
}: ReadableEvidence): boolean {
  let words = 0;
  let prose = 0;
  for (const p of paragraphs) {
    const n = countWords(p.text);
    words += n;
    if (n >= PROSE_PARAGRAPH_WORDS && p.kind !== 'heading' && p.kind !== 'list-item') prose += n;
  }
  if (words < MIN_WORDS || !content || isListing(content, blocks)) return false;
  return prose >= PROSE_WORDS || /article/i.test(ogType ?? '') || probablyReaderable();
}
