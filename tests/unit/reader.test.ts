import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLatest } from '@/lib/storage/cache';
import { analyzeTab } from '@/lib/worker/reader';

const URL_ = 'https://news.example/harbour';
const STORY = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i} says that the harbour council of Lisbon met again on Tuesday, and that Mayor Ana Silva approved the new ferry line that will run from spring.`,
);
const ARTICLE = {
  title: 'Ferry line approved',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  readerable: true,
  paragraphs: STORY.map((text) => ({ text, kind: 'paragraph' })),
};

/** Page reads that answer in the order the test releases them. */
function heldPageReads(): Array<() => void> {
  const releases: Array<() => void> = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(
    () =>
      new Promise((answer) =>
        releases.push(() =>
          answer([
            { frameId: 0, documentId: 'd', result: { status: 'ok', url: URL_, article: ARTICLE } },
          ] as never),
        ),
      ) as never,
  );
  return releases;
}

describe('analyzeTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  // The popup's early request (the length it saw last) and the one for the length the settings
  // give can overlap; the cache must keep the second, which the popup shows, even when the first
  // finishes last.
  it('keeps in the cache the latest request of a tab, whichever finishes first', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    const tabId = tab.id as number;
    const reads = heldPageReads();
    const early = analyzeTab(tabId, { force: false, length: 'short' });
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    const latest = analyzeTab(tabId, { force: false, length: 'long' });
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads[1]?.();
    expect(await latest).toMatchObject({ status: 'ok' });
    reads[0]?.();
    expect(await early).toMatchObject({ status: 'ok' });
    await new Promise((r) => setTimeout(r, 10)); // past the writes' next task
    expect((await readLatest(tabId))?.length).toBe('long');
  });
});
