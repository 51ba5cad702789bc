/**
 * Checks on what the reader was shown, against the page's human ground truth: is each summary
 * sentence the article's own (in the annotated body), and is sentence 1 the headline again?
 * Word tokens, lowercased, so that quote styles, spacing and line breaks do not count.
 */
import { tokenize } from '../extraction-eval/metrics';

function words(text: string): string[] {
  return tokenize(text.normalize('NFKC').toLowerCase());
}

/** The ground-truth body, ready for `inBody` (one pass over it, reused for every sentence). */
export function bodyIndex(body: string): string {
  return ` ${words(body).join(' ')} `;
}

/** The sentence's words appear in the body, in order and contiguous. */
export function inBody(sentence: string, index: string): boolean {
  const w = words(sentence);
  return w.length > 0 && index.includes(` ${w.join(' ')} `);
}

/** The sentence says nothing but the headline (allowing a site suffix on the headline). */
export function isHeadline(sentence: string, title: string): boolean {
  const s = words(sentence).join(' ');
  const t = words(title).join(' ');
  return (
    s.length > 0 && t.length > 0 && (s === t || (t.startsWith(s) && s.length >= 0.6 * t.length))
  );
}
