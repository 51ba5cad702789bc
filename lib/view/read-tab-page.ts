/**
 * One reading of a tab's page for the view: the per-tab cache and the worker, asked at once.
 */
import type { SummaryLength } from '@/core/types';
import { readCache } from '@/lib/storage/cache';
import { requestAnalysis } from '@/lib/view/client';
import type { AnalyzeReply } from '@/lib/protocol/protocol';
import type { ViewState } from '@/lib/view/useArticle';

/** What a reading ends in (anything but "working"). */
export type Settled = Exclude<ViewState, { kind: 'working' }>;

export function settledBy(reply: AnalyzeReply, length: SummaryLength): Settled {
  if (reply.status === 'ok') return { kind: 'ok', result: reply.result, fromCache: false, length };
  if (reply.status === 'notArticle') return { kind: 'notArticle', title: reply.title };
  return { kind: 'problem', problem: reply.problem, message: reply.message };
}

/**
 * The page of a tab: the cache and the worker are asked at once, so on a page not read yet the
 * worker's answer does not wait for a storage round trip first (10-30 ms). On a cached page the
 * cache answers first, and the worker, finding the same entry, only reads it.
 */
export async function readTabPage(
  tabId: number,
  url: string | undefined,
  length: SummaryLength,
  force: boolean,
): Promise<Settled> {
  const cachedRead = url && !force ? readCache(tabId, url, length).catch(() => null) : null;
  const answer = requestAnalysis(tabId, { force, length });
  const cached = await cachedRead;
  if (cached) return { kind: 'ok', result: cached, fromCache: true, length };
  return settledBy(await answer, length);
}
