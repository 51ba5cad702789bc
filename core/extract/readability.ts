import { Readability } from '@mozilla/readability';

/**
 * Readability 0.6.0 as it is, but for one test reordered. While it looks for a byline (every
 * element of the page, until it finds one), `_isValidByline` measures each element's
 * `textContent` before it checks whether the element could be a byline at all (rel="author",
 * itemprop author, or a byline-like class or id). That makes the search quadratic in the depth
 * of the page: every element's text is gathered from its whole subtree. Here the cheap checks
 * come first and the text is measured only for a candidate, so the answer is the same for every
 * element (a conjunction of side-effect-free tests; the byline pattern has no global flag).
 *
 * The override names an internal method: should a later Readability rename it, the subclass
 * quietly becomes plain Readability again (`readability.test.ts` checks the override is used).
 */
export class BylineFirstReadability extends Readability<Element> {
  declare REGEXPS: { byline: RegExp };

  _isValidByline(node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    const couldBe =
      rel === 'author' ||
      (itemprop?.includes('author') ?? false) ||
      this.REGEXPS.byline.test(matchString);
    if (!couldBe) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }
}
