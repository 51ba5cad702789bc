import { indexOfClass, UNSPACED as UNSPACED_SCRIPT, UNSPACED_SCRIPTS } from './char-class';

/**
 * Word counting that also works for scripts written without spaces. Kept apart from tokens.ts
 * (stop words, stemming) so the content script, which only counts words, ships without them.
 */

/**
 * Scripts written without spaces between words: counted and compared by characters (the scripts
 * of char-class.ts's UNSPACED, plus the prolonged sound mark ー inside a run).
 */
export const UNSPACED_RUN = new RegExp(`[${UNSPACED_SCRIPTS}ー]+`, 'gu');

/**
 * Whether `text` holds a character of an unspaced script, answered from the class table
 * (char-class.ts): the Unicode-script regex it replaces asked seven script properties at every
 * character, on every sentence twice (word count, content terms), ~3 ms on a 7,600-word page.
 */
export function hasUnspacedScript(text: string): boolean {
  // No unspaced script starts below Thai (U+0E00): a plain range regex skips Latin and
  // Cyrillic text at native speed, and at once when the string is stored one byte a character.
  const from = text.search(FROM_THAI);
  return from >= 0 && indexOfClass(text, UNSPACED_SCRIPT, from) >= 0;
}

/** Any code unit from U+0E00 on, surrogates included (where Han beyond the BMP begins). */
const FROM_THAI = /[\u0e00-\uffff]/;

/**
 * Characters of unspaced scripts per "word", for length budgets: 2.5 is about the mean length of a
 * Japanese or Chinese word, so a budget means roughly the same amount of content in any script.
 */
const CHARS_PER_WORD_UNSPACED = 2.5;

/** Number of words; runs of unspaced scripts count as their length / 2.5. */
export function countWords(text: string): number {
  let unspacedChars = 0;
  const spaced = hasUnspacedScript(text)
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
