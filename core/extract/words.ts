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
const WORD = new RegExp(
  `[^${SPACE}]*(?:[0-9A-Za-z]|[^\\0-\\x7f${SPACE}–—‒―“”‘’«»‹›„…·•])[^${SPACE}]*`,
  'g',
);

export function countWords(text: string): number {
  let unspaced = 0;
  const spaced = UNSPACED.test(text)
    ? text.replace(UNSPACED_RUN, (run) => {
        unspaced += run.length;
        return ' ';
      })
    : text;
  return (spaced.match(WORD)?.length ?? 0) + Math.round(unspaced / 2.5);
}
