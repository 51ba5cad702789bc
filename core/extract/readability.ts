import { Readability } from '@mozilla/readability';

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
   * The title from the page's <title>, when its metadata gives none: Readability's rules, with
   * every dash and the middle dot as separators besides its own (a site's name after " – " or
   * " · " is as much a suffix as after " | "). The part after the last separator goes, unless
   * that leaves under three words (then the part before the first goes); a title cut to four
   * words or fewer stays whole, unless the separators were hierarchical ("a / b / c") and only
   * one word was cut. A title with a colon but no separator loses what precedes the colon
   * unless a heading of the page carries the title whole.
   */
  _getArticleTitle(): string {
    const original = (this._doc.title ?? '').trim();
    const words = (text: string) => text.split(/\s+/).length;
    const separators = [...original.matchAll(/ [|\-–—·\\/>»] /g)];
    const last = separators[separators.length - 1];
    const first = separators[0];
    let title = original;
    if (first && last) {
      title = original.slice(0, last.index);
      if (words(title) < 3) title = original.slice(first.index + first[0].length);
    } else if (original.includes(': ')) {
      const headings = [...this._doc.querySelectorAll('h1, h2')];
      if (!headings.some((h) => (h.textContent ?? '').trim() === original)) {
        title = original.slice(original.lastIndexOf(':') + 1);
        if (words(title) < 3) title = original.slice(original.indexOf(':') + 1);
        else if (words(original.slice(0, original.indexOf(':'))) > 5) title = original;
      }
    } else if (original.length > 150 || original.length < 15) {
      const h1s = this._doc.getElementsByTagName('h1');
      if (h1s.length === 1) title = (h1s[0]?.textContent ?? '').trim();
    }
    title = title.trim().replace(/\s{2,}/g, ' ');
    const hierarchical = separators.some((m) => /[\\/>»]/.test(m[0]));
    const cutToOneWordLess = words(title) === words(original.replace(/[|\-–—·\\/>»]+/g, '')) - 1;
    if (words(title) > 4 || (hierarchical && cutToOneWordLess)) return title;
    // A short title stays whole, but for the site's own name after its last separator.
    const site = last && original.slice(last.index + last[0].length);
    return site && this._namesSite(site) ? original.slice(0, last.index).trim() : original;
  }

  /**
   * Whether `text` is the site's name: the name its metadata gives (og:site_name,
   * application-name), or words that all stand in its host name ("The Verge", theverge.com).
   */
  _namesSite(text: string): boolean {
    const fold = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const name = fold(text);
    const metas = [...this._doc.getElementsByTagName('meta')];
    const named = metas.some(
      (m) =>
        /^(?:og:site_name|application-name)$/.test(
          m.getAttribute('property') ?? m.getAttribute('name') ?? '',
        ) && fold(m.getAttribute('content') ?? '') === name,
    );
    if (named || !name) return named;
    const canonical = [...this._doc.getElementsByTagName('link')].find(
      (l) => l.getAttribute('rel') === 'canonical',
    );
    let host = '';
    try {
      host = new URL(canonical?.getAttribute('href') ?? this._doc.URL).hostname.toLowerCase();
    } catch {
      return false;
    }
    return name.split(' ').every((word) => host.includes(word));
  }
}
