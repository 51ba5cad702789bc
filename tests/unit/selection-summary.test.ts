import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLatest, writeCache } from '@/lib/storage/cache';
import { analyzeTab } from '@/lib/worker/reader';
import { countWords } from '@/core/extract/selection';
import { MAX_SELECTION_CHARS, METADATA_LIMITS } from '@/lib/protocol/validate-article';
import {
  boundedSelection,
  countSelectedWords,
  selectionResult,
  summariseSelectionForPopup,
} from '@/lib/worker/selection-summary';
import { pageAnswers } from './fake-page';

const SELECTION = [
  'The city council approved the new budget on Tuesday after a long debate.',
  'Mayor Ana Silva said the plan would fund three new libraries in Lisbon.',
  'Opposition members argued that the spending was too high for the year.',
  'The budget takes effect in January, pending a final review by auditors.',
].join('\n');

const URL_ = 'https://news.example/budget';

async function openTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: URL_ });
  return tab.id as number;
}

/** A tab whose cache holds a summary of the reader's selection, at medium length. */
async function tabShowingSelection(): Promise<number> {
  const tabId = await openTab();
  const selection = { text: SELECTION, lang: 'en', title: 'Budget passes', url: URL_ };
  const result = selectionResult(selection, '', 'medium');
  await writeCache(tabId, { url: URL_, length: 'medium', result });
  return tabId;
}

describe("the popup's Summarise selection", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('counts the words selected in the page, and 0 when the page cannot be scripted', async () => {
    const tabId = await openTab();
    pageAnswers({ text: SELECTION, lang: 'en', title: 'Budget passes', url: URL_ });
    expect(await countSelectedWords(tabId)).toEqual({ words: 50, more: false });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    expect(await countSelectedWords(tabId)).toEqual({ words: 0, more: false });
  });

  // A page can select megabytes of its own text: it is read up to the page budget, in the page.
  it('reads at most MAX_SELECTION_CHARS of the selection, and says when there was more', async () => {
    const tabId = await openTab();
    const read = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const huge = `${SELECTION}\n`.repeat(5_000); // 1.4 million characters
    pageAnswers({ text: huge, lang: 'en', title: 'Budget passes', url: URL_, truncated: true });
    const count = await countSelectedWords(tabId);
    expect(count.more).toBe(true);
    expect(count.words).toBeLessThan(countWords(huge.slice(0, MAX_SELECTION_CHARS + 100)));
    // The limits go to the page, which cuts the text there.
    expect(read.mock.calls[0]?.[0]).toMatchObject({ args: [{ text: MAX_SELECTION_CHARS }] });
    const reply = await summariseSelectionForPopup(tabId, 'short');
    if (reply.status !== 'ok') throw new Error(reply.status);
    expect(reply.result.analysis.text.length).toBeLessThanOrEqual(MAX_SELECTION_CHARS);
    expect(reply.result.page).toMatchObject({ selection: true, truncated: true });
  });

  it("takes the page's language, title and address only within their limits", () => {
    const read = boundedSelection({
      text: SELECTION,
      lang: 'en-'.repeat(40) + 'x',
      title: 'T'.repeat(5_000),
      url: `${URL_}?${'q'.repeat(10_000)}`,
    });
    expect(read).toMatchObject({ lang: '', url: '', truncated: false });
    expect(read?.title.length).toBe(METADATA_LIMITS.title);
    expect(boundedSelection({ text: 3, lang: '', title: '', url: '' })).toBeNull();
    expect(boundedSelection('text')).toBeNull();
  });

  it('summarises the selection at the asked length and caches it for the tab', async () => {
    const tabId = await openTab();
    pageAnswers({ text: SELECTION, lang: 'en', title: 'Budget passes', url: URL_ });
    const reply = await summariseSelectionForPopup(tabId, 'short');
    expect(reply.status).toBe('ok');
    if (reply.status !== 'ok') return;
    expect(reply.result.page.selection).toBe(true);
    expect(reply.result.page.title).toBe('Selection: Budget passes');
    for (const s of reply.result.analysis.summary) expect(SELECTION).toContain(s.text);
    const entry = await readLatest(tabId);
    expect(entry).toMatchObject({ url: URL_, length: 'short' });
  });

  it('says so when fewer than 40 words are selected', async () => {
    const tabId = await openTab();
    pageAnswers({ text: 'Just a few words.', lang: 'en', title: 'Budget', url: URL_ });
    const reply = await summariseSelectionForPopup(tabId, 'short');
    expect(reply).toMatchObject({ status: 'problem', problem: 'noText' });
    expect(await readLatest(tabId)).toBeNull();
  });

  it('answers a cached selection as the cache shows it, unless the whole page is asked for', async () => {
    const tabId = await tabShowingSelection();
    const read = pageAnswers({ status: 'unsupported', contentType: 'image/png' });
    const reply = await analyzeTab(tabId, { force: false, length: 'medium' });
    expect(read).not.toHaveBeenCalled();
    expect(reply).toMatchObject({ status: 'ok', result: { page: { selection: true } } });
  });

  it('asked for the whole page, the background reads the page rather than a cached selection', async () => {
    const tabId = await tabShowingSelection();
    const read = pageAnswers({ status: 'unsupported', contentType: 'image/png' });
    const reply = await analyzeTab(tabId, { force: true, length: 'medium' });
    expect(read).toHaveBeenCalled();
    expect(reply).toMatchObject({ status: 'problem', problem: 'restricted' });
    expect(reply.status === 'problem' && reply.message).toContain('(image/png)');
  });
});
