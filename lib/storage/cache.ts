/**
 * Per-tab cache of analysed pages in storage.session (memory only, cleared with the browser
 * session, never written to disk). One entry per tab, valid for one URL, one set of options and
 * the language its words were written in: reopening the popup on the same page is instant; a
 * navigation, another length or another language of Nutshell recomputes.
 */
import { browser } from 'wxt/browser';
import type { SummaryLength } from '@/core/types';
import type { PageResult } from '@/lib/protocol/protocol';
import { locale } from '@/lib/shared/i18n';

export interface CacheEntry {
  url: string;
  length: SummaryLength | null;
  /** The language of Nutshell's words in the result (figures, dates, descriptions, copies). */
  lang: string;
  result: PageResult;
}

/** Whether the entry answers a request for this page at this length, in today's language. */
export function answers(
  entry: CacheEntry | null,
  url: string | undefined,
  length: SummaryLength | null,
) {
  return !!entry && entry.url === url && entry.length === length && entry.lang === locale();
}

const PREFIX = 'nutshell:tab:';

function keyOf(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

function isEntry(x: unknown): x is CacheEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Partial<CacheEntry>;
  return (
    typeof e.url === 'string' &&
    typeof e.result === 'object' &&
    e.result !== null &&
    typeof e.result.analysis === 'object' &&
    typeof e.result.page === 'object' &&
    // An entry from before copies were made in the background is read again.
    typeof e.result.copies === 'object'
  );
}

/**
 * Writes still under way in this context, by tab. The worker answers the popup before its write
 * of the same result has finished (the reader does not wait for storage); a read in this context
 * waits for the tab's write, so a follow-up request (a highlight, another length) sees the entry.
 */
const writing = new Map<number, Promise<void>>();

/** The tab's entry whatever its URL, once this context's write for the tab has finished. */
export async function readLatest(tabId: number): Promise<CacheEntry | null> {
  await writing.get(tabId);
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return isEntry(stored) ? stored : null;
}

export async function readCache(
  tabId: number,
  url: string,
  length: SummaryLength | null,
): Promise<PageResult | null> {
  const entry = await readLatest(tabId);
  return entry && answers(entry, url, length) ? entry.result : null;
}

/** The next task: an answer sent in this one (the popup's summary) goes out first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Keeps the entry; the promise settles once it is stored (or could not be, over quota). The
 * write starts in the next task: handing a large result to storage serialises it on this thread
 * (several ms), which would otherwise delay the answer the worker is about to send.
 */
export function writeCache(tabId: number, entry: Omit<CacheEntry, 'lang'>): Promise<void> {
  const stored: CacheEntry = { ...entry, lang: locale() };
  const done = nextTask()
    .then(() => browser.storage.session.set({ [keyOf(tabId)]: stored }))
    // Over quota (a huge page): the result is still shown, just not kept for reopening.
    .catch(() => undefined)
    .finally(() => {
      if (writing.get(tabId) === done) writing.delete(tabId);
    });
  writing.set(tabId, done);
  return done;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
