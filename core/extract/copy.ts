/**
 * The copy of the page that Readability works on (it rewrites the document it is given, and the
 * page's own DOM is never touched). Instead of cloning everything and then removing the
 * furniture and the clutter containers (prepare.ts), they are never copied, nor what no reader
 * reads: comments, blank text at the edge of a block (the line breaks and indentation of the
 * HTML source), inline SVG drawings, and the attributes that neither Readability nor the clutter
 * rules look at (data-*, aria-label, event handlers...). On a large page that is half of the
 * nodes or more, every pass of Readability walks what it is given, and every node made costs.
 */
import { isBlockElement, nonSpaceChars } from './blocks';
import { copyTextFlat, isWrapper, MAX_DEPTH, unwrapChains, walkText, WRAPPER_DEPTH } from './depth';
import {
  CAPTION,
  CAPTION_MARK,
  CLUTTER,
  FORM,
  isClutterContainer,
  isFurniture,
  isSentence,
  isStepCaption,
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

/** Whether the reader cannot see an element (from the live page's style), or null. */
type HiddenTest = ((el: Element) => boolean) | null;

/**
 * Nodes (elements, text, comments) a name card may hold: The Hill's hold 17, the largest of the
 * 281 evaluation and fixture pages. Every inline element after a link is asked, while the page is
 * copied: reading each one's whole subtree would cost depth × size on a page nested thousands of
 * levels deep, so past this the element is no card and is read no further.
 */
const CARD_NODES = 100;

/** The text below `root` (its textContent) when it holds at most CARD_NODES nodes, else null. */
function smallText(root: Node): string | null {
  let text = '';
  let count = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++count > CARD_NODES) return null;
    if (node.nodeType === TEXT_NODE) text += node.nodeValue;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let up: Node = node;
    while (up !== root && !up.nextSibling) up = up.parentNode as Node;
    node = up === root ? null : up.nextSibling;
  }
  return text;
}

/**
 * A card that pops up over a name in the text (the person's picture, the name again, links to
 * other stories): a small inline element right after a link, holding a link with the same words
 * or the same address and nothing but links besides. The page's style shows it only on hover;
 * read, it would run into the sentence it stands in.
 */
function isNameCard(el: Element): boolean {
  const name = el.previousSibling as Element | null;
  if (name?.nodeType !== ELEMENT_NODE || name.localName !== 'a' || isBlock(el)) return false;
  const text = smallText(el);
  const label = smallText(name)?.trim();
  if (text === null || !label) return false;
  const href = name.getAttribute('href');
  const links = Array.from(el.getElementsByTagName('a'));
  const same = (a: Element) =>
    a.textContent?.trim() === label || (!!href && a.getAttribute('href') === href);
  if (links.length < 2 || !links.some(same)) return false;
  const linked = links.reduce((n, a) => n + nonSpaceChars(a.textContent ?? ''), 0);
  return linked >= 0.9 * nonSpaceChars(text);
}

/**
 * Never copied: furniture, inline SVG drawings (their text never reaches the paragraphs), name
 * cards, and what the reader cannot see.
 */
const isSkipped = (el: Element, isHidden: HiddenTest): boolean =>
  isFurniture(el) ||
  el.localName === 'svg' ||
  isNameCard(el) ||
  (isHidden !== null && isHidden(el));

/**
 * The page's structured metadata (JSON-LD) is copied, into the copy's <head>, wherever it stands:
 * Readability reads the title, byline and date there before it drops every script, and pages
 * often put it in the body.
 */
const isMetadata = (el: Element): boolean =>
  el.localName === 'script' && el.getAttribute('type') === 'application/ld+json';

/** Characters (not counting spaces) of the text below `el` that a copy would keep. */
function keptTextLength(el: Element, isHidden: HiddenTest): number {
  let chars = 0;
  walkText(
    el,
    (e) => isSkipped(e, isHidden),
    (text) => (chars += nonSpaceChars(text)),
  );
  return chars;
}

/**
 * Where a page may keep its whole story out of sight: <noscript> (for readers without
 * JavaScript) and HTML templates in a script (`text/template`, `text/x-template`, `text/html`...)
 * that a script renders.
 */
const isHiddenBody = (el: Element): boolean =>
  el.localName === 'noscript' ||
  (el.localName === 'script' && /template|html/i.test(el.getAttribute('type') ?? ''));

