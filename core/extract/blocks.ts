/**
 * Cut an element into text blocks, the way a reader sees paragraphs: every block-level element
 * starts a new one, and loose text between blocks (text directly in a <div>, say) is a block of
 * its own, so nothing Readability kept is lost.
 */
import type { ParagraphKind } from '../types';
import { CAPTION_MARK } from './prepare';

export interface Block {
  text: string;
  kind: ParagraphKind;
  /** The nearest block-level element holding the text. */
  element: Element;
  /** Characters of `text` that sit inside links (before whitespace is collapsed). */
  linkChars: number;
  /** All characters (before whitespace is collapsed), to compare with `linkChars`. */
  rawChars: number;
  /** Where the block's first link points, as written in the page (absent without a link). */
  href?: string;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/**
 * Characters that show nothing and only tell a browser where it may break a line: the soft
 * hyphen, the zero-width space, the word joiner and the zero-width no-break space (a stray byte
 * order mark). Left in, they split or glue words for every later step. The zero-width joiner and
 * non-joiner stay: they change how Persian, Indic scripts and emoji are written.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** Text as a reader sees it: invisible break hints gone, whitespace collapsed. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Characters of `text` but its whitespace. */
export const nonSpaceChars = (text: string): number => text.replace(/\s+/g, '').length;

/** Cells of a row separate words but not paragraphs. */
const SPACED_TAGS = new Set(['TD', 'TH']);

/**
 * A line break (<br>) stays a line break in the paragraph's text: it does not start a paragraph,
 * but a list written with line breaks (a schedule, an address, a poem) is lines, not one
 * sentence, and the sentence splitter ends a sentence at a line break. Marked while the text is
 * gathered (the page's own newlines are indentation), and kept where whitespace is collapsed.
 */
const LINE_BREAK = '\u2028';

function paragraphText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\s+/g, (space) => (space.includes(LINE_BREAK) ? '\n' : ' '))
    .trim();
}

function kindOfTag(tag: string): ParagraphKind | null {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return null;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

class BlockCollector {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private rawChars = 0;
  private href: string | null = null;

  flush(element: Element, kind: ParagraphKind): void {
    const text = paragraphText(this.parts.join(''));
    if (text) {
      this.blocks.push({
        text,
        kind,
        element,
        linkChars: this.linkChars,
        rawChars: this.rawChars,
        ...(this.href !== null ? { href: this.href } : {}),
      });
    }
    this.parts = [];
    this.linkChars = 0;
    this.rawChars = 0;
    this.href = null;
  }

  add(text: string, link: Element | null): void {
    this.parts.push(text);
    const chars = nonSpaceChars(text);
    this.rawChars += chars;
    if (link && chars) {
      this.linkChars += chars;
      this.href ??= link.getAttribute('href') ?? '';
    }
  }
}

/**
 * `withCaptions`: also the text of the page's captions, which copy.ts marks (CAPTION_MARK) so that
 * they are left out here, after Readability has read the page with them (for evaluation).
 */
export function blocksOf(root: Element, withCaptions = false): Block[] {
  const out = new BlockCollector();
  const kinds: ParagraphKind[] = [];
  const kindNow = (): ParagraphKind => kinds[kinds.length - 1] ?? 'paragraph';

  /** `link`: the <a> the node is in, if any. */
  const visit = (node: Node, owner: Element, link: Element | null): void => {
    if (node.nodeType === 3) {
      out.add(node.nodeValue ?? '', link);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || (!withCaptions && el.hasAttribute(CAPTION_MARK))) return;
    if (tag === 'BR') out.add(LINE_BREAK, null);
    if (SPACED_TAGS.has(tag)) out.add(' ', null);
    const block = BLOCK_TAGS.has(tag);
    const kind = kindOfTag(tag);
    if (block) out.flush(owner, kindNow());
    if (kind) kinds.push(kind);
    const childOwner = block ? el : owner;
    const childLink = link ?? (tag === 'A' ? el : null);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      visit(child, childOwner, childLink);
    }
    if (block) out.flush(el, kindNow());
    if (kind) kinds.pop();
    if (SPACED_TAGS.has(tag)) out.add(' ', null);
  };

  for (let child = root.firstChild; child; child = child.nextSibling) {
    visit(child, root, null);
  }
  out.flush(root, 'paragraph');
  return out.blocks;
}
