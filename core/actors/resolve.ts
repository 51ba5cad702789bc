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
import { isSportsDocument, standsAsLocation } from './sports';
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

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across']);

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
  text: string,
  /** Keep only names the lists or a clear cue vouch for (text not in English). */
  vouchedOnly = false,
): Mention[] {
  const sports = isSportsDocument(tokens);
  const typed: Typed[] = candidates.map((c) => classify(lex, c, tokens));
  const sure: Votes = new Map();
  // Cues around some mentions ("giant Pirelli", "Pirelli shares") settle the bare others.
  const hints: Votes = new Map();
  // Words of full person names: from sure names (which may override a listed place: "Jordan"
  // after "Michael Jordan") and from guessed ones (which only fill in an unknown).
  const personParts = new Set<string>();
  const guessedParts = new Set<string>();
  const orgHeads = new Set<string>();
  candidates.forEach((c, i) => {
    const t = typed[i] as Typed;
    if (!t.type) return;
    const key = nameKey(c.tokens);
    if (t.sure) vote(sure, key, t.type);
    else if (!t.guess) vote(hints, key, t.type);
    if (c.tokens.length < 2) return;
    if (t.type === 'person') {
      for (const tok of c.tokens) {
        if (lex.particles.has(tok.lower)) continue;
        (t.sure ? personParts : guessedParts).add(tok.lower);
      }
    }
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
    const prev = tokens[c.first - 1];
    // "in Jordan" keeps a listed place a place even when a Jordan is named in the story.
    const listedPlace = lex.places.has(key) || lex.towns.has(key);
    const located = listedPlace && !!prev && PLACE_PREPOSITIONS.has(prev.text);
    let type: ActorType | null = winner(sure, key);
    if (vouchedOnly && !type) return;
    // "Jordan" after "Michael Jordan" is the man, unless the text says "in Jordan".
    if (single && personParts.has(key) && !located && type !== 'person') type = 'person';
    if (!type && single && orgHeads.has(key)) type = 'organization';
    type ??= winner(hints, key);
    if (!type && single && guessedParts.has(key)) type = 'person';
    if (!type && single && lex.common.has(key)) return;
    // In sports news a lone unknown name followed by a score or a table row is a team.
    if (!type && single && sports && /^\d/.test(tokens[c.first + 1]?.text ?? ''))
      type = 'organization';
    type ??= local.type;
    if (!type) return;
    const isTown = type === 'place' && !lex.countries.has(key) && !lex.canonical.has(key);
    if (sports && isTown && !standsAsLocation(tokens, c.first, c.tokens.length, text))
      type = 'organization';
    const first = c.tokens[0] as Token;
    const last = c.tokens[c.tokens.length - 1] as Token;
    out.push({ tokens: c.tokens, key, type, start: first.start, end: last.end, first: c.first });
  });
  return out;
}
