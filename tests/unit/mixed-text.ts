import fc from 'fast-check';

/**
 * Characters where a hand-written character test could part from a Unicode regex: every case
 * class (Lu, Ll, Lt "ǅ", Lm, Lo), marks (combining acute, a Devanagari sign), other numbers,
 * letters whose lower case is special (Σ, İ, ẞ), unspaced scripts, letters and an emoji beyond
 * the BMP (surrogate pairs), lone surrogates, apostrophes, dots, hyphens, quotes and spaces.
 */
const TRICKY = [
  ...'aZ09 .,;:!?\'’"“”«»()[]-–—&@#_/\n\t',
  ...'ßéÉçÇñÑøÆœ',
  ...'яЯжЖёЁ',
  ...'ΣσςΆά',
  ...'İıǅǈʰ',
  '\u0301',
  '\u0903',
  '٣',
  '²',
  'Ⅻ',
  ...'日本語漢字',
  ...'ひらがなカタカナー',
  ...'ภาษาไทย',
  ...'ມີ',
  ...'ខ្មែរ',
  ...'မြန်',
  ...'עבריתالعربية',
  '\u{1D400}',
  '\u{1D4B6}',
  '\u{20000}',
  '\u{1F600}',
  '\u{10400}',
  '\u{10428}',
  '\ud800',
  '\udc00',
  '\u00a0',
  '\u3000',
];

/** One character: mostly from TRICKY, sometimes any code point (or lone surrogate) at all. */
const char = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }) },
);

/** Random text of mixed scripts, up to `maxLength` characters. */
export function mixedText(maxLength = 40): fc.Arbitrary<string> {
  return fc.array(char, { maxLength }).map((chars) => chars.join(''));
}

/** Enough runs to meet the rarer characters in many contexts, still well under a second. */
export const RUNS = 2000;
