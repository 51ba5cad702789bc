/**
 * From candidates to actors, over the whole document: every candidate's evidence (classify.ts)
 * is added up per name, names are grouped into actors (merge.ts), and each actor gets the one
 * type its names' evidence settles — or "other" where the evidence does not settle it, rather
 * than a guess. Names that are no actors (holidays, diseases, indicators, page furniture, the
 * site's own name) and names met only in datelines and credits (positions.ts) are left out.
 */
import type { ActorType } from '../types';
import {
  isListedName,
  LEGAL_FORMS,
  pluralAfterArticle,
  type Candidate,
  type Ordinary,
} from './candidates';
import {
  ACRONYM_SHAPE,
  afterPartyLetter,
  articleCue,
  contextEvidence,
  isAcronym,
  nameKey,
  ownEvidence,
  usedAsThing,
  namesAField,
} from './classify';
import type { LanguageEvidence } from './evidence';
import type { Lexicon } from './lexicon';
import { groupNames, type Name } from './merge';
import { citationLines, findBylines, lineStarts, positionOf, type Position } from './positions';
import { isSportsDocument, standsAsLocation } from './sports';
import type { Token } from './tokens';
import {
  addVotes,
  decide,
  KNOWN_TYPES,
  noVotes,
  SETTLES,
  total,
  type KnownType,
  type Votes,
} from './votes';

export interface Mention {
  tokens: Token[];
  /** Lowercase name as written (possessive removed). */
  key: string;
  start: number;
  end: number;
  /** Index of the first token in the document's token array. */
  first: number;
  position: Position;
}

export interface Group {
  type: ActorType;
  /** Forms as written, with how often each occurs. */
  forms: Map<string, number>;
  mentions: Mention[];
  /** Possessive forms as written ("Putin’s"): aliases a reader may look for, never the name. */
  possessives: Set<string>;
  /** Canonical name when a lexicon entry fixes it ("United States" for "US"). */
  fixedName?: string;
  /** The evidence for its type: the lists' and the cues' votes for it (0 when guessed). */
  support?: number;
}

export interface ResolveOptions {
  /** Keep only names the lists or a clear cue type (text not in English). */
  vouchedOnly?: boolean;
  /** The site's own names (og:site_name, the domain's name), never actors. */
  site?: readonly string[];
  /** The type of a name the cues leave undecided, in the page's language (evidence/*.ts). */
  guess?: LanguageEvidence['guess'];
  /** Ordinary words of the text (candidates.ts); the common-word list when absent. */
  ordinary?: Ordinary;
}

/** Undecided names mentioned this often are shown as "other names"; fewer are left out. */
const OTHER_MIN_MENTIONS = 2;

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Keys that name the site: its names squashed ("nytimes"), and their acronyms ("trd"). */
function siteKeys(site: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of site) {
    const words = s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (!words.length) continue;
    out.add(words.join(''));
    const content = words.filter((w) => w !== 'the' && w !== 'of' && w !== 'and');
    out.add(content.join(''));
    // "TRD" for The Real Deal, "NYT" for The New York Times.
    if (words.length >= 2) out.add(words.map((w) => w[0]).join(''));
    if (content.length >= 2) out.add(content.map((w) => w[0]).join(''));
  }
  return out;
}

/** At most this many places where the site's name stands in the text are looked at. */
const MAX_SITE_SPANS = 50;

/**
 * Where the text writes the site's name of several words ("tells The Hollywood Reporter"): a name
 * inside it ("Hollywood") is part of the site's name there, not a mention of its own.
 */
function siteSpans(site: readonly string[], text: string): [number, number][] {
  const spans: [number, number][] = [];
  const names = site
    .map((s) => s.toLowerCase())
    .filter((s) => /[\p{L}\p{N}]\s+[\p{L}\p{N}]/u.test(s));
  // Most site names are one word, and plain text has none: no lower-case copy of the text then.
  if (!names.length) return spans;
  const lower = text.toLowerCase();
  // Offsets into the lower-case copy are offsets into the text only when no letter changed length.
  if (lower.length !== text.length) return spans;
  for (const name of names) {
    for (let at = lower.indexOf(name); at >= 0 && spans.length < MAX_SITE_SPANS;) {
      const end = at + name.length;
      const bounded = !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1) + lower.charAt(end));
      if (bounded) spans.push([at, end]);
      at = lower.indexOf(name, end);
    }
  }
  return spans;
}

/** Acronyms defined right after a name: "Kenya Association of Manufacturers (KAM)". */
function definedAcronyms(
  candidates: readonly Candidate[],
  tokens: readonly Token[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const long = candidates[i] as Candidate;
    const short = candidates[i + 1] as Candidate;
    if (long.tokens.length < 2 || short.tokens.length !== 1) continue;
    const open = long.first + long.tokens.length;
    if (tokens[open]?.text !== '(' || short.first !== open + 1) continue;
    if (tokens[open + 2]?.text !== ')') continue;
    const acr = (short.tokens[0] as Token).text.replace(/\./g, '');
    const initial = (long.tokens[0] as Token).text[0]?.toUpperCase();
    if (acr.length < 2 || acr[0] !== initial || !/^\p{Lu}[\p{Lu}\d&-]*$/u.test(acr)) continue;
    out.set(acr.toLowerCase(), nameKey(long.tokens));
  }
  return out;
}

