/**
 * "Summarise selection", from the context menu or the popup: the background reads the selected
 * text of the tab (the click granted activeTab), runs the core pipeline on it and caches the
 * result for the tab, so the side panel, reopening and highlighting work on it as on a page.
 */
import { browser } from 'wxt/browser';
import { countWords, SELECTION_MIN_WORDS } from '@/core/extract/selection';
import type { SummaryLength } from '@/core/types';
import { writeCache } from '@/lib/storage/cache';
import { describeError } from '@/lib/protocol/messaging';
import { MAX_SELECTION_CHARS, METADATA_LIMITS } from '@/lib/protocol/validate-article';
import {
  boundedSelection,
  selectionResult,
  type PageSelection,
} from '@/lib/worker/selection-result';
import type { AnalyzeReply, PageResult } from '@/lib/protocol/protocol';
import { getSettings } from '@/lib/storage/settings';
import { plural } from '@/lib/shared/i18n';
import { languageReady } from '@/lib/worker/language';
import { whileBusy } from '@/lib/worker/toolbar-click';

export { boundedSelection, selectionResult } from '@/lib/worker/selection-result';

/**
 * Runs in the page: the selection with its line breaks (menus give it on one line), and the
 * page's language, title and address, each cut to `max` characters there, so a page that
 * selects megabytes of its own text does not send them to the worker.
 */
function readSelection(max: Record<'text' | 'lang' | 'title' | 'url', number>): PageSelection {
  const text = window.getSelection()?.toString() ?? '';
  return {
    text: text.slice(0, max.text),
    truncated: text.length > max.text,
    lang: (document.documentElement.lang || '').slice(0, max.lang),
    title: document.title.slice(0, max.title),
    url: location.href.slice(0, max.url),
  };
}

/** What the page may send, at most (one more character than kept tells a value is too long). */
const READ_LIMITS = {
  text: MAX_SELECTION_CHARS,
  lang: 100,
  title: METADATA_LIMITS.title + 1,
  url: METADATA_LIMITS.url + 1,
};

async function readTabSelection(tabId: number): Promise<PageSelection | null> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: readSelection,
    args: [READ_LIMITS],
  });
  return boundedSelection(frame?.result);
}

async function selectionOf(tabId: number, fallback: string): Promise<PageSelection | null> {
  try {
    const read = await readTabSelection(tabId);
    if (read && read.text.trim()) return read;
  } catch {
    // A page the extension may not script: the menu's own copy of the selection still works.
  }
  return fallback.trim()
    ? boundedSelection({ text: fallback, lang: '', title: '', url: '' })
    : null;
}

/**
 * Words selected in the tab's top page (in its first MAX_SELECTION_CHARS characters, `more`
 * when it goes on); 0 when nothing is selected or it can't be read.
 */
export async function countSelectedWords(tabId: number): Promise<{ words: number; more: boolean }> {
  try {
    const read = await readTabSelection(tabId);
    return read ? { words: countWords(read.text), more: read.truncated === true } : NONE;
  } catch {
    return NONE; // a restricted page, or no activeTab grant (the side panel without a click)
  }
}

const NONE = { words: 0, more: false };

/** Summarises the tab's selection into its cache entry; null when there is nothing to summarise. */
async function summariseInto(
  tab: { id: number; url?: string; title?: string },
  selection: PageSelection,
  length: SummaryLength,
): Promise<PageResult | null> {
  const url = selection.url || tab.url || '';
  const result = whileBusy(() => selectionResult({ ...selection, url }, tab.title ?? '', length));
  if (result.analysis.summary.length === 0) return null;
  // Cached under the page's URL and this length, as the popup and the side panel look it up.
  await writeCache(tab.id, { url, length, result });
  return result;
}

/** The context menu's "Summarise selection", at the reader's length; false when nothing is selected. */
export async function summariseSelection(
  tab: { id: number; url?: string; title?: string },
  menuSelection: string,
): Promise<boolean> {
  const [selection] = await Promise.all([selectionOf(tab.id, menuSelection), languageReady]);
  if (!selection) return false;
  const { length } = await getSettings();
  return (await summariseInto(tab, selection, length)) !== null;
}

const tooShort = (): AnalyzeReply => ({
  status: 'problem',
  problem: 'noText',
  message: plural('selectAtLeast', SELECTION_MIN_WORDS),
});

/** The popup's "Summarise selection" button. */
export async function summariseSelectionForPopup(
  tabId: number,
  length: SummaryLength | undefined,
): Promise<AnalyzeReply> {
  try {
    const [tab, selection] = await Promise.all([
      browser.tabs.get(tabId),
      selectionOf(tabId, ''),
      languageReady,
    ]);
    if (!selection || countWords(selection.text) < SELECTION_MIN_WORDS) {
      return tooShort();
    }
    const result = await summariseInto(
      { id: tabId, url: tab.url, title: tab.title },
      selection,
      length ?? (await getSettings()).length,
    );
    return result ? { status: 'ok', result } : tooShort();
  } catch (error) {
    return { status: 'problem', problem: 'failed', message: describeError(error) };
  }
}
