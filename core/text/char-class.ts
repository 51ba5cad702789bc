/**
 * Unicode character classes of the code point at a position, answered from a table instead of a
 * Unicode-property regex. A `\p{…}` regex pays for its property lookup at every character, and
 * the analysis asks such questions about every character of a long text: the table answers each
 * BMP code unit from one typed-array read after the first time. Every entry is filled from the
 * very regexes it replaces, so the answers are the regexes' own; code points beyond the BMP
 * (surrogate pairs) are looked up once each and kept in a Map.
 */

/** General category L (letter). */
export const LETTER = 1;
/** General category Lu (upper-case letter). */
export const UPPER = 2;
/** General category Ll (lower-case letter). */
export const LOWER = 4;
/** General category M (mark). */
export const MARK = 8;
/** General category N (number). */
export const NUMBER = 16;
/** A script written without spaces (word-count.ts's UNSPACED). */
export const UNSPACED = 32;
/** `toLowerCase` changes the character. */
export const CHANGES_IN_LOWER_CASE = 64;
/** White space as a regex's \s sees it. */
export const SPACE = 128;
/** Only in classesOfAll's answer: two or more code points are upper case. */
export const SEVERAL_UPPER = 0x4000;
/** Set on every filled entry, so that 0 means "not looked up yet". */
const KNOWN = 0x8000;

/** The scripts written without spaces, as the body of a `u`-flag character class. */
export const UNSPACED_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;

const PATTERNS: readonly (readonly [number, RegExp])[] = [
  [LETTER, /^\p{L}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [MARK, /^\p{M}$/u],
  [NUMBER, /^\p{N}$/u],
  [SPACE, /^\s$/u],
  [UNSPACED, new RegExp(`^[${UNSPACED_SCRIPTS}]$`, 'u')],
];

/** The classes of one code point, given as a string (one or two code units). */
function classesOf(ch: string): number {
  let k = KNOWN;
  for (const [bit, pattern] of PATTERNS) if (pattern.test(ch)) k |= bit;
  if (ch.toLowerCase() !== ch) k |= CHANGES_IN_LOWER_CASE;
  return k;
}

/**
 * Code points beyond the BMP (surrogate pairs) → classes, looked up once each: text made of them
 * (emoji, historic scripts, a hostile page) would otherwise run every regex at every character.
 */
const astral = new Map<number, number>();

function pairClasses(text: string, i: number): number {
  const cp = text.codePointAt(i) as number;
  let k = astral.get(cp);
  if (k === undefined) {
    k = classesOf(String.fromCodePoint(cp));
    astral.set(cp, k);
  }
  return k;
}

/** BMP code unit → classes | KNOWN; 0 until first asked. Lone surrogates get no class. */
const bmp = new Uint16Array(0x10000);

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether the code unit `c` at `i` begins a surrogate pair (one code point beyond the BMP). */
function startsPair(text: string, i: number, c: number): boolean {
  return isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
}

/**
 * The classes (bit set) of the code point starting at `i` in `text`, as a `u`-flag regex sees
 * it: a surrogate pair is one code point, a lone surrogate has no class, past the end is 0.
 */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (startsPair(text, i, c)) {
    return pairClasses(text, i);
  }
  return codeUnitClass(c);
}

/**
 * Whether every code unit of `text` is below U+0100. V8 stores such strings one byte a character
 * and runs Unicode regexes on them natively at a speed no JavaScript loop reaches (a table scan
 * was ~5x slower than /\p{Ll}{3}\p{Lu}/u on English text, ~5x faster on Russian): callers keep
 * the regex for these. The test itself is instant on one-byte strings.
 */
export function onlyLatin1(text: string): boolean {
  return !BEYOND_LATIN1.test(text);
}

const BEYOND_LATIN1 = /[^\0-\xff]/;

/*
 * Scans over whole strings live here, next to the table: a loop that called classAt across
 * modules ran several times slower under tsx (the benchmark scripts), whose CommonJS output
 * reaches every imported binding through a getter.
 */

/** Index of the first code point at or after `from` that has any of `classes`, or -1. */
export function indexOfClass(text: string, classes: number, from = 0): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (startsPair(text, i, c)) {
      if (pairClasses(text, i) & classes) return i;
      i++;
    } else if (codeUnitClass(c) & classes) return i;
  }
  return -1;
}

/** The classes of all code points of `text` together (bitwise or), with SEVERAL_UPPER. */
export function classesOfAll(text: string): number {
  let all = 0;
  let uppers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (startsPair(text, i, c)) {
      k = pairClasses(text, i);
      i++;
    } else k = codeUnitClass(c);
    all |= k;
    if (k & UPPER) uppers++;
  }
  return uppers >= 2 ? all | SEVERAL_UPPER : all;
}

/** Where the run of code points from `from` that each have any of `classes` ends. */
export function endOfClassRun(text: string, from: number, classes: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (startsPair(text, i, c)) {
      if (!(pairClasses(text, i) & classes)) return i;
      i += 2;
    } else if (codeUnitClass(c) & classes) i++;
    else return i;
  }
  return i;
}

/**
 * The classes of one UTF-16 code unit taken alone (what a `u`-flag regex says of
 * `String.fromCharCode(c)`): a surrogate, even half of a pair, has no class.
 */
export function codeUnitClass(c: number): number {
  let k = bmp[c] as number;
  if (k === 0) {
    k = classesOf(String.fromCharCode(c));
    bmp[c] = k;
  }
  return k;
}

/** Length in code units of the code point starting at `i` (2 for a surrogate pair, else 1). */
export function codePointLength(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) &&
    i + 1 < text.length &&
    isLowSurrogate(text.charCodeAt(i + 1))
    ? 2
    : 1;
}
