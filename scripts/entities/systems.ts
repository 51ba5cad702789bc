/**
 * The systems under evaluation, each turning a document's text into typed character spans and
 * ranked actors:
 * core/actors (fed a SourceText and the shared sentence splitter, timed on its own) and plain
 * compromise 14.17.0 (people / organizations / places, spans trimmed as BASELINES.md §3 says).
 */
import nlp from 'compromise';
import { findActors } from '../../core/actors';
import { fromPlainText } from '../../core/text/source-text';
import { splitSentences } from '../../core/text/sentences';
import type { ActorType } from '../../core/types';
import type { EntitySpan } from './conll';
import { normalizeName, type RankedActor, type ScoredType as ScoredTypeName } from './score';

export interface SystemRun {
  spans: EntitySpan[];
  /** The system's actors, most salient first. */
  actors: RankedActor[];
  /** Milliseconds spent in the system itself. */
  ms: number;
  /** Milliseconds of shared text analysis (SourceText + sentences) before it, if any. */
  sharedMs: number;
}

/** Scored types of the actor types; an actor of any other type is not scored by type. */
const ACTOR_TYPE: Partial<Record<ActorType, ScoredTypeName>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
};

export function runActors(text: string, lang = 'en'): SystemRun {
  const t0 = performance.now();
  const source = fromPlainText(text);
  const sentences = splitSentences(source, lang);
  const t1 = performance.now();
  const found = findActors(source, sentences, { lang });
  const t2 = performance.now();
  const spans: EntitySpan[] = [];
  for (const a of found) {
    const type = ACTOR_TYPE[a.type];
    if (type) for (const m of a.mentions) spans.push({ start: m.start, end: m.end, type });
  }
  const actors = found.map((a) => ({
    names: [a.name, ...a.aliases],
    type: ACTOR_TYPE[a.type] ?? null,
  }));
  return { spans, actors, ms: t2 - t1, sharedMs: t1 - t0 };
}

const TRIM_START = /^[\s\p{P}]+/u;
const TRIM_END = /(?:[\s\p{P}]|['’]s\b)+$/u;

interface CompromiseTerm {
  offset: { start: number; length: number };
}

function compromiseSpans(json: CompromiseTerm[], text: string, type: ScoredTypeName): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of json) {
    let start = m.offset.start;
    let end = start + m.offset.length;
    const slice = text.slice(start, end);
    start += slice.length - slice.replace(TRIM_START, '').length;
    end -= slice.length - slice.replace(TRIM_END, '').length;
    if (end > start) out.push({ start, end, type });
  }
  return out;
}

export function runCompromise(text: string): SystemRun {
  const t0 = performance.now();
  const doc = nlp(text);
  const people = doc.people().json({ offset: true }) as CompromiseTerm[];
  const orgs = doc.organizations().json({ offset: true }) as CompromiseTerm[];
  const places = doc.places().json({ offset: true }) as CompromiseTerm[];
  const ms = performance.now() - t0;
  const spans = [
    ...compromiseSpans(people, text, 'PER'),
    ...compromiseSpans(orgs, text, 'ORG'),
    ...compromiseSpans(places, text, 'LOC'),
  ];
  return { spans, actors: rankByMentions(text, spans), ms, sharedMs: 0 };
}

/**
 * compromise gives mentions, not actors: one actor per distinct name (compared as the key-actor
 * measures compare names), typed by its most frequent type, ranked by mentions, then by first
 * position.
 */
export function rankByMentions(text: string, spans: readonly EntitySpan[]): RankedActor[] {
  const byName = new Map<
    string,
    { names: Set<string>; types: Map<ScoredTypeName, number>; n: number; first: number }
  >();
  for (const e of spans) {
    if (e.type === 'MISC') continue;
    const surface = text.slice(e.start, e.end);
    const key = normalizeName(surface);
    const a = byName.get(key) ?? {
      names: new Set<string>(),
      types: new Map(),
      n: 0,
      first: e.start,
    };
    a.names.add(surface);
    a.types.set(e.type, (a.types.get(e.type) ?? 0) + 1);
    a.n++;
    a.first = Math.min(a.first, e.start);
    byName.set(key, a);
  }
  return [...byName.values()]
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .map((a) => ({
      names: [...a.names],
      type: [...a.types].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null,
    }));
}
