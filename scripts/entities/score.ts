/**
 * Entity scores as in ../shared/eval/BASELINES.md §3: strict span match per type (CoNLL-style) and
 * per-document unique names per type, micro-averaged over the file. MISC is not scored: a
 * prediction that lands on a MISC entity or on no entity counts as a false positive.
 */
import type { EntitySpan, EntityType } from './conll';

export const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];
export type ScoreKey = ScoredType | 'ALL';

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export type Tally = Record<ScoreKey, Counts>;

export function emptyTally(): Tally {
  const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });
  return { PER: zero(), ORG: zero(), LOC: zero(), ALL: zero() };
}

export function prf({ tp, predicted, gold }: Counts): PRF {
  const precision = predicted ? (100 * tp) / predicted : 0;
  const recall = gold ? (100 * tp) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function isScored(type: EntityType): type is ScoredType {
  return type !== 'MISC';
}

function add(tally: Tally, type: ScoredType, field: keyof Counts, n = 1): void {
  tally[type][field] += n;
  tally.ALL[field] += n;
}

/** Adds one document's strict-span counts; duplicate predictions of one span count once. */
export function tallyStrict(
  tally: Tally,
  gold: readonly EntitySpan[],
  predicted: readonly EntitySpan[],
): void {
  const key = (e: EntitySpan): string => `${e.type}:${e.start}:${e.end}`;
  const goldKeys = new Set(gold.filter((e) => isScored(e.type)).map(key));
  for (const e of gold) if (isScored(e.type)) add(tally, e.type, 'gold');
  const seen = new Set<string>();
  for (const e of predicted) {
    if (!isScored(e.type) || seen.has(key(e))) continue;
    seen.add(key(e));
    add(tally, e.type, 'predicted');
    if (goldKeys.has(key(e))) add(tally, e.type, 'tp');
  }
}

function uniqueNames(text: string, spans: readonly EntitySpan[]): Map<ScoredType, Set<string>> {
  const names = new Map<ScoredType, Set<string>>(SCORED_TYPES.map((t) => [t, new Set<string>()]));
  for (const e of spans) {
    if (isScored(e.type)) names.get(e.type)?.add(text.slice(e.start, e.end).toLowerCase());
  }
  return names;
}

/** Adds one document's distinct lowercased names per type, predicted against gold. */
export function tallyUnique(
  tally: Tally,
  text: string,
  gold: readonly EntitySpan[],
  predicted: readonly EntitySpan[],
): void {
  const goldNames = uniqueNames(text, gold);
  const predictedNames = uniqueNames(text, predicted);
  for (const type of SCORED_TYPES) {
    const g = goldNames.get(type) ?? new Set<string>();
    const p = predictedNames.get(type) ?? new Set<string>();
    add(tally, type, 'gold', g.size);
    add(tally, type, 'predicted', p.size);
    add(tally, type, 'tp', [...p].filter((n) => g.has(n)).length);
  }
}
