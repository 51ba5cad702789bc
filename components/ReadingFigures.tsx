import type { ReadingFigure } from '@/lib/protocol/reading-figures';
import './extras.css';

/** The article's length and reading time against the summary's (made by lib/protocol/reading-figures). */
export function ReadingFigures({ figures }: { figures: readonly ReadingFigure[] }) {
  return (
    <dl class="figures" aria-label="Reading figures">
      {figures.map(([term, amount, time]) => (
        <div key={term}>
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
