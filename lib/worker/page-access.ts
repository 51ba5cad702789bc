/**
 * The background's access to a tab: inject the page-side scripts on demand and talk to them.
 * Only possible after the reader clicked the toolbar button there (activeTab).
 */
import { browser } from 'wxt/browser';
import { ReaderFacingError } from '@/lib/protocol/messaging';
import { pageHighlightCss } from '@/lib/shared/palette';
import type { BackgroundToContent } from '@/lib/protocol/protocol';
import { isRestrictedInjectionError, restrictedMessage } from '@/lib/worker/restricted';
import { t } from '@/lib/shared/i18n';
import { getSettings } from '@/lib/storage/settings';
import { waitForNewText } from '@/lib/page/watch';

export class RestrictedPageError extends ReaderFacingError {
  constructor() {
    super(restrictedMessage());
  }
}

export function sendToContent(tabId: number, message: BackgroundToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** Injection failures, in the reader's words. */
function readerFacing(error: unknown): Error {
  const text = error instanceof Error ? error.message : String(error);
  if (isRestrictedInjectionError(text)) return new RestrictedPageError();
  if (/no tab with id|tab was closed/i.test(text)) {
    return new ReaderFacingError(t('tabClosed'));
  }
  return new ReaderFacingError(t('cantReadStillLoading'));
}

/**
 * Reads the tab's top frame: injects the extractor (entrypoints/extractor.ts), whose main() result
 * comes back as the injection's result (an ExtractReply, validated by the caller).
 */
export async function readPage(tabId: number): Promise<unknown> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/extractor.js'],
      // Now, not at document_idle: a page that never finishes loading (a stalled ad, a
      // streaming response) would otherwise leave the popup "Reading the page…" for good.
      injectImmediately: true,
    });
    return frame?.result;
  } catch (error) {
    throw readerFacing(error);
  }
}

/** Whether the highlighter already listens in the tab's top frame (see its INSTALLED mark). */
async function hasHighlighter(tabId: number): Promise<boolean> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => Symbol.for('nutshell.highlighter.installed') in globalThis,
  });
  return frame?.result === true;
}

/**
 * Tabs whose page has the highlight stylesheet. It is inserted on the first highlight, not when
 * the page is read: a new stylesheet restyles the whole page, which blocks the page (and the
 * reading) for seconds on a 200,000-node page. Forgotten when the highlighter is injected anew
 * (a new page); after a worker restart the sheet may be inserted twice, which is harmless.
 */
const styledTabs = new Set<number>();

/**
 * Makes sure the highlighter (entrypoints/content.ts) listens in the tab's top
 * frame and the page has the highlight colours. Injected only when first needed.
 */
export async function ensureHighlighter(tabId: number): Promise<void> {
  try {
    if (!(await hasHighlighter(tabId))) {
      styledTabs.delete(tabId);
      await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/content.js'],
        injectImmediately: true,
      });
    }
    if (styledTabs.has(tabId)) return;
    // The highlight colours, as a stylesheet the page cannot see in its DOM.
    const { colors } = await getSettings();
    await browser.scripting.insertCSS({ target: { tabId }, css: pageHighlightCss(colors) });
    styledTabs.add(tabId);
  } catch (error) {
    throw readerFacing(error);
  }
}

/** Characters a page must add before it is read again: an article, not a clock ticking. */
const NEW_TEXT_CHARS = 200;

/**
 * Watches the tab's page for up to `ms` (lib/page/watch.ts) and answers whether it added text,
 * e.g. a single-page app that rendered its article after the popup asked.
 */
export async function watchForNewText(tabId: number, ms: number): Promise<boolean> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: waitForNewText,
      args: [ms, NEW_TEXT_CHARS],
      injectImmediately: true,
    });
    return frame?.result === true;
  } catch {
    return false; // the page is gone or may not be read: nothing new to show
  }
}
