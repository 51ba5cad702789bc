import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CACHE_LIMITS,
  forgetTab,
  readCache,
  readLatest,
  storedBytes,
  touchCache,
  writeCache,
  type CacheEntry,
} from '@/lib/storage/cache';
import { useLanguage } from '@/lib/shared/i18n';
import { selectionResult } from '@/lib/worker/selection-summary';

const URL_ = 'https://news.example/budget';
const TEXT = 'The city council approved the new budget on Tuesday after a long debate.';

function entry(): Omit<CacheEntry, 'lang'> {
  const page = { text: TEXT, lang: 'en', title: 'Budget passes', url: URL_ };
  return { url: URL_, length: 'medium', result: selectionResult(page, '', 'medium') };
}

/** storage.session.set that stores only once `release` is called: a slow write. */
function slowWrites(): { release: () => void } {
  const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
  let released: () => void = () => {};
  const gate = new Promise<void>((open) => (released = open));
  vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation((items) =>
    gate.then(() => set(items)),
  );
  return { release: () => released() };
}

describe('the per-tab cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('answers only in the language its words were written in', async () => {
    await writeCache(3, entry());
    expect((await readLatest(3))?.lang).toBe('en');
    expect(await readCache(3, URL_, 'medium')).not.toBeNull();
    // The reader chose German in the options: an English result is not shown again.
    vi.stubGlobal(
      'fetch',
      async (url: string) =>
        new Response(
          readFileSync(new URL(`../../public${new URL(url).pathname}`, import.meta.url)),
        ),
    );
    await useLanguage('de');
    try {
      expect(await readCache(3, URL_, 'medium')).toBeNull();
      expect(await readLatest(3)).not.toBeNull(); // still the tab's page, for highlighting
    } finally {
      await useLanguage('auto');
      vi.unstubAllGlobals();
    }
  });

  // The worker answers the popup before its write has finished (lib/worker/reader.ts): a follow-up
  // request in the worker (a highlight, another length) must still find the entry. (readCache is
  // the views' read: they write nothing, so they have no write of their own to wait for.)
  it("makes the worker's read wait for the write of the same tab still under way", async () => {
    const storage = slowWrites();
    const written = writeCache(7, entry());
    const latest = readLatest(7);
    storage.release();
    await written;
    expect((await latest)?.result.analysis.text).toBe(TEXT);
  });

  it('does not make another tab wait', async () => {
    const storage = slowWrites();
    const written = writeCache(7, entry());
    expect(await readLatest(8)).toBeNull(); // answered while tab 7's write is still held
    storage.release();
    await written;
  });

  it('starts the write after the current task, so an answer sent in it goes first', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    const written = writeCache(7, entry());
    await Promise.resolve(); // the microtasks of this task (where the worker's answer is sent)
    expect(set).not.toHaveBeenCalled();
    await written;
    expect(set).toHaveBeenCalledTimes(1);
  });

  // A full storage.session made highlighting on a normal tab answer "The page changed".
  it('says so when the write fails, and keeps the result in memory for its tab', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await writeCache(7, entry())).toMatchObject({ stored: false, reason: 'failed' });
    expect(warn).toHaveBeenCalledWith(
      'nutshell: cache entry not stored',
      expect.objectContaining({
        tabId: 7,
        reason: 'failed',
        message: expect.stringMatching(/QUOTA_BYTES/),
      }),
    );
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await readLatest(7))?.url).toBe(URL_); // highlighting still finds it
    expect(await readLatest(8)).toBeNull();
  });

  it('keeps at most CACHE_LIMITS.tabs tabs, the least recently used leaving first', async () => {
    for (let tab = 1; tab <= CACHE_LIMITS.tabs; tab++) await writeCache(tab, entry());
    await touchCache(1); // used again: now the most recent
    await writeCache(100, entry());
    const stored = await fakeBrowser.storage.session.get(null);
    const tabs = Object.keys(stored).filter((k) => k.startsWith('nutshell:tab:'));
    expect(tabs).toHaveLength(CACHE_LIMITS.tabs);
    expect(stored).toHaveProperty('nutshell:tab:1');
    expect(stored).not.toHaveProperty('nutshell:tab:2');
    expect(stored).toHaveProperty('nutshell:tab:100');
  });

  it('keeps at most CACHE_LIMITS.bytes, whatever the number of tabs', async () => {
    const big = entry();
    big.result.analysis.text = 'x'.repeat(CACHE_LIMITS.entryBytes - 50_000);
    const bytes = storedBytes('nutshell:tab:1', big);
    const fit = Math.floor(CACHE_LIMITS.bytes / bytes);
    for (let tab = 1; tab <= fit + 2; tab++) await writeCache(tab, big);
    const stored = await fakeBrowser.storage.session.get(null);
    const total = Object.entries(stored)
      .filter(([k]) => k.startsWith('nutshell:tab:'))
      .reduce((sum, [k, v]) => sum + storedBytes(k, v), 0);
    expect(total).toBeLessThanOrEqual(CACHE_LIMITS.bytes);
    expect(stored).toHaveProperty(`nutshell:tab:${fit + 2}`);
    expect(stored).not.toHaveProperty('nutshell:tab:1');
  });

  it('stores no entry larger than CACHE_LIMITS.entryBytes, and drops the stale one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeCache(7, entry());
    const huge = entry();
    huge.url = `${URL_}?next`;
    huge.result.analysis.text = 'x'.repeat(CACHE_LIMITS.entryBytes);
    expect(await writeCache(7, huge)).toMatchObject({ stored: false, reason: 'too large' });
    expect(await fakeBrowser.storage.session.get('nutshell:tab:7')).toEqual({});
    expect((await readLatest(7))?.url).toBe(`${URL_}?next`); // from memory, in this context
  });

  it('forgets a closed tab, in storage and in memory', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeCache(7, entry());
    const huge = entry();
    huge.result.analysis.text = 'x'.repeat(CACHE_LIMITS.entryBytes);
    await writeCache(8, huge);
    await forgetTab(7);
    await forgetTab(8);
    expect(await readLatest(7)).toBeNull();
    expect(await readLatest(8)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'nutshell:cache-index': [] });
  });

  it('answers only for the same page and length', async () => {
    await writeCache(7, entry());
    expect(await readCache(7, URL_, 'medium')).not.toBeNull();
    expect(await readCache(7, URL_, 'short')).toBeNull();
    expect(await readCache(7, `${URL_}?page=2`, 'medium')).toBeNull();
  });
});
