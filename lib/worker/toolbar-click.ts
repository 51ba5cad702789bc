/**
 * The toolbar click, heard by the worker before the popup exists. The button has no popup of its
 * own (wxt.config.ts), so a click is an `action.onClicked` event: the worker opens the
 * popup and starts reading the page at once. The browser takes 100-300 ms from the click to the
 * popup's first script; the page is read in that time instead of after it, and the popup's first
 * request finds the reading under way or done (lib/worker/reader.ts, readOnClick).
 *
 * The tab keeps the popup as its own until it navigates (the browser forgets tab-specific popups
 * then): a second click on the same page opens the popup directly, which answers from the per-tab
 * cache, and a click while the popup is open closes it, as the reader expects of a toolbar button.
 * Firefox does the same (its event page, even woken by the click, may open the popup).
 */
import { browser } from 'wxt/browser';

const POPUP = 'popup.html';

/**
 * Runs a long synchronous stretch of the worker (an analysis) with the button's popup set, so
 * that a click meanwhile opens the popup the browser's own way: a busy worker could not hear the
 * click, and the popup says so when the stretch lasts. The popup setting goes out before the
 * work blocks the worker (the browser applies it at once) and is taken back after it.
 */
export function whileBusy<T>(work: () => T): T {
  setButtonPopup({ popup: POPUP });
  try {
    return work();
  } finally {
    setButtonPopup({ popup: '' });
  }
}

/**
 * Sets the button's popup, for all tabs or one. Only a shortcut for clicks: where it fails, the
 * click reaches the worker as usual (or, for a tab, the next click opens the popup anyway).
 */
function setButtonPopup(details: { popup: string; tabId?: number }): void {
  try {
    void browser.action.setPopup(details).catch(() => undefined);
  } catch {
    // No action API (a test double): nothing to do.
  }
}

export function readOnToolbarClick(read: (tabId: number) => void): void {
  browser.action.onClicked.addListener((tab) => {
    const tabId = tab.id;
    if (tabId === undefined) return;
    // Opening a popup needs the reader's gesture: both calls now, in the click's own handler,
    // without waiting (the browser applies them in order). Should the popup not open, the tab
    // has it as its own now, so the next click opens it.
    setButtonPopup({ tabId, popup: POPUP });
    browser.action.openPopup({ windowId: tab.windowId }).catch(() => undefined);
    read(tabId);
  });
}
