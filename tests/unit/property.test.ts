import fc from 'fast-check';
import { describe, it } from 'vitest';
import { analyzeText } from '../../core/pipeline';
import { checkAnalysis } from './property-checks';
import { anyTextArb } from './property-html';
import { assertHtmlProperty } from './property-run';

/**
 * Issue 7: 10,000 random HTML documents through core/ give no throw and well-formed output.
 * The documents are split over two files (this one and property-more.test.ts, 5,000 each) so
 * vitest runs them on both cores.
 */
describe('property: core/ on random input', () => {
  it('5,000 random HTML documents (1 of 2): extract → analyzeArticle', { timeout: 300_000 }, () => {
    assertHtmlProperty(5_000);
  });

  it('3,000 random strings: analyzeText', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(anyTextArb, fc.integer({ min: 1, max: 8 }), (text, sentences) => {
        const analysis = analyzeText(text, { sentences });
        if (analysis.text !== text) throw new Error('analysed text is the input itself');
        checkAnalysis(analysis);
      }),
      { numRuns: 3_000 },
    );
  });
});
