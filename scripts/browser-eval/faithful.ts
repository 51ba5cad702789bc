/**
 * Checks on what the reader was shown, against the page's human ground truth: is each summary
 * sentence the article's own (in the annotated body), and is sentence 1 the headline again
 * (the summary's own test, core/summary/structure.ts)?
 */
export { repeatsHeadline as isHeadline } from '../../core/summary/structure';

/**
 * Letters and digits only, lowercased: quote styles, spacing and line breaks do not count (nor
 * the spaces a page puts, or not, between Japanese text and a Latin name).
 */
function compact(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join('');
}

/** The ground-truth body, ready for `inBody` (one pass over it, reused for every sentence). */
export function bodyIndex(body: string): string {
  return compact(body);
}

/** The sentence's letters and digits appear in the body, in order and contiguous. */
export function inBody(sentence: string, index: string): boolean {
  const s = compact(sentence);
  return s.length > 0 && index.includes(s);
}

/**
 * The page's own standfirst, as its description meta tags give it (description, og:description,
 * twitter:description), ready for `inBody`. Annotators of the ground truth left the standfirst
 * out of the body; the summary may open with it (as the lede, core/summary/structure.ts), so a
 * summary sentence found here is the article's own words, counted apart from those found nowhere.
 */
export function standfirstIndex(doc: Pick<Document, 'querySelectorAll'>): string {
  const metas = doc.querySelectorAll(
    'meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]',
  );
  return Array.from(metas, (m) => compact(m.getAttribute('content') ?? '')).join('\n');
}
