import type { ReadingFigure } from '@/lib/protocol/reading-figures';
import { t } from '@/lib/shared/i18n';

/**
 * The article's length and reading time against the summary's (made by
 * lib/protocol/reading-figures), each figure explained in full on hover.
 */
export function ReadingFigures({ figures }: { figures: readonly ReadingFigure[] }) {
  return (
    <dl class="figures" aria-label={t('readingFigures')}>
      {figures.map(([term, amount, time, meaning]) => (
        <div key={term} title={meaning}>
          <dt>{term}</dt>
          <dd>
            <span>{amount}</span>
            <span>{time}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
