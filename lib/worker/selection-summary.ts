/**
 * "Summarise selection", from the context menu or the popup: the background reads the selected
 * text of the tab (the click granted activeTab), runs the core pipeline on it and caches the
 * result for the tab, so the side panel, reopening and highlighting work on it as on a page.
 */
import { browser } from 'wxt/browser';
import { countWords, SELECTION_MIN_WORDS } from '@/core/extract/selection';
import { analyzeText } from '@/core/pipeline';
import type { SummaryLength } from '@/core/types';
import { writeCache } from '@/lib/storage/cache';
import { describeError } from '@/lib/protocol/messaging';
import { pageResult } from '@/lib/worker/page-result';
import type { AnalyzeReply, PageResult } from '@/lib/protocol/protocol';
import { getSettings } from '@/lib/storage/settings';
import { plural, t } from '@/lib/shared/i18n';
import { languageReady } from '@/lib/worker/language';

interface PageSelection {
  text: string;
  lang: string;
  title: string;
  url: string;
}

/** Runs in the page: the selection with its line breaks (menus give it on one line). */
function readSelection(): PageSelection {
  return {
    text: window.getSelection()?.toString() ?? '',
    lang: document.documentElement.lang || '',
    title: document.title,
    url: location.href,
  };
}

async function selectionOf(tabId: number, fallback: string): Promise<PageSelection | null> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: readSelection,
    });
    const read = frame?.result as PageSelection | undefined;
    if (read && read.text.trim()) return read;
  } catch {
    // A page the extension may not script: the menu's own copy of the selection still works.
  }
  return fallback.trim() ? { text: fallback, lang: '', title: '', url: '' } : null;
}

/** Words selected in the tab's top page; 0 when nothing is selected or it can't be read. */
export async function countSelectedWords(tabId: number): Promise<number> {
  try {
    // The whole selection, not a capped start: the popup shows the count ("153 words selected").
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: readSelection,
    });
    const read = frame?.result as PageSelection | undefined;
    return typeof read?.text === 'string' ? countWords(read.text) : 0;
  } catch {
    return 0; // a restricted page, or no activeTab grant (the side panel without a click)
  }
}

export function selectionResult(
  selection: PageSelection,
  pageTitle: string,
  length: SummaryLength,
): PageResult {
  const title = t('selectionTitle', selection.title || pageTitle || t('selectionOfThisPage'));
  const analysis = analyzeText(selection.text, { title, lang: selection.lang || 'en', length });
  const page = {
    url: selection.url,
    title,
    siteName: null,
    byline: null,
    publishedTime: null,
    readerable: true,
    selection: true,
  };
  return pageResult(page, analysis);
}

/** Summarises the tab's selection into its cache entry; null when there is nothing to summarise. */
async function summariseInto(
  tab: { id: number; url?: string; title?: string },
  selection: PageSelection,
  length: SummaryLength,
): Promise<PageResult | null> {
  const url = selection.url || tab.url || '';
  const result = selectionResult({ ...selection, url }, tab.title ?? '', length);
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
