import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLatest, writeCache } from '@/lib/storage/cache';
import { MENU_PAGE, MENU_SELECTION, onMenuClicked } from '@/lib/worker/context-menu';
import { selectionResult } from '@/lib/worker/selection-summary';
import { readPanelRequest } from '@/lib/shared/side-panel';
import { pageAnswers } from './fake-page';

const SELECTION = [
  'The city council approved the new budget on Tuesday after a long debate.',
  'Mayor Ana Silva said the plan would fund three new libraries in Lisbon.',
  'Opposition members argued that the spending was too high for the year.',
  'The budget takes effect in January, pending a final review by auditors.',
].join(' ');

const TAB = { id: 5, windowId: 1, url: 'https://news.example/budget', title: 'Budget passes' };

type Click = Parameters<typeof onMenuClicked>[0];
const click = (menuItemId: string, selectionText?: string) =>
  ({ menuItemId, selectionText, editable: false, pageUrl: TAB.url }) as Click;

/** The APIs the fake browser lacks, as each browser has them. */
function withChromeSidePanel() {
  const open = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, { sidePanel: { open } });
  return open;
}

describe('context menu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    Reflect.deleteProperty(fakeBrowser, 'sidePanel');
    Reflect.deleteProperty(fakeBrowser, 'sidebarAction');
  });

  it('"Summarise selection" opens the panel first, then caches the summary of the selection', async () => {
    const open = withChromeSidePanel();
    pageAnswers({ text: SELECTION, lang: 'en', title: 'Budget passes', url: TAB.url });
    const done = onMenuClicked(click(MENU_SELECTION, 'one line only'), TAB as never);
    // Synchronously, inside the click: the browser allows opening the panel only then.
    expect(open).toHaveBeenCalledWith({ windowId: 1 });
    await done;
    const entry = await readLatest(TAB.id);
    expect(entry?.url).toBe(TAB.url);
    expect(entry?.result.page.title).toBe('Selection: Budget passes');
    expect(entry?.result.analysis.text).toBe(SELECTION);
    expect(entry?.result.analysis.summary.length).toBeGreaterThan(0);
    expect(await readPanelRequest()).toMatchObject({ tabId: TAB.id });
  });

  it("falls back to the menu's copy of the selection when the page can't be scripted", async () => {
    withChromeSidePanel();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    await onMenuClicked(click(MENU_SELECTION, SELECTION), TAB as never);
    expect((await readLatest(TAB.id))?.result.analysis.text).toBe(SELECTION);
  });

  it('"Summarise this page" drops a cached selection summary so the page is read afresh', async () => {
    const open = withChromeSidePanel();
    const cached = selectionResult(
      { text: SELECTION, lang: 'en', title: 'Budget passes', url: TAB.url },
      '',
      'medium',
    );
    await writeCache(TAB.id, { url: TAB.url, length: 'medium', result: cached });
    await onMenuClicked(click(MENU_PAGE), TAB as never);
    expect(open).toHaveBeenCalledOnce();
    expect(await readLatest(TAB.id)).toBeNull();
    expect(await readPanelRequest()).toMatchObject({ tabId: TAB.id });
  });

  it("opens Firefox's sidebar where there is no sidePanel", async () => {
    const open = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { sidebarAction: { open } });
    await onMenuClicked(click(MENU_PAGE), TAB as never);
    expect(open).toHaveBeenCalledOnce();
  });

  it('ignores other menu items and clicks without a tab', async () => {
    const open = withChromeSidePanel();
    await onMenuClicked(click('someone-else'), TAB as never);
    await onMenuClicked(click(MENU_PAGE), undefined);
    expect(open).not.toHaveBeenCalled();
    expect(await readPanelRequest()).toBeNull();
  });
});
