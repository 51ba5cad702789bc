import { useLayoutEffect, useRef, useState } from 'preact/hooks';

// Layout effects, not effects: Preact runs effects after the next animation frame (or a 100 ms
// fallback when no frame comes, as in a popup still opening), and the chain settings → cache →
// render would wait for it at every step. Nothing here touches layout; it only starts reads.
import { t } from '@/lib/shared/i18n';
import type { SummaryLength } from '@/core/types';
import { requestAnalysis, requestSelectionSummary } from '@/lib/view/client';
import type { PageResult, ProblemKind } from '@/lib/protocol/protocol';
import { onSettingsChange } from '@/lib/storage/settings-reader';
import { initialLength, rememberLength, takeFirstRead } from '@/lib/view/first-read';
import { readTabPage, settledBy } from '@/lib/view/read-tab-page';

export type ViewState =
  | { kind: 'working' }
  | { kind: 'ok'; result: PageResult; fromCache: boolean; length: SummaryLength }
  | { kind: 'notArticle'; title: string }
  | { kind: 'problem'; problem: ProblemKind; message: string };

/** The reader's summary length (options / the popup's control); null until storage answers. */
function useLength(): SummaryLength | null {
  const [length, setLength] = useState<SummaryLength | null>(null);
  useLayoutEffect(() => {
    void initialLength.then((l) => setLength((known) => known ?? l));
    return onSettingsChange(({ length }) => {
      rememberLength(length);
      setLength(length);
    });
  }, []);
  return length;
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

  // Made anew at each render: it reads this render's tab, page and length.
  const load = async (request: Request) => {
    if (length === null) return; // settings not read yet (a few ms)
    const mine = ++generation.current;
    const force = request !== 'page';
    if (tabId === null) {
      setState({ kind: 'problem', problem: 'failed', message: t('noTab') });
      return;
    }
    const settle = (next: ViewState, watched = false) => {
      if (generation.current !== mine) return;
      if (next.kind === 'ok') subject.current = next.result.page.selection ? 'selection' : 'page';
      setState(next);
      // The summary came ahead of its key actors: they follow. Not a summary ("not an
      // article", "no text"...): a single-page app may render its article after the view
      // asked, so the worker watches the page for a few seconds and answers again, once per
      // reading (a page that cannot be read just answers the same).
      const pending = next.kind === 'ok' && !!next.result.actorsPending;
      if (pending || (next.kind !== 'ok' && !watched && request === 'page')) {
        void requestAnalysis(tabId, { force, length, complete: pending, watch: !pending }).then(
          (reply) => settle(settledBy(reply, length), true),
        );
      }
    };
    setState((previous) => (previous.kind === 'ok' && !force ? previous : { kind: 'working' }));
    if (request === 'selection') {
      settle(settledBy(await requestSelectionSummary(tabId, length), length));
      return;
    }
    const early = force ? null : await takeFirstRead(tabId, url, length);
    settle(early ?? (await readTabPage(tabId, url, length, force)));
  };

  const shownTab = useRef('');
  useLayoutEffect(() => {
    const tab = `${tabId} ${url}`;
    if (tab !== shownTab.current) subject.current = 'page'; // another tab or page: its page
    shownTab.current = tab;
    void load(subject.current);
  }, [tabId, url, length]);

  return {
    state,
    length,
    retry: () => void load('page'),
    summariseAnyway: () => void load('wholePage'),
    summariseSelection: () => void load('selection'),
  };
}
