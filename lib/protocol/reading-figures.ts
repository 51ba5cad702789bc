/**
 * The reading figures the view shows (components/ReadingFigures.tsx): the article's length and
 * reading time against the summary's. Made by the background with the rest of the result
 * (lib/worker/page-result.ts), so the popup carries no formatting code.
 */
import type { ArticleStats } from '@/core/types';

/** One figure: its term, the amount, the time or share it stands for, and what it means in full. */
export type ReadingFigure = [term: string, amount: string, time: string, meaning: string];

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
  const words = number.format(stats.words);
  const summaryWords = number.format(stats.summaryWords);
  const summaryTime = duration(stats.summaryReadingSeconds);
  return [
    [
      'Article',
      `${words} words`,
      `${stats.readingMinutes} min read`,
      `The article has ${words} words: about ${stats.readingMinutes} min to read`,
    ],
    [
      'Summary',
      `${summaryWords} words`,
      `${summaryTime} read`,
      `The summary has ${summaryWords} words: about ${summaryTime} to read`,
    ],
    [
      'Share',
      `${share}%`,
      "of the article's words",
      `The summary is ${share}% as long as the article, in words`,
    ],
  ];
}
