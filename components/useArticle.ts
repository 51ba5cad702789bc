import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

// Layout effects, not effects: Preact runs effects after the next animation frame (or a 100 ms
// fallback when no frame comes, as in a popup still opening), and the chain settings → cache →
// render would wait for it at every step. Nothing here touches layout; it only starts reads.
import type { SummaryLength } from '@/core/types';
import { readCache } from '@/lib/cache';
import { requestAnalysis, requestSelectionSummary } from '@/lib/client';
import type { AnalyzeReply, PageResult, ProblemKind } from '@/lib/protocol';
import { onSettingsChange, readSettings } from '@/lib/settings-reader';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';

export type ViewState =
  | { kind: 'working' }
  | { kind: 'ok'; result: PageResult; fromCache: boolean; length: SummaryLength }
  | { kind: 'notArticle'; title: string }
  | { kind: 'problem'; problem: ProblemKind; message: string };

/**
 * Read as soon as the view's code loads, while the popup is still asking which tab it is on:
 * the first request then waits for neither.
 */
const initialLength: Promise<SummaryLength> = readSettings()
  .then((s) => s.length)
  .catch(() => DEFAULT_SETTINGS.length);

/** The reader's summary length (options / the popup's control); null until storage answers. */
function useLength(): SummaryLength | null {
  const [length, setLength] = useState<SummaryLength | null>(null);
  useLayoutEffect(() => {
    void initialLength.then((l) => setLength((known) => known ?? l));
    return onSettingsChange((s) => setLength(s.length));
  }, []);
  return length;
}

type Settled = Exclude<ViewState, { kind: 'working' }>;

function settledBy(reply: AnalyzeReply, length: SummaryLength): Settled {
  if (reply.status === 'ok') return { kind: 'ok', result: reply.result, fromCache: false, length };
  if (reply.status === 'notArticle') return { kind: 'notArticle', title: reply.title };
  return { kind: 'problem', problem: reply.problem, message: reply.message };
}

/**
 * The page of a tab: the cache and the worker are asked at once, so on a page not read yet the
 * worker's answer does not wait for a storage round trip first (10-30 ms). On a cached page the
 * cache answers first, and the worker, finding the same entry, only reads it.
 */
async function readTabPage(
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

interface FirstRead {
  tabId: number;
  url: string | undefined;
  read: Promise<{ length: SummaryLength; view: Settled }>;
}

let firstRead: FirstRead | null = null;

/**
 * The popup asks for its tab's page as soon as it knows the tab, before its first render: the
 * rendering then overlaps the worker's reading instead of delaying it (issue 7's popup time).
 * The view's first load takes this answer when it is for the same tab, page and length.
 */
export function readBeforeRender(tab: { id?: number; url?: string } | undefined): void {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  const read = initialLength.then(async (length) => ({
    length,
    view: await readTabPage(tabId, tab?.url, length, false),
  }));
  firstRead = { tabId, url: tab?.url, read };
}

/** The early answer for this request, taken once; null when there is none or it is for another. */
async function takeFirstRead(
  tabId: number,
  url: string | undefined,
  length: SummaryLength,
): Promise<Settled | null> {
  const first = firstRead;
  firstRead = null;
  if (!first || first.tabId !== tabId || first.url !== url) return null;
  const { length: itsLength, view } = await first.read;
  return itsLength === length ? view : null;
}

/**
 * What to summarise: the page (from the cache when it holds it), the page even when it does not
 * look like an article (never the cached selection), or the reader's selection in it.
 */
type Request = 'page' | 'wholePage' | 'selection';

/**
 * The analysis of one tab at the reader's length, as view state. A cached result is read
 * straight from storage.session (no round trip through the worker), so reopening is instant.
 */
export function useArticle(tabId: number | null, url: string | undefined) {
  const [state, setState] = useState<ViewState>({ kind: 'working' });
  const generation = useRef(0);
  // What is shown, so that a new length re-summarises the same thing.
  const subject = useRef<'page' | 'selection'>('page');
  const length = useLength();

  const load = useCallback(
    async (request: Request) => {
      if (length === null) return; // settings not read yet (a few ms)
      const mine = ++generation.current;
      const settle = (next: ViewState) => {
        if (generation.current !== mine) return;
        if (next.kind === 'ok') subject.current = next.result.page.selection ? 'selection' : 'page';
        setState(next);
      };
      if (tabId === null) {
        settle({ kind: 'problem', problem: 'failed', message: 'No tab to read.' });
        return;
      }
      const force = request !== 'page';
      setState((previous) => (previous.kind === 'ok' && !force ? previous : { kind: 'working' }));
      if (request === 'selection') {
        settle(settledBy(await requestSelectionSummary(tabId, length), length));
        return;
      }
      const early = force ? null : await takeFirstRead(tabId, url, length);
      settle(early ?? (await readTabPage(tabId, url, length, force)));
    },
    [tabId, url, length],
  );

  const shownTab = useRef('');
  useLayoutEffect(() => {
    const tab = `${tabId} ${url}`;
    if (tab !== shownTab.current) subject.current = 'page'; // another tab or page: its page
    shownTab.current = tab;
    void load(subject.current);
  }, [load]);

  return {
    state,
    length,
    retry: () => void load('page'),
    summariseAnyway: () => void load('wholePage'),
    summariseSelection: () => void load('selection'),
  };
}
