import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLatest, writeCache } from '@/lib/storage/cache';
import { analyzeTab } from '@/lib/worker/reader';
import {
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
    expect(await countSelectedWords(tabId)).toBe(50);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    expect(await countSelectedWords(tabId)).toBe(0);
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
