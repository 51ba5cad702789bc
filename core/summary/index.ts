import type { Sentence, SummaryOptions } from '../types';
import type { SourceText } from '../text/source-text';

const LENGTH_SENTENCES = { short: 2, medium: 3, long: 5 } as const;

/** Placeholder v0 (the summary issue replaces it): the first sentences, in document order. */
export function summarize(
  _source: SourceText,
  sentences: readonly Sentence[],
  options: SummaryOptions = {},
): Sentence[] {
  const n = options.sentences ?? LENGTH_SENTENCES[options.length ?? 'medium'];
  return sentences.slice(0, n);
}
