/**
 * Per-tab cache of analysed pages in storage.session (memory only, cleared with the browser
 * session, never written to disk). One entry per tab, valid for one URL, one set of options and
 * the language its words were written in: reopening the popup on the same page is instant; a
 * navigation, another length or another language of Nutshell recomputes.
 *
 * Bounded: storage.session is one quota (10 MB in Chrome) for everything the extension keeps
 * there, and pages choose how much text they hold. At most CACHE_LIMITS.tabs entries and
 * CACHE_LIMITS.bytes are kept, the least recently used tab's entry leaving first, and an entry
 * larger than CACHE_LIMITS.entryBytes is not stored. A result that could not be stored (too large,
 * or the write failed) is said so in the worker's console and kept in this context's memory for
 * its tab, so the reader can still highlight and jump in it.
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

export const CACHE_LIMITS = {
  /** Tabs whose last result is kept. */
  tabs: 32,
  /** All entries together, as storage.session counts them (JSON, UTF-8). */
  bytes: 4_000_000,
  /** One entry: a page of 60,000 characters takes some 200-400 KB. */
  entryBytes: 1_000_000,
  /** Results kept in memory when they could not be stored. */
  memoryTabs: 4,
} as const;

/** Whether the entry answers a request for this page at this length, in today's language. */
export function answers(
  entry: CacheEntry | null,
  url: string | undefined,
  length: SummaryLength | null,
) {
  return !!entry && entry.url === url && entry.length === length && entry.lang === locale();
}

const PREFIX = 'nutshell:tab:';
/** The stored entries, least recently used first: `[tabId, bytes]`. */
const INDEX_KEY = 'nutshell:cache-index';

type Index = [tabId: number, bytes: number][];

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
    typeof e.result.page === 'object'
  );
}

function isIndex(x: unknown): x is Index {
  return (
    Array.isArray(x) &&
    x.every(
      (item) =>
        Array.isArray(item) &&
        item.length === 2 &&
        Number.isInteger(item[0]) &&
        Number.isFinite(item[1]) &&
        item[1] >= 0,
    )
  );
}

/**
 * Writes still under way in this context, by tab. The worker answers the popup before its write
 * of the same result has finished (the reader does not wait for storage); a read in this context
 * waits for the tab's write, so a follow-up request (a highlight, another length) sees the entry.
 */
const writing = new Map<number, Promise<unknown>>();

/** Results this context could not store, by tab, the most recent last. */
const unstored = new Map<number, CacheEntry>();

function keepUnstored(tabId: number, entry: CacheEntry): void {
  unstored.delete(tabId);
  unstored.set(tabId, entry);
  for (const [oldest] of unstored) {
    if (unstored.size <= CACHE_LIMITS.memoryTabs) break;
    unstored.delete(oldest);
  }
}

/** The tab's entry whatever its URL, once this context's write for the tab has finished. */
export async function readLatest(tabId: number): Promise<CacheEntry | null> {
  await writing.get(tabId);
  return (await readStored(tabId)) ?? unstored.get(tabId) ?? null;
}

/**
 * The stored entry only: what the popup reads (results this context could not store live in the
 * worker's memory, and only the worker reads them; the popup writes nothing, so it has no write
 * to wait for).
 */
async function readStored(tabId: number): Promise<CacheEntry | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return isEntry(stored) ? stored : null;
}

/** The popup's read of the tab's result for this page and length, straight from storage. */
export async function readCache(
  tabId: number,
  url: string,
  length: SummaryLength | null,
): Promise<PageResult | null> {
  const entry = await readStored(tabId);
  return entry && answers(entry, url, length) ? entry.result : null;
}

/** The next task: an answer sent in this one (the popup's summary) goes out first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Changes to the index, one at a time in this context (the worker is the one writer): each reads
 * the index, and a second one started meanwhile would overwrite the first's change.
 */
let indexQueue: Promise<unknown> = /* @__PURE__ */ Promise.resolve();

function withIndex<T>(change: (index: Index) => Promise<T>): Promise<T> {
  const run = indexQueue.then(async () => {
    const stored: unknown = (await browser.storage.session.get(INDEX_KEY))[INDEX_KEY];
    return change(isIndex(stored) ? stored : []);
  });
  indexQueue = run.catch(() => undefined);
  return run;
}

/** Size of an item as storage.session counts it: its key and its value as JSON, in UTF-8. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export type WriteOutcome =
  { stored: true } | { stored: false; reason: 'too large' | 'failed'; message: string };

function notStored(
  tabId: number,
  entry: CacheEntry,
  reason: 'too large' | 'failed',
  message: string,
): WriteOutcome {
  keepUnstored(tabId, entry);
  // For developers (the worker's console), not the reader: the result is still shown.
  console.warn('nutshell: cache entry not stored', { tabId, reason, message });
  return { stored: false, reason, message };
}

/**
 * Keeps the entry, the least recently used ones leaving as needed; the promise settles once it
 * is stored or could not be (said in the console; the entry is then kept in memory). The write
 * starts in the next task: handing a large result to storage serialises it on this thread
 * (several ms), which would otherwise delay the answer the worker is about to send.
 */
export function writeCache(
  tabId: number,
  written: Omit<CacheEntry, 'lang'>,
): Promise<WriteOutcome> {
  const entry: CacheEntry = { ...written, lang: locale() };
  const key = keyOf(tabId);
  const done = nextTask()
    .then(() =>
      withIndex(async (index): Promise<WriteOutcome> => {
        const others = index.filter(([tab]) => tab !== tabId);
        const bytes = storedBytes(key, entry);
        if (bytes > CACHE_LIMITS.entryBytes) {
          // A stale entry of the tab must not answer for this page.
          await browser.storage.session.remove(key);
          await browser.storage.session.set({ [INDEX_KEY]: others });
          return notStored(tabId, entry, 'too large', `${bytes} bytes`);
        }
        const kept: Index = [...others, [tabId, bytes]];
        const evicted: number[] = [];
        let total = kept.reduce((sum, [, b]) => sum + b, 0);
        while (kept.length > CACHE_LIMITS.tabs || total > CACHE_LIMITS.bytes) {
          const [oldest, oldBytes] = kept.shift() as [number, number];
          evicted.push(oldest);
          total -= oldBytes;
        }
        // Room first, then the entry with the index that counts it.
        if (evicted.length) await browser.storage.session.remove(evicted.map(keyOf));
        await browser.storage.session.set({ [key]: entry, [INDEX_KEY]: kept });
        unstored.delete(tabId);
        return { stored: true };
      }),
    )
    .catch((error: unknown) =>
      notStored(tabId, entry, 'failed', error instanceof Error ? error.message : String(error)),
    )
    .finally(() => {
      if (writing.get(tabId) === done) writing.delete(tabId);
    });
  writing.set(tabId, done);
  return done;
}

/** Marks the tab's entry as just used (the worker answered from it). */
export function touchCache(tabId: number): Promise<void> {
  return withIndex(async (index) => {
    const at = index.findIndex(([tab]) => tab === tabId);
    if (at < 0 || at === index.length - 1) return;
    const [item] = index.splice(at, 1);
    await browser.storage.session.set({ [INDEX_KEY]: [...index, item] });
  }).catch(() => undefined);
}

export async function forgetTab(tabId: number): Promise<void> {
  unstored.delete(tabId);
  await withIndex(async (index) => {
    await browser.storage.session.remove(keyOf(tabId));
    await browser.storage.session.set({ [INDEX_KEY]: index.filter(([tab]) => tab !== tabId) });
  });
}
