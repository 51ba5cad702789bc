/**
 * Cut an element into text blocks, the way a reader sees paragraphs: every block-level element
 * starts a new one, and loose text between blocks (text directly in a <div>, say) is a block of
 * its own, so nothing Readability kept is lost.
 */
import type { ParagraphKind } from '../types';

export interface Block {
  text: string;
  kind: ParagraphKind;
  /** The nearest block-level element holding the text. */
  element: Element;
  /** Characters of `text` that sit inside links (before whitespace is collapsed). */
  linkChars: number;
  /** All characters (before whitespace is collapsed), to compare with `linkChars`. */
  rawChars: number;
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

/** Cells of a row and line breaks separate words but not paragraphs. */
const SPACED_TAGS = new Set(['TD', 'TH', 'BR']);

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

  flush(element: Element, kind: ParagraphKind): void {
    const text = this.parts.join('').replace(/\s+/g, ' ').trim();
    if (text) {
      this.blocks.push({
        text,
        kind,
        element,
        linkChars: this.linkChars,
        rawChars: this.rawChars,
      });
    }
    this.parts = [];
    this.linkChars = 0;
    this.rawChars = 0;
  }

  add(text: string, inLink: boolean): void {
    this.parts.push(text);
    const chars = text.replace(/\s+/g, '').length;
    this.rawChars += chars;
    if (inLink) this.linkChars += chars;
  }
}

export function blocksOf(root: Element): Block[] {
  const out = new BlockCollector();
  const kinds: ParagraphKind[] = [];
  const kindNow = (): ParagraphKind => kinds[kinds.length - 1] ?? 'paragraph';

  const visit = (node: Node, owner: Element, inLink: boolean): void => {
    if (node.nodeType === 3) {
      out.add(node.nodeValue ?? '', inLink);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (SPACED_TAGS.has(tag)) out.add(' ', false);
    const block = BLOCK_TAGS.has(tag);
    const kind = kindOfTag(tag);
    if (block) out.flush(owner, kindNow());
    if (kind) kinds.push(kind);
    const childOwner = block ? el : owner;
    const childInLink = inLink || tag === 'A';
    for (let child = el.firstChild; child; child = child.nextSibling) {
      visit(child, childOwner, childInLink);
    }
    if (block) out.flush(el, kindNow());
    if (kind) kinds.pop();
    if (SPACED_TAGS.has(tag)) out.add(' ', false);
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child, root, false);
  out.flush(root, 'paragraph');
  return out.blocks;
}