/**
 * The hidden bodies are read when together they hold at least this many times the text the page
 * shows: the page is then a shell that a script fills (a page that shows its story and repeats
 * it for readers without JavaScript is read once).
 */
const HIDDEN_BODY_SHARE = 2;

/**
 * Less text than this outside the clutter containers is no article (Readability's own threshold:
 * below it, it reads the page again without leaving out unlikely elements).
 */
const ARTICLE_MIN_CHARS = 500;

/** How the children of an element are copied (bits). */
const KEEP_SPACE = 1; // blank text is kept (preformatted text)
const AS_CONTENT = 2; // below a container read as content: clutter names are not read
const IN_CAPTION = 4; // below a caption: its text is marked
const UNSURVEYED = 8; // in a hidden body, which the survey did not walk

export interface ReadingCopy {
  doc: Document;
  /** Whether the story was read from where the page hides it (a <noscript>, a template). */
  readHidden: boolean;
}

/**
 * A copy of the document for reading: the <head> whole (Readability reads the title, meta tags
 * and JSON-LD there); of the <body>, neither furniture nor clutter containers (prepare.ts), nor
 * comments, blank text at block edges or unread attributes. One walk over the page (survey)
 * measures first what the copy decides on; the state is local so that the page script stays small.
 */
export function copyForReading(doc: Document, isHidden: HiddenTest = null): ReadingCopy {
  const owner = doc.cloneNode(false) as Document;
  // What the survey finds: hidden bodies; what each element that may be left out or marked is
  // (kindOf) and the characters below it; the outermost clutter containers, the characters below
  // them, and below those of each class together.
  const hidden: Element[] = [];
  const kinds = new Map<Element, number>();
  const charsOf = new Map<Element, number>();
  const outermost = new Set<Element>();
  const byClass = new Map<string, number>();
  let inClutter = 0;
  let pageChars = 0;
  const bodies = new Map<Element, Element>();

  /**
   * Characters (not counting spaces) of the text below `el` that a copy would keep; when
   * `record`, what the walk meets is noted for the copy. `within`: inside a clutter container.
   */
  const survey = (el: Element, record: boolean, within = false, depth = 1): number => {
    // Deeper than the copy goes element by element (MAX_DEPTH): counted by a walk, not recursion.
    if (depth >= MAX_DEPTH) return keptTextLength(el, record ? isHidden : null);
    let chars = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) chars += nonSpaceChars(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        // The page's style says nothing about a hidden body parsed into the copy.
        if (isSkipped(element, record ? isHidden : null)) {
          if (record && isHiddenBody(element)) hidden.push(element);
          continue;
        }
        const kind = record ? kindOf(element) : 0;
        const clutter = (kind & (CLUTTER | FORM)) !== 0;
        const inside = survey(element, record, within || clutter, depth + 1);
        chars += inside;
        if (kind) {
          kinds.set(element, kind);
          charsOf.set(element, inside);
        }
        if (clutter && !within) {
          const name = element.getAttribute('class') ?? '';
          outermost.add(element);
          inClutter += inside;
          if (name) byClass.set(name, (byClass.get(name) ?? 0) + inside);
        }
      }
    }
    return chars;
  };

  /**
   * The hidden bodies, each as an element holding its content. A <noscript> parsed as elements
   * (a DOM without scripting) is read as it is; its text, or a template's, is parsed as HTML into
   * the inert copy when it is HTML (a template of JSON is data, not a story): nothing in it runs
   * or loads, and the copy keeps only what copyChildren keeps.
   */
  const readHiddenBodies = (): void => {
    let chars = 0;
    for (const el of hidden) {
      let body = el;
      if (!el.firstElementChild) {
        const html = el.textContent ?? '';
        if (!/^\s*</.test(html)) continue;
        body = owner.createElement('div');
        body.innerHTML = html;
      }
      const length = survey(body, false);
      if (length > 0) bodies.set(el, body);
      chars += length;
    }
    if (chars < HIDDEN_BODY_SHARE * pageChars) bodies.clear();
    else pageChars += chars;
  };

  const charsBelow = (el: Element): number => charsOf.get(el) ?? survey(el, false);

  /**
   * What becomes of a container that may be clutter: it goes while it holds a small part of the
   * page. On a page with next to no text outside its clutter containers, the outermost containers
   * of one class are measured together: the posts of a forum thread, each named "comment", are
   * the page, and the names inside them ("comment-body") are read as content too. (A post's
   * comments sit in a comment section, measured as one; the comments inside it go one by one.)
   * A caption is marked for clutter.ts while it holds a small part of the page (a class such as
   * "with-captions" on the story's own wrapper must not take the story), unless it is a sentence
   * of the story's own (isSentence): then it is read as content. Each caption's text is read once
   * (nothing below a marked or kept caption is judged again), so the whole page once at most.
   */
  const verdict = (el: Element, kind: number, how: number): number => {
    const below =
      kind & CAPTION && !(how & IN_CAPTION) && charsBelow(el) <= MAX_SHARE_OF_PAGE * pageChars
        ? isSentence(el.textContent ?? '') || isStepCaption(el)
          ? AS_CONTENT
          : IN_CAPTION
        : 0;
    if (!(kind & (CLUTTER | FORM))) return below;
    const chars = charsBelow(el);
    if (!isClutterContainer(el, kind, chars, pageChars)) return below;
    if (pageChars - inClutter >= ARTICLE_MIN_CHARS || !outermost.has(el)) return -1;
    const together = byClass.get(el.getAttribute('class') ?? '') ?? chars;
    return isClutterContainer(el, kind, together, pageChars) ? -1 : below | AS_CONTENT;
  };

  /**
   * A caption's text, in a span marked with CAPTION_MARK: Readability moves and rewraps text
   * (a caption <div> becomes a new <p> around its text), and the span goes wherever the text goes.
   */
  const markedCaption = (text: Node): Node => {
    const span = owner.createElement('span');
    span.setAttribute(CAPTION_MARK, '');
    span.appendChild(text);
    return span;
  };

  /** A wrapper was left out past WRAPPER_DEPTH (depth.ts): the page is deep. */
  let deep = false;

  const copyChildren = (from: Element, to: Element, how: number, depth: number): void => {
    for (let child = from.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (how & KEEP_SPACE || !isBlankAtBlockEdge(child, from)) {
          const text = owner.importNode(child);
          to.appendChild(how & IN_CAPTION ? markedCaption(text) : text);
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        let el = child as Element;
        const skip = (e: Element) => isSkipped(e, how & UNSURVEYED ? null : isHidden);
        if (skip(el)) {
          if (isMetadata(el)) owner.head?.appendChild(owner.importNode(el, true));
          const body = bodies.get(el);
          if (body) {
            const container = owner.createElement('div');
            to.appendChild(container);
            copyChildren(body, container, UNSURVEYED, depth + 1);
          }
          continue;
        }
        if (depth >= WRAPPER_DEPTH && isWrapper(el)) {
          // The whole chain at once (a loop, not a call per wrapper: chains run to thousands).
          while (isWrapper(el)) el = el.firstElementChild as Element;
          deep = true;
          if (skip(el)) continue;
        }
        if (depth >= MAX_DEPTH) {
          to.appendChild(owner.createTextNode(' '));
          copyTextFlat(el, to, skip);
          continue;
        }
        const kind = how & UNSURVEYED ? kindOf(el) : (kinds.get(el) ?? 0);
        const judged = how & AS_CONTENT ? AS_CONTENT : verdict(el, kind, how);
        if (judged < 0) continue;
        const copy = copyElement(el, owner);
        to.appendChild(copy);
        const space = SPACE_KEEPING_TAGS.has(el.tagName.toUpperCase()) ? KEEP_SPACE : 0;
        const flags = (how & (KEEP_SPACE | IN_CAPTION | UNSURVEYED)) | space | judged;
        copyChildren(el, copy, flags, depth + 1);
      }
      // Comments and processing instructions are never read.
    }
  };

  if (doc.doctype) owner.appendChild(owner.importNode(doc.doctype));
  const root = doc.documentElement;
  const rootCopy = owner.importNode(root);
  owner.appendChild(rootCopy);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child === doc.body) {
      const body = owner.importNode(child);
      rootCopy.appendChild(body);
      pageChars = Math.max(1, survey(child as Element, true));
      if (hidden.length) readHiddenBodies();
      copyChildren(child as Element, body as Element, 0, 1);
      if (deep) unwrapChains(body as Element);
    } else if (child.nodeType === ELEMENT_NODE) {
      rootCopy.appendChild(owner.importNode(child, true));
    }
  }
  return { doc: owner, readHidden: bodies.size > 0 };
}
