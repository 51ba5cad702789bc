/**
 * Per-tab cache of analysed pages in storage.session (memory only, cleared with the browser
 * session, never written to disk). One entry per tab, valid for one URL and one set of options:
 * reopening the popup on the same page is instant, a navigation or another length recomputes.
 */
import { browser } from 'wxt/browser';
import type { SummaryLength } from '@/core/types';
import type { PageResult } from './protocol';

export interface CacheEntry {
  url: string;
  length: SummaryLength | null;
  result: PageResult;
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

export async function readCache(
  tabId: number,
  url: string,
  length: SummaryLength | null,
): Promise<PageResult | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (!isEntry(stored) || stored.url !== url || stored.length !== length) return null;
  return stored.result;
}

/** The entry for a tab whatever its URL: for follow-up requests (highlight) on the shown page. */
export async function readLatest(tabId: number): Promise<CacheEntry | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return isEntry(stored) ? stored : null;
}

export async function writeCache(tabId: number, entry: CacheEntry): Promise<void> {
  try {
    await browser.storage.session.set({ [keyOf(tabId)]: entry });
  } catch {
    // Over quota (a huge page): the result is still shown, just not kept for reopening.
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
