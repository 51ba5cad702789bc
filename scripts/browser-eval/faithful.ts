/**
 * Checks on what the reader was shown, against the page's human ground truth: is each summary
 * sentence the article's own (in the annotated body), and is sentence 1 the headline again?
 * Letters and digits only, lowercased, so that quote styles, spacing and line breaks do not count
 * (nor the spaces a page puts, or not, between Japanese text and a Latin name).
 */
function compact(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join('');
}

function words(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
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

/** The sentence says nothing but the headline (allowing a site suffix on the headline). */
export function isHeadline(sentence: string, title: string): boolean {
  const s = words(sentence);
  const t = words(title);
  return (
    s.length > 0 &&
    t.length > 0 &&
    (s === t || (t.startsWith(`${s} `) && s.length >= 0.6 * t.length))
  );
}
