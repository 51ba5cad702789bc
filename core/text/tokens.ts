import { stemmer } from 'stemmer';
import { baseLanguage, stopwords } from './stopwords';
import { codeUnitClass, LETTER, MARK, NUMBER } from './char-class';
import { hasUnspacedScript, UNSPACED_RUN } from './word-count';

export { countWords } from './word-count';

/**
 * Word-level helpers shared by the summariser (and available to others): word counting (from
 * word-count.ts) and the content terms used for sentence similarity.
 */

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/**
 * A term's comparable form. English: Porter stem (npm `stemmer`). Other languages: the word cut
 * to its first 6 letters, a language-neutral light stemmer that merges most inflections
 * ("regierung/regierungen", "président/présidente") at little cost in precision.
 */
export function termKey(word: string, lang: string): string {
  if (lang !== 'en') return word.length > 6 ? word.slice(0, 6) : word;
  if (word.length <= 3) return word;
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size > STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/**
 * Distinct content terms of a sentence: lower-cased words minus the language's stop words and
 * one-character tokens, stemmed; unspaced scripts give character bigrams (a standard, dictionary-
 * free unit for Japanese and Chinese similarity).
 */
export function contentTerms(text: string, lang: string): string[] {
  const base = baseLanguage(lang);
  const stop = stopwords(base);
  const terms = new Set<string>();
  const lower = text.toLowerCase();
  const hasUnspaced = hasUnspacedScript(lower);
  const spaced = hasUnspaced ? lower.replace(UNSPACED_RUN, ' ') : lower;
  let start = -1;
  for (let i = 0; i <= spaced.length; i++) {
    const inWord = i < spaced.length && isWordCode(spaced.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const w = spaced.slice(start, i);
      if (w.length >= 2 && !stop.has(w)) terms.add(termKey(w, base));
      start = -1;
    }
  }
  if (hasUnspaced) {
    for (const run of lower.match(UNSPACED_RUN) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
    }
  }
  return [...terms];
}

/**
 * Letters, marks and digits, /[\p{L}\p{M}\p{N}]/u of the code unit alone (ASCII answered inline,
 * others from the class table: a typed-array read, where a Map lookup cost ~0.5 ms a page).
 */
export function isWordCode(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return (codeUnitClass(c) & (LETTER | MARK | NUMBER)) !== 0;
}
