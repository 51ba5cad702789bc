/**
 * Finds the stretches of text that may name an actor: runs of capitalised words (with particles
 * such as "of", "van", "&" inside), cut at titles ("President"), nationality words ("Russian"),
 * dates and sentence-opening common words. Typing happens later (classify.ts).
 */
import type { Lexicon } from './lexicon';
import { joinWords, type Token } from './tokens';

export interface Candidate {
  tokens: Token[];
  /** Index of the first token in the document's token array. */
  first: number;
  /** A person's title or role stood right before the name ("Minister", "Mr."). */
  personCue: boolean;
}

/** Words that never start a name even when capitalised at a sentence start. */
/** Letters written after a name: honours, offices, degrees. */
const POSTNOMINALS = new Set([
  'qc',
  'kc',
  'mp',
  'mep',
  'msp',
  'mla',
  'obe',
  'mbe',
  'cbe',
  'kbe',
  'phd',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
]);

export function isListedName(lex: Lexicon, lower: string): boolean {
  return (
    lex.places.has(lower) ||
    lex.towns.has(lower) ||
    lex.organizations.has(lower) ||
    lex.firstNames.has(lower) ||
    lex.lastNames.has(lower) ||
    lex.canonical.has(lower)
  );
}

/** Words after which "of" or "for" continue a name: "Bank of", "House of", "Institute for". */
function isHeadWord(lex: Lexicon, lower: string): boolean {
  return (
    lex.orgWords.has(lower) ||
    lex.orgSuffixes.has(lower) ||
    lex.placeWords.has(lower) ||
    HEAD_WORDS.has(lower)
  );
}

const HEAD_WORDS = new Set(
  'house|republic|kingdom|state|states|isle|isles|gulf|bay|sea|cape|duke|duchess|earl|prince|princess|king|queen|lord|lady|center|centre|museum|campaign|society|office|department|director|secretary|minister|chamber|bureau|school|academy|order|federation|confederation|league'.split(
    '|',
  ),
);

/** Function words are not part of names even when capitalised: "Earth As", "Putin In". */
const FUNCTION_WORDS = new Set(
  'as|and|or|but|if|so|in|on|at|by|with|to|from|into|is|was|are|were|be|been|has|have|had|it|its|he|she|they|we|i|you|this|that|these|those|not|no|who|what|when|where|why|how|after|before|while|than|then'.split(
    '|',
  ),
);

function isNameWord(lex: Lexicon, t: Token | undefined): boolean {
  if (!t?.word) return false;
  if (FUNCTION_WORDS.has(t.lower) && !t.capsLine) return false;
  if (t.capsLine)
    return isListedName(lex, t.lower) || (t.text.length > 3 && !lex.common.has(t.lower));
  return t.cap;
}

/** How many tokens from i form a listed multi-word name ("NEW YORK", "ST LOUIS"), or 0. */
function listedPhraseAt(lex: Lexicon, tokens: readonly Token[], i: number): number {
  let key = (tokens[i] as Token).lower;
  for (let n = 2; n <= 3; n++) {
    const t = tokens[i + n - 1];
    if (!t?.word || !t.joined) return 0;
    key += ' ' + t.lower;
    if (isListedName(lex, key)) return n;
  }
  return 0;
}

/** "Polish", "Japanese", "Brazilian": nationality words the lists may lack. */
function looksLikeDemonym(lex: Lexicon, t: Token): boolean {
  return /(?:ish|ese|ian)$/.test(t.lower) && !isListedName(lex, t.lower) && t.lower.length > 5;
}

function isTitle(lex: Lexicon, t: Token): boolean {
  return lex.personTitles.has(t.lower) || lex.roleNouns.has(t.lower);
}

function isDemonym(lex: Lexicon, t: Token): boolean {
  return lex.demonyms.has(t.lower) || looksLikeDemonym(lex, t);
}

const DATE_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function isDate(t: Token): boolean {
  return DATE_WORD.test(t.lower);
}

