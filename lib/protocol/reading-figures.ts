/**
 * The reading figures the view shows (components/ReadingFigures.tsx): the article's length and
 * reading time against the summary's. Made by the background with the rest of the result
 * (lib/worker/page-result.ts), so the popup carries no formatting code.
 */
import type { ArticleStats } from '@/core/types';

/** One figure: its term, the amount, the time or share it stands for. */
export type ReadingFigure = [term: string, amount: string, time: string];

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

const number = new Intl.NumberFormat('en');

export function readingFigures(stats: ArticleStats): ReadingFigure[] {
  const share =
    stats.words > 0 ? Math.max(1, Math.round((stats.summaryWords / stats.words) * 100)) : 0;
  return [
    ['Article', `${number.format(stats.words)} words`, `${stats.readingMinutes} min read`],
    [
      'Summary',
      `${number.format(stats.summaryWords)} words`,
      `${duration(stats.summaryReadingSeconds)} read`,
    ],
    ['Share', `${share}%`, 'of the article'],
  ];
}
