/**
 * Entity scores as ../shared/eval/entities-news/SOURCE.md defines them for every news set of the
 * project (and BASELINES.md §3 for CoNLL): strict span match per type, after trimming leading and
 * trailing punctuation and a final possessive 's from both sides (the final period of initials
 * such as "U.S." kept); per-document unique names per type; and the key-actor measures of the
 * system's first ten actors (recall@10, typed recall@10, junk@10). Micro-averaged over the
 * file. MISC is not scored: a prediction that lands on a MISC entity or on no entity counts as a
 * false positive.
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

const TRIMMED = /[\s\p{P}]/u;
/** The last word before a final full stop is one letter: "U.S.", "J." (initials keep it). */
const INITIAL_BEFORE_STOP = /(?:^|[\s.])\p{L}\.$/u;

/**
 * The span without leading and trailing punctuation or white space and without a final
 * possessive "'s" / "’s"; a final period after initials ("U.S.") is kept.
 */
export function trimSpan(text: string, span: EntitySpan): EntitySpan {
  let { start, end } = span;
  while (start < end && TRIMMED.test(text[start] ?? '')) start++;
  for (let changed = true; changed && end > start;) {
    changed = false;
    const last2 = text.slice(end - 2, end);
    if (end - start > 2 && /^['’][sS]$/.test(last2)) {
      end -= 2;
      changed = true;
    }
    while (end > start && TRIMMED.test(text[end - 1] ?? '')) {
      if (text[end - 1] === '.' && INITIAL_BEFORE_STOP.test(text.slice(start, end))) break;
      end--;
      changed = true;
    }
  }
  return { start, end, type: span.type };
}

/** Adds one document's strict-span counts; duplicate predictions of one span count once. */
export function tallyStrict(
  tally: Tally,
  text: string,
  goldSpans: readonly EntitySpan[],
  predictedSpans: readonly EntitySpan[],
): void {
  const gold = goldSpans.map((e) => trimSpan(text, e));
  const predicted = predictedSpans.map((e) => trimSpan(text, e)).filter((e) => e.end > e.start);
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

/** One of a system's ranked actors: every name and alias it shows, and its type if scored. */
export interface RankedActor {
  names: readonly string[];
  /** null: a type that is not scored (an "other names" actor). */
  type: ScoredType | null;
}

export interface KeyActorCounts {
  /** Gold names occurring at least twice, summed over documents (R). */
  relevant: number;
  /** Of those, found among the names and aliases of the first ten actors. */
  found: number;
  /** Found, and the actor holding the name has the name's gold type. */
  foundTyped: number;
  /** Actors looked at: min(10, actors) per document. */
  top: number;
  /** Of those, actors none of whose names is a gold PER / ORG / LOC name of the document. */
  junk: number;
  /** Of those, actors of no scored type (shown as "other names"). */
  untyped: number;
}

export interface KeyActorScores {
  recall10: number;
  typedRecall10: number;
  junk10: number;
  /** Share of the first ten actors with no scored type. */
  untyped10: number;
}

export const KEY_ACTORS = 10;

export function emptyKeyCounts(): KeyActorCounts {
  return { relevant: 0, found: 0, foundTyped: 0, top: 0, junk: 0, untyped: 0 };
}

export function keyScores(c: KeyActorCounts): KeyActorScores {
  const pct = (n: number, d: number): number => (d ? (100 * n) / d : 0);
  return {
    recall10: pct(c.found, c.relevant),
    typedRecall10: pct(c.foundTyped, c.relevant),
    junk10: pct(c.junk, c.top),
    untyped10: pct(c.untyped, c.top),
  };
}

/**
 * A name as the key-actor measures compare it: case-folded, trimmed as strict spans are, without
 * a leading "the" and a final possessive "'s".
 */
export function normalizeName(name: string): string {
  const span = trimSpan(name, { start: 0, end: name.length, type: 'PER' });
  let n = name.slice(span.start, span.end).toLowerCase().replace(/\s+/g, ' ');
  n = n.replace(/^the /, '');
  return n;
}

/** Adds one document's key-actor counts for a system's ranked actors. */
export function tallyKeyActors(
  counts: KeyActorCounts,
  text: string,
  gold: readonly EntitySpan[],
  actors: readonly RankedActor[],
): void {
  const mentions = new Map<string, number>();
  const goldTypes = new Map<string, Set<ScoredType>>();
  for (const e of gold) {
    if (!isScored(e.type)) continue;
    const name = normalizeName(text.slice(e.start, e.end));
    if (!name) continue;
    mentions.set(name, (mentions.get(name) ?? 0) + 1);
    const types = goldTypes.get(name) ?? new Set<ScoredType>();
    types.add(e.type);
    goldTypes.set(name, types);
  }
  const top = actors.slice(0, KEY_ACTORS).map((a) => ({
    names: new Set(a.names.map(normalizeName)),
    type: a.type,
  }));
  for (const [name, n] of mentions) {
    if (n < 2) continue;
    counts.relevant++;
    const holders = top.filter((a) => a.names.has(name));
    if (holders.length) counts.found++;
    if (holders.some((a) => a.type && goldTypes.get(name)?.has(a.type))) counts.foundTyped++;
  }
  counts.top += top.length;
  for (const a of top) {
    if (![...a.names].some((n) => goldTypes.has(n))) counts.junk++;
    if (!a.type) counts.untyped++;
  }
}
