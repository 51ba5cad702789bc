import { describe, it } from 'vitest';
import { assertHtmlProperty } from './property-run';

/** The second half of issue 7's 10,000 random documents (see property.test.ts). */
describe('property: core/ on random input (2 of 2)', () => {
  it('5,000 random HTML documents: extract → analyzeArticle', { timeout: 300_000 }, () => {
    assertHtmlProperty(5_000);
  });
});
