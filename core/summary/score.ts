import { contentTerms } from '../text/tokens';

/**
 * Sentence salience: a position prior (news and most expository text put the gist first)
 * times a bonus for centrality (how many other sentences share the sentence's words, as in
 * PacSum's position-aware centrality, Zheng & Lapata 2019) and similarity to the title.
 * Constants are few, round and documented; none is fitted to single articles.
 */

/** The first PLATEAU candidates share the top prior: on news the gist spans sentences 1–3. */
const PLATEAU = 3;
/** Weight of centrality relative to the position prior. */
const CENTRALITY_WEIGHT = 0.5;
/** Weight of title similarity (cosine of term sets, 0–1). */
const TITLE_WEIGHT = 0.5;

export interface ScoredSentence {
  /** Index into the candidate list. */
  index: number;
  terms: string[];
  score: number;
}

/** Position prior: 1 on the plateau, then falling as 1 / position. */
export function positionPrior(index: number): number {
  return index < PLATEAU ? 1 : PLATEAU / (index + 1);
}

/** Cosine similarity of two term sets. */
export function termSimilarity(
  a: readonly string[],
  b: ReadonlySet<string> | readonly string[],
): number {
  const set = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b as readonly string[]);
  if (a.length === 0 || set.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (set.has(t)) shared++;
  return shared / Math.sqrt(a.length * set.size);
}

/** Scores candidates (texts in document order). Linear in the number of words. */
export function scoreSentences(
  texts: readonly string[],
  lang: string,
  title = '',
): ScoredSentence[] {
  const terms = texts.map((t) => contentTerms(t, lang));
  const sentenceFrequency = new Map<string, number>();
  for (const ts of terms)
    for (const t of ts) sentenceFrequency.set(t, (sentenceFrequency.get(t) ?? 0) + 1);
  // Centrality: per term, how many *other* sentences contain it, averaged over the sentence's
  // terms and scaled by ln(n) so that it means the same in short and long texts.
  const scale = Math.log(texts.length + 1);
  const titleTerms = new Set(contentTerms(title, lang));
  return terms.map((ts, index) => {
    let shared = 0;
    for (const t of ts) shared += (sentenceFrequency.get(t) ?? 1) - 1;
    const centrality = ts.length ? shared / ts.length / scale : 0;
    const titleSimilarity = titleTerms.size ? termSimilarity(ts, titleTerms) : 0;
    const score =
      positionPrior(index) * (1 + CENTRALITY_WEIGHT * centrality + TITLE_WEIGHT * titleSimilarity);
    return { index, terms: ts, score };
  });
}
