import { contentTerms } from '../text/tokens';

/**
 * Sentence salience: a position prior (news puts the gist first) times a bonus for centrality
 * (how many other sentences share the sentence's words; position-aware centrality in the spirit
 * of PacSum, Zheng & Lapata 2019) and for similarity to the title. Constants are few, round and
 * documented; none is fitted to single articles.
 */

/** The first PLATEAU candidates share the top prior: on news the gist spans sentences 1–3. */
const PLATEAU = 3;
/** Weight of centrality relative to the position prior. */
const CENTRALITY_WEIGHT = 0.5;
/** Weight of title similarity (cosine of term sets, 0–1). */
const TITLE_WEIGHT = 0.5;
/**
 * A text "has a lead" when at least this share of its first sentence's content words come back
 * later: a news lead announces what the rest develops. Without a lead (a feature that opens with
 * a scene or a detail) position says little and centrality alone ranks.
 */
const LEAD_RECURRENCE = 0.4;

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
export function termSimilarity(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.sqrt(a.length * b.size);
}

/**
 * Share of the first sentence's terms that occur again in a later sentence (`frequency`: in how
 * many sentences each term occurs; terms are distinct within a sentence).
 */
export function leadRecurrence(
  lead: readonly string[],
  frequency: ReadonlyMap<string, number>,
): number {
  if (lead.length === 0) return 0;
  return lead.filter((t) => (frequency.get(t) ?? 0) > 1).length / lead.length;
}

/** Scores candidates (texts in document order). Linear in the number of words. */
export function scoreSentences(
  texts: readonly string[],
  lang: string,
  title = '',
): ScoredSentence[] {
  const terms = texts.map((t) => contentTerms(t, lang));
  const sentenceFrequency = new Map<string, number>();
  for (const ts of terms) {
    for (const t of ts) sentenceFrequency.set(t, (sentenceFrequency.get(t) ?? 0) + 1);
  }
  // Centrality: how many *other* sentences share each term, summed over the sentence's terms and
  // divided by √(terms) — between a sum (favours long sentences) and a mean (favours short ones)
  // — and by ln(n), so that it means the same in short and long texts.
  const scale = Math.log(texts.length + 1);
  const hasLead = leadRecurrence(terms[0] ?? [], sentenceFrequency) >= LEAD_RECURRENCE;
  const titleTerms = new Set(contentTerms(title, lang));
  return terms.map((ts, index) => {
    let shared = 0;
    for (const t of ts) shared += (sentenceFrequency.get(t) ?? 1) - 1;
    const centrality = ts.length ? shared / Math.sqrt(ts.length) / scale : 0;
    const titleSimilarity = termSimilarity(ts, titleTerms);
    const prior = hasLead ? positionPrior(index) : 1;
    const score = prior * (1 + CENTRALITY_WEIGHT * centrality + TITLE_WEIGHT * titleSimilarity);
    return { index, terms: ts, score };
  });
}
