import { contentTerms, countWords } from '../text/tokens';

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
/**
 * A one-sentence summary must carry the whole gist, so it is ranked by coverage of the text's
 * key terms instead: each shared term weighs (other sentences holding it)^KEY_TERM_POWER, so the
 * few terms the text keeps returning to (its main actor and event) dominate over incidental
 * overlap; the sum is divided by terms^COVERAGE_LENGTH_POWER, a milder length normalisation than
 * √ because a single sentence that says more is worth more. No position prior: a news lead wins
 * on coverage anyway, and texts without a usable lead are not pushed to their first lines.
 */
const KEY_TERM_POWER = 1.5;
const COVERAGE_LENGTH_POWER = 0.25;
/**
 * A one-sentence summary shorter than this many words is scaled down in proportion: too short to
 * state who did what (one-sentence news summaries run about 20–25 words).
 */
const SINGLE_MIN_WORDS = 15;

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
  /** Scoring for a one-sentence summary (key-term coverage, see KEY_TERM_POWER). */
  single = false,
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
  if (single) return coverageScores(texts, terms, sentenceFrequency, titleTerms);
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

/**
 * One-sentence scoring: coverage of the key terms (KEY_TERM_POWER), scaled down below
 * SINGLE_MIN_WORDS, plus title similarity.
 */
function coverageScores(
  texts: readonly string[],
  terms: readonly string[][],
  sentenceFrequency: ReadonlyMap<string, number>,
  titleTerms: ReadonlySet<string>,
): ScoredSentence[] {
  const weight = new Map<string, number>();
  for (const [t, n] of sentenceFrequency) weight.set(t, Math.pow(n - 1, KEY_TERM_POWER));
  const coverage = terms.map((ts, index) => {
    if (ts.length === 0) return 0;
    let sum = 0;
    for (const t of ts) sum += weight.get(t) ?? 0;
    const brevity = Math.min(1, countWords(texts[index] ?? '') / SINGLE_MIN_WORDS);
    return (brevity * sum) / Math.pow(ts.length, COVERAGE_LENGTH_POWER);
  });
  // Normalised to the best sentence so that the title bonus means the same in any text.
  const top = coverage.reduce((a, b) => Math.max(a, b), 0) || 1;
  return terms.map((ts, index) => ({
    index,
    terms: ts,
    score: (coverage[index] ?? 0) / top + TITLE_WEIGHT * termSimilarity(ts, titleTerms),
  }));
}
