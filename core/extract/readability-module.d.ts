/**
 * Readability's class from its own module: the package's index also loads
 * Readability-readerable.js (isProbablyReaderable), which CommonJS keeps in every bundle that
 * imports the index, and the extractor page script (20 KB budget) no longer uses it.
 */
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
