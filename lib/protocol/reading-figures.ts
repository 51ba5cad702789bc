/**
 * The reading figures the view shows (components/ReadingFigures.tsx): the article's length and
 * reading time against the summary's, in the reader's language. Made by the background with the
 * rest of the result (lib/worker/page-result.ts), so the popup carries no formatting code.
 */
import type { ArticleStats } from '@/core/types';
import { formatPercent, formatter, plural, t } from '@/lib/shared/i18n';

/** One figure: its term, the amount, the time or share it stands for, and what it means in full. */
export type ReadingFigure = [term: string, amount: string, time: string, meaning: string];

function unit(n: number, unit: 'minute' | 'second'): string {
  const format = formatter(unit, (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit }));
  return format.format(n);
}

/** A reading time: "45 sec", "2 min", "2 min 5 sec" (as the reader's language writes them). */
export function duration(seconds: number): string {
  if (seconds < 60) return unit(seconds, 'second');
  const minutes = unit(Math.floor(seconds / 60), 'minute');
  const rest = seconds % 60;
  if (!rest) return minutes;
  const list = formatter(
    'units',
    (tag) => new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' }),
  );
  return list.format([minutes, unit(rest, 'second')]);
}

/** "2 min read", under the title. */
export const readingTime = (minutes: number): string => t('readTime', duration(minutes * 60));

export function readingFigures(stats: ArticleStats): ReadingFigure[] {
  const share =
    stats.words > 0 ? Math.max(1, Math.round((stats.summaryWords / stats.words) * 100)) : 0;
  const percent = formatPercent(share / 100);
  const words = plural('words', stats.words);
  const summaryWords = plural('words', stats.summaryWords);
  const articleTime = duration(stats.readingMinutes * 60);
  const summaryTime = duration(stats.summaryReadingSeconds);
  return [
    [
      t('figureArticle'),
      words,
      t('readTime', articleTime),
      t('figureArticleMeaning', words, articleTime),
    ],
    [
      t('figureSummary'),
      summaryWords,
      t('readTime', summaryTime),
      t('figureSummaryMeaning', summaryWords, summaryTime),
    ],
    [t('figureShare'), percent, t('figureShareOf'), t('figureShareMeaning', percent)],
  ];
}