/** Quotes and brackets around an acronym where it is defined: ("CEP"). */
const AROUND_ACRONYM = new Set(['(', '"', '“', '”', "'", '‘', '’']);

/**
 * Acronyms the text uses for things, not actors: one it defines by ordinary words ("service
 * organization control (SOC)", "Customer Engagement Platform (“CEP”)", "a service life extension
 * program, or SLEP"), and one it writes with a plural "s" ("RESPs"). Returns their lower-case
 * keys, and the keys of the capitalised long forms.
 */
function termAcronyms(
  lex: Lexicon,
  ordinary: Ordinary,
  skipped: ReadonlySet<string>,
  tokens: readonly Token[],
): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || t.capsLine || t.text.length > 8) continue;
    // "RESPs": the plural of a common noun.
    if (/^\p{Lu}{2,}s$/u.test(t.text)) {
      out.add(t.lower.slice(0, -1));
      continue;
    }
    if (!/^\p{Lu}{2,6}$/u.test(t.text)) continue;
    // Back over "(", quotes, or ", or", to the words the acronym abbreviates.
    let k = i - 1;
    let opened = false;
    while (k > 0 && AROUND_ACRONYM.has((tokens[k] as Token).text)) [k, opened] = [k - 1, true];
    if (!opened && (tokens[k] as Token).lower === 'or') {
      k--;
      if ((tokens[k] as Token).text === ',') k--;
    } else if (!opened) continue;
    const letters = t.lower;
    const words: Token[] = [];
    let at = letters.length - 1;
    for (; k >= 0 && at >= 0 && words.length < 8; k--) {
      const w = tokens[k] as Token;
      if (!w.word) break;
      if (w.lower[0] === letters[at]) at--;
      else if (!skipped.has(w.lower)) break;
      words.unshift(w);
    }
    while (words.length && skipped.has((words[0] as Token).lower)) words.shift();
    if (at >= 0 || !words.length) continue;
    const content = words.filter((w) => !skipped.has(w.lower));
    // An institution's or a place's head word, or a word no list calls ordinary, makes it a name
    // ("Kenya Association of Manufacturers (KAM)", "Bank for International Settlements (BIS)").
    const plain = content.every(
      (w) =>
        !w.cap ||
        (ordinary(w.lower) &&
          !lex.orgWords.has(w.lower) &&
          !lex.orgSuffixes.has(w.lower) &&
          !lex.placeWords.has(w.lower) &&
          !isListedName(lex, w.lower)),
    );
    if (!plain) continue;
    out.add(letters);
    if (content.every((w) => w.cap)) out.add(nameKey(words));
  }
  return out;
}

/**
 * The kind a name leans to: the one its evidence settles, else the one its own form leans to
 * however little ("Saeed Anwar" looks like a person's name), or null on a tie or none.
 */
function leaning(n: Name): KnownType | null {
  const settled = decide(addVotes(addVotes(noVotes(), n.own), n.context));
  if (settled) return settled;
  const v = n.own;
  let best: KnownType | null = null;
  let most = 0;
  let tie = false;
  for (const type of KNOWN_TYPES) {
    if (v[type] > most) [best, most, tie] = [type, v[type], false];
    else if (v[type] === most && most > 0) tie = true;
  }
  return tie ? null : best;
}

/**
 * Names listed together are of one kind: "Aamir Sohail, Saeed Anwar and Ijaz Ahmed", "Amazon,
 * Apple and Starbucks". Each name gets a point towards the kind its neighbours in a list lean to.
 */
function coordinate(
  names: Map<string, Name>,
  candidates: readonly Candidate[],
  tokens: readonly Token[],
): void {
  const leans = new Map<string, KnownType | null>();
  const lean = (n: Name): KnownType | null => {
    if (!leans.has(n.key)) leans.set(n.key, leaning(n));
    return leans.get(n.key) ?? null;
  };
  const add = new Map<string, Votes>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    const between = b.first - (a.first + a.tokens.length);
    const t1 = tokens[a.first + a.tokens.length];
    const t2 = tokens[a.first + a.tokens.length + 1];
    const joined =
      (between === 1 && (t1?.text === ',' || t1?.lower === 'and')) ||
      (between === 2 && t1?.text === ',' && t2?.lower === 'and');
    if (!joined) continue;
    const na = names.get(nameKey(a.tokens));
    const nb = names.get(nameKey(b.tokens));
    if (!na || !nb || na === nb) continue;
    for (const [to, from] of [
      [na, nb],
      [nb, na],
    ] as const) {
      const type = lean(from);
      if (!type) continue;
      const v = add.get(to.key) ?? noVotes();
      v[type] += 1;
      add.set(to.key, v);
    }
  }
  for (const [key, v] of add) {
    const n = names.get(key);
    if (n) addVotes(n.context, v);
  }
}

const OPENING_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '“']);

/**
 * The name is all a quotation holds, but for the function words opening it: «Il nome della
 * rosa», "Goodbye Lullaby", "Il Giardino Segreto" (the article left out of the name).
 */
