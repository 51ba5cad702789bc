/**
 * The popup's (and side panel's) side of the protocol: typed requests to the background.
 */
import { browser } from 'wxt/browser';
import { withDeadline } from '@/lib/shared/deadline';
import { t } from '@/lib/shared/i18n';
import type { ActorType, SummaryLength } from '@/core/types';
import {
  isAnalyzeReply,
  isPageActionReply,
  isSelectionCountReply,
  type AnalyzeOptions,
  type AnalyzeReply,
  type PageActionReply,
  type PopupToBackground,
  type SelectionCountReply,
} from '@/lib/protocol/protocol';

/**
 * Sends a request; when the service worker was stopped mid-request (the browser may stop it at
 * any time) the message fails or comes back empty, so it is sent once more to a fresh worker.
 */
async function send(message: PopupToBackground): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await browser.runtime.sendMessage(message);
      if (reply !== undefined || attempt > 0) return reply;
    } catch (error) {
      if (attempt > 0) throw error;
    }
  }
}

/**
 * How long the popup waits. The worker gives up on a page that does not answer before this
 * (PAGE_DEADLINE_MS in lib/worker/page-access.ts) and says so, so no answer at all means the
 * worker itself is busy: one page's analysis blocks it for every tab. The reader is told so, with
 * a Retry, instead of "Reading the page…" for good, and never blames this tab's page for it.
 */
const DEADLINE_MS = 10_000;

class NoAnswerInTime extends Error {}

const request = (message: PopupToBackground): Promise<unknown> =>
  withDeadline(send(message), DEADLINE_MS, () => new NoAnswerInTime());

async function analysisRequest(message: PopupToBackground): Promise<AnalyzeReply> {
  try {
    const reply = await request(message);
    if (isAnalyzeReply(reply)) return reply;
  } catch (error) {
    if (error instanceof NoAnswerInTime) {
      return { status: 'problem', problem: 'failed', message: t('workerBusy') };
    }
  }
  return { status: 'problem', problem: 'failed', message: t('backgroundNoAnswerRetry') };
}

export const requestAnalysis = (tabId: number, options: AnalyzeOptions) =>
  analysisRequest({ type: 'popupToBackground:analyze', tabId, options });

export const requestSelectionSummary = (tabId: number, length: SummaryLength) =>
  analysisRequest({ type: 'popupToBackground:summariseSelection', tabId, length });

/** Words selected in the tab's page, and how to say so; null when the page can't be read. */
export async function requestSelectionCount(tabId: number): Promise<SelectionCountReply | null> {
  try {
    const reply = await request({ type: 'popupToBackground:countSelection', tabId });
    return isSelectionCountReply(reply) ? reply : null;
  } catch {
    return null;
  }
}

async function pageRequest(message: PopupToBackground): Promise<PageActionReply> {
  try {
    const reply = await request(message);
    if (isPageActionReply(reply)) return reply;
  } catch (error) {
    if (error instanceof NoAnswerInTime) {
      return { ok: false, ranges: 0, message: t('workerBusy') };
    }
  }
  return { ok: false, ranges: 0, message: t('backgroundNoAnswer') };
}

export const requestHighlight = (tabId: number, types: ActorType[]) =>
  pageRequest({ type: 'popupToBackground:highlightActors', tabId, types });

export const requestClearHighlights = (tabId: number) =>
  pageRequest({ type: 'popupToBackground:clearHighlights', tabId });

export const requestShowMention = (tabId: number, actor: number, mention: number) =>
  pageRequest({ type: 'popupToBackground:showMention', tabId, actor, mention });

export const requestShowSentence = (tabId: number, sentence: number) =>
  pageRequest({ type: 'popupToBackground:showSentence', tabId, sentence });

/** The popup's length control; the background writes the settings and every page sees it. */
export const requestSetLength = (length: SummaryLength) =>
  request({ type: 'popupToBackground:setLength', length }).catch(() => undefined);
