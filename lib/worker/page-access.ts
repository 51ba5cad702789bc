/**
 * The background's access to a tab: inject the page-side scripts on demand and talk to them.
 * Only possible after the reader clicked the toolbar button there (activeTab).
 */
import { browser } from 'wxt/browser';
import { ReaderFacingError } from '@/lib/protocol/messaging';
import { isHighlightNames, pageHighlightCss, type HighlightNames } from '@/lib/shared/palette';
import type { BackgroundToContent } from '@/lib/protocol/protocol';
import {
  isMissingGrantError,
  isRestrictedInjectionError,
  restrictedMessage,
} from '@/lib/worker/restricted';
import { withDeadline } from '@/lib/shared/deadline';
import { t } from '@/lib/shared/i18n';
import { getSettings } from '@/lib/storage/settings';
import { untilParsed } from '@/lib/page/parsed';
import { waitForNewText } from '@/lib/page/watch';

export class RestrictedPageError extends ReaderFacingError {
  constructor(
    /** Refused for want of a grant (an ordinary page), not because the page is protected. */
    readonly grantMissing = false,
  ) {
    super(restrictedMessage());
  }
}

export function sendToContent(tabId: number, message: BackgroundToContent): Promise<unknown> {
  return waitingForPage(() => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}

/** Injection failures, in the reader's words. */
function readerFacing(error: unknown): Error {
  if (error instanceof ReaderFacingError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (isRestrictedInjectionError(text)) return new RestrictedPageError(isMissingGrantError(text));
  if (/no tab with id|tab was closed/i.test(text)) {
    return new ReaderFacingError(t('tabClosed'));
  }
  return new ReaderFacingError(t('cantReadStillLoading'));
}

/**
 * How long the worker waits for a tab's page. A page whose own script never yields cannot run the
 * extractor or the highlighter; past this the reader is told the page isn't responding. Shorter
 * than the popup's own deadline (lib/view/client.ts), so an answer that reaches the popup late
 * means the worker itself was busy, not the page, and the popup says so. Pages are read within
 * 2 s (lib/page/page-budget.ts), so only a stuck page takes this long.
 */
export const PAGE_DEADLINE_MS = 8_000;

function waitingForPage<T>(request: () => Promise<T>): Promise<T> {
  return withDeadline(
    request(),
    PAGE_DEADLINE_MS,
    () => new ReaderFacingError(t('pageNotResponding')),
  );
}

/** How long a page still parsing its HTML is waited for before it is read as it stands. */
export const PARSE_WAIT_MS = 4_000;

/**
 * The waits before a read made at the reader's click is tried again when the page refuses it for
 * want of a grant. The click's activeTab grant can reach the browser's permission check after the
 * click itself reaches the worker: on the first page after a browser page, on a busy machine, the
 * read is refused for some 100 ms. A protected page is refused for another reason, at once.
 */
const GRANT_WAITS_MS = [50, 100, 200, 400];

/**
 * Reads the tab's top frame: injects the extractor (entrypoints/extractor.ts), whose main() result
 * comes back as the injection's result (an ExtractReply, validated by the caller). A page read
 * while its HTML was still arriving is read again once parsed (lib/page/parsed.ts): a click on a
 * loading page would otherwise summarise its first part, or find no text at all. `atClick`: read
 * as the reader clicks, when the grant may not be in place yet (GRANT_WAITS_MS).
 */
export async function readPage(tabId: number, atClick = false): Promise<unknown> {
  const reply = await extractFrom(tabId, atClick ? GRANT_WAITS_MS : []);
  if ((reply as { parsing?: unknown } | undefined)?.parsing !== true) return reply;
  // The page went away meanwhile: the read below says how.
  await waitingForPage(() => listenInPage(tabId, untilParsed, [PARSE_WAIT_MS])).catch(
    () => undefined,
  );
  return extractFrom(tabId);
}

/**
 * Runs one of lib/page's self-contained listeners in the tab's top frame now, even while the page
 * still loads; its result, or undefined when the page is gone or may not be read.
 */
async function listenInPage<A extends unknown[]>(
  tabId: number,
  func: (...args: A) => unknown,
  args: A,
): Promise<unknown> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func,
      args,
      injectImmediately: true,
    });
    return frame?.result;
  } catch {
    return undefined;
  }
}

async function extractFrom(tabId: number, grantWaits: readonly number[] = []): Promise<unknown> {
  for (const wait of [...grantWaits, null]) {
    try {
      const [frame] = await waitingForPage(() =>
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
      const facing = readerFacing(error);
      if (wait === null || !(facing instanceof RestrictedPageError && facing.grantMissing)) {
        throw facing;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
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
  return waitingForPage(() => startHighlighter(tabId));
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
  // A page gone or that may not be read has nothing new to show.
  return (await listenInPage(tabId, waitForNewText, [ms, NEW_TEXT_CHARS])) === true;
}