/** Maximal runs of name words joined by single spaces, with particles allowed between them. */
function runs(lex: Lexicon, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = tokens[i]?.capsLine ? listedPhraseAt(lex, tokens, i) : 0;
    if (!phrase && !isNameWord(lex, tokens[i])) {
      i++;
      continue;
    }
    let j = i + Math.max(1, phrase);
    while (j < tokens.length && !tokens[j - 1]?.possessive) {
      const t = tokens[j] as Token;
      if (!t.joined) break;
      if (isNameWord(lex, t)) {
        j++;
        continue;
      }
      const inner = t.capsLine ? listedPhraseAt(lex, tokens, j) : 0;
      if (inner) {
        j += inner;
        continue;
      }
      // "Bank of England", "Center for Immigration Studies", "Procter & Gamble", "Vincent van
      // Gogh". "of" and "for" only after an institution's or a place's head word: "Thabo
      // Sefolosha of the Atlanta Hawks" is two names.
      const linking = t.lower === 'of' || t.lower === 'for';
      const head = (tokens[j - 1] as Token).lower;
      const particle = linking
        ? isHeadWord(lex, head)
        : lex.particles.has(t.lower) || t.text === '&';
      let k = j + 1;
      if (linking && tokens[k]?.lower === 'the' && tokens[k]?.joined) k++;
      const next = tokens[k];
      if (particle && !t.cap && next?.joined && isNameWord(lex, next)) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

function dropLeading(lex: Lexicon, toks: Token[]): Token[] {
  let s = 0;
  while (s < toks.length) {
    const t = toks[s] as Token;
    const next = toks[s + 1];
    const opensListed = !!next && isListedName(lex, `${t.lower} ${next.lower}`);
    const sentenceWord =
      t.atStart && lex.common.has(t.lower) && !isListedName(lex, t.lower) && !opensListed;
    const modifier = lex.titleModifiers.has(t.lower) || isTitle(lex, t);
    const drop = DETERMINERS.has(t.lower) || sentenceWord || modifier || lex.particles.has(t.lower);
    if (drop && !opensListed) s++;
    else break;
  }
  let e = toks.length;
  // Trailing particles and letters after a name ("Eleanor Laws QC", "Jesse Norman MP").
  while (e > s) {
    const t = (toks[e - 1] as Token).lower;
    if (lex.particles.has(t) || DETERMINERS.has(t) || POSTNOMINALS.has(t)) e--;
    else break;
  }
  return toks.slice(s, e);
}

/**
 * "Public Prosecutions Alison Saunders": words that are no names, then a first name, then more.
 * The person starts at the first name; the words before it belong to a title.
 */
function personInside(lex: Lexicon, toks: readonly Token[]): number {
  const notName = (b: Token): boolean =>
    lex.particles.has(b.lower) ||
    (!isListedName(lex, b.lower) && !lex.people.has(b.lower) && !b.allCaps);
  // Every word before the first name must be no name: one pass, not one per first name.
  for (let k = 1; k < toks.length - 1 && notName(toks[k - 1] as Token); k++) {
    const t = toks[k] as Token;
    if (lex.firstNames.has(t.lower) && !lex.common.has(t.lower)) return k;
  }
  return 0;
}

function wholeRunIsName(lex: Lexicon, toks: readonly Token[]): boolean {
  const key = joinWords(toks, 'lower');
  const last = toks[toks.length - 1];
  if (
    lex.places.has(key) ||
    lex.organizations.has(key) ||
    lex.people.has(key) ||
    lex.canonical.has(key)
  )
    return true;
  return (
    toks.length >= 2 && !!last && (lex.orgSuffixes.has(last.lower) || lex.orgWords.has(last.lower))
  );
}

/** Cuts one run into candidate names. */
function segment(
  lex: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  out: Candidate[],
): void {
  let lead = from;
  while (lead < to && DETERMINERS.has((tokens[lead] as Token).lower)) lead++;
  const run = tokens.slice(lead, to);
  // Where each token stands in the run (a search per name made a long run quadratic).
  const place = new Map(run.map((t, k) => [t, k]));
  const emit = (toks: Token[], personCue: boolean, trim = true): void => {
    let kept = trim ? dropLeading(lex, toks) : toks;
    const person = trim ? personInside(lex, kept) : 0;
    if (person) [kept, personCue] = [kept.slice(person), true];
    const first = kept[0];
    if (kept.length === 1 && first && first.text.replace(/\./g, '').length < 2) return;
    if (first) out.push({ tokens: kept, first: lead + (place.get(first) ?? -1), personCue });
  };
  if (wholeRunIsName(lex, run)) return emit(run, false, false);
  // "U.S. Open", "Fed Cup", "Labor Day": events, not actors.
  const tail = run[run.length - 1];
  if (run.length > 1 && tail && lex.eventWords.has(tail.lower)) return;
  const trimmed = dropLeading(lex, run);
  if (trimmed.length && wholeRunIsName(lex, trimmed)) return emit(trimmed, false, false);

  let cur: Token[] = [];
  let cue = false;
  run.forEach((t, k) => {
    const last = k === run.length - 1;
    if (isDate(t)) {
      emit(cur, cue);
      cur = [];
      cue = false;
    } else if (isDemonym(lex, t)) {
      // "North Korean" and "Russian" are nationalities, not actors.
      if (!cur.every((c) => lex.common.has(c.lower))) emit(cur, cue);
      cur = [];
      cue = false;
    } else if (isTitle(lex, t) && !last) {
      emit(
        cur.filter((c) => !lex.titleModifiers.has(c.lower)),
        false,
      );
      cur = [];
      cue = true;
    } else cur.push(t);
  });
  emit(cur, cue);
}

export function findCandidates(lex: Lexicon, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [from, to] of runs(lex, tokens)) segment(lex, tokens, from, to, out);
  return out;
}
