import type { SourceText } from '../text/source-text';
import { countWords } from '../text/tokens';
import { detectLanguage } from '../text/language';
import { baseLanguage } from '../text/stopwords';
import type { Sentence, SummaryOptions } from '../types';
import { isCandidate } from './candidates';
import { structuralCandidates } from './structure';
import { scoreSentences } from './score';
import { LENGTH_WORDS, selectSentences, type Stop } from './select';

export { LENGTH_WORDS } from './select';

/**
 * An extractive summary: the article's own sentences, in document order. What the page's
 * structure rules out (structure.ts) and clutter (candidates.ts) are dropped, the rest scored by position, centrality and title similarity (score.ts) and
 * chosen with redundancy control up to a length (select.ts): exactly `options.sentences`, or a
 * word budget for `options.length` (default 'medium').
 */
export function summarize(
  source: SourceText,
  sentences: readonly Sentence[],
  options: SummaryOptions = {},
): Sentence[] {
  if (sentences.length === 0) return [];
  const lang = baseLanguage(options.lang) || detectLanguage(source.text);
  const allowed = structuralCandidates(source, sentences, options.title ?? '');
  let candidates = allowed.filter(isCandidate);
  const wanted = options.sentences;
  // Texts made only of clutter-like lines (a list, a poem) still get a summary.
  if (candidates.length === 0 || (wanted !== undefined && candidates.length < wanted)) {
    candidates = allowed.length > 0 ? [...allowed] : [...sentences];
  }
  const scored = scoreSentences(
    candidates.map((s) => s.text),
    lang,
    options.title ?? '',
    wanted === 1,
  );
  const stop: Stop =
    wanted !== undefined
      ? { sentences: Math.max(0, Math.floor(wanted)) }
      : { words: LENGTH_WORDS[options.length ?? 'medium'] };
  const wordsOf = (i: number) => countWords(candidates[i]?.text ?? '');
  return selectSentences(scored, wordsOf, stop).flatMap((i) => candidates[i] ?? []);
}
