/**
 * The analysis answers some Unicode questions by hand (core/text/char-class.ts) where it once ran
 * a Unicode-property regex, for speed. Each fast path must say exactly what the regex said: these
 * properties compare them on random text of mixed scripts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../core/pipeline';
import { hasUrlMark } from '../../core/summary/candidates';
import {
  endsInPossessive,
  joinWords,
  nextTokenStart,
  tokenEnd,
  tokenize,
  tokenShape,
} from '../../core/actors/tokens';
import { mayHaveGluedWords } from '../../core/text/sentences';
import { isWordCode } from '../../core/text/tokens';
import { hasUnspacedScript } from '../../core/text/word-count';
import { mixedText, RUNS } from './mixed-text';

describe('fast paths agree with the regexes they replace', () => {
  it('mayHaveGluedWords = /\\p{Ll}{3}\\p{Lu}/u', () => {
    const regex = /\p{Ll}{3}\p{Lu}/u;
    fc.assert(
      fc.property(mixedText(), (s) => mayHaveGluedWords(s) === regex.test(s)),
      { numRuns: RUNS },
    );
    expect(mayHaveGluedWords('Copy this linkResearchers found')).toBe(true);
    expect(mayHaveGluedWords('dit \u{1D4B6}\u{1D4B6}\u{1D4B6}\u{1D400}')).toBe(true);
    expect(mayHaveGluedWords('iPhone McDonald')).toBe(false);
  });

  it('hasUnspacedScript = the unspaced-scripts regex', () => {
    const regex =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    fc.assert(
      fc.property(mixedText(), (s) => hasUnspacedScript(s) === regex.test(s)),
      { numRuns: RUNS },
    );
    expect(hasUnspacedScript('abc \u{20000}')).toBe(true);
    for (let c = 0; c < 0xe00; c++) expect(regex.test(String.fromCodePoint(c))).toBe(false);
    expect(hasUnspacedScript('abc \ud840')).toBe(false);
  });

  it('isWordCode = a letter, mark or number regex on one code unit, for every code unit', () => {
    const regex = /[\p{L}\p{M}\p{N}]/u;
    for (let c = 0; c < 0x10000; c++) {
      if (isWordCode(c) !== regex.test(String.fromCharCode(c))) expect(c).toBe('a word code');
    }
  });

  it('tokenShape = the regexes and toLowerCase it replaces (text without line breaks)', () => {
    const lineFree = mixedText().map((s) => s.replace(/[\n\r\u2028\u2029]/g, ''));
    fc.assert(
      fc.property(lineFree, (t) => {
        expect(tokenShape(t)).toEqual({
          lower: t.toLowerCase(),
          word: /^\p{L}/u.test(t),
          cap: /^\p{Lu}/u.test(t),
          allCaps: !/\p{Ll}/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t),
        });
      }),
      { numRuns: RUNS },
    );
    expect(tokenShape('ΟΔΟΣ').lower).toBe('οδος');
    expect(tokenShape('\u{10400}\u{10400}').allCaps).toBe(true);
  });

  it("endsInPossessive = /['’]s$/i", () => {
    const possessives = fc
      .tuple(mixedText(8), fc.constantFrom("'s", '’S', "'ſ", 's', '’', ''))
      .map(([a, b]) => a + b);
    fc.assert(
      fc.property(possessives, (t) => endsInPossessive(t) === /['’]s$/i.test(t)),
      { numRuns: RUNS },
    );
  });

  it("the pipeline's countWords = the number of matches of its old word regex", () => {
    const regex = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
    fc.assert(
      fc.property(mixedText(), (s) => countWords(s) === (s.match(regex)?.length ?? 0)),
      { numRuns: RUNS },
    );
    expect(countWords("don't l’homme x'2 '' é\u0301t\u00e9")).toBe(6);
  });

  it('actor tokens = the matches of the token regex', () => {
    const regex = /[\p{L}\p{M}\p{N}]+(?:[.'’&-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
    const spans = (text: string): string[] => {
      const out: string[] = [];
      for (let at = nextTokenStart(text, 0); at < text.length;) {
        const end = tokenEnd(text, at);
        out.push(`${at}:${text.slice(at, end)}`);
        at = nextTokenStart(text, end);
      }
      return out;
    };
    fc.assert(
      fc.property(mixedText(), (s) => {
        expect(spans(s)).toEqual([...s.matchAll(regex)].map((m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: RUNS },
    );
    expect(spans('U.S. co-op’s A&P \u{1D400}x. \ud800-')).toEqual([
      '0:U.S.',
      '5:co-op’s',
      '13:A&P',
      '17:\u{1D400}x.',
      '22:\ud800',
      '23:-',
    ]);
  });

  it('joinWords = map and join of the tokens', () => {
    fc.assert(
      fc.property(mixedText(), fc.nat(5), (s, n) => {
        const tokens = tokenize(s).slice(0, n);
        expect(joinWords(tokens, 'lower')).toBe(tokens.map((t) => t.lower).join(' '));
        expect(joinWords(tokens, 'text')).toBe(tokens.map((t) => t.text).join(' '));
      }),
      { numRuns: RUNS },
    );
  });

  it('hasUrlMark = "://" or "www." in the lower-cased text', () => {
    const fragment = fc.constantFrom(
      'www.',
      'WwW.',
      'ww.',
      ':/',
      '://',
      'İ',
      'ẞ',
      'W',
      'w',
      '.',
      '/',
    );
    const texts = fc
      .array(fc.oneof(mixedText(4), fragment), { maxLength: 8 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(texts, (s) => {
        const lower = s.toLowerCase();
        return hasUrlMark(s) === (lower.includes('://') || lower.includes('www.'));
      }),
      { numRuns: RUNS },
    );
  });
});
