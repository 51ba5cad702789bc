import { extractArticle } from '@/core/extract';

// Injected on demand only (registration: 'runtime'): no content script runs on any page unless
// the reader clicked the toolbar button there.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractArticle(document);
  },
});
