import { browser } from 'wxt/browser';
import { forgetTab } from '@/lib/storage/cache';
import { registerContextMenu } from '@/lib/worker/context-menu';
import { answerMessages, isOwnExtensionPage } from '@/lib/protocol/messaging';
import { isPopupToBackground, type PopupToBackground } from '@/lib/protocol/protocol';
import {
  analyzeTab,
  clearHighlights,
  highlightActors,
  readOnClick,
  showMention,
  showSentence,
} from '@/lib/worker/reader';
import { forgetTabAccess } from '@/lib/worker/page-access';
import { readOnToolbarClick } from '@/lib/worker/toolbar-click';
import { countSelectedWords, summariseSelectionForPopup } from '@/lib/worker/selection-summary';
import { settingsItem, updateSettings } from '@/lib/storage/settings';
import { followUiLanguage } from '@/lib/worker/language';
import { primeLanguageScripts } from '@/lib/worker/actor-languages';
import { formatNumber, plural } from '@/lib/shared/i18n';

function handle(message: PopupToBackground): Promise<unknown> {
  switch (message.type) {
    case 'popupToBackground:analyze':
      // The view draws the summary first and asks for the actors after it (lib/view/useArticle.ts).
      return analyzeTab(message.tabId, message.options, true);
    case 'popupToBackground:highlightActors':
      return highlightActors(message.tabId, message.types);
    case 'popupToBackground:clearHighlights':
      return clearHighlights(message.tabId);
    case 'popupToBackground:showMention':
      return showMention(message.tabId, message.actor, message.mention);
    case 'popupToBackground:showSentence':
      return showSentence(message.tabId, message.sentence);
    case 'popupToBackground:setLength':
      return updateSettings({ length: message.length }).then(() => ({ ok: true }));
    case 'popupToBackground:countSelection':
      return countSelectedWords(message.tabId).then(({ words, more }) => {
        const text = plural('wordsSelected', words);
        // The selection goes on past what is read: "60,000+ words selected".
        const number = formatNumber(words);
        return { words, text: more ? text.replace(number, `${number}+`) : text };
      });
    case 'popupToBackground:summariseSelection':
      return summariseSelectionForPopup(message.tabId, message.length);
  }
}

export default defineBackground(() => {
  // Chromium's service worker may only importScripts() what it imported while installing: each
  // language's actor evidence is stored then, and run later for pages in that language.
  if ('ServiceWorkerGlobalScope' in globalThis) {
    globalThis.addEventListener('install', primeLanguageScripts);
  }
  // Only the extension's own pages (popup, side panel) may ask; content scripts and other
  // extensions are not listened to.
  answerMessages(isPopupToBackground, isOwnExtensionPage, handle);
  // Repairs and migrates the stored settings now, as the worker starts, not on first use.
  void settingsItem();
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabAccess(tabId);
    void forgetTab(tabId);
  });
  followUiLanguage();
  registerContextMenu();
  readOnToolbarClick(readOnClick);
});