function fillsQuotes(lex: Lexicon, tokens: readonly Token[], c: Candidate): boolean {
  const after = tokens[c.first + c.tokens.length]?.text ?? '';
  if (!CLOSING_QUOTES.has(after)) return false;
  let i = c.first - 1;
  while (i >= c.first - 2 && lex.stopWords.has(tokens[i]?.lower ?? '')) i--;
  return OPENING_QUOTES.has(tokens[i]?.text ?? '');
}

/** Typographic quotation marks by their closing mark: straight quotes do not say which they are. */
const TITLE_QUOTES = new Map([
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
]);
/** How far, in tokens, a quotation around a name is looked for on each side. */
const TITLE_REACH = 16;

/**
 * The name stands inside a quotation written in title case (“As 5 Etapas para Alfabetizar seus
 * Filhos em Casa”): the quoted title of a book, film or guide capitalises its words by style, so
 * they say nothing of names there. Most of the quotation's words other than function words are
 * capitalised, at least three; a quoted sentence ("Il presidente Mario Draghi ha detto…") is not.
 */
function inTitleCaseQuotes(lex: Lexicon, tokens: readonly Token[], c: Candidate): boolean {
  let open = -1;
  for (let i = c.first - 1; i >= Math.max(0, c.first - TITLE_REACH); i--) {
    const text = tokens[i]?.text ?? '';
    if (TITLE_QUOTES.has(text)) {
      open = i;
      break;
    }
    if (/^[.!?”»]$/.test(text)) return false;
  }
  const close = TITLE_QUOTES.get(tokens[open]?.text ?? '');
  if (!close) return false;
  let capitalised = 0;
  let words = 0;
  for (let i = open + 1; i < open + 2 * TITLE_REACH && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === close) return capitalised >= 3 && capitalised * 2 > words;
    if (!t.word || lex.stopWords.has(t.lower)) continue;
    words++;
    if (t.cap) capitalised++;
  }
  return false;
}

/** "(D-Minn.)": the state a lawmaker's party label abbreviates, by its name ("Minnesota"). */
function partyState(
  ev: LanguageEvidence,
  c: Candidate,
  tokens: readonly Token[],
  key: string,
): { name: string; type: 'place' } | undefined {
  const state = c.tokens.length === 1 ? ev.partyStates?.get(key.replace(/\./g, '')) : undefined;
  return state && afterPartyLetter(c, tokens) ? { name: state, type: 'place' } : undefined;
}

/**
 * "Alterações Climáticas", "Criação de Cursos de Formação": a topic's abstract noun, written
 * with a capital, opens the name, and no word of it is a name the lists know.
 */
function namesATopic(lex: Lexicon, ev: LanguageEvidence, c: Candidate, key: string): boolean {
  const head = c.tokens[0] as Token;
  if (!ev.topicHead?.(head.lower) || head.allCaps || isListedName(lex, key)) return false;
  if (lex.orgWords.has(head.lower) || lex.placeWords.has(head.lower)) return false;
  return c.tokens.every(
    (t) =>
      lex.particles.has(t.lower) ||
      (!t.allCaps &&
        !lex.orgWords.has(t.lower) &&
        !isListedName(lex, t.lower) &&
        !lex.countries.has(t.lower)),
  );
}

/**
 * Names that are no actors whatever the rest of the text says: holidays, diseases, indicators
 * and the like ("D-Calif" and "BST-UK" by their first part), plural abbreviations ("MPs",
 * "RRSPs"), a lone company suffix or title ("Inc.", "Speaker"), a lone capitalised ordinary word
 * no list knows ("Revenues", "Typically"), a name followed by "index" or "futures".
 */
