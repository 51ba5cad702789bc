/**
 * How much of a page Nutshell reads. A page past the budget (a book on one page, a feed that
 * never ends, a DOM of hundreds of thousands of nodes) has its first part summarised, with a
 * notice saying so, so that the popup answers within its time budget (issue 7: 2 s) on any page.
 * A page nested thousands of levels deep (only script can build one: the HTML parser stops at
 * 512) is read from a copy without its chains of one-child wrappers: Readability's cleanup is
 * quadratic in depth (measured: 3,000 nested divs around 4,500 characters took 5–8 s).
 */

export interface PageBudget {
  /** Characters of text (about 6 per English word). */
  chars: number;
  /** Elements, whatever they hold (empty wrappers cost extraction time too). */
  elements: number;
  /** Nesting depth past which wrapper chains are unwrapped. */
  depth: number;
}

/** About 10,000 words (a read of 45 minutes) and the element count of a heavy news page. */
export const PAGE_BUDGET: PageBudget = { chars: 60_000, elements: 12_000, depth: 256 };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Survey {
  /** The node at which the budget ran out, or null when the page is within it. */
  cut: Node | null;
  /** When the cut is a text node: how many of its characters are within the budget. */
  keep: number;
  deepest: number;
}

/** One read-only pass over the page, in document order, until the budget runs out. */
function survey(body: Element, budget: PageBudget): Survey {
  let chars = 0;
  let elements = 0;
  let deepest = 0;
  let depth = 0;
  let node: Node | null = body.firstChild;
  while (node) {
    const before = chars;
    if (node.nodeType === TEXT_NODE) chars += (node as Text).data.length;
    else if (node.nodeType === ELEMENT_NODE) elements++;
    if (chars > budget.chars || elements > budget.elements) {
      return { cut: node, deepest, keep: budget.chars - before };
    }
    if (node.firstChild) {
      node = node.firstChild;
      deepest = Math.max(deepest, ++depth);
      continue;
    }
    while (node && !node.nextSibling && node !== body) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  return { cut: null, deepest, keep: 0 };
}

/** Replaces every element whose only content is one element by that element (in a copy). */
function unwrapChains(root: Element): void {
  const wrappers: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild) continue;
    if ([...el.childNodes].every((n) => n === only || !n.textContent?.trim())) wrappers.push(el);
  }
  // Innermost first: each step then moves only the wrapped content, never the rest of the chain
  // (moving a subtree costs its size, so outermost first would be quadratic again).
  for (const el of wrappers.reverse()) el.replaceWith(...el.childNodes);
}

/**
 * Copies into `target` the children of `source` up to the cut: whole subtrees before the path
 * to it, the path's elements shallow. Only the first part is ever cloned.
 */
function copyUpTo(source: Node, target: Node, path: readonly Node[], keep: number): void {
  const doc = target.ownerDocument as Document;
  let from = source;
  let into = target;
  for (const [i, step] of path.entries()) {
    for (let child = from.firstChild; child && child !== step; child = child.nextSibling) {
      into.appendChild(doc.importNode(child, true));
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
 * its first part and/or without its wrapper chains. The page's own DOM is never changed.
 */
export function readablePart(doc: Document, budget: PageBudget = PAGE_BUDGET): PagePart | null {
  const body = doc.body;
  if (!body) return null;
  const { cut, deepest, keep } = survey(body, budget);
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
    copyUpTo(body, copyBody, path, keep);
  } else {
    for (const child of body.childNodes) copyBody.appendChild(copy.importNode(child, true));
  }
  if (deepest > budget.depth) unwrapChains(copyBody);
  return { doc: copy, truncated: cut !== null };
}
