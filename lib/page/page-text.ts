/** The live page's text for lib/page/locate.ts, and its positions back as DOM Ranges. */
import type { Span } from '@/core/types';
import { collapseTexts, TextLocator, type CollapsedText } from '@/lib/page/locate';

/** Elements whose text is never part of what a reader sees as the article. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

function textNodes(root: Node): Text[] {
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
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Locates spans of one analysed text in the page as it is now. */
export class PageLocator {
  private readonly nodes: Text[];
  private readonly collapsed: CollapsedText;
  private readonly locator: TextLocator;

  constructor(analysed: string, root: Node) {
    this.nodes = textNodes(root);
    this.collapsed = collapseTexts(this.nodes.map((n) => n.data));
    this.locator = new TextLocator(analysed, this.collapsed);
  }

  range(span: Span): Range | null {
    const at = this.locator.locate(span);
    if (!at) return null;
    const { nodeOf, offsetOf } = this.collapsed;
    const startNode = this.nodes[nodeOf[at.start] as number];
    const endNode = this.nodes[nodeOf[at.end - 1] as number];
    if (!startNode || !endNode) return null;
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, offsetOf[at.start] as number);
    range.setEnd(endNode, (offsetOf[at.end - 1] as number) + 1);
    return range;
  }
}
