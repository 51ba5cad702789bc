/**
 * The word count of the page script: the same count as core/text/word-count.ts, with regular
 * expressions instead of that module's table of character classes. The table makes the count
 * fast on every sentence of a long text in the worker; the page script counts a few hundred
 * blocks, and cannot carry the table within its 20 KB. words.test.ts checks both counts agree.
 *
 * As there: runs of scripts written without spaces count as their length / 2.5, and a word is a
 * run of non-space holding an ASCII letter or digit, or any other character but the punctuation
 * that stands alone between spaces.
 */
const SCRIPTS =
  '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const UNSPACED = new RegExp(`[${SCRIPTS}]`, 'u');
const UNSPACED_RUN = new RegExp(`[${SCRIPTS}ー]+`, 'gu');
const SPACE = '\\t-\\r \\u00a0\\u3000';
/**
 * A word is a whole run of non-space holding one such character. Runs first, then the test on
 * each: one regex for both (a run, a word character, a run) backtracked through every start
 * inside a long run without one ("@.@.@.…"), quadratic in its length.
 */
const RUN = new RegExp(`[^${SPACE}]+`, 'g');
// Tested on runs without space: the spaces need not be left out again.
const WORDLIKE = /[0-9A-Za-z]|[^\0-\x7f–—‒―“”‘’«»‹›„…·•]/;

export function countWords(text: string): number {
  let unspaced = 0;
  const spaced = UNSPACED.test(text)
    ? text.replace(UNSPACED_RUN, (run) => {
        unspaced += run.length;
        return ' ';
      })
    : text;
  const words = spaced.match(RUN)?.filter((run) => WORDLIKE.test(run)).length ?? 0;
  return words + Math.round(unspaced / 2.5);
}
