/**
 * "Summarise selection": the background reads the selected text of the tab (the context menu
 * click granted activeTab), runs the core pipeline on it and caches the result for the tab, so
 * the side panel (and highlighting) work on it as on a page.
 */
import { browser } from 'wxt/browser';
import { analyzeText } from '@/core/pipeline';
import { writeCache } from './cache';
import { pageResult } from './page-result';
import type { SummaryLength } from '@/core/types';
import type { PageResult } from './protocol';
import { getSettings } from './settings';

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

export function selectionResult(
  selection: PageSelection,
  pageTitle: string,
  length: SummaryLength,
): PageResult {
  const title = `Selection: ${selection.title || pageTitle || 'this page'}`;
  const analysis = analyzeText(selection.text, { title, lang: selection.lang || 'en', length });
  const page = {
    url: selection.url,
    title,
    siteName: null,
    byline: null,
    publishedTime: null,
    readerable: true,
  };
  return pageResult(page, analysis);
}

/** Summarises the tab's selection into its cache entry; false when there is nothing selected. */
export async function summariseSelection(
  tab: { id: number; url?: string; title?: string },
  menuSelection: string,
): Promise<boolean> {
  const selection = await selectionOf(tab.id, menuSelection);
  if (!selection) return false;
  const url = selection.url || tab.url || '';
  // At the reader's length, and cached under it, as the popup asks for it.
  const { length } = await getSettings();
  const result = selectionResult({ ...selection, url }, tab.title ?? '', length);
  if (result.analysis.summary.length === 0) return false;
  await writeCache(tab.id, { url, length, result });
  return true;
}
