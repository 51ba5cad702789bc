/**
 * Deep nesting in Readability's copy of the page. Readability's cleanup measures every element
 * over its whole subtree, so a chain of wrappers (a <div> whose only content is another <div>)
 * costs the chain's length times the article: 256 nested wrappers around six paragraphs took 2 s
 * on linkedom, 512 took 6 s. Only script builds such pages (the HTML parser of a browser stops
 * nesting at 512; a news page is some 15 elements deep, the deepest of 252 evaluation pages 49),
 * and the CLI's parser builds whatever the file says. So past WRAPPER_DEPTH a wrapper is not
 * copied (its content is), and a copy that left one out has its other wrapper chains unwrapped
 * too; past MAX_DEPTH elements are not copied at all, only their text (the copy is made
 * recursively, and would run out of stack).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Past this depth (of the copy), wrappers are unwrapped. */
export const WRAPPER_DEPTH = 128;

/** Past this depth, elements are not copied: their text joins the element at this depth. */
export const MAX_DEPTH = 512;

/** Whether `el`'s only content is one element (and blank text). */
export function isWrapper(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n !== only && /\S/.test(n.textContent ?? '')) return false;
  }
  return true;
}

/** Replaces every wrapper below `root` by its content, in one pass. */
export function unwrapChains(root: Element): void {
  const wrappers = Array.from(root.querySelectorAll('*')).filter(isWrapper);
  // Innermost first: each step moves only the wrapped content, never the rest of the chain.
  for (let i = wrappers.length - 1; i >= 0; i--) {
    const el = wrappers[i] as Element;
    el.replaceWith(...Array.from(el.childNodes));
  }
}

/**
 * Calls `visit` with the text of every text node below `root`, in document order, and with a
 * space where an element starts or ends (words in neighbouring elements stay apart), without
 * recursion: a page may be nested deeper than the stack. `skip` leaves an element's subtree out.
 */
export function walkText(
  root: Element,
  skip: (el: Element) => boolean,
  visit: (text: string) => void,
): void {
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === TEXT_NODE) visit((node as Text).data);
    else if (node.nodeType === ELEMENT_NODE && !skip(node as Element) && node.firstChild) {
      visit(' ');
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      visit(' ');
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** The text below `from` (walkText) as one text node appended to `to`. */
export function copyTextFlat(from: Element, to: Element, skip: (el: Element) => boolean): void {
  let text = '';
  walkText(from, skip, (t) => (text += t));
  to.append(text);
}