function notAnActor(
  lex: Lexicon,
  ev: LanguageEvidence,
  ordinary: Ordinary,
  c: Candidate,
  tokens: readonly Token[],
  key: string,
): boolean {
  if (ev.notActors.has(key) || ev.notActors.has(key.replace(/\.$/, ''))) return true;
  if (ev.feasts?.has(key)) {
    const cue = ev.before.get(tokens[c.first - 1]?.lower ?? '');
    if (!(cue?.[0] === 'place' && cue[1] >= 2)) return true;
  }
  // The page language's function words ("Una", "Siamo"), however capitalised.
  if (lex.stopWords.has(key)) return true;
  // "il Parlamento", "la Valle": a head word alone names no one in particular.
  const institution = !!ev.institutions?.has(key) && !c.tokens[0]?.atStart;
  // ("Porto": a head word, a port, that the language's lists also know as a city's name.)
  const city = !!ev.words && lex.places.has(key) && !!c.tokens[0]?.cap && !c.tokens[0]?.allCaps;
  if (
    c.tokens.length === 1 &&
    (lex.orgHeads.has(key) || lex.placeHeads.has(key)) &&
    !institution &&
    !city
  )
    return true;
  // "1980er", "1920s": a decade.
  if (ev.guess && /^\d+(?:er|s)$/.test(c.tokens[0]?.text ?? '')) return true;
  // "XVI", "VIII": a century or a ruler's number (English rules keep their own reading).
  if (ev.guess && c.tokens.length === 1 && /^[IVXLC]{2,}$/.test(c.tokens[0]?.text ?? ''))
    return true;
  const dash = key.indexOf('-');
  // "April-June", "Monday-Friday": a span of months or days.
  const dated = ev.monthOrDay;
  if (dash > 0 && dated && key.split('-').every((w) => dated(w))) return true;
  if (dash > 0 && (dash === 1 || ev.notActors.has(key.slice(0, dash)))) return true;
  const after = tokens[c.first + c.tokens.length];
  const after2 = tokens[c.first + c.tokens.length + 1];
  if (after && ev.thingAfter.has(after.lower)) return true;
  // "Dow Jones industrial average": two lower-case words naming the thing.
  if (after && after2 && !after.cap && ev.thingAfter.has(`${after.lower} ${after2.lower}`))
    return true;
  if (after && /^\d/.test(after.text) && after2 && ev.thingAfter.has(after2.lower)) return true;
  // "2º", "3ª S.": an ordinal (a Romance abbreviation), alone or with an initial, is no name.
  const ordinal = /^\d+[ºª°]$/u.test(c.tokens[0]?.text ?? '');
  if (ordinal && c.tokens.slice(1).every((w) => /^\p{Lu}\.?$/u.test(w.text))) return true;
  // 'CATEG="PESSOA': a key or value of markup left in the text is code, not prose.
  const last = c.first + c.tokens.length;
  if (
    tokens[last]?.text === '=' ||
    (tokens[c.first - 2]?.text === '=' && tokens[c.first - 1]?.text === '"')
  )
    return true;
  if (
    ev.quotedTitles &&
    !c.personCue &&
    (fillsQuotes(lex, tokens, c) || inTitleCaseQuotes(lex, tokens, c)) &&
    !isListedName(lex, key)
  )
    return true;
  if (c.tokens.length > 1) return !c.personCue && namesATopic(lex, ev, c, key);
  const t = c.tokens[0] as Token;
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return true;
  // "le XIIIe siècle", "XIVe arrondissement": a Roman ordinal, as French writes centuries and
  // districts.
  if (/^[IVXLC]{2,}(?:e|er|re|ème|eme)$/.test(t.text)) return true;
  // "4:29 AM", "13h55 PM": the half of the day after a clock time, in any language.
  if (/^[ap]m$/.test(key) && /^\d{1,2}(?:[:.h]\d{2})?$/.test(tokens[c.first - 1]?.text ?? ''))
    return true;
  if (isCredential(lex, tokens, c.first)) return true;
  const bareKey = key.replace(/\.$/, '');
  // "Technologies⏎Inc": a legal form written as one ("Inc", "Ltd") ends a name cut by a line
  // break, whatever a list says of it; one in capitals may be a name ("AG").
  const legalForm = LEGAL_FORMS.has(key) && !t.allCaps;
  const known =
    (lex.organizations.has(key) && !legalForm) || lex.places.has(key) || lex.canonical.has(key);
  if (!known && (lex.orgSuffixes.has(key) || lex.orgSuffixes.has(bareKey))) return true;
  // A lone title ("Speaker") is no actor; "King" after "Billie Jean King" joins her (below).
  if (!c.personCue && ev.jobWords.has(key)) return true;
  // Codes and amounts: "US44.10", "T87", "WSR-57" ("3M" and "3D" start with their digit).
  if (/^\D.*\d/u.test(t.text) && !lex.organizations.has(key)) return true;
  const listedElsewhere =
    lex.places.has(key) ||
    lex.organizations.has(key) ||
    lex.people.has(key) ||
    lex.firstNames.has(key) ||
    lex.lastNames.has(key) ||
    lex.canonical.has(key);
  // "Sucre brut", "SUCRE. — Courant": a town of the weak lists that is an everyday word, which
  // the text never writes as a name inside a sentence, is the word.
  const townWord = !!ev.everyday?.(key) && !ordinary.named?.(key);
  const listed = listedElsewhere || (lex.towns.has(key) && !townWord);
  if (!listed && !t.allCaps && ev.abstractNoun?.(key)) return true;
  // "TH. ANTOINE", "COM. CH. ELYSÉES": two capitals and a full stop before a word in capitals
  // abbreviate a word of the name after them (Théâtre, Champs), as old listings print them ("le
  // PS. Ensuite" ends a sentence).
  const stop = tokens[c.first + 1];
  const abbreviated =
    !!ev.everyday &&
    t.allCaps &&
    t.text.length === 2 &&
    stop?.text === '.' &&
    stop.start === t.end &&
    !!tokens[c.first + 2]?.allCaps;
  if (!listed && abbreviated) return true;
  // "COTONS", "OFFRE": a word of the language's everyday list, in capitals and alone, is shouted,
  // no acronym (an acronym of five letters or more spelling a word is rare).
  const shouted =
    t.allCaps && [...t.text].length >= 5 && !!(ev.everydayInCapitals ?? ev.everyday)?.(key);
  if (!listed && shouted && !ordinary.named?.(key)) return true;
  // "Central", "Federal", "National" alone (the adjectives of "Central bank of Brazil"): a
  // title's modifier names no one without its head word.
  if (!listed && ev.titleCaseNames && lex.titleModifiers.has(key)) return true;
  // "the Act", "the Index": a law's or a thing's head word alone.
  if (!listed && ev.titleCaseNames && ev.thingHeads.has(key)) return true;
  // German "am Ende", "der Wagen": a common noun that is also some town's name ("Ende").
  const named =
    lex.countries.has(key) ||
    lex.places.has(key) ||
    lex.organizations.has(key) ||
    lex.firstNames.has(key);
  if (ev.capitalisedNouns && !t.allCaps && !named && ordinary(key)) return true;
  return !listed && !t.allCaps && ordinary(key) && !ordinary.named?.(key);
}

