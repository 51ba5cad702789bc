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
import {
  CAPTION,
  CAPTION_MARK,
  CLUTTER,
  FORM,
  isClutterContainer,
  isFurniture,
  kindOf,
  MAX_SHARE_OF_PAGE,
} from './prepare';

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

/** Never copied: furniture, and inline SVG drawings (their text never reaches the paragraphs). */
const isSkipped = (el: Element): boolean => isFurniture(el) || el.localName === 'svg';

/**
 * The page's structured metadata (JSON-LD) is copied, into the copy's <head>, wherever it stands:
 * Readability reads the title, byline and date there before it drops every script, and pages
 * often put it in the body.
 */
const isMetadata = (el: Element): boolean =>
  el.localName === 'script' && el.getAttribute('type') === 'application/ld+json';

const nonSpaceChars = (text: string): number => text.replace(/\s+/g, '').length;

/**
 * Where a page may keep its whole story out of sight: <noscript> (for readers without
 * JavaScript) and HTML templates in a script (`text/template`, `text/x-template`, `text/html`...)
 * that a script renders. Read only when they hold more text than everything else (hiddenBodies).
 */
const isHiddenBody = (el: Element): boolean =>
  el.localName === 'noscript' ||
  (el.localName === 'script' && /template|html/i.test(el.getAttribute('type') ?? ''));

/** What one walk over the page finds before anything is copied. */
interface Survey {
  /** Hidden bodies met on the way. */
  hidden: Element[];
  /** What each element of the page that may be left out or marked is (kindOf), if anything. */
  kinds: Map<Element, number>;
  /** Characters below each of them. */
  chars: Map<Element, number>;
  /** The clutter containers inside no other. */
  outermost: Set<Element>;
  /** Characters below the outermost clutter containers of each class, together. */
  byClass: Map<string, number>;
  /** Characters below clutter containers (the outermost ones). */
  inClutter: number;
}

/**
 * Characters (not counting spaces) of the text below `el` that a copy would keep; with a
 * survey, what the walk meets on the way is noted in it.
 */
function keptTextLength(el: Element, survey?: Survey, inClutter = false): number {
  let chars = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) chars += nonSpaceChars(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (isSkipped(element)) {
        if (survey && isHiddenBody(element)) survey.hidden.push(element);
        continue;
      }
      const kind = survey ? kindOf(element) : 0;
      const clutter = (kind & (CLUTTER | FORM)) !== 0;
      const inside = keptTextLength(element, survey, inClutter || clutter);
      chars += inside;
      if (survey && kind) {
        survey.kinds.set(element, kind);
        survey.chars.set(element, inside);
      }
      if (survey && clutter) {
        const name = element.getAttribute('class') ?? '';
        if (!inClutter) {
          survey.outermost.add(element);
          survey.inClutter += inside;
          if (name) survey.byClass.set(name, (survey.byClass.get(name) ?? 0) + inside);
        }
      }
    }
  }
  return chars;
}

/** A story hidden away holds at least this many times the text the page shows. */
const HIDDEN_BODY_SHARE = 2;

/**
 * The hidden bodies to read, each as an element holding its content, when together they hold
 * far more text than the page shows: the page is then a shell that a script fills (a page that
 * shows its story and repeats it for readers without JavaScript is read once). A <noscript>
 * parsed as elements (a DOM without scripting) is read as it is; its text, or a template's, is
 * parsed as HTML into the inert copy when it is HTML (a template of JSON is data, not a story):
 * nothing in it runs or loads, and the copy keeps only what copyChildren keeps.
 */
function hiddenBodies(
  hidden: readonly Element[],
  owner: Document,
  pageChars: number,
): { bodies: Map<Element, Element>; chars: number } {
  const bodies = new Map<Element, Element>();
  let chars = 0;
  for (const el of hidden) {
    let body = el;
    if (!el.firstElementChild) {
      const html = el.textContent ?? '';
      if (!/^\s*</.test(html)) continue;
      body = owner.createElement('div');
      body.innerHTML = html;
    }
    const length = keptTextLength(body);
    if (length > 0) bodies.set(el, body);
    chars += length;
  }
  return chars >= HIDDEN_BODY_SHARE * pageChars
    ? { bodies, chars }
    : { bodies: new Map(), chars: 0 };
}

interface Copying {
  owner: Document;
  /** Characters of text of the whole page (what a clutter container is measured against). */
  pageChars: number;
  /** Hidden bodies to read in place of the element that hides them (hiddenBodies). */
  hidden: ReadonlyMap<Element, Element>;
  survey: Survey;
}

/**
 * Less text than this outside the clutter containers is no article (Readability's own threshold:
 * below it, it reads the page again without leaving out unlikely elements).
 */
const ARTICLE_MIN_CHARS = 500;

/**
 * What becomes of a container that may be clutter. It goes while it holds a small part of the
 * page. On a page with next to no text outside its clutter containers, the outermost containers
 * of one class are measured together: the posts of a forum thread, each named "comment", are
 * the page, and the names inside them ("comment-body") are read as content too. (A post's
 * comments sit in a comment section, measured as one; the comments inside it go one by one.)
 */
