/**
 * The copy of the page that Readability works on (it rewrites the document it is given, and the
 * page's own DOM is never touched). Instead of cloning everything and then removing the
 * furniture and the clutter containers (prepare.ts), they are never copied, nor what no reader
 * reads: comments, blank text at the edge of a block (the line breaks and indentation of the
 * HTML source), inline SVG drawings, and the attributes that neither Readability nor the clutter
 * rules look at (data-*, aria-label, event handlers...). On a large page that is half of the
 * nodes or more, every pass of Readability walks what it is given, and every node made costs.
 */
import { isBlockElement } from './blocks';
import { isClutterContainer, isFurniture, MAX_SHARE_OF_PAGE } from './prepare';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
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
  let copy: Element;
  try {
    copy = owner.createElement(el.localName);
  } catch {
    // A tag name the HTML parser accepts but createElement does not (`<a"b>`): copied whole.
    return owner.importNode(el);
  }
  for (const name of names) {
    if (READ_ATTRIBUTES.has(name)) copy.setAttribute(name, el.getAttribute(name) ?? '');
  }
  return copy;
}

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

/** Whether the reader cannot see an element (from the live page's style), or null. */
type HiddenTest = ((el: Element) => boolean) | null;

/**
 * Never copied: furniture, inline SVG drawings (their text never reaches the paragraphs), and
 * what the reader cannot see.
 */
const isSkipped = (el: Element, isHidden: HiddenTest): boolean =>
  isFurniture(el) || el.localName === 'svg' || (isHidden !== null && isHidden(el));

const nonSpaceChars = (text: string): number => text.replace(/\s+/g, '').length;

/** Characters (not counting spaces) of the text below `el` that a copy would keep. */
function keptTextLength(el: Element, isHidden: HiddenTest): number {
  let chars = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) chars += nonSpaceChars(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT_NODE && !isSkipped(child as Element, isHidden)) {
      chars += keptTextLength(child as Element, isHidden);
    }
  }
  return chars;
}

interface Copying {
  owner: Document;
  /** A clutter container with at most this much text is left out (prepare.ts). */
  maxClutterChars: number;
  isHidden: HiddenTest;
}

function copyChildren(from: Element, to: Element, copying: Copying, keepSpace: boolean): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (keepSpace || !isBlankAtBlockEdge(child, from)) {
        to.appendChild(copying.owner.importNode(child));
      }
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      if (isSkipped(el, copying.isHidden)) continue;
      if (
        isClutterContainer(el) &&
        keptTextLength(el, copying.isHidden) <= copying.maxClutterChars
      ) {
        continue;
      }
      const copy = copyElement(el, copying.owner);
      to.appendChild(copy);
      const keep = keepSpace || SPACE_KEEPING_TAGS.has(el.tagName.toUpperCase());
      copyChildren(el, copy, copying, keep);
    }
    // Comments and processing instructions are never read.
  }
}

/**
 * A copy of the document for reading: the <head> whole (Readability reads the title, meta tags
 * and JSON-LD there); of the <body>, neither furniture nor clutter containers (prepare.ts), nor
 * comments, blank text at block edges or unread attributes.
 */
export function copyForReading(doc: Document, isHidden: HiddenTest = null): Document {
  const copy = doc.cloneNode(false) as Document;
  if (doc.doctype) copy.appendChild(copy.importNode(doc.doctype));
  const root = doc.documentElement;
  const rootCopy = copy.importNode(root);
  copy.appendChild(rootCopy);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child === doc.body) {
      const body = copy.importNode(child);
      rootCopy.appendChild(body);
      const pageChars = keptTextLength(child as Element, isHidden);
      const copying = {
        owner: copy,
        maxClutterChars: MAX_SHARE_OF_PAGE * Math.max(1, pageChars),
        isHidden,
      };
      copyChildren(child as Element, body as Element, copying, false);
    } else if (child.nodeType === ELEMENT_NODE) {
      rootCopy.appendChild(copy.importNode(child, true));
    }
  }
  return copy;
}
