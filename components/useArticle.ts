import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readCache } from '@/lib/cache';
import { requestAnalysis } from '@/lib/client';
import type { PageResult, ProblemKind } from '@/lib/protocol';

export type ViewState =
  | { kind: 'working' }
  | { kind: 'ok'; result: PageResult; fromCache: boolean }
  | { kind: 'notArticle'; title: string }
  | { kind: 'problem'; problem: ProblemKind; message: string };

/**
 * The analysis of one tab, as view state. A cached result is read straight from
 * storage.session (no round trip through the worker), so reopening the popup is instant.
 */
export function useArticle(tabId: number | null, url: string | undefined) {
  const [state, setState] = useState<ViewState>({ kind: 'working' });
  const generation = useRef(0);

  const load = useCallback(
    async (force: boolean) => {
      const mine = ++generation.current;
      const settle = (next: ViewState) => {
        if (generation.current === mine) setState(next);
      };
      if (tabId === null) {
        settle({ kind: 'problem', problem: 'failed', message: 'No tab to read.' });
        return;
      }
      setState({ kind: 'working' });
      if (url && !force) {
        const cached = await readCache(tabId, url, null).catch(() => null);
        if (cached) return settle({ kind: 'ok', result: cached, fromCache: true });
      }
      const reply = await requestAnalysis(tabId, { force });
      if (reply.status === 'ok') settle({ kind: 'ok', result: reply.result, fromCache: false });
      else if (reply.status === 'notArticle') settle({ kind: 'notArticle', title: reply.title });
      else settle({ kind: 'problem', problem: reply.problem, message: reply.message });
    },
    [tabId, url],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  return {
    state,
    retry: () => void load(false),
    summariseAnyway: () => void load(true),
  };
}
