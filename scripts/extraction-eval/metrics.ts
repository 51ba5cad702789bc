/**
 * Extraction metrics, as described in ../shared/eval/BASELINES.md section 4:
 * - the benchmark's shingle metric (scrapinghub/article-extraction-benchmark `evaluate.py`):
 *   4-gram shingles of `\w+` tokens, case kept; per page tp/fp/fn over shingle multisets,
 *   normalised to sum 1; precision and recall averaged over pages; F1 of the two means;
 * - a bag of lowercased `\w+` tokens: clipped multiset overlap, macro (mean of pages) and micro.
 */

/** Python's `\w` on str: Unicode letters, numbers and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function countsOf(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Shingles of n tokens; a text shorter than n is one shingle of all its tokens (as upstream). */
export function shingles(tokens: readonly string[], n = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length > 0) out.push(gram.join('\u0001'));
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function matchCounts(gold: Map<string, number>, pred: Map<string, number>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, p] of pred) {
    const g = gold.get(key) ?? 0;
    tp += Math.min(g, p);
    fp += Math.max(0, p - g);
  }
  for (const [key, g] of gold) fn += Math.max(0, g - (pred.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Per-page shingle tp/fp/fn, normalised to sum 1 so that long pages weigh no more. */
export function shingleCounts(gold: string, pred: string): Counts {
  const c = matchCounts(countsOf(shingles(tokenize(gold))), countsOf(shingles(tokenize(pred))));
  const sum = c.tp + c.fp + c.fn;
  return sum > 0 ? { tp: c.tp / sum, fp: c.fp / sum, fn: c.fn / sum } : c;
}

function precisionOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** The benchmark's aggregate: pages without predicted (gold) shingles are left out of P (R). */
export function shingleAggregate(pages: readonly Counts[]): PRF {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** One page's shingle P/R/F1 (for ranking pages; same edge cases as the aggregate). */
export function shinglePage(c: Counts): PRF {
  const precision = precisionOf(c);
  const recall = recallOf(c);
  return { precision, recall, f1: f1Of(precision, recall) };
}

export interface BagCounts {
  overlap: number;
  predicted: number;
  gold: number;
}

export function tokenBagCounts(gold: string, pred: string): BagCounts {
  const g = countsOf(tokenize(gold.toLowerCase()));
  const p = countsOf(tokenize(pred.toLowerCase()));
  let overlap = 0;
  for (const [key, n] of p) overlap += Math.min(n, g.get(key) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { overlap, predicted: total(p), gold: total(g) };
}

export function tokenBagPage({ overlap, predicted, gold }: BagCounts): PRF {
  const precision = predicted ? overlap / predicted : 0;
  const recall = gold ? overlap / gold : 0;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Macro: mean of per-page P, R and F1 (a page with no output scores 0). */
export function tokenBagMacro(pages: readonly BagCounts[]): PRF {
  const per = pages.map(tokenBagPage);
  return {
    precision: mean(per.map((p) => p.precision)),
    recall: mean(per.map((p) => p.recall)),
    f1: mean(per.map((p) => p.f1)),
  };
}

/** Micro: pooled counts over all pages. */
export function tokenBagMicro(pages: readonly BagCounts[]): PRF {
  const sum = (k: keyof BagCounts) => pages.reduce((a, c) => a + c[k], 0);
  return tokenBagPage({ overlap: sum('overlap'), predicted: sum('predicted'), gold: sum('gold') });
}

/** Exact token-sequence match (the benchmark's "accuracy"). */
export function exactMatch(gold: string, pred: string): boolean {
  const g = tokenize(gold);
  const p = tokenize(pred);
  return g.length === p.length && g.every((t, i) => t === p[i]);
}
