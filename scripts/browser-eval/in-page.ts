/**
 * Bundled into real pages by scripts/browser-eval/page-sizes.ts: the page budget's own counts
 * (lib/page/page-budget.ts) of the live page, with and without the hidden test.
 */
import { pageSize } from '../../lib/page/page-budget';
import { hiddenTest } from '../../lib/page/visibility';

export interface SizeWindow {
  nutshellSizes(): {
    visible: ReturnType<typeof pageSize>;
    unhidden: { chars: number; elements: number };
    raw: { chars: number; nodes: number };
  };
}

(globalThis as unknown as SizeWindow).nutshellSizes = () => {
  const unhidden = pageSize(document, null);
  let chars = 0;
  let nodes = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    if (n.nodeType === Node.TEXT_NODE) chars += (n as Text).data.length;
  }
  return {
    visible: pageSize(document, hiddenTest(document)),
    unhidden: { chars: unhidden.chars, elements: unhidden.elements },
    raw: { chars, nodes },
  };
};
