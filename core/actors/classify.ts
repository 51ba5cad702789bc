/**
 * Types one candidate from what it says by itself and what stands around it: word lists, name
 * endings ("Corp", "FC", "Square"), a title before it, a first name, an acronym, a verb of saying
 * after it. Undecided candidates are settled later against the rest of the document (resolve.ts).
 */
import type { ActorType } from '../types';
import type { Candidate } from './candidates';
import type { Lexicon } from './lexicon';
import { joinWords, type Token } from './tokens';

export interface Typed {
  type: ActorType | null;
  /** True when the evidence is strong enough to teach the rest of the document. */
  sure: boolean;
  /** A default from the name's shape alone, no cue around it: the weakest evidence. */
  guess?: boolean;
}

const SAY_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'asked',
  'wrote',
  'stated',
  'explained',
  'noted',
  'insisted',
]);
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'outside',
  'inside',
  'towards',
]);
const PLACE_HEADS = new Set([
  'republic',
  'kingdom',
  'state',
  'states',
  'isle',
  'gulf',
  'bay',
  'sea',
  'lake',
  'cape',
  'mount',
  'port',
  'fort',
  'city',
  'province',
  'county',
]);

/** Lowercase nouns that introduce an organisation's name; the word lists add more. */
const ORG_NOUNS = new Set(
  'company|firm|maker|makers|manufacturer|producer|carrier|airline|bank|insurer|retailer|broker|brokerage|newspaper|daily|weekly|agency|club|side|team|outfit|group|conglomerate|giant|subsidiary|unit|operator|distributor|supplier|developer|publisher|network|broadcaster|chain|rival|rivals|champions|opponents|partner'.split(
    '|',
  ),
);

/** Nouns that follow a company's or club's name: "Magna shares", "Cofinec CEO", "Ajax coach". */
const TEAM_ROLES = new Set([
  'coach',
  'manager',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'captain',
]);
const ORG_FOLLOWERS = new Set([
  ...TEAM_ROLES,
  ...'shares|stock|stocks|shareholders|stockholders|profit|profits|earnings|revenue|revenues|sales|board|unit|units|subsidiary|subsidiaries|ceo|cfo|coo|chairman|executives|employees|workers|plant|plants|factory|factories|headquarters|products|brand|brands|results|gdrs|bonds|debt'.split(
    '|',
  ),
]);

export function nameKey(tokens: readonly Token[]): string {
  return joinWords(tokens, 'lower');
}

function isAcronym(t: Token): boolean {
  return !t.capsLine && (t.allCaps || /^(?:\p{Lu}\.){2,}$/u.test(t.text)) && t.text.length <= 8;
}

export function classify(lex: Lexicon, c: Candidate, tokens: readonly Token[]): Typed {
  const key = nameKey(c.tokens);
  const first = c.tokens[0] as Token;
  const last = c.tokens[c.tokens.length - 1] as Token;
  const multi = c.tokens.length > 1;
  const canonical = lex.canonical.get(key);
  if (canonical) return { type: canonical.type, sure: true };
  if (lex.organizations.has(key)) return { type: 'organization', sure: true };
  if (lex.places.has(key)) return { type: 'place', sure: true };
  if (lex.people.has(key)) return { type: 'person', sure: true };
  if (multi && (lex.orgSuffixes.has(last.lower) || lex.orgWords.has(last.lower))) {
    return { type: 'organization', sure: true };
  }
  if (multi && (lex.placeWords.has(last.lower) || PLACE_HEADS.has(first.lower)))
    return { type: 'place', sure: true };
  const of = c.tokens.findIndex((t) => t.lower === 'of' || t.lower === 'for');
  if (of > 0) {
    const head = (c.tokens[of - 1] as Token).lower;
    if (lex.orgWords.has(head) || lex.orgSuffixes.has(head))
      return { type: 'organization', sure: true };
    if (lex.placeWords.has(head) || PLACE_HEADS.has(head)) return { type: 'place', sure: true };
  }
  if (c.personCue) return { type: 'person', sure: true };
  // A common noun right before the name says what it is: "striker Rotor", "tyre maker Pirelli".
  const before = tokens[c.first - 1];
  if (before && !before.cap && before.word) {
    if (lex.roleNouns.has(before.lower)) return { type: 'person', sure: false };
    if (ORG_NOUNS.has(before.lower) || lex.orgWords.has(before.lower))
      return { type: 'organization', sure: false };
  }
  // "Procter & Gamble", "Douglas & Lomason": an ampersand joins partners in a firm's name.
  if (c.tokens.some((t) => t.text === '&')) return { type: 'organization', sure: true };
  // What follows says it is a firm or a club: "Magna shares", "Cofinec CEO", "Ajax coach".
  const after = tokens[c.first + c.tokens.length];
  if (after?.word && (!after.cap || after.allCaps) && !last.possessive) {
    if (ORG_FOLLOWERS.has(after.lower)) return { type: 'organization', sure: false };
  }
  if (
    after?.word &&
    last.possessive &&
    ORG_FOLLOWERS.has(after.lower) &&
    !TEAM_ROLES.has(after.lower)
  )
    return { type: 'organization', sure: false };
  if (multi && (lex.firstNames.has(first.lower) || /^\p{Lu}\.$/u.test(first.text)))
    return { type: 'person', sure: true };
  if (multi && lex.lastNames.has(last.lower)) return { type: 'person', sure: true };
  if (lex.towns.has(key)) return { type: 'place', sure: true };
  if (!multi && isAcronym(first)) return { type: 'organization', sure: false };
  const next = tokens[c.first + c.tokens.length];
  const prev = tokens[c.first - 1];
  if (multi && next && SAY_VERBS.has(next.lower)) return { type: 'person', sure: true };
  // People are rarely named after places; clubs and companies often are ("Dynamo Moscow").
  const hasPlace = c.tokens.some(
    (t) =>
      (lex.places.has(t.lower) || lex.towns.has(t.lower)) &&
      !lex.firstNames.has(t.lower) &&
      !lex.lastNames.has(t.lower),
  );
  // Capitalised ordinary words with no other sign ("Deferred Action", "Lawful Permanent
  // Residents") name programmes, laws and events more often than actors.
  if (multi && c.tokens.every((t) => lex.common.has(t.lower) && !lex.firstNames.has(t.lower)))
    return { type: null, sure: false };
  if (multi) return { type: hasPlace ? 'organization' : 'person', sure: false, guess: true };
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && !prev.cap)
    return { type: 'place', sure: false, guess: true };
  if (lex.firstNames.has(first.lower) || lex.lastNames.has(first.lower))
    return { type: 'person', sure: false, guess: true };
  return { type: null, sure: false };
}
