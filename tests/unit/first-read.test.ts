import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '@/lib/storage/settings-schema';

const requestAnalysis = vi.fn();
let settingsRead: (settings: Partial<Settings>) => void = () => {};

vi.mock('@/lib/view/client', () => ({ requestAnalysis }));
vi.mock('@/lib/storage/cache', () => ({ readCache: () => Promise.resolve(null) }));
vi.mock('@/lib/storage/settings-reader', () => ({
  // Storage answers only when the test says so: a slow storage.sync.
  readSettings: () => new Promise((resolve) => (settingsRead = resolve)),
}));

const TAB = { id: 3, url: 'https://news.example/story' };
const OK = { status: 'notArticle', title: 'A page' };

/** A fresh popup: the module's state (first read, settings read) starts anew. */
async function openPopup() {
  vi.resetModules();
  return import('@/lib/view/first-read');
}

describe("the popup's first reading", () => {
  let stored: Map<string, string>;

  beforeEach(() => {
    stored = new Map();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    });
    requestAnalysis.mockReset().mockResolvedValue(OK);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('asks the worker before the settings answer, at the length seen last time', async () => {
    stored.set('nutshell:length-hint', 'short');
    const { readBeforeRender, takeFirstRead } = await openPopup();
    readBeforeRender(TAB);
    expect(requestAnalysis).toHaveBeenCalledWith(3, { force: false, length: 'short' });
    // The answer is shown with the reader's settings (actor types, colours), not before them.
    let given = false;
    const first = takeFirstRead(3, TAB.url, 'short').then((view) => ((given = true), view));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(given).toBe(false);
    settingsRead({ length: 'short' });
    expect(await first).toEqual({
      kind: 'notArticle',
      title: 'A page',
    });
  });

  it('waits for the settings on a first open (no hint), and keeps their length as the hint', async () => {
    const { readBeforeRender, takeFirstRead } = await openPopup();
    readBeforeRender(TAB);
    await Promise.resolve();
    expect(requestAnalysis).not.toHaveBeenCalled();
    settingsRead({ length: 'long' });
    expect(await takeFirstRead(3, TAB.url, 'long')).not.toBeNull();
    expect(requestAnalysis).toHaveBeenCalledWith(3, { force: false, length: 'long' });
    expect(stored.get('nutshell:length-hint')).toBe('long');
  });

  it('gives nothing to a load for another length, tab or page, and gives its answer only once', async () => {
    stored.set('nutshell:length-hint', 'short');
    const { readBeforeRender, takeFirstRead } = await openPopup();
    settingsRead({ length: 'short' });
    readBeforeRender(TAB);
    expect(await takeFirstRead(3, TAB.url, 'medium')).toBeNull(); // the settings say otherwise
    readBeforeRender(TAB);
    expect(await takeFirstRead(4, TAB.url, 'short')).toBeNull();
    readBeforeRender(TAB);
    expect(await takeFirstRead(3, `${TAB.url}#2`, 'short')).toBeNull();
    readBeforeRender(TAB);
    expect(await takeFirstRead(3, TAB.url, 'short')).not.toBeNull();
    expect(await takeFirstRead(3, TAB.url, 'short')).toBeNull();
  });

  it('ignores a hint that is no length', async () => {
    stored.set('nutshell:length-hint', '<img src=x>');
    const { readBeforeRender } = await openPopup();
    readBeforeRender(TAB);
    await Promise.resolve();
    expect(requestAnalysis).not.toHaveBeenCalled();
  });

  it('lets the popup render when the answer is in, or after a short wait without one', async () => {
    vi.useFakeTimers();
    try {
      stored.set('nutshell:length-hint', 'short');
      let answer: (reply: unknown) => void = () => {};
      requestAnalysis.mockReturnValue(new Promise((resolve) => (answer = resolve)));
      const { readBeforeRender } = await openPopup();
      let ready = false;
      void readBeforeRender(TAB).then(() => (ready = true));
      settingsRead({ length: 'short' });
      await vi.advanceTimersByTimeAsync(100);
      expect(ready).toBe(false); // no answer yet: the popup stays blank a moment
      answer(OK);
      await vi.advanceTimersByTimeAsync(0);
      expect(ready).toBe(true); // the answer, before the wait is over

      const again = await openPopup();
      requestAnalysis.mockReturnValue(new Promise(() => {})); // a page that does not answer
      let shown = false;
      void again.readBeforeRender(TAB).then(() => (shown = true));
      settingsRead({ length: 'short' });
      await vi.advanceTimersByTimeAsync(149);
      expect(shown).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(shown).toBe(true); // then "Reading the page…"
    } finally {
      vi.useRealTimers();
    }
  });
});
