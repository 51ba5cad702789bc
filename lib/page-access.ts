/**
 * The background's access to a tab: inject the content script on demand (once per page) and
 * talk to it. Only possible after the reader clicked the toolbar button there (activeTab).
 */
import { browser } from 'wxt/browser';
import { ReaderFacingError } from './messaging';
import { pageHighlightCss } from './palette';
import { isPingReply, type BackgroundToContent } from './protocol';
import { isRestrictedInjectionError, RESTRICTED_MESSAGE } from './restricted';
import { getSettings } from './settings';

export class RestrictedPageError extends ReaderFacingError {
  constructor() {
    super(RESTRICTED_MESSAGE);
  }
}

export function sendToContent(tabId: number, message: BackgroundToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

async function isInjected(tabId: number): Promise<boolean> {
  try {
    return isPingReply(await sendToContent(tabId, { type: 'backgroundToContent:ping' }));
  } catch {
    return false; // nobody listening: not injected yet (or the page navigated since)
  }
}

/**
 * Tabs whose page has the highlight stylesheet. It is inserted on the first highlight, not when
 * the page is read: a new stylesheet restyles the whole page, which blocks the page (and the
 * reading) for seconds on a 200,000-node page. Forgotten when the script is injected anew (a new
 * page); after a worker restart the sheet may be inserted twice, which is harmless.
 */
const styledTabs = new Set<number>();

/** Makes sure the content script listens in the tab's top frame (and, for highlights, styles). */
export async function ensureInjected(tabId: number, { styles = true } = {}): Promise<void> {
  const injected = await isInjected(tabId);
  if (injected && (!styles || styledTabs.has(tabId))) return;
  try {
    if (!injected) {
      styledTabs.delete(tabId);
      await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/content.js'],
        // Now, not at document_idle: a page that never finishes loading (a stalled ad, a
        // streaming response) would otherwise leave the popup "Reading the page…" for good.
        injectImmediately: true,
      });
    }
    if (!styles) return;
    // The highlight colours, as a stylesheet the page cannot see in its DOM.
    const { colors } = await getSettings();
    await browser.scripting.insertCSS({ target: { tabId }, css: pageHighlightCss(colors) });
    styledTabs.add(tabId);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (isRestrictedInjectionError(text)) throw new RestrictedPageError();
    if (/no tab with id|tab was closed/i.test(text)) {
      throw new ReaderFacingError('The tab was closed before it could be read.');
    }
    throw new ReaderFacingError(
      "Nutshell couldn't read this page. If it is still loading, wait a moment and retry.",
    );
  }
}
