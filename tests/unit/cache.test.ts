import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCache, readLatest, writeCache, type CacheEntry } from '@/lib/storage/cache';
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
  // request in the worker (a highlight, another length) must still find the entry.
  it('makes a read wait for the write of the same tab still under way', async () => {
    const storage = slowWrites();
    const written = writeCache(7, entry());
    const latest = readLatest(7);
    const cached = readCache(7, URL_, 'medium');
    storage.release();
    await written;
    expect((await latest)?.url).toBe(URL_);
    expect((await cached)?.analysis.text).toBe(TEXT);
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

  it('keeps nothing when the write fails (over quota), and says so by an empty read', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await writeCache(7, entry());
    expect(await readLatest(7)).toBeNull();
  });

  it('answers only for the same page and length', async () => {
    await writeCache(7, entry());
    expect(await readCache(7, URL_, 'medium')).not.toBeNull();
    expect(await readCache(7, URL_, 'short')).toBeNull();
    expect(await readCache(7, `${URL_}?page=2`, 'medium')).toBeNull();
  });
});
