/**
 * Bundled into real pages by scripts/browser-eval/page-sizes.ts: the page budget's own counts
 * (lib/page/page-budget.ts) of the live page, with and without the hidden test.
 */
import { isUnseen, pageSize, type HiddenTest } from '../../lib/page/page-budget';
import { hiddenTest } from '../../lib/page/visibility';

export interface SizeWindow {
  nutshellSizes(): {
    visible: ReturnType<typeof pageSize> & { text: string };
    unhidden: { chars: number; elements: number };
    raw: { chars: number; nodes: number };
  };
}

/** The text the budget counts, whitespace runs as one space. */
function visibleText(root: Element, isHidden: HiddenTest): string {
  const texts: string[] = [];
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) texts.push((n as Text).data);
      else if (n.nodeType === Node.ELEMENT_NODE && !isUnseen(n as Element, isHidden))
        walk(n as Element);
    }
  };
  walk(root);
  return texts.join('').replace(/\s+/g, ' ');
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
  const isHidden = hiddenTest(document);
  return {
    visible: { ...pageSize(document, isHidden), text: visibleText(document.body, isHidden) },
    unhidden: { chars: unhidden.chars, elements: unhidden.elements },
    raw: { chars, nodes },
  };
};
