import Readability from '@mozilla/readability/Readability.js';

/** Readability's own title rules, which the subclass reads a <title> with (see below). */
const readabilityTitle = (Readability.prototype as unknown as { _getArticleTitle(): string })
  ._getArticleTitle;

/**
 * Readability 0.6.0 as it is, but for two tests that now take their costly step (an element's whole
 * text, its style object) only when the cheap checks leave it to decide (each gives the same
 * answer for every element; only the order of side-effect-free checks changes), and for the
 * separators it cuts a <title> at.
 *
 * The overrides name internal methods: should a later Readability rename one, the subclass
 * quietly becomes plain Readability again there (`readability.test.ts` checks all are used).
 */
export class CheapChecksFirstReadability extends Readability<Element> {
  declare REGEXPS: { byline: RegExp };
  declare _doc: Document;

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

  /**
   * The title from the page's <title>, when its metadata gives none: Readability's own rules, with
   * the en dash, em dash and middle dot as separators besides its | and - (a site's name after
   * " – " or " · " is as much a suffix): each is read as " - ", of the same length, and the answer
   * is taken back from the title as written (Readability keeps a title whole when the cut would
   * leave four words or fewer, whatever the separator).
   */
  _getArticleTitle(): string {
    const doc = this._doc;
    const original = doc.title;
    const masked = original.replace(/ [–—·] /g, ' - ');
    doc.title = masked;
    const title = readabilityTitle.call(this);
    doc.title = original;
    const whole = masked.trim();
    const at = whole.indexOf(title);
    return at < 0 ? title : original.trim().slice(at, at + title.length);
  }
}
