import type { SummaryLength } from '@/core/types';
import { requestSetLength } from '@/lib/view/client';
import { LENGTHS } from '@/lib/storage/settings-schema';
import { t } from '@/lib/shared/i18n';
import { lengthLabel } from '@/lib/shared/words';

/** Summary length, remembered in the reader's settings (the options page shows the same). */
export function LengthControl({ length }: { length: SummaryLength | null }) {
  return (
    <div class="lengths" role="radiogroup" aria-label={t('summaryLength')}>
      {LENGTHS.map((l) => (
        <button
          key={l}
          type="button"
          role="radio"
          aria-checked={length === l}
          class={length === l ? 'length on' : 'length'}
          onClick={() => void requestSetLength(l)}
        >
          {lengthLabel(l)}
        </button>
      ))}
    </div>
  );
}
