/**
 * Context menu: "Summarise this page" and "Summarise selection". A click on either grants
 * activeTab for the tab (as the toolbar button does) and opens the side panel, which shows the
 * result. Registered from the background with one call: registerContextMenu().
 */
import { browser, type Browser } from 'wxt/browser';
import { forgetTab } from '@/lib/storage/cache';
import { openSidePanel, requestPanelSummary } from '@/lib/shared/side-panel';
import { summariseSelection } from '@/lib/worker/selection-summary';
import { t } from '@/lib/shared/i18n';
import { languageReady, onLanguageChange } from '@/lib/worker/language';

export const MENU_PAGE = 'nutshell-summarise-page';
export const MENU_SELECTION = 'nutshell-summarise-selection';

function createMenus(): void {
  // removeAll first: onInstalled also runs on update, and ids must be unique. In the reader's
  // language, once the worker knows it.
  void Promise.all([languageReady, browser.contextMenus.removeAll()]).then(() => {
    browser.contextMenus.create({
      id: MENU_PAGE,
      title: t('menuSummarisePage'),
      contexts: ['page'],
    });
    browser.contextMenus.create({
      id: MENU_SELECTION,
      title: t('menuSummariseSelection'),
      contexts: ['selection'],
    });
  });
}

/** The menus in the reader's language, after a change of language in the options. */
async function translateMenus(): Promise<void> {
  await Promise.all([
    browser.contextMenus.update(MENU_PAGE, { title: t('menuSummarisePage') }),
    browser.contextMenus.update(MENU_SELECTION, { title: t('menuSummariseSelection') }),
  ]).catch(() => undefined); // not created yet: onInstalled creates them in this language
}

export async function onMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (tab?.id === undefined) return;
  if (info.menuItemId !== MENU_PAGE && info.menuItemId !== MENU_SELECTION) return;
  // Before any await: the browser allows opening the panel only during the click.
  const opened = openSidePanel(tab).catch(() => undefined);
  if (info.menuItemId === MENU_SELECTION) {
    await summariseSelection(
      { id: tab.id, url: tab.url, title: tab.title },
      info.selectionText ?? '',
    );
  } else {
    // The whole page, even when the tab's cache holds a selection's summary.
    await forgetTab(tab.id);
  }
  await opened;
  await requestPanelSummary(tab.id);
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(createMenus);
  onLanguageChange(() => void translateMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
}
