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
  return countSpacedWords(spaced) + Math.round(unspacedChars / CHARS_PER_WORD_UNSPACED);
}

/** Spaces that separate words (UTF-16 codes): space, tab, LF, CR, no-break, ideographic. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000;
}
/** Non-ASCII punctuation that stands alone between spaces and is not a word. */
const LONE_PUNCTUATION = '–—‒―“”‘’«»‹›„…·•';

/**
 * Whitespace-separated tokens that hold a letter or digit ("3.5", "U.S." and "co-op" are one
 * word each; a lone dash is none). A character loop: several times cheaper than a Unicode regex,
 * and this runs on every sentence.
 */
function countSpacedWords(text: string): number {
  let words = 0;
  let hasWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (hasWordChar) words++;
      hasWordChar = false;
    } else if (!hasWordChar) {
      hasWordChar =
        (c >= 0x30 && c <= 0x39) ||
        ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ||
        (c > 0x7f && !LONE_PUNCTUATION.includes(text.charAt(i)));
    }
  }
  return hasWordChar ? words + 1 : words;
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
  const hasUnspaced = UNSPACED.test(lower);
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

const wordCodeCache = new Map<number, boolean>();
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits (ASCII answered inline, others looked up once and cached). */
function isWordCode(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  let known = wordCodeCache.get(c);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(c));
    wordCodeCache.set(c, known);
  }
  return known;
}
