/**
 * What the reader cannot see in the live page, from its computed style: a paywalled section the
 * stylesheet hides, a collapsed box, a hidden template. Neither the summary nor the actors may
 * come from it. Asked top-down (a hidden element's subtree is skipped whole), so each visible
 * element is asked once; the style is computed once for the whole page, then each answer is a
 * lookup.
 */
import type { HiddenTest } from '@/lib/page/page-budget';

type Checkable = Element & {
  checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean;
};

/**
 * The test for `doc`, or null when it cannot tell: an old browser without checkVisibility, or a
 * page that hides its whole body while it loads (an "anti-flicker" snippet), where everything
 * would count as hidden.
 */
export function hiddenTest(doc: Document): HiddenTest {
  const body = doc.body as Checkable | null;
  if (!body || typeof body.checkVisibility !== 'function') return null;
  if (!body.checkVisibility({ visibilityProperty: true })) return null;
  const view = doc.defaultView;
  // The page budget's survey and the copy for reading ask about the same elements.
  const known = new Map<Element, boolean>();
  return (el) => {
    let hidden = known.get(el);
    if (hidden === undefined) {
      // No box is not always hidden: `display: contents` draws its children, and elements that
      // are never rendered (<head> content, <area>) are not the page's text anyway.
      hidden =
        (el as Checkable).checkVisibility?.({ visibilityProperty: true }) === false &&
        view?.getComputedStyle(el).display !== 'contents';
      known.set(el, hidden);
    }
    return hidden;
  };
}
