/**
 * The analysis answers some Unicode questions by hand (core/text/char-class.ts) where it once ran
 * a Unicode-property regex, for speed. Each fast path must say exactly what the regex said: these
 * properties compare them on random text of mixed scripts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHaveGluedWords } from '../../core/text/sentences';
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
});
