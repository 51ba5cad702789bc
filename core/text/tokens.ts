import { stemmer } from 'stemmer';
import { baseLanguage, stopwords } from './stopwords';

/**
 * Word-level helpers shared by the summariser (and available to others): word counting that
 * also works for scripts written without spaces, and the content terms used for sentence
 * similarity.
 */

/** Scripts written without spaces between words: counted and compared by characters. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Characters of unspaced scripts per "word", for length budgets: 2.5 is about the mean length of a
 * Japanese or Chinese word, so a budget means roughly the same amount of content in any script.
 */
const CHARS_PER_WORD_UNSPACED = 2.5;

/** Number of words; runs of unspaced scripts count as their length / 2.5. */
export function countWords(text: string): number {
  let unspacedChars = 0;
  const spaced = UNSPACED.test(text)
    ? text.replace(UNSPACED_RUN, (run) => {
        unspacedChars += run.length;
        return ' ';
      })
    : text;
  const words = spaced.match(WORD)?.length ?? 0;
  return words + Math.round(unspacedChars / CHARS_PER_WORD_UNSPACED);
}

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
  for (const w of lower.replace(UNSPACED_RUN, ' ').match(WORD) ?? []) {
    if (w.length < 2 || stop.has(w)) continue;
    terms.add(termKey(w, base));
  }
  if (UNSPACED.test(lower)) {
    for (const run of lower.match(UNSPACED_RUN) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
    }
  }
  return [...terms];
}
