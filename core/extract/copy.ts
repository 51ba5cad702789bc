/**
 * The copy of the page that Readability works on (it rewrites the document it is given, and the
 * page's own DOM is never touched). Instead of cloning everything and then removing the
 * furniture, the furniture is never copied, nor what no reader reads: comments, and blank text
 * at the edge of a block (the line breaks and indentation of the HTML source). On a large page
 * that is a third of the nodes or more, and every pass of Readability walks what it is given.
 */
import { isBlockElement } from './blocks';
import { isFurniture } from './prepare';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose blank text is part of what they show. */
const SPACE_KEEPING_TAGS = new Set(['PRE', 'TEXTAREA', 'LISTING', 'PLAINTEXT', 'XMP']);

const isBlock = (node: Node | null): boolean =>
  node !== null && node.nodeType === ELEMENT_NODE && isBlockElement(node as Element);

/**
 * Blank text that sits against a block boundary separates nothing: the block starts or ends a
 * paragraph anyway. Blank text between two inline elements ("<b>a</b> <i>b</i>") is a space
 * between words, and stays.
 */
function isBlankAtBlockEdge(text: Node, parent: Element): boolean {
  if (/\S/.test(text.nodeValue ?? '')) return false;
  const prev = text.previousSibling;
  const next = text.nextSibling;
  return isBlock(prev) || isBlock(next) || ((!prev || !next) && isBlockElement(parent));
}

function copyChildren(from: Element, to: Element, owner: Document, keepSpace: boolean): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (keepSpace || !isBlankAtBlockEdge(child, from)) to.appendChild(owner.importNode(child));
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      if (isFurniture(el)) continue;
      const copy = owner.importNode(el);
      to.appendChild(copy);
      copyChildren(el, copy, owner, keepSpace || SPACE_KEEPING_TAGS.has(el.tagName.toUpperCase()));
    }
    // Comments and processing instructions are never read.
  }
}

/**
 * A copy of the document for reading: the <head> whole (Readability reads the title, meta tags
 * and JSON-LD there), the <body> without furniture, comments and blank text at block edges.
 */
export function copyForReading(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  if (doc.doctype) copy.appendChild(copy.importNode(doc.doctype));
  const root = doc.documentElement;
  const rootCopy = copy.importNode(root);
  copy.appendChild(rootCopy);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child === doc.body) {
      const body = copy.importNode(child);
      rootCopy.appendChild(body);
      copyChildren(child as Element, body as Element, copy, false);
    } else if (child.nodeType === ELEMENT_NODE) {
      rootCopy.appendChild(copy.importNode(child, true));
    }
  }
  return copy;
}