function verdict(el: Element, kind: number, copying: Copying): 'keep' | 'leave out' | 'content' {
  if (!(kind & (CLUTTER | FORM))) return 'keep';
  const { chars: charsOf, outermost, byClass, inClutter } = copying.survey;
  const chars = charsOf.get(el) ?? keptTextLength(el);
  if (!isClutterContainer(el, kind, chars, copying.pageChars)) return 'keep';
  if (copying.pageChars - inClutter >= ARTICLE_MIN_CHARS || !outermost.has(el)) return 'leave out';
  const together = byClass.get(el.getAttribute('class') ?? '') ?? chars;
  return isClutterContainer(el, kind, together, copying.pageChars) ? 'leave out' : 'content';
}

/**
 * A caption is marked for clutter.ts while it holds a small part of the page (a class such as
 * "with-captions" on the story's own wrapper must not take the story).
 */
function marksCaption(el: Element, kind: number, copying: Copying): boolean {
  if (!(kind & CAPTION)) return false;
  const chars = copying.survey.chars.get(el) ?? keptTextLength(el);
  return chars <= MAX_SHARE_OF_PAGE * Math.max(1, copying.pageChars);
}

/**
 * A caption's text, in a span marked with CAPTION_MARK: Readability moves and rewraps text
 * (a caption <div> becomes a new <p> around its text), and the span goes wherever the text goes.
 */
function markedCaption(text: Node, owner: Document): Node {
  const span = owner.createElement('span');
  span.setAttribute(CAPTION_MARK, '');
  span.appendChild(text);
  return span;
}

interface Below {
  /** Blank text is kept (preformatted text). */
  keepSpace: boolean;
  /** Below a container read as content, clutter names are not read (verdict). */
  content: boolean;
  /** Below a caption: its text is marked (markedCaption). */
  caption: boolean;
  /** In a hidden body, which the survey did not walk: what an element is, is asked anew. */
  unsurveyed: boolean;
}

const TOP: Below = { keepSpace: false, content: false, caption: false, unsurveyed: false };

function copyChildren(from: Element, to: Element, copying: Copying, below: Below): void {
  const { keepSpace, content } = below;
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (keepSpace || !isBlankAtBlockEdge(child, from)) {
        const text = copying.owner.importNode(child);
        to.appendChild(below.caption ? markedCaption(text, copying.owner) : text);
      }
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      if (isSkipped(el)) {
        if (isMetadata(el)) copying.owner.head?.appendChild(copying.owner.importNode(el, true));
        const body = copying.hidden.get(el);
        if (body) {
          const container = copying.owner.createElement('div');
          to.appendChild(container);
          copyChildren(body, container, copying, { ...TOP, unsurveyed: true });
        }
        continue;
      }
      const kind = below.unsurveyed ? kindOf(el) : (copying.survey.kinds.get(el) ?? 0);
      const judged = content ? 'content' : verdict(el, kind, copying);
      if (judged === 'leave out') continue;
      const copy = copyElement(el, copying.owner);
      to.appendChild(copy);
      copyChildren(el, copy, copying, {
        keepSpace: keepSpace || SPACE_KEEPING_TAGS.has(el.tagName.toUpperCase()),
        content: judged === 'content',
        caption: below.caption || marksCaption(el, kind, copying),
        unsurveyed: below.unsurveyed,
      });
    }
    // Comments and processing instructions are never read.
  }
}

export interface ReadingCopy {
  doc: Document;
  /** Whether the story was read from where the page hides it (a <noscript>, a template). */
  readHidden: boolean;
}

/**
 * A copy of the document for reading: the <head> whole (Readability reads the title, meta tags
 * and JSON-LD there); of the <body>, neither furniture nor clutter containers (prepare.ts), nor
 * comments, blank text at block edges or unread attributes.
 */
export function copyForReading(doc: Document): ReadingCopy {
  let readHidden = false;
  const copy = doc.cloneNode(false) as Document;
  if (doc.doctype) copy.appendChild(copy.importNode(doc.doctype));
  const root = doc.documentElement;
  const rootCopy = copy.importNode(root);
  copy.appendChild(rootCopy);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child === doc.body) {
      const body = copy.importNode(child);
      rootCopy.appendChild(body);
      const survey: Survey = {
        hidden: [],
        kinds: new Map(),
        chars: new Map(),
        outermost: new Set(),
        byClass: new Map(),
        inClutter: 0,
      };
      const pageChars = keptTextLength(child as Element, survey);
      const hidden = survey.hidden.length
        ? hiddenBodies(survey.hidden, copy, pageChars)
        : { bodies: new Map<Element, Element>(), chars: 0 };
      const copying = {
        owner: copy,
        pageChars: pageChars + hidden.chars,
        hidden: hidden.bodies,
        survey,
      };
      readHidden = hidden.bodies.size > 0;
      copyChildren(child as Element, body as Element, copying, TOP);
    } else if (child.nodeType === ELEMENT_NODE) {
      rootCopy.appendChild(copy.importNode(child, true));
    }
  }
  return { doc: copy, readHidden };
}
