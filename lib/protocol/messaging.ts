/**
 * Sending and answering protocol messages. Answers use `sendResponse` + `return true`, which both
 * Chrome's native API and the webextension polyfill understand.
 */
import { t } from '@/lib/shared/i18n';
import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/** An error that reaches the reader as it is: its message is written for them. */
export class ReaderFacingError extends Error {}

/**
 * Answers messages that pass `isMessage` and come from a sender `trust` accepts; anything else is
 * left unanswered (and so cannot probe the handler).
 */
export function answerMessages<M>(
  isMessage: (x: unknown) => x is M,
  trust: (sender: Sender) => boolean,
  handle: (message: M, sender: Sender) => Promise<unknown>,
): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
      if (!trust(sender) || !isMessage(message)) return false;
      handle(message, sender).then(sendResponse, (error: unknown) => {
        // Never a stack trace: the caller sees a short message only.
        sendResponse({ status: 'problem', problem: 'failed', message: describeError(error) });
      });
      return true;
    },
  );
}

/** Sender is one of this extension's own pages (popup, side panel, options), not a tab. */
export function isOwnExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** Sender is this extension's background (no tab): what a content script accepts. */
export function isOwnBackground(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab === undefined;
}

export function describeError(error: unknown): string {
  if (error instanceof ReaderFacingError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  // One line, no stack, bounded length: this is shown to the reader.
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || t('errorUnknown');
}
