/**
 * Find extracted text in the live page, so that a summary sentence can be highlighted or
 * scrolled to. Pure DOM API (works in the content script and on linkedom): the page's text nodes
 * are read once into an index where whitespace does not count, then any paragraph or sentence
 * is found by plain search; `toRange` turns the boundary points into a DOM Range (a
 * StaticRange/Range is what the CSS Custom Highlight API and scrollIntoView need).
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Whitespace is left out on both sides: the extractor collapses it, the page has it raw. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

export interface BoundaryPoint {
  node: Text;
  offset: number;
}

export interface Located {
  start: BoundaryPoint;
  /** Just after the last character of the match (a Range's end point). */
  end: BoundaryPoint;
  /** Position after the match in the index: pass it as `from` to find the next occurrence. */
  next: number;
}

export interface TextIndex {
  /** The first occurrence of `text` at or after `from` (an index position), or null. */
  find(text: string, from?: number): Located | null;
}

function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName.toUpperCase())) {
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** Index the text under `root` (the page's body, usually). Re-index after the page changes. */
export function indexText(root: Node): TextIndex {
  const chars: string[] = [];
  // For each kept character: which text node and which offset in it.
  const nodeOf: Text[] = [];
  const offsetOf: number[] = [];
  for (const node of textNodesOf(root)) {
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const ch = value.charAt(i);
      if (/\s/.test(ch)) continue;
      chars.push(ch);
      nodeOf.push(node);
      offsetOf.push(i);
    }
  }
  const haystack = chars.join('');
  return {
    find(text: string, from = 0): Located | null {
      const needle = squeeze(text);
      if (!needle) return null;
      const start = haystack.indexOf(needle, from);
      if (start < 0) return null;
      const last = start + needle.length - 1;
      const startNode = nodeOf[start];
      const endNode = nodeOf[last];
      const startOffset = offsetOf[start];
      const endOffset = offsetOf[last];
      if (!startNode || !endNode || startOffset === undefined || endOffset === undefined) {
        return null;
      }
      return {
        start: { node: startNode, offset: startOffset },
        end: { node: endNode, offset: endOffset + 1 },
        next: start + needle.length,
      };
    },
  };
}

/** The DOM Range covering a match (in the browser: `toRange(document, located)`). */
export function toRange(doc: Document, located: Located): Range {
  const range = doc.createRange();
  range.setStart(located.start.node, located.start.offset);
  range.setEnd(located.end.node, located.end.offset);
  return range;
}

/** The text a match covers, read from the boundary points (what the Range would contain). */
export function coveredText(located: Located): string {
  const { start, end } = located;
  if (start.node === end.node) return (start.node.nodeValue ?? '').slice(start.offset, end.offset);
  const parts = [(start.node.nodeValue ?? '').slice(start.offset)];
  const root = start.node.ownerDocument?.body ?? start.node.getRootNode();
  const nodes = textNodesOf(root);
  for (let i = nodes.indexOf(start.node) + 1; i < nodes.length && nodes[i] !== end.node; i++) {
    parts.push(nodes[i]?.nodeValue ?? '');
  }
  parts.push((end.node.nodeValue ?? '').slice(0, end.offset));
  return parts.join('');
}

/** One-off convenience: the Range of `text` in `doc`'s body, or null when it is not there. */
export function locateText(doc: Document, text: string): Range | null {
  const root = doc.body ?? doc.documentElement;
  const found = root ? indexText(root).find(text) : null;
  return found ? toRange(doc, found) : null;
}
