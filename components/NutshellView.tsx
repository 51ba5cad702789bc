import { useLayoutEffect } from 'preact/hooks';
import { ArticleView } from './ArticleView';
import { LengthControl } from './LengthControl';
import { Logo } from './Logo';
import { SelectionOffer } from './SelectionOffer';
import { StatusView } from './StatusView';
import { useArticle } from '@/lib/view/useArticle';
import { t } from '@/lib/shared/i18n';
import './nutshell.css';

interface Props {
  /** The tab to summarise (null when there is none). */
  tabId: number | null;
  /** Its URL when the browser lets us see it; used to read the cache without a round trip. */
  url?: string;
}

/** The whole Nutshell view for one tab: shared by the popup and the side panel. */
export function NutshellView({ tabId, url }: Props) {
  const { state, length, retry, summariseAnyway, summariseSelection } = useArticle(tabId, url);
  const showingSelection = state.kind === 'ok' && state.result.page.selection === true;
  useLayoutEffect(() => {
    // For the popup-time benchmark: navigation start → summary in the DOM (layout effects run
    // right after the commit, so the mark is not delayed by Preact's after-paint scheduling).
    // Marked at every state shown: the first mark is the summary, the last one its actors when
    // they followed it (scripts/browser-eval/run.ts).
    if (state.kind === 'ok') performance.mark('nutshell:summary-shown');
  }, [state]);
  return (
    <div
      class="nutshell"
      data-from-cache={state.kind === 'ok' ? String(state.fromCache) : undefined}
      data-length={state.kind === 'ok' ? state.length : undefined}
    >
      <div class="brand">
        <Logo />
        <span>{t('extName')}</span>
        {state.kind === 'ok' && <LengthControl length={length} />}
      </div>
      <SelectionOffer
        tabId={tabId}
        showingSelection={showingSelection}
        settled={state.kind !== 'working'}
        onSummariseSelection={summariseSelection}
        onSummarisePage={summariseAnyway}
      />
      {state.kind === 'ok' && tabId !== null ? (
        <ArticleView
          key={`${state.result.page.url} ${showingSelection}`}
          tabId={tabId}
          result={state.result}
        />
      ) : state.kind === 'ok' ? null : (
        <StatusView state={state} onRetry={retry} onSummariseAnyway={summariseAnyway} />
      )}
    </div>
  );
}
