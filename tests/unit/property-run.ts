import fc from 'fast-check';
import { parseDocument } from '../../cli/dom';
import { extractArticle } from '../../core/extract';
import { analyzeArticle } from '../../core/pipeline';
import { checkAnalysis, checkArticle } from './property-checks';
import { htmlDocumentArb } from './property-html';

/**
 * Small documents (depth 5, at most 4 children; median ~0.5 KB): Readability's cost is mostly
 * per document, so the count, not the size, sets the run time. Size is hostile.test.ts's job.
 */
const SIZES = { depth: 5, children: 4 };

/** `runs` random HTML documents through extract → analyzeArticle: no throw, well-formed output. */
export function assertHtmlProperty(runs: number): void {
  fc.assert(
    fc.property(
      htmlDocumentArb(SIZES),
      fc.constantFrom('short', 'medium', 'long'),
      (html, length) => {
        const article = extractArticle(parseDocument(html));
        checkArticle(article);
        checkAnalysis(analyzeArticle(article, { length }));
      },
    ),
    { numRuns: runs },
  );
}
