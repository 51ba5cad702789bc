/**
 * The background's access to a tab: inject the page-side scripts on demand and talk to them.
 * Only possible after the reader clicked the toolbar button there (activeTab).
 */
import { browser } from 'wxt/browser';
import { ReaderFacingError } from '@/lib/protocol/messaging';
import { isHighlightNames, pageHighlightCss, type HighlightNames } from '@/lib/shared/palette';
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
  return waitingForPage(tabId, () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
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

/** Requests to each tab's page under way (several at once: two lengths, a highlight). */
const waiting = new Map<number, number>();

/**
 * Whether the worker is waiting for the tab's page: what a late answer to the popup is blamed
 * on. When the worker itself is busy, it cannot answer this at all.
 */
export function isReadingPage(tabId: number): boolean {
  return (waiting.get(tabId) ?? 0) > 0;
}

async function waitingForPage<T>(tabId: number, request: () => Promise<T>): Promise<T> {
  waiting.set(tabId, (waiting.get(tabId) ?? 0) + 1);
  try {
    return await request();
  } finally {
    const left = (waiting.get(tabId) ?? 1) - 1;
    if (left > 0) waiting.set(tabId, left);
    else waiting.delete(tabId);
  }
}

/**
 * Reads the tab's top frame: injects the extractor (entrypoints/extractor.ts), whose main() result
 * comes back as the injection's result (an ExtractReply, validated by the caller).
 */
export async function readPage(tabId: number): Promise<unknown> {
  try {
    const [frame] = await waitingForPage(tabId, () =>
      browser.scripting.executeScript({
        target: { tabId },
        files: ['/extractor.js'],
        // Now, not at document_idle: a page that never finishes loading (a stalled ad, a
        // streaming response) would otherwise leave the popup "Reading the page…" for good.
        injectImmediately: true,
      }),
    );
    return frame?.result;
  } catch (error) {
    throw readerFacing(error);
  }
}

/**
 * The highlight names of the highlighter listening in the tab's top frame (its INSTALLED mark,
 * in the extension's world, where the page cannot read it), or null when there is none yet.
 */
async function highlighterNames(tabId: number): Promise<HighlightNames | null> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: () =>
      (globalThis as Record<symbol, unknown>)[Symbol.for('nutshell.highlighter.installed')] ?? null,
  });
  return isHighlightNames(frame?.result) ? frame.result : null;
}

/**
 * The highlight names each tab's page has the stylesheet for. It is inserted on the first
 * highlight, not when the page is read: a new stylesheet restyles the whole page, which blocks
 * the page (and the reading) for seconds on a 200,000-node page. A new page load brings a new
 * highlighter with new names, and so a new sheet; after a worker restart the sheet may be
 * inserted twice, which is harmless. A closed tab is forgotten (forgetTabAccess).
 */
const styledTabs = new Map<number, string>();

/**
 * Makes sure the highlighter (entrypoints/content.ts) listens in the tab's top
 * frame and the page has the highlight colours. Injected only when first needed.
 */
export function ensureHighlighter(tabId: number): Promise<void> {
  return waitingForPage(tabId, () => startHighlighter(tabId));
}

async function startHighlighter(tabId: number): Promise<void> {
  try {
    let names = await highlighterNames(tabId);
    if (!names) {
      await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/content.js'],
        injectImmediately: true,
      });
      names = await highlighterNames(tabId);
      // Internal: readerFacing below turns it into the reader's message.
      if (!names) throw new Error('highlighter not started');
    }
    if (styledTabs.get(tabId) === names.person) return;
    // The highlight colours, as a stylesheet the page cannot see in its DOM.
    const { colors } = await getSettings();
    await browser.scripting.insertCSS({ target: { tabId }, css: pageHighlightCss(names, colors) });
    styledTabs.set(tabId, names.person);
  } catch (error) {
    throw readerFacing(error);
  }
}

/** Forgets a closed tab. */
export function forgetTabAccess(tabId: number): void {
  styledTabs.delete(tabId);
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
