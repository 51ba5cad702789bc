/**
 * The popup's (and side panel's) side of the protocol: typed requests to the background.
 */
import { browser } from 'wxt/browser';
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
  type StatusReply,
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
 * How long the popup waits. Past this the page is hung (its own script never yields, so nothing
 * can run in it) or the worker is busy, and the reader is told which, with a Retry, instead of
 * "Reading the page…" for good. Pages are read within 2 s (lib/page/page-budget.ts) and analysed
 * in well under a second, so only a stuck page or worker takes this long.
 */
const DEADLINE_MS = 10_000;
/** How long the worker has to say what it waits for, once an answer is late. */
const STATUS_DEADLINE_MS = 1_500;

class NoAnswerInTime extends Error {}

function request(message: PopupToBackground, ms = DEADLINE_MS): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerInTime()), ms);
  });
  return Promise.race([send(message), late]).finally(() => clearTimeout(timer));
}

type TabRequest = Extract<PopupToBackground, { tabId: number }>;

/**
 * Why the answer for the tab is late, in the reader's words: the page did not answer the worker
 * (the worker says it is still reading it), or the worker is too busy to say (one page's
 * analysis blocks it for every tab). The status reply is checked by its one field.
 */
async function lateAnswer(
  tabId: number,
): Promise<'workerBusy' | 'pageNotResponding' | 'backgroundNoAnswerRetry'> {
  const reply = await request(
    { type: 'popupToBackground:status', tabId },
    STATUS_DEADLINE_MS,
  ).catch(() => null);
  if (reply === null) return 'workerBusy';
  return (reply as Partial<StatusReply>).readingPage === true
    ? 'pageNotResponding'
    : 'backgroundNoAnswerRetry';
}

async function analysisRequest(message: TabRequest): Promise<AnalyzeReply> {
  let late: Awaited<ReturnType<typeof lateAnswer>> = 'backgroundNoAnswerRetry';
  try {
    const reply = await request(message);
    if (isAnalyzeReply(reply)) return reply;
  } catch (error) {
    if (error instanceof NoAnswerInTime) late = await lateAnswer(message.tabId);
  }
  const problem = late === 'pageNotResponding' ? 'injectionFailed' : 'failed';
  return { status: 'problem', problem, message: t(late) };
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

async function pageRequest(message: TabRequest): Promise<PageActionReply> {
  try {
    const reply = await request(message);
    if (isPageActionReply(reply)) return reply;
  } catch (error) {
    if (error instanceof NoAnswerInTime) {
      return { ok: false, ranges: 0, message: t(await lateAnswer(message.tabId)) };
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
