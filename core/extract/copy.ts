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
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The attributes Readability 0.6.0 reads on ordinary elements (visibility, roles, bylines, links,
 * language, tables) and the class and id the clutter rules read. Nothing else is copied.
 */
const READ_ATTRIBUTES = new Set([
  'class',
  'id',
  'style',
  'hidden',
  'aria-hidden',
  'aria-modal',
  'role',
  'rel',
  'itemprop',
  'href',
  'src',
  'srcset',
  'lang',
  'dir',
  'type',
  'name',
  'content',
  'property',
  'colspan',
  'rowspan',
  'summary',
  'datatable',
]);

/** Elements whose every attribute may matter: Readability finds lazy images and videos in any. */
const ALL_ATTRIBUTES_TAGS = new Set([
  'IMG',
  'PICTURE',
  'FIGURE',
  'SOURCE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'EMBED',
  'OBJECT',
]);

function copyElement(el: Element, owner: Document): Element {
  if (el.namespaceURI !== HTML_NS || ALL_ATTRIBUTES_TAGS.has(el.tagName.toUpperCase())) {
    return owner.importNode(el);
  }
  const names = el.getAttributeNames();
  // Most elements carry only attributes that are read: a plain copy is the cheapest.
  if (names.every((name) => READ_ATTRIBUTES.has(name))) return owner.importNode(el);
  const copy = owner.createElement(el.localName);
  for (const name of names) {
    if (READ_ATTRIBUTES.has(name)) copy.setAttribute(name, el.getAttribute(name) ?? '');
  }
  return copy;
}
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
      if (isFurniture(el) || el.localName === 'svg') continue;
      const copy = copyElement(el, owner);
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
