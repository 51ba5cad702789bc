import { browser } from 'wxt/browser';
import { forgetTab } from '@/lib/storage/cache';
import { registerContextMenu } from '@/lib/worker/context-menu';
import { answerMessages, isOwnExtensionPage } from '@/lib/protocol/messaging';
import { isPopupToBackground, type PopupToBackground } from '@/lib/protocol/protocol';
import {
  analyzeTab,
  clearHighlights,
  highlightActors,
  showMention,
  showSentence,
} from '@/lib/worker/reader';
import { countSelectedWords, summariseSelectionForPopup } from '@/lib/worker/selection-summary';
import { updateSettings } from '@/lib/storage/settings';
import { followUiLanguage } from '@/lib/worker/language';
import { plural } from '@/lib/shared/i18n';

function handle(message: PopupToBackground): Promise<unknown> {
  switch (message.type) {
    case 'popupToBackground:analyze':
      return analyzeTab(message.tabId, message.options);
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
      return countSelectedWords(message.tabId).then((words) => ({
        words,
        text: plural('wordsSelected', words),
      }));
    case 'popupToBackground:summariseSelection':
      return summariseSelectionForPopup(message.tabId, message.length);
  }
}

export default defineBackground(() => {
  // Only the extension's own pages (popup, side panel) may ask; content scripts and other
  // extensions are not listened to.
  answerMessages(isPopupToBackground, isOwnExtensionPage, handle);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  followUiLanguage();
  registerContextMenu();
});
