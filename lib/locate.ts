/**
 * Finds stretches of the analysed text in the live page, as DOM Ranges, without changing the DOM.
 *
 * The analysed text is the extracted paragraphs (whitespace collapsed) joined by a blank line.
 * The page's text nodes, whitespace collapsed the same way, contain each paragraph verbatim when
 * extraction kept it as it was; a span is then mapped through its paragraph. When a paragraph was
 * rewritten by the cleanup, the span's own text is searched near where the last paragraph matched.
 */
import { PARAGRAPH_SEPARATOR } from '@/core/text/source-text';
import type { Span } from '@/core/types';

/** Elements whose text is never part of what a reader sees as the article. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

/** JavaScript's `\s`, the class extraction collapses: the two sides must agree exactly. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The page's visible text, whitespace collapsed, with where each character came from. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes` and offset in that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (SKIPPED.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    total += (n as Text).data.length;
  }
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const out: string[] = [];
  let length = 0;
  let pendingSpace = -1; // position (node, offset) of a collapsed run, emitted before the next char
  let pendingNode = 0;
  nodes.forEach((node, ni) => {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        if (pendingSpace < 0 && length > 0) {
          pendingSpace = i;
          pendingNode = ni;
        }
        continue;
      }
      if (pendingSpace >= 0) {
        out.push(' ');
        nodeOf[length] = pendingNode;
        offsetOf[length] = pendingSpace;
        length++;
        pendingSpace = -1;
      }
      out.push(data[i] as string);
      nodeOf[length] = ni;
      offsetOf[length] = i;
      length++;
    }
  });
  return { text: out.join(''), nodes, nodeOf, offsetOf };
}

/** Where each analysed paragraph starts in the page text (-1 when not found verbatim). */
interface ParagraphPlace {
  start: number; // in the analysed text
  end: number;
  pageStart: number;
}

function placeParagraphs(analysed: string, page: PageText): ParagraphPlace[] {
  const places: ParagraphPlace[] = [];
  let at = 0;
  let cursor = 0;
  for (const paragraph of analysed.split(PARAGRAPH_SEPARATOR)) {
    const start = at;
    at += paragraph.length + PARAGRAPH_SEPARATOR.length;
    if (!paragraph) continue;
    let found = page.text.indexOf(paragraph, cursor);
    if (found < 0) found = page.text.indexOf(paragraph);
    if (found >= 0) cursor = found + paragraph.length;
    places.push({ start, end: start + paragraph.length, pageStart: found });
  }
  return places;
}

function toRange(page: PageText, start: number, end: number): Range | null {
  if (end <= start || end > page.text.length) return null;
  const startNode = page.nodes[page.nodeOf[start] as number];
  const endNode = page.nodes[page.nodeOf[end - 1] as number];
  if (!startNode || !endNode) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, page.offsetOf[start] as number);
  range.setEnd(endNode, (page.offsetOf[end - 1] as number) + 1);
  return range;
}

/** A locator for one analysed text on one page snapshot. */
export class TextLocator {
  private readonly places: ParagraphPlace[];

  constructor(
    private readonly analysed: string,
    private readonly page: PageText,
  ) {
    this.places = placeParagraphs(analysed, page);
  }

  /** The page range of a span of the analysed text, or null when it cannot be found. */
  locate(span: Span): Range | null {
    const place = this.placeOf(span.start);
    if (place && place.pageStart >= 0 && span.end <= place.end) {
      const offset = place.pageStart + (span.start - place.start);
      return toRange(this.page, offset, offset + (span.end - span.start));
    }
    // The paragraph was rewritten by extraction: look for the words themselves, from the
    // nearest paragraph that was found.
    const needle = this.analysed.slice(span.start, span.end);
    if (!needle.trim()) return null;
    const from = this.searchFrom(place);
    let found = this.page.text.indexOf(needle, from);
    if (found < 0) found = this.page.text.indexOf(needle);
    return found < 0 ? null : toRange(this.page, found, found + needle.length);
  }

  private placeOf(offset: number): ParagraphPlace | undefined {
    let lo = 0;
    let hi = this.places.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.places[mid] as ParagraphPlace;
      if (offset < p.start) hi = mid - 1;
      else if (offset > p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  private searchFrom(place: ParagraphPlace | undefined): number {
    if (!place) return 0;
    const index = this.places.indexOf(place);
    for (let i = index; i >= 0; i--) {
      const p = this.places[i] as ParagraphPlace;
      if (p.pageStart >= 0) return p.pageStart;
    }
    return 0;
  }
}
