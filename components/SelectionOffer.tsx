import { useEffect, useState } from 'preact/hooks';
import { SELECTION_MIN_WORDS } from '@/core/extract/selection';
import { requestSelectionCount } from '@/lib/view/client';
import { t } from '@/lib/shared/i18n';
import type { SelectionCountReply } from '@/lib/protocol/protocol';

interface Props {
  tabId: number | null;
  /** The view shows a summary of the reader's selection (not of the page). */
  showingSelection: boolean;
  /** The view has settled (not still reading): only then is the page asked for its selection. */
  settled: boolean;
  onSummariseSelection: () => void;
  onSummarisePage: () => void;
}

/**
 * "Summarise selection" when the reader has selected 40 words or more in the page, and the way
 * back to the whole page when a selection is shown. The page is asked only once the view has
 * settled, so the count never delays the summary.
 */
export function SelectionOffer(props: Props) {
  const { tabId, showingSelection, settled } = props;
  const [count, setCount] = useState<SelectionCountReply | null>(null);
  useEffect(() => {
    if (tabId === null || !settled || showingSelection) return;
    let live = true;
    void requestSelectionCount(tabId).then((reply) => live && setCount(reply));
    return () => {
      live = false;
    };
  }, [tabId, settled, showingSelection]);

  if (showingSelection) {
    return (
      <p class="offer" data-offer="page">
        <span>{t('selectionShown')}</span>
        <button type="button" class="link" onClick={props.onSummarisePage}>
          {t('summariseWholePage')}
        </button>
      </p>
    );
  }
  if (!count || count.words < SELECTION_MIN_WORDS) return null;
  return (
    <p class="offer" data-offer="selection">
      <span>{count.text}</span>
      <button type="button" class="link" onClick={props.onSummariseSelection}>
        {t('summariseSelection')}
      </button>
    </p>
  );
}
