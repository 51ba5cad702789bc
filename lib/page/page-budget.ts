/**
 * How much of a page Nutshell reads. The budget is for pathological pages only (a book on one
 * page, a feed that never ends, a DOM of hundreds of thousands of nodes): their first part is
 * summarised, with a notice saying so, so that the popup answers within its time budget on any
 * page. A real article is never cut: only what a reader could see is counted (no script, style,
 * template or SVG text, nothing hidden, a run of whitespace as one character), and the limits sit
 * far above the largest real news pages measured (docs/extension.md, "Page budget").
 * A page nested thousands of levels deep (only script can build one: the HTML parser stops at
 * 512) is read from a copy without its chains of one-child wrappers: Readability's cleanup is
 * quadratic in depth.
 */
import { unwrapChains } from '@/core/extract/depth';

export interface PageBudget {
  /** Characters of visible text, a whitespace run counting as one (about 6 per English word). */
  chars: number;
  /** Elements outside the skipped subtrees (empty wrappers cost extraction time too). */
  elements: number;
  /** Nesting depth past which wrapper chains are unwrapped. */
  depth: number;
}

/**
 * About 33,000 words (a short book) and 15,000 elements: 3.6× the longest and 10× the largest
 * (in elements) of 120 real news pages measured live in Chromium (scripts/browser-eval/page-sizes.ts:
 * at most 55,705 visible characters and 1,483 elements); far below the hostile pages' sizes.
 */
export const PAGE_BUDGET: PageBudget = { chars: 200_000, elements: 15_000, depth: 256 };

/** Whether an element is hidden from the reader (the live page's computed style), or null. */
export type HiddenTest = ((el: Element) => boolean) | null;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Subtrees whose text no reader sees as text: never counted, never copied (nor `isHidden`'s). */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe']);

export function isUnseen(el: Element, isHidden: HiddenTest): boolean {
  return UNSEEN.has(el.localName) || (isHidden !== null && isHidden(el));
}

const NOT_SPACE = /[^ \n\t\r\f]/;
const SPACE_RUN = /[ \n\t\r\f]{2}/;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/**
 * Counts `text` with each whitespace run as one character, stopping once `limit` is reached.
 * Returns the count and how many of the text's own characters it took. The usual texts take
 * no walk in script: indentation between tags (whitespace only) is one character, and a text
 * without two whitespace characters in a row, within the limit, counts its length.
 */
function countText(text: string, limit: number): { count: number; end: number } {
  if (!NOT_SPACE.test(text)) return { count: Math.min(1, text.length, limit), end: text.length };
  if (text.length <= limit && !SPACE_RUN.test(text))
    return { count: text.length, end: text.length };
  let count = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const s = isSpace(text.charCodeAt(i));
    if (!s || !space) {
      if (count === limit) return { count, end: i };
      count++;
    }
    space = s;
  }
  return { count, end: text.length };
}

export interface PageSize {
  /** Visible characters (whitespace runs as one). */
  chars: number;
  elements: number;
  deepest: number;
}

interface Survey extends PageSize {
  /** The node at which the budget ran out, or null when the page is within it. */
  cut: Node | null;
  /** When the cut is a text node: how many of its characters are within the budget. */
  keep: number;
}

/** The next node in document order after `node`'s subtree, within `root`; with the depth change. */
function nextOutside(node: Node, root: Node): { node: Node | null; up: number } {
  let up = 0;
  let at: Node | null = node;
  while (at && at !== root && !at.nextSibling) {
    at = at.parentNode;
    up++;
  }
  return { node: at && at !== root ? at.nextSibling : null, up };
}

/** One read-only pass over the page, in document order, until the budget runs out. */
function survey(body: Element, budget: PageBudget, isHidden: HiddenTest): Survey {
  let chars = 0;
  let elements = 0;
  let deepest = 0;
  let depth = 0;
  let node: Node | null = body.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) {
      const { count, end } = countText((node as Text).data, budget.chars - chars);
      if (chars + count >= budget.chars && end < (node as Text).data.length) {
        return { cut: node, keep: end, chars: budget.chars, elements, deepest };
      }
      chars += count;
    } else if (node.nodeType === ELEMENT_NODE && !isUnseen(node as Element, isHidden)) {
      if (++elements > budget.elements) return { cut: node, keep: 0, chars, elements, deepest };
      enter = node.firstChild !== null;
    }
    if (enter) {
      node = node.firstChild;
      deepest = Math.max(deepest, ++depth);
      continue;
    }
    const next = nextOutside(node as Node, body);
    node = next.node;
    depth -= next.up;
  }
  return { cut: null, keep: 0, chars, elements, deepest };
}