/**
 * A lone word that stays apart from the full names holding it (two of them share it) still
 * takes their kind: "Varoufakis" beside "Yanis Varoufakis" and "Giorgos Varoufakis" is a person,
 * "Wellard" beside "Wellard Group" and "Wellard Agri" a company.
 */
function kinship(lex: Lexicon, names: Map<string, Name>, root: ReadonlyMap<string, string>): void {
  const personWords = new Set<string>();
  const orgHeads = new Set<string>();
  for (const n of names.values()) {
    if (n.tokens.length < 2) continue;
    if (n.tentative === 'person') {
      for (const t of n.tokens) if (!lex.particles.has(t.lower)) personWords.add(t.lower);
    } else if (n.tentative === 'organization') orgHeads.add((n.tokens[0] as Token).lower);
  }
  for (const n of names.values()) {
    if (n.tokens.length !== 1 || root.get(n.key) !== n.key) continue;
    // "in Dunmore" beside "Dunmore Residents Association": the text says it is the town.
    if (total(n.context) >= SETTLES || n.midSentence === 0) continue;
    const person = personWords.has(n.key);
    const org = orgHeads.has(n.key);
    if (person && !org) n.context.person += 2;
    else if (org && !person) n.context.organization += 2;
  }
}

/** A name as written: its words joined by a space, or by nothing after an elision ("d'Italia"). */
function formOf(tokens: readonly Token[]): string {
  let form = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const glued = i > 0 && t.start === (tokens[i - 1] as Token).end;
    // "People's Liberation Army": a possessive inside the name is written as part of it.
    const text = i < tokens.length - 1 ? t.text + t.possessive : t.text;
    form += i === 0 || glued ? text : ' ' + text;
  }
  return form;
}

function makeGroup(type: ActorType, mentions: readonly Mention[], fixedName?: string): Group {
  const group: Group = {
    type,
    forms: new Map(),
    mentions: [],
    possessives: new Set(),
    fixedName,
  };
  for (const m of mentions) {
    const form = formOf(m.tokens);
    group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
    const ending = m.tokens[m.tokens.length - 1]?.possessive;
    if (ending) group.possessives.add(form + ending);
    group.mentions.push(m);
  }
  return group;
}

/** Every word in capitals: "ABBY", "NEW DELHI", "IBM". */
function shouting(tokens: readonly Token[]): boolean {
  return tokens.every((t) => !t.word || t.allCaps || t.text.length < 2);
}

function isShortAcronym(t: Token | undefined): boolean {
  return !!t && t.text.length <= 8 && /^(?:\p{Lu}\.?){2,5}$/u.test(t.text);
}

/**
 * Letters after a person's name: "David Christianson, BA, CFP, CIM" — a chain of short
 * acronyms, each after a comma, following a full personal name.
 */
function isCredential(lex: Lexicon, tokens: readonly Token[], at: number): boolean {
  if (!isShortAcronym(tokens[at])) return false;
  let i = at;
  for (let steps = 0; steps < 8; steps++) {
    if (tokens[i - 1]?.text !== ',') return false;
    const before = tokens[i - 2];
    if (isShortAcronym(before)) {
      i -= 2;
      continue;
    }
    // The chain must follow a personal name: a capitalised surname after a known first name.
    const first = tokens[i - 3];
    return (
      !!before?.cap &&
      !!first?.cap &&
      !!before.joined &&
      lex.firstNames.has(first.lower) &&
      !lex.common.has(first.lower)
    );
  }
  return false;
}

/**
 * "Momentous 2015", "Summit 2016": a name no list knows that the story writes with a year after
 * it at least twice, and at least twice as often as without, names an event or an edition.
 */
function namesAnEdition(
  list: readonly Name[],
  mentionsOf: ReadonlyMap<string, Mention[]>,
  tokens: readonly Token[],
): boolean {
  let year = 0;
  let bare = 0;
  for (const n of list) {
    if (total(n.own) >= 5) return false;
    for (const m of mentionsOf.get(n.key) ?? []) {
      if (m.position !== 'story') continue;
      const next = tokens[m.first + m.tokens.length];
      if (next?.joined && /^(?:19|20)\d\d$/.test(next.text)) year++;
      else bare++;
    }
  }
  return year >= 2 && year >= 2 * bare;
}

/** A capitalised word right after, in the same sentence: "Max" in "sagt Max Herbst". */
function beforeCapital(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  return !!next?.word && next.cap && next.joined && !next.atStart;
}

