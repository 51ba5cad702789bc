import Readability from '@mozilla/readability/Readability.js';

/**
 * Readability 0.6.0 as it is, but for two tests that now take their costly step (an element's whole
 * text, its style object) only when the cheap checks leave it to decide. Each gives the same
 * answer for every element; only the order of side-effect-free checks changes.
 *
 * The overrides name internal methods: should a later Readability rename one, the subclass
 * quietly becomes plain Readability again there (`readability.test.ts` checks both are used).
 */
export class CheapChecksFirstReadability extends Readability<Element> {
  declare REGEXPS: { byline: RegExp };

  /**
   * While Readability looks for a byline (every element of the page, until it finds one), it
   * measures each element's `textContent` before it checks whether the element could be a byline
   * at all (rel="author", itemprop author, or a byline-like class or id). That makes the search
   * quadratic in the depth of the page: every element's text is gathered from its whole subtree.
   * Here the text is measured only for a candidate (the byline pattern has no global flag).
   */
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

  /**
   * Readability asks every element it walks for `node.style`, and the DOM builds a style object
   * for each on demand (a CSSOM wrapper in the browser, a parsed declaration in linkedom): the
   * costliest step of the walk. Only a style attribute gives an element an inline display or
   * visibility, so the style is read only when there is one. The rest is Readability's test as
   * written (a class name that is no string, as on SVG, has no `includes`).
   */
  _isProbablyVisible(node: Element): boolean {
    const style = node.hasAttribute('style') ? (node as HTMLElement).style : undefined;
    const className: unknown = node.className;
    return (
      (!style || (style.display !== 'none' && style.visibility !== 'hidden')) &&
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') !== 'true' ||
        (typeof className === 'string' && className.includes('fallback-image')))
    );
  }
}