/** The page's size as the budget counts it (for measuring real pages against the budget). */
export function pageSize(doc: Document, isHidden: HiddenTest = null): PageSize {
  if (!doc.body) return { chars: 0, elements: 0, deepest: 0 };
  const infinite = { chars: Infinity, elements: Infinity, depth: Infinity };
  const { chars, elements, deepest } = survey(doc.body, infinite, isHidden);
  return { chars, elements, deepest };
}

/**
 * Copies the subtree below `source` into `target`, leaving out unseen subtrees (the copy has no
 * style, so what was hidden in the page must be left out now). Iterative: a page may nest
 * thousands of levels deep.
 */
function copyVisible(source: Node, target: Node, isHidden: HiddenTest): void {
  const doc = target.ownerDocument as Document;
  const stack: [Node, Node][] = [[source, target]];
  while (stack.length) {
    const [from, into] = stack.pop() as [Node, Node];
    for (let child = from.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        if (isUnseen(child as Element, isHidden)) continue;
        stack.push([child, into.appendChild(doc.importNode(child, false))]);
      } else if (child.nodeType === TEXT_NODE) {
        into.appendChild(doc.importNode(child, false));
      }
    }
  }
}

/**
 * Copies into `target` the children of `source` up to the cut: whole visible subtrees before the
 * path to it, the path's elements shallow. Only the first part is ever copied.
 */
function copyUpTo(
  source: Node,
  target: Node,
  path: readonly Node[],
  keep: number,
  isHidden: HiddenTest,
): void {
  const doc = target.ownerDocument as Document;
  let from = source;
  let into = target;
  for (const [i, step] of path.entries()) {
    for (let child = from.firstChild; child && child !== step; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) into.appendChild(doc.importNode(child, false));
      else if (child.nodeType === ELEMENT_NODE && !isUnseen(child as Element, isHidden)) {
        copyVisible(child, into.appendChild(doc.importNode(child, false)), isHidden);
      }
    }
    if (i === path.length - 1) {
      // The node the budget ran out on: a text node is kept up to the budget (one text node may
      // hold megabytes); an element is left out (its subtree was never counted).
      if (step.nodeType === TEXT_NODE) {
        into.appendChild(doc.createTextNode((step as Text).data.slice(0, keep)));
      }
      return;
    }
    into = into.appendChild(doc.importNode(step, false));
    from = step;
  }
}

export interface PagePart {
  doc: Document;
  /** Only the first part of the page is in `doc`. */
  truncated: boolean;
}

/**
 * What to read of `doc`: null when the page is within budget (read it as it is), else a copy of
 * its first part and/or without its wrapper chains, and without what `isHidden` hides. The
 * page's own DOM is never changed.
 */
export function readablePart(
  doc: Document,
  budget: PageBudget = PAGE_BUDGET,
  isHidden: HiddenTest = null,
): PagePart | null {
  const body = doc.body;
  if (!body) return null;
  const { cut, deepest, keep } = survey(body, budget, isHidden);
  if (!cut && deepest <= budget.depth) return null;
  // A document of the same URL with the same head, and the body up to the cut point only.
  const copy = doc.cloneNode(false) as Document;
  const html = copy.appendChild(doc.documentElement.cloneNode(false)) as Element;
  if (doc.head) html.appendChild(doc.head.cloneNode(true));
  const copyBody = html.appendChild(body.cloneNode(false)) as Element;
  if (cut) {
    const path: Node[] = [];
    for (let node: Node | null = cut; node && node !== body; node = node.parentNode) {
      path.unshift(node);
    }
    copyUpTo(body, copyBody, path, keep, isHidden);
  } else {
    copyVisible(body, copyBody, isHidden);
  }
  if (deepest > budget.depth) unwrapChains(copyBody);
  return { doc: copy, truncated: cut !== null };
}
