/**
 * Settles every candidate's type against the whole document: one name keeps one type (decided
 * by its sure mentions), a lone surname or given name takes the type of the full person name it
 * belongs to ("Cuttitta" after "Marcello Cuttitta"), a company's first word its company's type
 * ("Barrick" after "Barrick Gold Corp"). What stays unknown is dropped.
 */
import type { ActorType } from '../types';
import type { Candidate } from './candidates';
import { classify, nameKey, type Typed } from './classify';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

export interface Mention {
  tokens: Token[];
  /** Lowercase name as written (possessive removed). */
  key: string;
  type: ActorType;
  start: number;
  end: number;
  /** Index of the first token in the document's token array. */
  first: number;
}

type Votes = Map<string, Map<ActorType, number>>;

function vote(votes: Votes, key: string, type: ActorType): void {
  const byType = votes.get(key) ?? new Map<ActorType, number>();
  byType.set(type, (byType.get(type) ?? 0) + 1);
  votes.set(key, byType);
}

function winner(votes: Votes, key: string): ActorType | null {
  let best: ActorType | null = null;
  let n = 0;
  for (const [type, count] of votes.get(key) ?? []) {
    if (count > n) [best, n] = [type, count];
  }
  return best;
}

export function resolveDocument(
  lex: Lexicon,
  candidates: readonly Candidate[],
  tokens: readonly Token[],
): Mention[] {
  const typed: Typed[] = candidates.map((c) => classify(lex, c, tokens));
  const sure: Votes = new Map();
  const personParts = new Set<string>();
  const orgHeads = new Set<string>();
  candidates.forEach((c, i) => {
    const t = typed[i] as Typed;
    if (!t.type) return;
    const key = nameKey(c.tokens);
    if (t.sure) vote(sure, key, t.type);
    if (c.tokens.length < 2) return;
    if (t.type === 'person')
      for (const tok of c.tokens) if (!lex.particles.has(tok.lower)) personParts.add(tok.lower);
    const head = c.tokens[0] as Token;
    if (
      t.type === 'organization' &&
      t.sure &&
      !lex.places.has(head.lower) &&
      !lex.common.has(head.lower)
    )
      orgHeads.add(head.lower);
  });

  const out: Mention[] = [];
  candidates.forEach((c, i) => {
    const key = nameKey(c.tokens);
    const single = c.tokens.length === 1;
    const local = typed[i] as Typed;
    let type: ActorType | null = winner(sure, key);
    if (!type && single && personParts.has(key)) type = 'person';
    if (!type && single && orgHeads.has(key)) type = 'organization';
    if (!type && single && lex.common.has(key)) return;
    type ??= local.type;
    if (!type) return;
    const first = c.tokens[0] as Token;
    const last = c.tokens[c.tokens.length - 1] as Token;
    out.push({ tokens: c.tokens, key, type, start: first.start, end: last.end, first: c.first });
  });
  return out;
}