/** The name is glued to a hyphen and a word after it: "SPD-Genossen", "DFB-Pokal". */
function compoundHead(tokens: readonly Token[], at: number, last: Token): boolean {
  const dash = tokens[at];
  const word = tokens[at + 1];
  return dash?.text === '-' && dash.start === last.end && !!word?.word && word.start === dash.end;
}

export function resolveDocument(
  lex: Lexicon,
  ev: LanguageEvidence,
  candidates: readonly Candidate[],
  tokens: readonly Token[],
  text: string,
  options: ResolveOptions = {},
): Group[] {
  const ordinary = options.ordinary ?? ((w: string) => lex.common.has(w));
  const sports = isSportsDocument(tokens);
  const lines = lineStarts(tokens, text);
  const citations = citationLines(ev, tokens, lines);
  const bylines = findBylines(ev, candidates, tokens, lines);
  const site = siteKeys(options.site ?? []);
  const inSiteName = siteSpans(options.site ?? [], text);
  const names = new Map<string, Name>();
  const mentionsOf = new Map<string, Mention[]>();

  // Pairs of words the text writes in lower case ("data management"), looked up by name; built
  // on the first look-up, which few documents need.
  let lowerPairs: Set<string> | undefined;
  const lowerPhrase = (toks: readonly Token[]): boolean => {
    const n = toks.length;
    if (n < 2) return false;
    if (!lowerPairs) {
      lowerPairs = new Set<string>();
      for (let i = 1; i < tokens.length; i++) {
        const a = tokens[i - 1] as Token;
        const b = tokens[i] as Token;
        if (a.word && b.word && !a.cap && !b.cap && b.joined)
          lowerPairs.add(`${a.lower} ${b.lower}`);
      }
    }
    return lowerPairs.has(`${(toks[n - 2] as Token).lower} ${(toks[n - 1] as Token).lower}`);
  };
  const terms = ev.acronymSmallWords
    ? termAcronyms(lex, ordinary, ev.acronymSmallWords, tokens)
    : undefined;
  for (const c of candidates) {
    const key = nameKey(c.tokens);
    if (terms?.has(key) || notAnActor(lex, ev, ordinary, c, tokens, key)) continue;
    if (pluralAfterArticle(lex, ev, tokens, c)) continue;
    const first = c.tokens[0] as Token;
    const last = c.tokens[c.tokens.length - 1] as Token;
    if (inSiteName.some(([from, to]) => from <= first.start && last.end <= to)) continue;
    const position = positionOf(ev, c, tokens, lines, bylines, citations);
    let name = names.get(key);
    if (!name) {
      const fixed = lex.canonical.get(key) ?? partyState(ev, c, tokens, key);
      name = {
        key,
        tokens: c.tokens,
        own: ownEvidence(lex, c.tokens, ordinary, ev.nameCue, !!ev.titleCaseNames),
        context: noVotes(),
        tentative: null,
        firstAt: Infinity,
        fixed,
        storyMentions: 0,
        thirdAt: Infinity,
        scored: 0,
        midSentence: 0,
        thingUses: 0,
        fieldUses: 0,
        compounded: 0,
        cutGiven: 0,
        cued: 0,
        articles: 0,
        shouted: 0,
      };
      names.set(key, name);
      mentionsOf.set(key, []);
    } else if (ev.titleCaseNames && shouting(name.tokens) && !shouting(c.tokens)) {
      // "DEAR ABBY: …", then "Abby": the name is its normal-case form's, no acronym.
      name.tokens = c.tokens;
      name.own = ownEvidence(lex, c.tokens, ordinary, ev.nameCue, !!ev.titleCaseNames);
    }
    if (position === 'story') {
      const around = contextEvidence(lex, ev, c, tokens);
      addVotes(name.context, around);
      const shape = c.tokens.length === 1 && isAcronym(first) ? ACRONYM_SHAPE : 0;
      // A cue around a thing's use is the thing's noun's ("the Thunderbolt 3 protocol").
      const thing = usedAsThing(ev, c, tokens);
      if (thing) name.thingUses++;
      else if (total(around) > shape) name.cued++;
      name.shouted += shape;
      if (namesAField(ev, tokens, c.first)) name.fieldUses++;
      if (compoundHead(tokens, c.first + c.tokens.length, last)) name.compounded++;
      if (c.tokens.length === 1 && lex.firstNames.has(key) && beforeCapital(tokens, c.first + 1))
        name.cutGiven++;
      name.articles += articleCue(lex, ev, c, tokens);
      name.storyMentions++;
      if (name.storyMentions === 3) name.thirdAt = first.start;
      if (!first.atStart) name.midSentence++;
      name.firstAt = Math.min(name.firstAt, first.start);
      // In sports news a lone unknown name followed by a score or a table row is a team.
      if (sports && c.tokens.length === 1 && /^\d/.test(tokens[c.first + 1]?.text ?? ''))
        name.scored++;
    } else if (position === 'dateline') name.context.place += 1;
    mentionsOf.get(key)?.push({
      tokens: c.tokens,
      key,
      start: first.start,
      end: last.end,
      first: c.first,
      position,
    });
  }
  // A word the text also writes in normal case is shouted, not an acronym, where in capitals
  // (English; French OCR'd capitals gain too, not measured for the other languages yet).
  for (const n of names.values()) {
    if (ev.titleCaseNames && n.shouted && !shouting(n.tokens)) n.context.organization -= n.shouted;
  }
  coordinate(names, candidates, tokens);
  for (const n of names.values()) {
    const v = addVotes(addVotes(noVotes(), n.own), n.context);
    v.organization += 2 * n.scored;
    n.tentative = n.fixed?.type ?? decide(v);
  }

  const root = groupNames(
    lex,
    names,
    definedAcronyms(candidates, tokens),
    !!ev.fullNameFirms,
    ev.civilities,
    ev.samePerson,
    // (A language with its own table reads its declined surnames by its own rules.)
    !ev.guess,
  );
  kinship(lex, names, root);
  const members = new Map<string, Name[]>();
  for (const n of names.values()) {
    const r = root.get(n.key) ?? n.key;
    const list = members.get(r);
    if (list) list.push(n);
    else members.set(r, [n]);
  }

  const groups: Group[] = [];
  for (const [rootKey, list] of members) {
    const head = names.get(rootKey) as Name;
    const stories = list.reduce((k, n) => k + n.storyMentions, 0);
    if (!stories) continue;
    // A lone title or role word ("Speaker", "Bishop") is an actor only as part of a name.
    const role = (n: Name): boolean =>
      n.tokens.length === 1 && (lex.personTitles.has(n.key) || lex.roleNouns.has(n.key));
    if (list.every(role)) continue;
    if (list.some((n) => site.has(squash(n.key)))) continue;
    const fixed = list.find((n) => n.fixed)?.fixed;
    const listed = list.some((n) => isListedName(lex, n.key));
    // "an HDMI port", "MagSafe charging", "more RAM": a device, part or standard the text uses
    // as such more often than anything around its other mentions calls it an actor, that no
    // list knows.
    // Where a noun of works introduces the name ("o filme X", "o jogo Mario Bros"), no cue
    // elsewhere may call it an actor.
    const things = list.reduce((k, n) => k + n.thingUses, 0);
    const cued = list.reduce((k, n) => k + n.cued, 0);
    if (
      things &&
      !fixed &&
      (ev.titleCaseNames
        ? // ("the more Adam Schiff, who…": a given name says a person, whatever the words before.)
          cued < things && head.own.person < 3
        : cued === 0) &&
      !listed
    )
      continue;
    if (ev.titleCaseNames && !fixed && namesAnEdition(list, mentionsOf, tokens)) continue;
    // "ministro da Saúde", "licenciado em Medicina": a field wherever the story names it, whatever
    // "em" says of places.
    const fields = list.reduce((k, n) => k + n.fieldUses, 0);
    if (fields && !fixed && !listed) continue;
    // German "SPD-Genossen", "DFB-Pokal", "EZB-Daten": a name the text writes only as the first
    // part of compounds qualifies their nouns; it is an actor where the text also names it alone.
    if (ev.capitalisedNouns && list.reduce((k, n) => k + n.compounded, 0) >= stories) continue;
    // German "US-Dollar", "MaBV-Berichtes", "CH-Rock": an abbreviation joined to a common noun
    // is a kind of that noun, not an actor (a listed one, "EU-Kommission", stays).
    const kindCompound = (n: Name): boolean =>
      n.tokens.length === 1 && !!ev.abbreviatedCompound?.(n.tokens[0]?.text ?? '');
    if (list.every(kindCompound) && !listed) continue;
    // "Max Herbst", "Irmingard Achter": a given name whose surname the text capitalises as a
    // noun too is half a name; the reader is better served by none than by "Max".
    if (ev.capitalisedNouns && list.reduce((k, n) => k + n.cutGiven, 0) >= stories) continue;
    // The head name's own evidence counts fully; a short form's own word lists little (a
    // surname that is also a place, a company's name that is also a first name).
    const votes: Votes = noVotes();
    for (const n of list) {
      addVotes(votes, n.own, n === head ? 1 : 0.25);
      addVotes(votes, n.context);
      // People are called by their surname after the first mention; firms by their first word.
      // Each time a name shaped as a person's is called so counts ("Kylie Jenner … Jenner"),
      // unless a list or the text calls the short name a firm ("Walt Disney … Disney's shares").
      const words = head.tokens.length;
      if (words > 1 && n.tokens.length === 1 && n.key === head.tokens[words - 1]?.lower) {
        const firm = n.own.organization > 0 || decide(n.context) === 'organization';
        const personal = head.own.person > 0 && n.own.place === 0 && !firm;
        votes.person += 1.5 * (personal ? Math.min(3, n.storyMentions) : 1);
      }
    }
    // "Morgan Stanley", "Allan Gray": a firm named after people. Text that names a person again
    // and again calls them by the surname alone at least once (or, a star, by the given name:
    // "Taylor"); a name always written in full, that the text treats as a firm ("its", "shares
    // of") far more than as a person, is no person's.
    const words = head.tokens.length;
    const context = list.reduce((v, n) => addVotes(v, n.context), noVotes());
    // (Not one the text calls a firm, "Morgan's wealth business", nor one that is a surname too.)
    const first = head.tokens[0]?.lower ?? '';
    const given = ev.titleCaseNames && !lex.lastNames.has(first) ? first : undefined;
    const calledShort = list.some(
      (n) =>
        n.tokens.length === 1 &&
        (n.key === head.tokens[words - 1]?.lower ||
          (n.key === given && n.own.person > 0 && n.context.organization === 0)),
    );
    if (
      words > 1 &&
      ev.fullNameFirms &&
      stories >= ev.fullNameFirms &&
      head.own.person > 0 &&
      context.organization > 0 &&
      context.person <= context.organization / 2 &&
      !calledShort
    )
      votes.person -= head.own.person;
    // In sports news a lone word followed by scores is a team; a player's surname is scored
    // too, but the player's full name is in the story.
    if (list.every((n) => n.tokens.length === 1)) {
      for (const n of list) votes.organization += 2 * n.scored;
    }
    let type: ActorType | null = fixed?.type ?? decide(votes);
    // A listed place or firm keeps its listed kind when the text's cues are split ("Athens and
    // its creditors", "Athens' central square").
    if (!type) {
      const [top, next] = [...KNOWN_TYPES].sort((a, b) => votes[b] - votes[a]);
      if (top && next && head.own[top] >= 5 && votes[top] > votes[next]) type = top;
    }
    // Sports news names clubs after their towns: a town not introduced as a location is the
    // club; where the text uses the name both ways, the town and the club are two actors.
    let mentions = list.flatMap((n) => mentionsOf.get(n.key) ?? []);
    const townish = type === 'place' || (!type && votes.place > 0);
    if (townish && sports && !fixed && !list.some((n) => lex.countries.has(n.key))) {
      // The dateline is where the report comes from, not where the team plays.
      const located = mentions.filter(
        (m) => m.position === 'story' && standsAsLocation(tokens, m.first, m.tokens.length, text),
      );
      if (located.length) groups.push(makeGroup('place', located));
      const town = new Set(located);
      mentions = mentions.filter((m) => m.position === 'story' && !town.has(m));
      if (!mentions.length) continue;
      type = 'organization';
    }
    // Capitalised ordinary words ("Deferred Action", "Leadership Team") name programmes, laws
    // and products more often than actors: only their own form (a list, "Ltd") makes them one.
    const plain = head.tokens.every((t) => ordinary(t.lower) || !t.word);
    // "the Big Bang", "the Great Depression": the article alone does not make such words a name
    // (a plural may: teams and bands, "the All Blacks"; a brand's camel case: "the iPad Pro").
    const articled = list.reduce((k, n) => k + n.articles, 0);
    const plural = (head.tokens[words - 1] as Token).lower.endsWith('s');
    const brand = head.tokens.some((t) => /^\p{L}\p{Ll}*\p{Lu}/u.test(t.text));
    const bare =
      !type || (ev.titleCaseNames && words > 1 && !plural && !brand && total(context) <= articled);
    if (plain && !fixed && total(head.own) < SETTLES && bare) continue;
    // "Data Management", "Programmatic Marketing": ordinary words ending in a firm's head word,
    // that nothing around any mention calls an actor, name a trade or a product, not a firm.
    if (ev.titleCaseNames && plain && !fixed && total(context) === 0 && lowerPhrase(head.tokens))
      continue;
    // A listed ordinary word the text capitalises ("the Web", "Industry") needs strong cues.
    if (plain && head.tokens.length === 1 && !fixed && total(head.own) === 0) {
      if (Math.max(votes.person, votes.organization, votes.place) < 4) continue;
    }
    // A lone word capitalised only where a sentence opens ("Inizialmente", "Сразу") is no name
    // the cues failed to type: the language's reading of its shape is asked only of the others.
    if (!type && options.guess && (head.tokens.length > 1 || list.some((n) => n.midSentence))) {
      type = options.guess(head.tokens, votes);
      // "a Carta", "o Programa Educação": where capitals say little, one mention that only its
      // shape types is no actor.
      if (ev.capitalsSayLittle && stories < 2 && !fixed && type) continue;
    }
    // A lone word the cues leave undecided and the text capitalises only where sentences open
    // ("Leverage can result in losses", "Проголосовать за…") is an ordinary word, where only
    // names and sentence starts take capitals (not German, where every noun does).
    const opener = head.tokens.length === 1 && !list.some((n) => n.midSentence);
    if (!type && !ev.capitalisedNouns && opener && !(head.tokens[0] as Token).allCaps) continue;
    if (!type) {
      if (options.vouchedOnly || stories < OTHER_MIN_MENTIONS) continue;
      type = 'other';
    }
    // A dateline names a place: it is no mention of a club or a firm named after that place.
    if (type === 'organization' && votes.place > 0) {
      mentions = mentions.filter((m) => m.position !== 'dateline');
    }
    const group = makeGroup(type, mentions, fixed?.name);
    group.support = type === 'other' ? 0 : votes[type];
    groups.push(group);
  }
  return groups;
}
