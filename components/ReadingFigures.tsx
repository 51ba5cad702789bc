import type { ArticleStats } from '@/core/types';
import './extras.css';

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

const number = new Intl.NumberFormat('en');

/** The article's length and reading time against the summary's. */
export function ReadingFigures({ stats }: { stats: ArticleStats }) {
  const share =
    stats.words > 0 ? Math.max(1, Math.round((stats.summaryWords / stats.words) * 100)) : 0;
  return (
    <dl class="figures" aria-label="Reading figures">
      <div>
        <dt>Article</dt>
        <dd>
          <span>{number.format(stats.words)} words</span>
          <span>{stats.readingMinutes} min read</span>
        </dd>
      </div>
      <div>
        <dt>Summary</dt>
        <dd>
          <span>{number.format(stats.summaryWords)} words</span>
          <span>{duration(stats.summaryReadingSeconds)} read</span>
        </dd>
      </div>
      <div>
        <dt>Share</dt>
        <dd>
          <span>{share}%</span>
          <span>of the article</span>
        </dd>
      </div>
    </dl>
  );
}
