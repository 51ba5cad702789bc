import type { ViewState } from '@/lib/view/useArticle';
import { t } from '@/lib/shared/i18n';

type NotOk = Exclude<ViewState, { kind: 'ok' }>;

interface Props {
  state: NotOk;
  onRetry: () => void;
  onSummariseAnyway: () => void;
}

/** Every state that is not a summary: working, not an article, a page we can't read, errors. */
export function StatusView({ state, onRetry, onSummariseAnyway }: Props) {
  if (state.kind === 'working') {
    return (
      <div class="status" role="status" data-state="working">
        <span class="spinner" aria-hidden="true" />
        <p>{t('readingPage')}</p>
      </div>
    );
  }
  if (state.kind === 'notArticle') {
    return (
      <div class="status" role="status" data-state="not-article">
        <h2>{t('notArticleHeading')}</h2>
        <p class="muted" dir="auto">
          {state.title || t('notArticleHint')}
        </p>
        <button type="button" class="primary" onClick={onSummariseAnyway}>
          {t('summariseAnyway')}
        </button>
      </div>
    );
  }
  if (state.problem === 'restricted') {
    return (
      <div class="status" role="status" data-state="restricted">
        <h2>{t('cantReadHeading')}</h2>
        <p class="muted">{state.message}</p>
      </div>
    );
  }
  if (state.problem === 'noText') {
    // No Retry: the view watches the page and shows the summary if text appears (useArticle).
    return (
      <div class="status" role="status" data-state="no-text">
        <h2>{t('nothingHeading')}</h2>
        <p class="muted">{state.message}</p>
      </div>
    );
  }
  return (
    <div class="status" role="alert" data-state="error">
      <h2>{t('errorHeading')}</h2>
      <p class="muted">{state.message}</p>
      <button type="button" class="primary" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
