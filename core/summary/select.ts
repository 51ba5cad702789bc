import type { SummaryLength } from '../types';
import { type ScoredSentence, termSimilarity } from './score';

/**
 * Greedy selection with redundancy control (maximal marginal relevance, Carbonell & Goldstein
 * 1998): each step takes the sentence whose score, discounted by its similarity to what is
 * already chosen, is highest.
 */

/**
 * Word budgets per length. 'medium' (the default) is about 75 words: reference news summaries
 * run ~50 words and the first three sentences ~80; we stop at the sentence that brings the total
 * closest to the budget.
 */
export const LENGTH_WORDS: Record<SummaryLength, number> = { short: 40, medium: 75, long: 150 };

/** How strongly similarity to chosen sentences discounts a candidate (1 = fully). */
const REDUNDANCY = 1;
/** Only the best-scored sentences compete, keeping selection cheap on very long texts. */
const POOL = 40;

export type Stop = { sentences: number } | { words: number };

export function selectSentences(
  scored: readonly ScoredSentence[],
  /** Word count of a candidate (asked only for the few that get chosen). */
  wordsOf: (index: number) => number,
  stop: Stop,
): number[] {
  const pool = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, POOL);
  const chosen: ScoredSentence[] = [];
  let words = 0;
  const chosenTerms: Set<string>[] = [];
  while (pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      let redundancy = 0;
      for (const t of chosenTerms) redundancy = Math.max(redundancy, termSimilarity(c.terms, t));
      const value = c.score * (1 - REDUNDANCY * redundancy);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    const next = pool[best];
    if (!next) break;
    const count = wordsOf(next.index);
    if ('sentences' in stop) {
      if (chosen.length >= stop.sentences) break;
    } else if (
      chosen.length > 0 &&
      Math.abs(words + count - stop.words) > Math.abs(words - stop.words)
    ) {
      break;
    }
    chosen.push(next);
    chosenTerms.push(new Set(next.terms));
    words += count;
    pool.splice(best, 1);
  }
  return chosen.map((c) => c.index).sort((a, b) => a - b);
}
