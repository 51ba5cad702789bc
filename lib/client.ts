/**
 * The popup's (and side panel's) side of the protocol: typed requests to the background.
 */
import { browser } from 'wxt/browser';
import type { ActorType } from '@/core/types';
import {
  isAnalyzeReply,
  isPageActionReply,
  type AnalyzeOptions,
  type AnalyzeReply,
  type PageActionReply,
  type PopupToBackground,
} from './protocol';

/**
 * Sends a request; when the service worker was stopped mid-request (the browser may stop it at
 * any time) the message fails or comes back empty, so it is sent once more to a fresh worker.
 */
async function request(message: PopupToBackground): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await browser.runtime.sendMessage(message);
      if (reply !== undefined || attempt > 0) return reply;
    } catch (error) {
      if (attempt > 0) throw error;
    }
  }
}

export async function requestAnalysis(
  tabId: number,
  options: AnalyzeOptions,
): Promise<AnalyzeReply> {
  try {
    const reply = await request({ type: 'popupToBackground:analyze', tabId, options });
    if (isAnalyzeReply(reply)) return reply;
  } catch {
    // fall through to the message below
  }
  return {
    status: 'problem',
    problem: 'failed',
    message: "Nutshell's background didn't answer. Retry.",
  };
}

async function pageRequest(message: PopupToBackground): Promise<PageActionReply> {
  try {
    const reply = await request(message);
    if (isPageActionReply(reply)) return reply;
  } catch {
    // below
  }
  return { ok: false, ranges: 0, message: "Nutshell's background didn't answer." };
}

export const requestHighlight = (tabId: number, types: ActorType[]) =>
  pageRequest({ type: 'popupToBackground:highlightActors', tabId, types });

export const requestClearHighlights = (tabId: number) =>
  pageRequest({ type: 'popupToBackground:clearHighlights', tabId });

export const requestShowMention = (tabId: number, actor: number, mention: number) =>
  pageRequest({ type: 'popupToBackground:showMention', tabId, actor, mention });

export const requestShowSentence = (tabId: number, sentence: number) =>
  pageRequest({ type: 'popupToBackground:showSentence', tabId, sentence });
