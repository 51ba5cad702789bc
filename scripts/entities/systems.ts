/**
 * The systems under evaluation, each turning a document's text into typed character spans:
 * core/actors (fed a SourceText and the shared sentence splitter, timed on its own) and plain
 * compromise 14.17.0 (people / organizations / places, spans trimmed as BASELINES.md §3 says).
 */
import nlp from 'compromise';
import { findActors } from '../../core/actors';
import { fromPlainText } from '../../core/text/source-text';
import { splitSentences } from '../../core/text/sentences';
import type { ActorType } from '../../core/types';
import type { EntitySpan } from './conll';
import type { ScoredType as ScoredTypeName } from './score';

export interface SystemRun {
  spans: EntitySpan[];
  /** Milliseconds spent in the system itself. */
  ms: number;
  /** Milliseconds of shared text analysis (SourceText + sentences) before it, if any. */
  sharedMs: number;
}

const ACTOR_TYPE: Record<ActorType, ScoredTypeName> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
};

export function runActors(text: string): SystemRun {
  const t0 = performance.now();
  const source = fromPlainText(text);
  const sentences = splitSentences(source, 'en');
  const t1 = performance.now();
  const actors = findActors(source, sentences, { lang: 'en' });
  const t2 = performance.now();
  const spans = actors.flatMap((a) =>
    a.mentions.map((m) => ({ start: m.start, end: m.end, type: ACTOR_TYPE[a.type] })),
  );
  return { spans, ms: t2 - t1, sharedMs: t1 - t0 };
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
  return { spans, ms, sharedMs: 0 };
}
