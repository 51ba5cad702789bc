/**
 * Finds the stretches of text that may name an actor: runs of capitalised words (with particles
 * such as "of", "van", "&" inside), cut at titles ("President"), nationality words ("Russian"),
 * dates and sentence-opening common words. Typing happens later (classify.ts).
 */
import type { LanguageEvidence } from './evidence';
import type { Lexicon } from './lexicon';
import { isInitial, joinWords, type Token } from './tokens';

/**
 * The longest name, in words: longer runs are cut. Real names stay below it ("National Society for
 * the Prevention of Cruelty to Children" is 9); the bound keeps every later step linear.
 */
export const MAX_NAME_TOKENS = 10;

/** Whether a lower-case word is an ordinary word (listed as one, or written in lower case in the text). */
export type Ordinary = ((lower: string) => boolean) & {
  /** A listed common word the text only ever capitalises inside sentences ("Dole decided"). */
  named?: (lower: string) => boolean;
};

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

/** The lists know the word as a place, a town or an organisation (not only as a person's). */
function listedPlaceOrFirm(lex: Lexicon, lower: string): boolean {
  return lex.places.has(lower) || lex.towns.has(lower) || lex.organizations.has(lower);
}

/** A civility of the language abbreviated in lower case ("sr.", "dra."), before a name. */
function lowerCivility(
  lex: Lexicon,
  ordinary: Ordinary,
  tokens: readonly Token[],
  i: number,
  civilities?: ReadonlySet<string>,
): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    !t.cap &&
    t.text.length > 2 &&
    t.text.endsWith('.') &&
    !!civilities?.has(t.lower) &&
    !!next?.joined &&
    next.cap &&
    isNameWord(lex, next, ordinary)
  );
}

/** The first word of a run after an article opening the sentence ("A Associação …"). */
function runHead(lex: Lexicon, tokens: readonly Token[], i: number): string {
  const t = tokens[i] as Token;
  return (lex.stopWords.has(t.lower) ? tokens[i + 1] : t)?.lower ?? '';
}

/** The Romance languages' "for", and the articles after it ("para a", "pour la"). */
const ROMANCE_FOR = new Set(['para', 'pour', 'per']);
const ROMANCE_ARTICLES = new Set([
  'a',
  'o',
  'os',
  'as',
  'el',
  'la',
  'los',
  'las',
  'le',
  'les',
  'il',
  'lo',
]);

/**
 * The Romance languages' "and", inside an institution's name as "and" is in English, and between
 * an office's fields (classify.ts).
 */
export const ROMANCE_AND: ReadonlySet<string> = new Set(['e', 'y', 'et', 'ed']);
/** The "de" of Portuguese and Spanish given names ("Maria de Jesus", "Maria da Conceição"). */
const GIVEN_DE = new Set(['de', 'da', 'do', 'das', 'dos']);

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

/**
 * An ordinary word in capitals on its own ("EXCLUSIVE Steve Harker", "WARNING") is shouting, not
 * a name; beside other capitals it may be one ("NORTH KOREA").
 */
function isShouted(lex: Lexicon, ordinary: Ordinary, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!t.allCaps || t.capsLine || t.text.length <= 3) return false;
  if (!ordinary(t.lower) || isListedName(lex, t.lower)) return false;
  const next = tokens[i + 1];
  return !(next?.joined && next.allCaps) && !(t.joined && tokens[i - 1]?.allCaps);
}

function isNameWord(lex: Lexicon, t: Token | undefined, ordinary?: Ordinary): boolean {
  if (!t?.word) return false;
  // An elided article or preposition split off its noun ("L'" of "L'Unione") names nothing.
  if (endsInApostrophe(t.text)) return false;
  // "eBay", "iShares": a brand's lower-case initial before a capital.
  if (!t.cap && /^\p{Ll}\p{Lu}\p{Ll}/u.test(t.text)) return true;
  if (FUNCTION_WORDS.has(t.lower) && !t.capsLine) return false;
  if (t.capsLine)
    return (
      isListedName(lex, t.lower) ||
      (t.text.length > 3 && !(ordinary ? ordinary(t.lower) : lex.common.has(t.lower)))
    );
  return t.cap;
}

/**
 * German "Seine", "Nur", "Weil" opening a sentence: a function word, not the river, the given
 * name or the town. (Adjectives of the list, "Deutsche", "Neue", may open a name.)
 */
function sentenceFunctionWord(lex: Lexicon, ev: LanguageEvidence, t: Token): boolean {
  return (
    !!ev.capitalisedNouns &&
    t.atStart &&
    !t.allCaps &&
    lex.stopWords.has(t.lower) &&
    (!/(?:e|en|er|es)$/.test(t.lower) || !!ev.nounMarkers?.has(t.lower))
  );
}

function endsInApostrophe(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x27 || c === 0x2019;
}

/** "3D Systems", "20th Century Fox": a digit-led word opening a name. */
function opensWithNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  // Most tokens are ruled out by their first character, without a regex.
  const c = t.text.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return false;
  const next = tokens[i + 1];
  return (
    /^\d+\p{L}/u.test(t.text) &&
    // "3rd", "4º", "2ª": an ordinal ("4º Vão", "2ª Divisão" name a step or a rank, no firm).
    !/^\d+(?:st|nd|rd|th|º|ª)$/iu.test(t.text) &&
    !t.capsLine &&
    !!next?.joined &&
    next.cap &&
    !FUNCTION_WORDS.has(next.lower)
  );
}

/**
 * "361 Capital", "180 Partners": a number before a firm's suffix opens its name (not an amount:
 * "$500 Capital", "20% Holdings", nor a year: "2015 Group").
 */
function numberedFirm(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const c = t.text.charCodeAt(0);
  if (c < 0x31 || c > 0x39 || !/^\d{1,4}$/.test(t.text) || /^(?:19|20)\d\d$/.test(t.text))
    return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.end === t.start && /[$€£¥#]/.test(prev.text)) return false;
  // "Oct 26 Media mogul X": a date's day.
  if (
    prev &&
    (isDate(prev) || /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/.test(prev.lower))
  )
    return false;
  return !!next?.joined && next.cap && !next.allCaps && lex.orgSuffixes.has(next.lower);
}

/**
 * Where a name's letter case changes so that two names meet: "Michael Connor NEW YORK" (a name,
 * then a dateline in capitals) or "EXCLUSIVE Steve Harker" (a shouted word, then a name).
 * "Barclays PLC", "BHP Billiton" and "Motley Fool UK" keep their capitals.
 */
/** A king's or pope's number after the name: "Benedetto XVI", "Vittorio Emanuele III". */
const REGNAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

function caseBreak(lex: Lexicon, ordinary: Ordinary, prev: Token, t: Token): boolean {
  if (t.capsLine) return false;
  if (prev.cap && !prev.allCaps && t.text.length > 1 && REGNAL.test(t.text)) return false;
  if (!prev.allCaps && t.allCaps && t.text.length >= 3)
    return !lex.orgSuffixes.has(t.lower) && !POSTNOMINALS.has(t.lower);
  // "EXCLUSIVE Steve Harker"; "CITIC Pacific" and "BHP Billiton" stay whole.
  return (
    prev.allCaps &&
    !t.allCaps &&
    prev.text.length > 3 &&
    ordinary(prev.lower) &&
    !isListedName(lex, prev.lower)
  );
}

/** The words either side of the hyphen at j form a listed name ("New - York"). */
function listedAcrossHyphen(lex: Lexicon, tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (!before?.word || !after?.word || !after.joined) return false;
  const key = `${before.lower} ${after.lower}`;
  return isListedName(lex, key) || isListedName(lex, `${before.lower}-${after.lower}`);
}

/**
 * The hyphen at j, a small lower-case word and another hyphen, all spaced, then a name's word:
 * "Indre - et - Loire", "Choisy - le - Roi", "Ville - de - Belfort". A dash is never written so.
 */
function hyphenedParticle(
  lex: Lexicon,
  ordinary: Ordinary,
  tokens: readonly Token[],
  j: number,
): boolean {
  const small = tokens[j + 1];
  const after = tokens[j + 3];
  return (
    tokens[j]?.text === '-' &&
    !!small?.joined &&
    small.word &&
    !small.cap &&
    small.text.length <= 4 &&
    (lex.particles.has(small.lower) || lex.stopWords.has(small.lower)) &&
    tokens[j + 2]?.text === '-' &&
    !!tokens[j + 2]?.joined &&
    !!after?.joined &&
    after.cap &&
    isNameWord(lex, after, ordinary) &&
    // ("S. - et - O.": initials for a département, not its name.)
    !isInitial(after) &&
    !isInitial(tokens[j - 1] as Token)
  );
}

/** Capitalised articles that open Romance surnames: "Le Pen", "La Rochelle", "Lo Bianco". */
const SURNAME_ARTICLES = new Set(['le', 'la', 'lo']);

/**
 * The capitalised article at j, inside a sentence, between a name's word and another that no
 * list or lower-case use calls ordinary: "Marine Le Pen", "Drieu La Rochelle".
 */
function surnameArticle(
  lex: Lexicon,
  ordinary: Ordinary,
  tokens: readonly Token[],
  j: number,
): boolean {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (!t.cap || t.allCaps || t.atStart || !SURNAME_ARTICLES.has(t.lower)) return false;
  const plainName = (w: Token | undefined): boolean =>
    !!w?.cap && !w.allCaps && w.word && !lex.stopWords.has(w.lower) && !ordinary(w.lower);
  return (
    !!prev &&
    (plainName(prev) || isGivenName(lex, prev)) &&
    !!next?.joined &&
    plainName(next) &&
    !isListedName(lex, next.lower)
  );
}

const SURNAME_OPENERS = new Set(['van', 'von']);

/**
 * "le peintre van Luyten", "chez von Karajan": a Dutch or German surname's particle, in lower
 * case with no given name before it, opens the name (the Romance particles "de", "di" do not:
 * "de Paris" is no name).
 */
function opensWithParticle(
  lex: Lexicon,
  ordinary: Ordinary,
  tokens: readonly Token[],
  i: number,
  ofWords?: ReadonlySet<string>,
): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const opensName = !!next?.joined && next.cap && isNameWord(lex, next, ordinary);
  if (particleAfterTitle(lex, prev, t)) return opensName;
  // Dutch "van" is the word for "of": only a foreign particle opens a name.
  if (t.cap || !SURNAME_OPENERS.has(t.lower) || ofWords?.has(t.lower)) return false;
  if (t.joined && prev?.cap && prev.word) return false;
  return opensName;
}

/**
 * After a title, "v." (old print's "von") opens the surname: "General v. Schleicher", "Dr. v.
 * Marquet". A spelled-out "von" there may name a realm ("König von Preußen", "Herr von
 * Werthern"), so it stays out.
 */
function particleAfterTitle(lex: Lexicon, prev: Token | undefined, t: Token): boolean {
  // (Only where the language writes "v." for its particle: Dutch "1200 v. Chr." is a date.)
  return !!prev && t.joined && t.lower === 'v.' && lex.particles.has(t.lower) && isTitle(lex, prev);
}

/**
 * Where a name opened by a lower-case head word ends ("rue de la Paix", "río Ebro"),
 * or 0: the head, up to two particles, then capitalised words joined by particles or spaced
 * hyphens ("rue Saint - Honoré").
 */
function headedPlaceEnd(
  lex: Lexicon,
  ordinary: Ordinary,
  tokens: readonly Token[],
  i: number,
): number {
  let j = i + 1;
  while (j < i + 3 && lex.particles.has(tokens[j]?.lower ?? '') && tokens[j]?.joined) j++;
  const name = (t: Token | undefined): boolean =>
    !!t?.joined && t.cap && isNameWord(lex, t, ordinary) && !lex.stopWords.has(t.lower);
  if (!name(tokens[j])) return 0;
  j++;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j] as Token;
    const link = t.text === '-' || (lex.particles.has(t.lower) && !t.cap);
    if (name(t)) j++;
    else if (link && t.joined && name(tokens[j + 1])) j += 2;
    else break;
  }
  return j;
}

/**
 * How many tokens from i form a listed multi-word name ("NEW YORK", "ST LOUIS"), or 0: the
 * longest one ("São Tomé e Príncipe", not the town "São Tomé").
 */
function listedPhraseAt(lex: Lexicon, tokens: readonly Token[], i: number): number {
  let key = (tokens[i] as Token).lower;
  let found = 0;
  for (let n = 2; n <= 4; n++) {
    const t = tokens[i + n - 1];
    if (!t?.word || !t.joined) return found;
    // "La isla", "El fuerte" (some towns' names) opening a sentence are an article and its noun;
    // "Arabie saoudite", "Bosnia y Herzegovina" are listed names whatever their case.
    const article = n === 2 && lex.stopWords.has((tokens[i] as Token).lower);
    if (article && !t.cap && !lex.particles.has(t.lower)) return found;
    key += ' ' + t.lower;
    if (isListedName(lex, key)) found = n;
  }
  return found;
}

/** "Polish", "Japanese", "Brazilian": nationality words the lists may lack. */
function looksLikeDemonym(lex: Lexicon, t: Token): boolean {
  return /(?:ish|ese|ian)$/.test(t.lower) && !isListedName(lex, t.lower) && t.lower.length > 5;
}

function isTitle(lex: Lexicon, t: Token): boolean {
  if (lex.personTitles.has(t.lower) || lex.roleNouns.has(t.lower)) return true;
  const dash = lex.compoundTitles ? t.lower.lastIndexOf('-') : -1;
  return dash > 0 && lex.personTitles.has(t.lower.slice(dash + 1));
}

function isDemonym(lex: Lexicon, t: Token): boolean {
  return lex.demonyms.has(t.lower) || looksLikeDemonym(lex, t);
}

const DATE_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function isDate(t: Token): boolean {
  return DATE_WORD.test(t.lower);
}

/**
 * "the People's Liberation Army", "Women's Tennis Association": an ordinary word with its
 * possessive, capitalised inside a sentence, one space before capitalised words that end in an
 * institution's or a place's head word within four words, opens that name. ("Trump's Justice
 * Department" is a name's possessive, "Today's Justice Department" a sentence's first word.)
 */
function possessiveInName(
  lex: Lexicon,
  ordinary: Ordinary,
  tokens: readonly Token[],
  at: number,
): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  if (!t.cap || t.allCaps || t.atStart || t.capsLine || !ordinary(t.lower)) return false;
  if (isListedName(lex, t.lower) || !next?.cap || !next.word) return false;
  if (next.start !== t.end + t.possessive.length + 1) return false;
  for (let k = at + 1; k <= at + 4; k++) {
    const w = tokens[k];
    if (!w?.word || !w.cap || (k > at + 1 && !w.joined)) return false;
    if (isHeadWord(lex, w.lower)) return true;
    if (w.possessive) return false;
  }
  return false;
}

/**
 * A word the language's ordinary words hold, or, `loose` (English, a Romance "and" after an "of"
 * of the same name), one no list names.
 */
function isPlainWord(lex: Lexicon, ordinary: Ordinary, loose: boolean, w: string): boolean {
  return ordinary(w) || (loose && !isListedName(lex, w) && !lex.people.has(w));
}

/**
 * Where a name whose first word alone is capitalised ends: "Европейского союза", "Северо-Кавказском
 * федеральном округе" — a capitalised adjective at `j - 1`, up to two lower-case adjectives, then
 * a lower-case organisation or place head. 0 when the words at `j` are no such head.
 */
function lowerHeadEnd(
  lex: Lexicon,
  tokens: readonly Token[],
  j: number,
  adjective: (lower: string) => boolean,
): number {
  const prev = tokens[j - 1] as Token;
  if (!prev.cap || prev.allCaps || !adjective(prev.text.toLowerCase())) return 0;
  const plain = (t: Token | undefined): t is Token => !!t && t.word && t.joined && !t.cap;
  let k = j;
  while (k < j + 2 && plain(tokens[k]) && adjective((tokens[k] as Token).text.toLowerCase())) k++;
  const head = tokens[k];
  return plain(head) && (lex.orgWords.has(head.lower) || lex.placeWords.has(head.lower))
    ? k + 1
    : 0;
}

/** Maximal runs of name words joined by single spaces, with particles allowed between them. */
function runs(
  lex: Lexicon,
  ordinary: Ordinary,
  tokens: readonly Token[],
  strictParticles = false,
  english = false,
  adjective?: (lower: string) => boolean,
  ofWords?: ReadonlySet<string>,
  spacedHyphens = false,
  civilities?: ReadonlySet<string>,
  lowerHeads?: ReadonlySet<string>,
  linkFor?: (word: string, head: string) => boolean,
): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    // "rue de Rivoli", "río Ebro", "lac Léman": the head word, in lower case, is part of the name.
    if (lowerHeads?.has((tokens[i] as Token).lower) && !(tokens[i] as Token).cap) {
      const end = headedPlaceEnd(lex, ordinary, tokens, i);
      if (end) {
        out.push([i, end]);
        i = end;
        continue;
      }
    }
    // Beyond English, a listed name runs over its lower-case words too: "Bosnia y Herzegovina",
    // "São Tomé e Príncipe" (English tables read "and" inside names their own way).
    const phrase =
      tokens[i]?.capsLine || (!english && tokens[i]?.cap) ? listedPhraseAt(lex, tokens, i) : 0;
    const opens =
      (isNameWord(lex, tokens[i], ordinary) && !isShouted(lex, ordinary, tokens, i)) ||
      (!english && opensWithParticle(lex, ordinary, tokens, i, ofWords));
    const numbered = opensWithNumber(tokens, i) || (english && numberedFirm(lex, tokens, i));
    // Portuguese "o sr. Alfredo Costa", "o dr. Rui Nogueira de Sá": a civility abbreviated in
    // lower case, as the spelling reform writes it inside a sentence, is the name's all the same.
    const civil = lowerCivility(lex, ordinary, tokens, i, civilities);
    if (!phrase && !opens && !numbered && !civil) {
      i++;
      continue;
    }
    let j = i + Math.max(1, phrase);
    let linked = false;
    while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
      // "the People's Liberation Army", "Children's Hospital": a possessive ends a name unless it
      // is an ordinary word capitalised inside a sentence before an institution's head.
      const inner = !!tokens[j - 1]?.possessive;
      const opener = j - 1 === i || (j - 2 === i && (tokens[i] as Token).lower === 'the');
      if (inner && !(english && opener && possessiveInName(lex, ordinary, tokens, j - 1))) break;
      const t = tokens[j] as Token;
      // "LifePoint Health, Inc.", "Acme Labs, LLC": a legal form after a comma ends the name.
      if (english && t.text === ',' && commaLegal(tokens, j)) {
        j += 2;
        break;
      }
      // "Harbeson, Fletcher & Bateh": partners' names listed with "&" before the last.
      const partners = english && t.text === ',' && j === i + 1 ? partnersEnd(lex, tokens, j) : 0;
      if (partners) {
        j = partners;
        continue;
      }
      if (!t.joined && !inner) break;
      // "M. ROUHER", "Mme DANIEL LESUEUR": a civility before a surname in capitals, as French
      // writes the names of speakers and parties.
      // "Mme Charlotte HALDANE": so after the civility's given name too.
      const civil =
        t.allCaps &&
        (!!civilities?.has((tokens[j - 1] as Token).lower) ||
          (j - i === 2 &&
            !!civilities?.has((tokens[i] as Token).lower) &&
            !(tokens[j - 1] as Token).allCaps &&
            isGivenName(lex, tokens[j - 1] as Token)));
      // "José SÓCRATES", "Ana COSTA": minutes and press releases write the surname in capitals
      // after the given name (not a place or a firm the lists know: "Maria SNCF" is two names).
      const prevTok = tokens[j - 1] as Token;
      const capsSurname =
        t.allCaps &&
        !t.capsLine &&
        t.text.length >= 3 &&
        prevTok.cap &&
        !prevTok.allCaps &&
        isGivenName(lex, prevTok) &&
        !listedPlaceOrFirm(lex, t.lower) &&
        !lex.orgSuffixes.has(t.lower);
      if (!civil && !capsSurname && caseBreak(lex, ordinary, prevTok, t)) break;
      // "Sahara The Reserve Bank": a capitalised article starts another name.
      if (t.lower === 'the' && t.cap && !t.capsLine) break;
      // "D. Sancho I", "Isabel II": a ruler's number after the name belongs to it, where "I"
      // is no pronoun; "D. Afonso V. Partiu", "Luís XIV. Depois": its full stop ends the
      // sentence and the name when the number is no initial: several letters, or a ruler's
      // civility before the name ("José V. Vasconcelos" has an initial). Only in the languages
      // with words for "of" here (the Romance ones, Dutch): German writes the number as an
      // ordinal, its full stop inside the sentence ("Wilhelm II. dankte ab").
      if (ofWords && regnal(tokens[j - 1], t)) {
        j++;
        const ruler = t.text.length > 2 || !!civilities?.has((tokens[i] as Token).lower);
        if (t.text.endsWith('.') && ruler) break;
        continue;
      }
      // "Nehmen Sie": a function word of the language continues no name (it may open one:
      // "Le Monde", "Die Linke"), but for a surname's capitalised article between two names
      // ("Marine Le Pen", "Drieu La Rochelle").
      const functionWord = lex.stopWords.has(t.lower) && !surnameArticle(lex, ordinary, tokens, j);
      if (isNameWord(lex, t, ordinary) && !functionWord && !isShouted(lex, ordinary, tokens, j)) {
        j++;
        continue;
      }
      const listed = t.capsLine ? listedPhraseAt(lex, tokens, j) : 0;
      if (listed) {
        j += listed;
        continue;
      }
      // "Indre - et - Loire", "Choisy - le - Roi": a small word between two spaced hyphens is
      // inside a hyphenated name, however the text spaces its other hyphens.
      if (!english && hyphenedParticle(lex, ordinary, tokens, j)) {
        j += 4;
        continue;
      }
      // "Bank of England", "Center for Immigration Studies", "Procter & Gamble", "Vincent van
      // Gogh". "of" and "for" only after an institution's or a place's head word: "Thabo
      // Sefolosha of the Atlanta Hawks" is two names.
      const head = (tokens[j - 1] as Token).lower;
      // German "Bundesamt für Gesundheit", "Institut für Zeitgeschichte".
      // "Associação Portuguesa para a Promoção da Leitura", "Fundación para la Paz": the
      // Romance "for" and its article inside a name a head word opens, before what it works for
      // (a plain word; "do Estado para a Câmara" is two names).
      const forWhat = tokens[ROMANCE_ARTICLES.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1];
      const romanceFor =
        !!ofWords &&
        ROMANCE_FOR.has(t.lower) &&
        (isHeadWord(lex, head) || isHeadWord(lex, runHead(lex, tokens, i))) &&
        !!forWhat?.cap &&
        !lex.people.has(forWhat.lower) &&
        !isHeadWord(lex, forWhat.lower) &&
        !isListedName(lex, forWhat.lower);
      const linking =
        t.lower === 'of' || t.lower === 'for' || !!linkFor?.(t.lower, head) || romanceFor;
      // "Chamber of Commerce and Industry", "Organisation for Economic Co-operation and
      // Development": "and" between ordinary words after an "of" or "for" of the same name.
      // (English: also words the common-word list lacks, "Commerce and Industry", that no list
      // names.)
      // (The Romance languages likewise: "Ministério da Educação e Ciência", "Serviço de Vida
      // Selvagem e Aquática".)
      // ("Nossa Senhora e Santo António": not after a title, which cuts the name there.)
      const romanceAnd =
        !!ofWords && ROMANCE_AND.has(t.lower) && !isTitle(lex, tokens[j - 1] as Token);
      const loose = english || romanceAnd;
      const coordinated =
        (t.lower === 'and' || (!!linkFor && t.lower === 'und') || romanceAnd) &&
        linked &&
        isPlainWord(lex, ordinary, loose, head) &&
        isPlainWord(lex, ordinary, loose, tokens[j + 1]?.lower ?? '') &&
        !isListedName(lex, tokens[j + 1]?.lower ?? '') &&
        // "Director for the Middle East and North Africa": listed names on either side are two.
        !(english && listedAround(lex, tokens, j, capitalsAfter(tokens, j)));
      // "Society for the Prevention of Cruelty to Children": once a head word's "of" or "for"
      // has opened the name, "of" and "for" go on between capitalised plain words, and "to"
      // before a last one ("… to Tavish Orr" leads to another name).
      const lastTo = t.lower === 'to' && !(tokens[j + 2]?.cap && tokens[j + 2]?.joined);
      const chained =
        english &&
        linked &&
        (linking || lastTo) &&
        isPlainWord(lex, ordinary, loose, head) &&
        !isListedName(lex, head) &&
        isPlainWord(lex, ordinary, loose, tokens[j + 1]?.lower ?? '') &&
        !isListedName(lex, tokens[j + 1]?.lower ?? '');
      const particle = linking
        ? isHeadWord(lex, head) || chained || !!linkFor?.(t.lower, head) || romanceFor
        : chained ||
          coordinated ||
          lex.particles.has(t.lower) ||
          t.text === '&' ||
          (spacedHyphens && t.text === '-') ||
          // "New - York", "Grande - Bretagne": a listed name's parts, however the text spaces
          // its other hyphens.
          (!english && t.text === '-' && listedAcrossHyphen(lex, tokens, j)) ||
          (t.lower === 'and' &&
            !LEGAL_FORMS.has(tokens[j - 1]?.lower ?? '') &&
            // "Fox Searchlight and Fox Entertainment Group": two names that share a first word.
            tokens[j + 1]?.lower !== (tokens[i] as Token).lower &&
            andInsideName(lex, tokens, j, english));
      let k = j + 1;
      if (linking && tokens[k]?.lower === 'the' && tokens[k]?.joined) k++;
      if (romanceFor && ROMANCE_ARTICLES.has(tokens[k]?.lower ?? '') && tokens[k]?.joined) k++;
      // "Ursula von der Leyen", "Joost van der Westhuizen": particles in a row.
      while (
        !linking &&
        lex.particles.has(tokens[k]?.lower ?? '') &&
        tokens[k]?.joined &&
        k < j + 3
      )
        k++;
      const next = tokens[k];
      // German "Wall Street vom Vortag", "Versuch von Toyota": where nouns are capitalised, a
      // particle joins a surname to a given name or title only ("Ursula von der Leyen"). (Tried
      // for the Romance languages too: "Roma dell'Italia" goes, but far more names with "de"
      // and "di" are lost than junk is saved.)
      // ("Peter Bauer von der SPD": no surname is written in capitals.)
      const bound =
        !strictParticles ||
        linking ||
        coordinated ||
        // German "Loescher & Co.", "Moll & Comp.": a firm's partners and its legal form.
        (t.text === '&' && lex.orgSuffixes.has(next?.lower ?? '')) ||
        ((isGivenName(lex, tokens[i] as Token) ||
          isGivenName(lex, tokens[j - 1] as Token) ||
          isTitle(lex, tokens[j - 1] as Token)) &&
          !(next?.allCaps && next.text.replace(/\./g, '').length > 1));
      // "Alleanza Democratica di Mmusi Maimane", "Argenteuil di Claude Monet": "of" before a
      // person's full name joins two names, not one. (Portuguese and Spanish given names hold
      // "de" and another given name: "Maria de Jesus Santos"; Italian "Cesare di Andrea
      // Frediani" is a book and its author.)
      const ofPerson =
        !!ofWords?.has(t.lower) &&
        !(GIVEN_DE.has(t.lower) && isGivenName(lex, tokens[j - 1] as Token)) &&
        !!next &&
        isGivenName(lex, next) &&
        !!tokens[k + 1]?.joined &&
        !!tokens[k + 1]?.cap;
      if (
        particle &&
        bound &&
        !ofPerson &&
        !t.cap &&
        next?.joined &&
        isNameWord(lex, next, ordinary)
      ) {
        // "Instituto da Natureza e Florestas": "de" after an institution's head links the name
        // as "of" does.
        if (linking || (ofWords?.has(t.lower) && isHeadWord(lex, head))) linked = true;
        j = k + 1;
        continue;
      }
      j = (adjective && lowerHeadEnd(lex, tokens, j, adjective)) || j;
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

function dropLeading(
  lex: Lexicon,
  ev: LanguageEvidence,
  ordinary: Ordinary,
  toks: Token[],
  before?: Token,
): Token[] {
  let s = 0;
  while (s < toks.length) {
    const t = toks[s] as Token;
    const next = toks[s + 1];
    const opensListed = !!next && isListedName(lex, `${t.lower} ${next.lower}`);
    // "General v. Schleicher": the particle after a title is the surname's.
    if (particleAfterTitle(lex, s > 0 ? toks[s - 1] : before, t)) break;
    // German capitalises its nouns anywhere: "Wähler von Demir" opens with an ordinary word.
    const sentenceWord =
      (t.atStart || !!ev.capitalisedNouns) &&
      !t.opensWrittenName &&
      ordinary(t.lower) &&
      !isListedName(lex, t.lower) &&
      !opensListed &&
      // "Mme Henri Tissot" opening a sentence: the civility is part of the name.
      !civility(ev, t, next);
    // A title before a name goes; a title alone may be a surname ("Bishop this week…").
    const modifier =
      (lex.titleModifiers.has(t.lower) || isTitle(lex, t)) &&
      s + 1 < toks.length &&
      !civility(ev, t, toks[s + 1]) &&
      !namesAThing(lex, ev, ordinary, t, next);
    // "Questioning Vindman": a verb opening a headline is not part of the name.
    const verb =
      ((ev.notNameStart(t.lower) && (ordinary(t.lower) || t.atStart)) ||
        !!ev.adverb?.(t.lower) ||
        !!ev.clitic?.(t.lower)) &&
      !isListedName(lex, t.lower);
    // "Tweet S & T Bancorp", "Share Acme": page furniture before a name.
    const furniture =
      (ev.notActors.has(t.lower) || !!ev.closedClass?.has(t.lower)) && s + 1 < toks.length;
    // "Von der Leyen", "De Wilde": a capitalised particle opens a surname; "of" never does.
    // "van Luyten" alone (runs()) keeps its particle.
    const surnameOpener = s === 0 && !t.cap && SURNAME_OPENERS.has(t.lower);
    const particle =
      lex.particles.has(t.lower) &&
      (!t.cap || t.lower === 'of' || s + 1 >= toks.length) &&
      !surnameOpener;
    // German "Seine Partei", "Weil Müller…", "Nur Justin": a function word opening a sentence
    // before a noun or a name is that word, though a list knows a river, town or given name so.
    const opener = !!next && sentenceFunctionWord(lex, ev, t);
    // "EN ALLEMAGNE", "DES GRANDS MOULINS": a function word in capitals is one still.
    const shouted = t.allCaps && !!next?.allCaps && lex.stopWords.has(t.lower);
    // German "beim Deutschen Bundestag", "der Medizinischen Hochschule": an adjective
    // capitalised inside a sentence before an institution's head opens its name.
    if (next && ev.nameAdjective?.(t, next)) break;
    // "der Bundesagentur für Arbeit": an institution's head before its "für" opens the name.
    if (next && ev.linkFor?.(next.lower, t.lower)) break;
    const drop =
      DETERMINERS.has(t.lower) ||
      sentenceWord ||
      modifier ||
      verb ||
      furniture ||
      particle ||
      shouted ||
      opener;
    // "Saint - Michel", "New - York" (spaced hyphens, runs()): the first part of a hyphenated name.
    const hyphened = next?.text === '-';
    // "Agence de l'Industrie", "Banque de France" opening a sentence: where the head comes
    // first, an institution's head before its "of" is the name's first word.
    const head =
      t.atStart &&
      !!ev.ofWords?.has(next?.lower ?? '') &&
      lex.orgHeads.has(t.lower) &&
      s + 2 < toks.length;
    if (drop && !opensListed && !hyphened && !head) s++;
    else break;
  }
  let e = toks.length;
  // Trailing particles, letters and job words after a name ("Eleanor Laws QC", "Jesse Norman
  // MP", "U.S. Ambassador").
  while (e > s) {
    const t = (toks[e - 1] as Token).lower;
    // Job words, not titles: "Bronwyn Bishop" and "Burger King" end in a title word.
    const job = e - s > 1 && ev.jobWords.has(t);
    // "Katie Walsh Foreign (Correspondent)": a title's first word after a person's name.
    const modifier =
      e - s > 2 && lex.titleModifiers.has(t) && lex.firstNames.has((toks[s] as Token).lower);
    // "Alex Smith Share", "Steve Heller Jul": page furniture and dates after a name.
    // ("Washington, D.C. Oct. 17": an abbreviated month keeps its full stop.)
    const furniture =
      e - s > 1 &&
      (ev.notActors.has(t) || (!!ev.titleCaseNames && ev.notActors.has(t.replace(/\.$/, ''))));
    const dangling = t === '&';
    if (
      lex.particles.has(t) ||
      DETERMINERS.has(t) ||
      POSTNOMINALS.has(t) ||
      job ||
      modifier ||
      furniture ||
      dangling
    )
      e--;
    else break;
  }
  return toks.slice(s, e);
}

/**
 * "Public Prosecutions Alison Saunders": words that are no names, then a first name, then more.
 * The person starts at the first name; the words before it belong to a title.
 */
/**
 * "Avenida Jorge Amado", "Residência André de Gouveia", "Instituto Nacional de Saúde Ricardo
 * Jorge": where a name's head comes first (the Romance languages), a place's or an
 * institution's head opening it names what is named after the person, not the person.
 * A government or a cabinet is led by the person it names ("Governo José Sócrates").
 */
function namedAfterPerson(
  lex: Lexicon,
  ev: LanguageEvidence,
  toks: readonly Token[],
  before: Token | undefined,
): boolean {
  const head = toks[0];
  if (!ev.ofWords || !head?.cap || head.allCaps || toks.length < 3) return false;
  // "secretário de Estado Miguel Sousa", "chef d'État": a head after a bare "de" ends an office's
  // name (the name of a place or an institution takes its article: "do Instituto", "na Avenida").
  if (before && BARE_OF.has(before.lower)) return false;
  return (
    (lex.placeWords.has(head.lower) || lex.orgWords.has(head.lower)) && !LED_BY.has(head.lower)
  );
}

const LED_BY = new Set(['governo', 'gobierno', 'gouvernement', 'executivo', 'gabinete']);

/** The Romance languages' "of" without an article. */
const BARE_OF = new Set(['de', 'di', "d'", 'd’']);

/** A ruler's number ("I", "IV", "XVI."), joined to a capitalised name word before it. */
export function regnal(before: Token | undefined, t: Token): boolean {
  return !!before?.cap && !isInitial(before) && t.joined && /^[IVX]+\.?$/.test(t.text);
}

/** A saint's word before a given name in the Romance languages: it is part of the name. */
const SAINTS = new Set(['são', 'santo', 'santa', 'san', 'santi', 'sant', 'sainte']);

/** A word that is no name: a particle, or a word no list knows as a name, not in capitals. */
function notName(lex: Lexicon, b: Token): boolean {
  return (
    lex.particles.has(b.lower) ||
    (!isListedName(lex, b.lower) && !lex.people.has(b.lower) && !b.allCaps)
  );
}

function personInside(lex: Lexicon, toks: readonly Token[], short = false): number {
  // Every word before the first name must be no name: one pass, not one per first name.
  // ("Saint - Pierre - Vaast", "Jean - Pierre": a hyphen joins the given name to the name.)
  for (
    let k = 1;
    k < toks.length - 1 && notName(lex, toks[k - 1] as Token) && toks[k - 1]?.text !== '-';
    k++
  ) {
    const t = toks[k] as Token;
    // "Eva-Marie": a hyphenated given name counts by its first part.
    const given = t.lower.split('-')[0] ?? '';
    if (!lex.firstNames.has(given) || lex.common.has(given)) continue;
    // "Santo António de Lisboa", "São Pedro do Estoril", "Igreja de Santa Maria": a saint's
    // word before the given name names the saint, or the place or church named after one.
    if (SAINTS.has((toks[k - 1] as Token).lower)) return 0;
    if (!short) return k;
    // English: a person's name is short and holds no ordinary word but a name's ("Hill"):
    // "Orange Blossom Comb Honey Globe Jar" is a product's, whatever "Blossom" is.
    const rest = toks.slice(k + 1);
    const personal = rest.every(
      (r) =>
        lex.particles.has(r.lower) ||
        !lex.common.has(r.lower) ||
        lex.lastNames.has(r.lower) ||
        lex.firstNames.has(r.lower),
    );
    return rest.length <= 3 && personal ? k : 0;
  }
  return 0;
}

function isListedWhole(lex: Lexicon, toks: readonly Token[]): boolean {
  const key = joinWords(toks, 'lower');
  return (
    lex.places.has(key) ||
    lex.organizations.has(key) ||
    lex.people.has(key) ||
    lex.canonical.has(key)
  );
}

const CHAIN_LINKS = new Set(['of', 'for', 'to', 'the', 'and']);

/** The language links the word at `k` to the head word before it ("Universidade de"). */
function linksToHead(ev: LanguageEvidence, toks: readonly Token[], k: number): boolean {
  return !!ev.linkFor?.((toks[k] as Token).lower, (toks[k - 1] as Token).lower);
}

function wholeRunIsName(lex: Lexicon, ev: LanguageEvidence, toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1];
  if (isListedWhole(lex, toks)) return true;
  // "American University of Kabul", "Bank of England": an institution's head before "of".
  const of = toks.findIndex(
    (t, k) => k > 0 && (t.lower === 'of' || t.lower === 'for' || linksToHead(ev, toks, k)),
  );
  const opened = of > 0 && (isOrgEnd(lex, toks[of - 1] as Token) || linksToHead(ev, toks, of));
  if (opened && of < toks.length - 1) {
    // "Ministry of Health Mr. Tolbert Nyenswah" is two names.
    const after = toks.slice(of + 1);
    if (after.length <= 4) return !after.some((t) => isTitle(lex, t) || isGivenName(lex, t));
    // "Society for the Prevention of Cruelty to Children": a longer chain of plain words and
    // small linking words, no given name or title of a person among them.
    return after.every((t) =>
      t.cap ? !isGivenName(lex, t) && !lex.personTitles.has(t.lower) : CHAIN_LINKS.has(t.lower),
    );
  }
  // "Office Manager Legon Medium Tax Payer Office": a job word inside joins a title to a name.
  const job = ev.titleCaseNames && toks.slice(1, -1).some((t) => ev.jobWords.has(t.lower));
  return (
    toks.length >= 2 &&
    !!last &&
    !job &&
    (lex.orgSuffixes.has(last.lower) || lex.orgWords.has(last.lower))
  );
}

/**
 * "Securities and Exchange Commission", "Food and Drug Administration": "and" inside an
 * institution's name, when capitalised words after it end in the institution's head word.
 */
/** Past the one to three capitalised words joined after the word at `at`. */
function capitalsAfter(tokens: readonly Token[], at: number): number {
  let k = at + 1;
  while (k <= at + 3 && tokens[k]?.joined && tokens[k]?.cap && tokens[k]?.word) k++;
  return k;
}

function andInsideName(
  lex: Lexicon,
  tokens: readonly Token[],
  at: number,
  english = false,
): boolean {
  const k = capitalsAfter(tokens, at);
  const last = tokens[k - 1] as Token;
  const after = tokens[k];
  const ends = !(after?.joined && after.cap && after.word);
  if (k <= at + 1 || !ends) return false;
  // "Real Madrid and Manchester United", "Big Machine and The Carlyle Group": a listed name on
  // either side, or a capitalised article after "and", are two names (English).
  if (english && (tokens[at + 1]?.text === 'The' || listedAround(lex, tokens, at, k))) return false;
  if (lex.orgSuffixes.has(last.lower) || lex.orgWords.has(last.lower)) return true;
  // English "Rock and Roll Hall of Fame": two ordinary words joined by "and" before a place's
  // head word (not "Ohio and Erie Canal"'s listed names).
  const plain = (t: Token | undefined): boolean =>
    !!t && lex.common.has(t.lower) && !isListedName(lex, t.lower);
  return (
    english && lex.placeWords.has(last.lower) && plain(tokens[at - 1]) && plain(tokens[at + 1])
  );
}

/**
 * The words right after "and" (to `end`) are a listed name, or one to three words before it are
 * and two or more words follow.
 */
function listedAround(lex: Lexicon, tokens: readonly Token[], at: number, end: number): boolean {
  const words = (from: number, to: number): string =>
    tokens
      .slice(from, to)
      .map((t) => t.lower)
      .join(' ');
  // ("Cowen and Co": a firm's partners before its legal form.)
  if (end - at < 3)
    return !lex.orgSuffixes.has(words(at + 1, end)) && isListedName(lex, words(at + 1, end));
  if (isListedName(lex, words(at + 1, end))) return true;
  for (let n = 1; n <= 3 && at - n >= 0 && (tokens[at - n] as Token).cap; n++) {
    if (isListedName(lex, words(at - n, at))) return true;
  }
  return false;
}

/**
 * Where a firm named for its partners ends ("Carr, Riggs & Ingram": one capitalised word each,
 * commas between them and "&" before the last), or 0. Places are no partners ("Ohio, Texas & Utah").
 */
function partnersEnd(lex: Lexicon, tokens: readonly Token[], comma: number): number {
  const partner = (t: Token | undefined): boolean =>
    !!t?.word && t.cap && !t.allCaps && !lex.places.has(t.lower) && !lex.towns.has(t.lower);
  if (!partner(tokens[comma - 1])) return 0;
  let k = comma;
  for (let n = 0; n < 4 && tokens[k]?.text === ','; n++) {
    if (!tokens[k + 1]?.joined || !partner(tokens[k + 1])) return 0;
    k += 2;
  }
  const amp = tokens[k];
  const last = tokens[k + 1];
  if (k === comma || amp?.text !== '&' || !amp.joined || !last?.joined || !partner(last)) return 0;
  const after = tokens[k + 2];
  return after?.joined && after.cap && after.word ? 0 : k + 2;
}

/** A comma, then a legal form, then no capitalised word of the same name: ", Inc. operated". */
function commaLegal(tokens: readonly Token[], comma: number): boolean {
  const form = tokens[comma + 1];
  const after = tokens[comma + 2];
  return (
    !!form?.joined &&
    form.cap &&
    LEGAL_FORMS.has(form.lower) &&
    !(after?.joined && after.cap && after.word && !after.atStart)
  );
}

/** Legal forms that end a company's name: "3D Systems Corp. and Stratasys Ltd." are two. */
export const LEGAL_FORMS = new Set(
  'inc|inc.|corp|corp.|co|co.|ltd|ltd.|plc|llc|llp|ag|sa|nv|bv|gmbh|spa|s.a.|n.v.'.split('|'),
);

/** A run of name words being cut into candidates (segment), and where they go. */
interface RunAt {
  lex: Lexicon;
  ev: LanguageEvidence;
  ordinary: Ordinary;
  tokens: readonly Token[];
  /** Where the run starts in `tokens`. */
  lead: number;
  /** Each token's index in the run. */
  place: Map<Token, number>;
  out: Candidate[];
}

/** The token just before `t` in the text (the run's own before it, or the one before the run). */
function tokenBeforeIn(c: RunAt, t: Token | undefined): Token | undefined {
  return c.tokens[c.lead + (c.place.get(t as Token) ?? 0) - 1];
}

/** Adds the words `toks` of the run as a candidate, `trim`med of what opens no name. */
function emit(c: RunAt, toks: Token[], personCue: boolean, trim = true): void {
  const { lex, ev } = c;
  const before = tokenBeforeIn(c, toks[0]);
  let kept = trim ? dropLeading(lex, ev, c.ordinary, toks, before) : toks;
  const civil = !!kept[0] && civility(ev, kept[0], kept[1]);
  const named = namedAfterPerson(lex, ev, kept, tokenBeforeIn(c, kept[0]));
  const person = trim && !civil && !named ? personInside(lex, kept, !!ev.titleCaseNames) : 0;
  // "o banco da Rua Teodoro Sampaio": a street's head right before the given name names the
  // street after the person; the street is the name, not the person.
  const head = kept[person - 1];
  if (person && namedAfterPerson(lex, ev, kept.slice(person - 1), tokenBeforeIn(c, head)))
    kept = kept.slice(person - 1);
  else if (person) [kept, personCue] = [kept.slice(person), true];
  const first = kept[0];
  if (kept.length === 1 && first && first.text.replace(/\./g, '').length < 2) return;
  if (first) c.out.push({ tokens: kept, first: c.lead + (c.place.get(first) ?? -1), personCue });
}

/** Cuts one run into candidate names. */
function segment(
  lex: Lexicon,
  ev: LanguageEvidence,
  ordinary: Ordinary,
  tokens: readonly Token[],
  from: number,
  to: number,
  out: Candidate[],
): void {
  let lead = from;
  while (lead < to && DETERMINERS.has((tokens[lead] as Token).lower)) lead++;
  // "European Union Gordon Mallory", "European Commission President X": a listed name opening
  // a longer run is a name of its own; the rest is cut on its own.
  for (let k = Math.min(4, to - lead - 1); k >= 1; k--) {
    const rest = tokens[lead + k] as Token;
    // In a declining language a country before another name is its genitive: "(премьер)
    // Турции Реджеп Эрдоган", "США Барак Обама". Elsewhere one word opens no such run.
    const genitive = k === 1 && !!ev.stem && countryAlone(lex, tokens[lead] as Token);
    const beforePerson = k === 1 && nameBeforePerson(lex, ev, tokens, lead, to);
    if (k === 1 && !genitive && !beforePerson) continue;
    const person =
      genitive || isTitle(lex, rest) || ev.jobWords.has(rest.lower) || isGivenName(lex, rest);
    const listed =
      beforePerson || isListedName(lex, joinWords(tokens.slice(lead, lead + k), 'lower'));
    if (!person || !listed) continue;
    out.push({ tokens: tokens.slice(lead, lead + k), first: lead, personCue: false });
    return segment(lex, ev, ordinary, tokens, lead + k, to, out);
  }
  const run = tokens.slice(lead, to);
  // "About Acme Benefit Corporation Acme Benefit Corporation (Acme) is": a name written twice
  // in a row, as pages repeat a heading, is two mentions.
  // (A word may open the run before it: "About".)
  for (let open = run.length & 1; open <= 1; open += 2) {
    const half = (run.length - open) >> 1;
    if (half < 2) break;
    const at = lead + open;
    const twice = run
      .slice(open, open + half)
      .every((t, k) => t.lower === (run[open + half + k] as Token).lower);
    if (twice) {
      segment(lex, ev, ordinary, tokens, lead, at + half, out);
      return segment(lex, ev, ordinary, tokens, at + half, to, out);
    }
  }
  // Where each token stands in the run (a search per name made a long run quadratic).
  const place = new Map(run.map((t, k) => [t, k]));
  const c: RunAt = { lex, ev, ordinary, tokens, lead, place, out };
  // Only a firm's name runs over a comma ("Carr, Riggs & Ingram", "Acme Labs, Inc."): whole.
  if (isListedWhole(lex, run) || run.some((t) => t.text === ',')) return emit(c, run, false, false);
  // German "Universität Łódź", "Kraftwerk Lippendorf": an institution's noun, then the place or
  // the person it is named after, is the institution's name.
  // ("Im Kraftwerk X": a capitalised function word opening the sentence stays out.)
  // ("im Deutschen Theater Berlin": adjectives of the name before it open it.)
  let adjectives = 0;
  while (
    adjectives < 2 &&
    run[adjectives + 1] &&
    ev.nameAdjective?.(run[adjectives] as Token, run[adjectives + 1] as Token)
  )
    adjectives++;
  const at =
    adjectives || (ev.institution && lex.stopWords.has(run[0]?.lower ?? ''))
      ? Math.max(adjectives, 1)
      : 0;
  const institution = run[at];
  if (
    institution &&
    run.length - at >= 2 &&
    run.length - at <= 3 &&
    ev.institution?.(institution.lower)
  ) {
    const named = run.slice(at + 1).every((t) => t.cap && !t.allCaps && !ordinary(t.lower));
    if (named) return emit(c, run.slice(adjectives ? 0 : at), false, false);
  }
  // "U.S. Open", "Fed Cup", "Labor Day": events, not actors; "Democracy Act", "Zacks Rank":
  // laws, indices and other things.
  // "Term Loan B", "Bond 2": a thing's head word before the letter or number of a series.
  const serial = run.length > 2 && /^(?:\p{Lu}|\d+)$/u.test(run[run.length - 1]?.text ?? '');
  const tail = run[run.length - (serial ? 2 : 1)];
  const thing = !!tail && (lex.eventWords.has(tail.lower) || ev.thingHeads.has(tail.lower));
  if (run.length > 1 && thing) return;
  // "Guerra Mundial", "Jogos Olímpicos de Barcelona", "47º Festival de Cannes": where a name's
  // head comes first, an event's head word opens it (after an ordinal or an article).
  // "Segunda Guerra Mundial": an ordinal before the head.
  let open = run.findIndex((t) => t.word && !lex.stopWords.has(t.lower));
  if (ORDINAL_WORD.test(run[open]?.lower ?? '') && run.length > open + 2) open++;
  const opener = run[open];
  if (
    run.length > 1 &&
    opener &&
    opener !== run[run.length - 1] &&
    ev.eventHeads?.has(opener.lower)
  )
    return;
  // "o Mundial", "a Volta": an event's head word alone is the event the story is about.
  if (run.length === 1 && opener && ev.eventHeads?.has(opener.lower)) {
    if (!isListedName(lex, opener.lower)) return;
  }
  // "FTSE Heads For Best Week Since December": a headline in Title Case inside a line of text;
  // a preposition capitalised after a word that heads no institution ("Institute For") is no name's.
  if (ev.titleCaseNames && run.some((t, k) => k > 0 && headlineWord(lex, ev, run, k))) return;
  // "Minister for Human Services", "Secretary of State": a role; a name may follow it.
  // "Prime Minister for Women": the title's modifiers before it.
  let head = 0;
  while (
    ev.titleCaseNames &&
    head < run.length - 1 &&
    lex.titleModifiers.has((run[head] as Token).lower)
  )
    head++;
  // "Il Ministro dell'Interno": an article opening the sentence before the title.
  while (ev.ofWords && head < run.length - 1 && lex.stopWords.has((run[head] as Token).lower))
    head++;
  const title = run[head];
  const role =
    title &&
    isTitle(lex, title) &&
    // "M. de Kerillis" is a name, "Ministre de l'Intérieur" a role.
    !ev.civilities?.has(title.lower) &&
    (run[head + 1]?.lower === 'for' ||
      run[head + 1]?.lower === 'of' ||
      !!ev.ofWords?.has(run[head + 1]?.lower ?? ''));
  if (role) {
    const person = personInside(lex, run, !!ev.titleCaseNames);
    if (person) emit(c, run.slice(person), true, false);
    else if (ev.ofWords) {
      // "Ministro dell'Interno Angelino Alfano": a one-word office, then two or three names.
      const rest = run.slice(head + 3);
      const named = rest.every((t) => t.cap && !ordinary(t.lower) && !isDemonym(lex, t));
      if (rest.length >= 2 && rest.length <= 3 && named) emit(c, rest, true, false);
    }
    return;
  }
  if (wholeRunIsName(lex, ev, run)) {
    // "Later Congress", "About Acme Inc", "Tweet Acme Bancorp": an ordinary word opening the
    // sentence, or page furniture, is not part of the name.
    let from = 0;
    // "Arch Coal Inc.": before a legal form, only a function word opens no part of the name.
    const legal = LEGAL_FORMS.has((run[run.length - 1] as Token).lower) && !!ev.closedClass;
    while (from < run.length - 1) {
      const opener = run[from] as Token;
      const plain =
        opener.atStart &&
        ordinary(opener.lower) &&
        !lex.orgWords.has(opener.lower) &&
        (!legal || !!ev.closedClass?.has(opener.lower));
      const closed = !!ev.closedClass?.has(opener.lower);
      // German "Firma Century Media", "Spartensender Swiss Music Radio": a noun for the kind
      // of organisation or person before the name is no part of it.
      const kind =
        !!ev.kindBefore?.(opener.lower) &&
        !isListedName(lex, opener.lower) &&
        !ev.linkFor?.(run[from + 1]?.lower ?? '', opener.lower);
      // German "Seine Partei": a function word opening the sentence, whatever list knows it.
      const functionWord = sentenceFunctionWord(lex, ev, opener);
      if (
        (plain && !isListedName(lex, opener.lower)) ||
        functionWord ||
        ev.notActors.has(opener.lower) ||
        closed ||
        kind
      )
        from++;
      else break;
    }
    return emit(c, run.slice(from), false, false);
  }
  const trimmed = dropLeading(lex, ev, ordinary, run, tokens[lead - 1]);
  if (trimmed.length && wholeRunIsName(lex, ev, trimmed)) return emit(c, trimmed, false, false);

  let cur: Token[] = [];
  let cue = false;
  run.forEach((t, k) => {
    const last = k === run.length - 1;
    const prev = cur[cur.length - 1];
    const next = run[k + 1];
    // "European Union Gordon Sondland": an organisation's last word, then a person's first name.
    if (prev && !last && isOrgEnd(lex, prev) && isGivenName(lex, t)) {
      emit(c, cur, cue);
      cur = [t];
      cue = false;
      return;
    }
    // "Zignal Labs Closes": after a company's suffix an ordinary word is no part of its name.
    // (English: after a suffix only; a head word such as "Design" may still be a noun's
    // modifier, "Concurrent Design Facility".)
    const plainWord = t.cap && ordinary(t.lower) && !isOrgEnd(lex, t);
    const suffix =
      !!prev && (ev.titleCaseNames ? lex.orgSuffixes.has(prev.lower) : isOrgEnd(lex, prev));
    if (prev && suffix && cur.length > 1 && plainWord) {
      emit(c, cur, cue);
      cur = [];
      cue = false;
      return;
    }
    // "By Andrew Sentance Comments Economic statisticians": a given name and a surname, then
    // capitalised ordinary words of a headline or a menu, which belong to no name.
    const personal =
      !!ev.titleCaseNames &&
      cur.length >= 2 &&
      isGivenName(lex, cur[0] as Token) &&
      !ordinary((prev as Token).lower) &&
      cur.every((c) => !isOrgEnd(lex, c));
    // "by Sarah Thompson Anthony Macdonald": a second given name and surname start a second name.
    const secondPerson =
      personal &&
      isGivenName(lex, t) &&
      !isGivenName(lex, prev as Token) &&
      !!next?.cap &&
      !isGivenName(lex, next) &&
      !ordinary(next.lower);
    if (secondPerson) {
      emit(c, cur, cue);
      cur = [t];
      cue = false;
      return;
    }
    if (personal && plainWord && !lex.placeWords.has(t.lower) && !isListedName(lex, t.lower)) {
      emit(c, cur, cue);
      cur = [t];
      cue = false;
      return;
    }
    // Russian "(Президент) России Владимир Путин": a country's genitive before a name.
    const genitive =
      cur.length === 1 &&
      ((!!ev.stem && countryAlone(lex, cur[0] as Token)) ||
        (cur[0] === run[k - 1] && nameBeforePerson(lex, ev, run, k - 1, run.length)));
    // "Banca d'Italia Guido Carli", "Regione Lombardia Enrico De Alessandri": the same after a
    // longer name ending in the place.
    const placeThenPerson =
      cur.length > 1 &&
      cur[cur.length - 1] === run[k - 1] &&
      nameBeforePerson(lex, ev, run, k - 1, run.length);
    if (placeThenPerson) {
      emit(c, cur, cue);
      cur = [t];
      cue = false;
      return;
    }
    if (genitive && t.cap) {
      emit(c, cur, cue);
      cur = [t];
      cue = false;
      return;
    }
    // German "Brians Sohn Murchad", "Matthew Williams Liebeskummer": a common noun between or
    // after names belongs to neither; an organisation's or place's head word stays ("Deutsche Bank").
    const noun =
      !!ev.capitalisedNouns &&
      t.cap &&
      ordinary(t.lower) &&
      !isOrgEnd(lex, t) &&
      !isListedName(lex, t.lower) &&
      !(next && ev.nameAdjective?.(t, next));
    // "Merkels Rede", "Irlands Premier": a name's genitive, then what it has.
    const genitiveBefore =
      !!ev.capitalisedNouns &&
      !!prev &&
      prev.text.length === prev.lower.length + 1 &&
      /s$/i.test(prev.text);
    if (genitiveBefore) {
      emit(c, cur, cue);
      cur = [];
      cue = false;
    }
    if (noun && !lex.placeWords.has(t.lower) && !isTitle(lex, t)) {
      emit(c, cur, cue);
      cur = [];
      cue = false;
    } else if (isDate(t)) {
      emit(c, cur, cue);
      cur = [];
      cue = false;
    } else if (
      isDemonym(lex, t) &&
      !(cur.some((c) => !ordinary(c.lower)) && next?.cap) &&
      // "Kim Kardashian", "Jo Gabrielian": an unlisted word shaped as a nationality right after a
      // given name is a surname.
      !(
        cur.length &&
        isGivenName(lex, cur[cur.length - 1] as Token) &&
        !lex.demonyms.has(t.lower)
      ) &&
      // "Australian Chamber of Commerce", "Russian Academy of Sciences": a nationality opening
      // an institution's "X of Y" name belongs to it.
      !(ev.titleCaseNames && cur.length === 0 && institutionAfter(lex, run, k))
    ) {
      // "North Korean" and "Russian" are nationalities, not actors; inside a name they stay
      // ("Nikkei Asian Review", "Anglo American Platinum").
      if (!cur.every((c) => ordinary(c.lower))) emit(c, cur, cue);
      cur = [];
      cue = false;
    } else if (
      (isTitle(lex, t) &&
        !last &&
        next?.text !== '-' &&
        !namesAThing(lex, ev, ordinary, t, next) &&
        !civilityAfterHead(lex, ev, cur, t, next, (x) => tokenBeforeIn(c, x))) ||
      (last && ev.jobWords.has(t.lower) && cur.length) ||
      // German "war Julio Roca Präsident des Senats": a role after a name ends it.
      (last && !!ev.capitalisedNouns && isTitle(lex, t) && cur.length > 1)
    ) {
      // "Kenya Deputy (President)": the title's modifiers before it. English takes them off the
      // end only: "Atlanta Federal Reserve (President)" keeps its "Federal".
      let end = cur.length;
      while (end > 0 && lex.titleModifiers.has((cur[end - 1] as Token).lower)) end--;
      emit(
        c,
        ev.titleCaseNames ? cur.slice(0, end) : cur.filter((c) => !lex.titleModifiers.has(c.lower)),
        false,
      );
      // French "M. Paul Deschanel", "Mme Curie": the civility is written as part of the name.
      cur = civility(ev, t, next) ? [t] : [];
      cue = true;
    } else cur.push(t);
  });
  emit(c, cur, cue);
}

/**
 * "Rua Dona Amélia", "Rua de D. Duarte", "Praça Dom Afonso", "Escola D. Maria II": where a name's
 * head comes first, a street, a building or a school is named after a person with the civility
 * the person is known by; the civility starts no new name after such a head.
 */
function civilityAfterHead(
  lex: Lexicon,
  ev: LanguageEvidence,
  cur: readonly Token[],
  t: Token,
  next: Token | undefined,
  tokenBefore: (t: Token | undefined) => Token | undefined,
): boolean {
  if (!ev.ofWords || !civility(ev, t, next)) return false;
  let k = cur.length - 1;
  while (k > 0 && ev.ofWords.has((cur[k] as Token).lower)) k--;
  const head = cur[k];
  return (
    !!head?.cap &&
    !head.allCaps &&
    // "secretário de Estado Dr. Rui Lopes": a head after a bare "de" ends an office's name.
    !BARE_OF.has(tokenBefore(head)?.lower ?? '') &&
    (lex.placeWords.has(head.lower) || NAMED_AFTER_HEADS.has(head.lower))
  );
}

/** Institutions often named after a person: schools, hospitals, foundations, museums. */
const NAMED_AFTER_HEADS = new Set(
  'escola|colégio|liceu|hospital|fundação|museu|teatro|biblioteca|instituto|escuela|colegio|fundación|museo|teatro|scuola|liceo|ospedale|fondazione|lycée|école|collège|hôpital|fondation|musée|théâtre'.split(
    '|',
  ),
);

/** After the word at k: a capitalised institution's head, then "of" or "for" ("Chamber of"). */
function institutionAfter(lex: Lexicon, run: readonly Token[], k: number): boolean {
  for (let m = k + 2; m < run.length - 1 && m <= k + 4; m++) {
    const w = (run[m] as Token).lower;
    if (w !== 'of' && w !== 'for') continue;
    const head = run[m - 1] as Token;
    return (
      head.cap &&
      (lex.orgWords.has(head.lower) ||
        lex.orgSuffixes.has(head.lower) ||
        HEAD_WORDS.has(head.lower))
    );
  }
  return false;
}

function headlineWord(
  lex: Lexicon,
  ev: LanguageEvidence,
  run: readonly Token[],
  k: number,
): boolean {
  const t = run[k] as Token;
  if (!t.cap || t.atStart || t.capsLine || t.lower === 'of' || !ev.closedClass?.has(t.lower))
    return false;
  return !isHeadWord(lex, (run[k - 1] as Token).lower);
}

/**
 * "Patriot Coal", "Pioneer Energy": a word for a kind of person (no title such as "Senator")
 * before a plain word that is no one's name opens a firm's or a thing's name, not a person's.
 */
function namesAThing(
  lex: Lexicon,
  ev: LanguageEvidence,
  ordinary: Ordinary,
  t: Token,
  next: Token | undefined,
): boolean {
  if (!ev.titleCaseNames || !next) return false;
  if (lex.personTitles.has(t.lower) || !lex.roleNouns.has(t.lower)) return false;
  return (
    ordinary(next.lower) &&
    !isGivenName(lex, next) &&
    !lex.lastNames.has(next.lower) &&
    !isTitle(lex, next) &&
    !lex.titleModifiers.has(next.lower)
  );
}

/**
 * "Arcore Silvio Berlusconi", "РФ Владимир Путин": one word, a listed place or an acronym that is
 * no one's name, before a given name and another capitalised word (the language says when).
 */
function nameBeforePerson(
  lex: Lexicon,
  ev: LanguageEvidence,
  tokens: readonly Token[],
  lead: number,
  to: number,
): boolean {
  const first = tokens[lead];
  const given = tokens[lead + 1];
  if (!ev.nameBeforePerson || !first || !given || lead + 2 >= to) return false;
  if (!tokens[lead + 2]?.cap) return false;
  // "Iraq Saddam Hussein", "Egitto Hosni Mubarak": a country, then two words that end the run
  // and are no place, no head word, no listed name of another kind.
  const plainWord = (t: Token): boolean =>
    t.cap &&
    !t.allCaps &&
    !lex.places.has(t.lower) &&
    !lex.towns.has(t.lower) &&
    !isHeadWord(lex, t.lower) &&
    !lex.demonyms.has(t.lower);
  const twoWords =
    lead + 3 === to &&
    countryAlone(lex, first) &&
    plainWord(given) &&
    plainWord(tokens[lead + 2] as Token);
  if (!isGivenName(lex, given) && !twoWords) return false;
  if (lex.firstNames.has(first.lower) || lex.lastNames.has(first.lower)) return false;
  // "MM. Louis Billiet": a title in capitals is no acronym.
  if (isTitle(lex, first)) return false;
  if (first.allCaps) return first.text.replace(/\./g, '').length >= 2;
  return (
    lex.places.has(first.lower) || lex.towns.has(first.lower) || lex.countries.has(first.lower)
  );
}

/** A civility the language writes as part of a name, before a capitalised word: "M. Deschanel". */
function civility(ev: LanguageEvidence, t: Token, next: Token | undefined): boolean {
  // "M. de Kerillis": a particle may stand between the civility and the name.
  const named = !!next?.cap || ['de', 'du', "d'", 'd’'].includes(next?.lower ?? '');
  return !!ev.civilities?.has(t.lower) && named && !ev.civilities.has(next?.lower ?? '');
}

function countryAlone(lex: Lexicon, t: Token): boolean {
  return lex.countries.has(t.lower) && !lex.firstNames.has(t.lower) && !lex.lastNames.has(t.lower);
}

function isOrgEnd(lex: Lexicon, t: Token): boolean {
  return lex.orgSuffixes.has(t.lower) || lex.orgWords.has(t.lower);
}

function isGivenName(lex: Lexicon, t: Token): boolean {
  return lex.firstNames.has(t.lower) && !lex.common.has(t.lower) && !isOrgEnd(lex, t);
}

export function findCandidates(
  lex: Lexicon,
  ev: LanguageEvidence,
  tokens: readonly Token[],
  ordinary: Ordinary = (w) => lex.common.has(w),
): Candidate[] {
  const out: Candidate[] = [];
  if (ev.titleCaseNames) markWrittenNames(tokens, ev.salutations);
  for (const [from, to] of runs(
    lex,
    ordinary,
    tokens,
    !!ev.capitalisedNouns,
    !!ev.titleCaseNames,
    ev.adjective,
    ev.ofWords,
    // English tables keep their own reading of dashes between names ("Lincoln - Smith").
    !ev.titleCaseNames && writesSpacedHyphens(lex, tokens, ev.spacedCompound),
    ev.civilities,
    ev.lowerHeads,
    ev.linkFor,
  )) {
    segment(lex, ev, ordinary, tokens, from, to, out);
  }
  // "von Amt zu Amt", "von Gericht zu Gericht": a noun said twice around a preposition names
  // nothing, though it heads institutions' names.
  if (ev.nounMarkers) {
    // In place: spreading a page's candidates as arguments could overflow the stack.
    let kept = 0;
    for (const c of out) {
      if (!(c.tokens.length <= 2 && twinFormula(tokens, c.first + c.tokens.length - 1))) {
        out[kept++] = c;
      }
    }
    out.length = kept;
  }
  // Old German print spaces a club's or firm's initials: "der W. A. C.", "des I. A. C.".
  if (ev.spacedInitials) spacedInitials(tokens, out);
  // German clubs carry their founding year: "FC Schalke 04", "1. FC Nürnberg", "SG 01 Höchst".
  if (ev.clubs) clubNumbers(ev.clubs, tokens, out);
  // "Riesengasse 13", "VI. Mariahilferstraße 101": an address's house number is part of it.
  if (ev.numbered) {
    for (const c of out) {
      const last = c.tokens[c.tokens.length - 1] as Token;
      const next = tokens[c.first + c.tokens.length];
      // ("Laubeplatz 6." ending a sentence: the tokenizer keeps a digit's full stop.)
      if (next?.joined && /^\d{1,4}[a-z]?\.?$/.test(next.text) && ev.numbered(last.lower))
        c.tokens = [...c.tokens, next];
      if (!ev.address || !c.tokens.some((t) => ev.numbered?.(t.lower))) continue;
      const [from, to] = ev.address(tokens, c.first, c.first + c.tokens.length);
      c.tokens = tokens.slice(from, to);
      c.first = from;
    }
  }
  // "die sozialdemokratische Partei": a party named by its lower-case adjective, whole.
  if (ev.adjectiveParty) {
    const covered = new Map(out.map((c) => [c.first + c.tokens.length - 1, c]));
    for (let i = 0; i < tokens.length; i++) {
      const end = ev.adjectiveParty(tokens, i);
      if (!end) continue;
      const head = covered.get(end - 1);
      const party = { tokens: tokens.slice(i, end), first: i, personCue: false };
      if (head && head.first >= i) Object.assign(head, party);
      else if (!head) out.push(party);
      i = end - 1;
    }
  }
  // "Frankfurt a. M.", "Freiburg i. Br.": a town with its river or region, abbreviated.
  if (ev.placeQualifier) {
    for (const c of out) {
      const end = ev.placeQualifier(tokens, c.first + c.tokens.length);
      if (end > c.first + c.tokens.length) c.tokens = tokens.slice(c.first, end);
    }
  }
  // "Assemblée nationale", "Banque centrale européenne": an institution's head word, then the
  // lower-case adjectives that end its name.
  const adjective = ev.trailingNameAdjective;
  if (adjective) {
    for (const c of out) {
      const head = c.tokens.find((t) => !lex.stopWords.has(t.lower));
      if (!head || !lex.orgHeads.has(head.lower)) continue;
      let end = c.first + c.tokens.length;
      const added: Token[] = [];
      for (let t = tokens[end]; t?.word && !t.cap && adjective(t.lower) && added.length < 2;) {
        added.push(t);
        t = tokens[++end];
      }
      // "Ligue nationale de hockey", "Comité international olympique": the name goes on in
      // lower case, and where it ends is not told; none is better than half of it.
      const next = tokens[end];
      const goesOn =
        !!next?.word &&
        !next.cap &&
        (!lex.stopWords.has(next.lower) || !!ev.ofWords?.has(next.lower));
      if (added.length && !goesOn) c.tokens = [...c.tokens, ...added];
    }
  }
  // "15, rue de Valois", "rue Ordener, 80": French writes the house number before the street,
  // or after it behind a comma; the address is the street with its number.
  if (ev.streets) {
    for (const c of out) {
      if (!ev.streets.has((c.tokens[0] as Token).lower)) continue;
      const [num, comma] = [tokens[c.first - 2], tokens[c.first - 1]];
      const end = c.first + c.tokens.length;
      const [comma2, num2] = [tokens[end], tokens[end + 1]];
      if (comma?.text === ',' && num && HOUSE_NUMBER.test(num.text)) {
        c.tokens = [num, comma, ...c.tokens];
        c.first -= 2;
      } else if (comma2?.text === ',' && num2 && HOUSE_NUMBER.test(num2.text)) {
        c.tokens = [...c.tokens, comma2, num2];
      }
    }
  }
  return out;
}

/**
 * Three or more capital initials in a row and no name after them ("der W. A. C. siegte") are
 * an organisation's abbreviation, whole: an initial cut off before them joins them again.
 */
function spacedInitials(tokens: readonly Token[], out: Candidate[]): void {
  for (const c of out) {
    if (!c.tokens.every(isInitial)) continue;
    let first = c.first;
    while (first > 0 && c.first - first < 3) {
      const t = tokens[first - 1] as Token;
      if (!isInitial(t) || !tokens[first]?.joined) break;
      first--;
    }
    const after = tokens[c.first + c.tokens.length];
    const named = !!after?.joined && after.word && after.cap && !after.atStart;
    const whole = tokens.slice(first, c.first + c.tokens.length);
    if (whole.length >= 3 && !named) {
      c.tokens = whole;
      c.first = first;
    }
  }
}

/**
 * A club's name opened by its kind ("FC", "SV", "TSV") takes the number of its founding year
 * after it ("FC Schalke 04", "TSV 1860 München": the name after the number joins it) and the
 * ordinal before it ("1. FC Köln").
 */
function clubNumbers(clubs: ReadonlySet<string>, tokens: readonly Token[], out: Candidate[]): void {
  for (let k = 0; k < out.length; k++) {
    const c = out[k] as Candidate;
    if (!clubs.has((c.tokens[0] as Token).lower)) continue;
    const ordinal = tokens[c.first - 1];
    if (ordinal && /^\d\.$/.test(ordinal.text) && c.tokens[0]?.joined) {
      c.tokens = [ordinal, ...c.tokens];
      c.first--;
    }
    const at = c.first + c.tokens.length;
    const year = tokens[at];
    if (!year?.joined || !/^(?:\d{2}|1[89]\d{2})$/.test(year.text)) continue;
    c.tokens = [...c.tokens, year];
    const after = out[k + 1];
    if (
      after &&
      after.first === at + 1 &&
      after.tokens[0]?.joined &&
      c.tokens.length + after.tokens.length <= MAX_NAME_TOKENS
    ) {
      c.tokens = [...c.tokens, ...after.tokens];
      out.splice(k + 1, 1);
    } else {
      // "SG 01 Höchst": the town may be a word the text also uses otherwise.
      const town = tokens[at + 1];
      if (town?.joined && town.word && town.cap && !town.allCaps && c.tokens.length === 2)
        c.tokens = [...c.tokens, town];
    }
  }
}

/**
 * "Star Wars heroes like…" where the text also writes "other games, Star Wars Jedi": an ordinary
 * word opening a sentence stays in the name the text writes with it inside sentences, so a
 * work's title is not cut into "Wars" and "Wars Jedi" (English: one pass, a set of pairs).
 */
function markWrittenNames(tokens: readonly Token[], salutations?: ReadonlySet<string>): void {
  const inside = new Set<string>();
  const capital = (t: Token | undefined): t is Token => !!t?.word && t.cap && !t.capsLine;
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1] as Token;
    const b = tokens[i] as Token;
    if (capital(a) && capital(b) && !a.atStart && b.joined && !a.possessive)
      inside.add(`${a.lower} ${b.lower}`);
  }
  if (!inside.size) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    // ("DEAR ABBY:" greets Abby, though the text names the column "Dear Abby" too.)
    const greets = salutations?.has(a.lower);
    // (Not in capitals: "HOUSE DEMS DEFY OBAMA" is a headline, whatever "House Dems" is.)
    if (a.atStart && capital(a) && !a.allCaps && capital(b) && b.joined && !greets)
      a.opensWrittenName = inside.has(`${a.lower} ${b.lower}`);
  }
}

/** A house number: "15", "130", "7bis". */
const HOUSE_NUMBER = /^\d{1,4}(?:bis|ter)?$/;

/**
 * A text that writes its compounds' hyphens spaced ("peut - être", "celui - ci") more often than
 * joined, as tokenised and OCR'd text does, writes hyphenated names so too: "Grande - Bretagne",
 * "Asie - Mineure" are one name there, not two beside a dash. A short text may hold one such
 * compound only: with no joined hyphen anywhere, one compound the language writes only
 * hyphenated ("peut - être", "dit - il"; `spacedCompound`) or one listed name across a spaced
 * hyphen ("Etats - Unis") is enough, where a dash between two plain words ("dovuto - pare",
 * "Juventus - Milan") is not.
 */
function writesSpacedHyphens(
  lex: Lexicon,
  tokens: readonly Token[],
  spacedCompound?: (first: string, second: string) => boolean,
): boolean {
  let spaced = 0;
  let joined = 0;
  let joinedNames = 0;
  let telling = false;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.text === '-') {
      const prev = tokens[i - 1] as Token;
      const next = tokens[i + 1] as Token;
      if (!prev.word || !next.word || !t.joined || !next.joined) continue;
      if (!prev.cap && !next.cap) {
        spaced++;
        if (spacedCompound?.(prev.lower, next.lower)) telling = true;
      } else if (spacedCompound && prev.cap && next.cap && listedAcrossHyphen(lex, tokens, i)) {
        telling = true;
      }
    } else if (t.word && t.text.includes('-')) {
      if (!t.cap) joined++;
      else joinedNames++;
    }
  }
  return (spaced >= 2 && spaced > joined) || (telling && joined + joinedNames === 0);
}

/** Two tokens written without a space between them. */
function glued(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** The token is part of an e-mail or web address: next to "@", or a host name with its dots. */
function inAddress(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    (after?.text === '@' && glued(t, after)) ||
    (before?.text === '@' && glued(before, t)) ||
    /^(?:www\.)?[\p{Ll}\d-]+\.[\p{Ll}.]+$/u.test(t.text)
  );
}

/**
 * Ordinary words of this text: those listed as common, and those it writes in lower case
 * somewhere ("business", "typically"): capitalised at a sentence start, they are no names.
 */
export function ordinaryWords(
  lex: Lexicon,
  tokens: readonly Token[],
  ev?: LanguageEvidence,
): Ordinary {
  const lower = new Set<string>();
  // Listed words the text capitalises inside sentences are its names ("Dole decided").
  const named = new Set<string>();
  // How often an unlisted word is written in lower case, and capitalised inside a sentence.
  const lowerCount = new Map<string, number>();
  const namedCount = new Map<string, number>();
  const markers = ev?.nounMarkers;
  const articleNouns = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.capsLine) continue;
    // "ibap@ibap.org", "www.acme.com": an address is written in lower case whatever it names.
    if (!t.cap && inAddress(tokens, i)) continue;
    if (!t.cap) {
      lower.add(t.lower);
      if (!lex.common.has(t.lower)) lowerCount.set(t.lower, (lowerCount.get(t.lower) ?? 0) + 1);
    } else if (
      markers &&
      !t.allCaps &&
      !MIXED_CASE.test(t.text) &&
      afterArticle(lex, markers, tokens, i)
    ) {
      // German "die Wähler", "der neue Vorstand": a noun; "die Türkei" is listed, "die SPD" capitals.
      // A town of the weak lists after an article is the noun it is named after ("in der Lage",
      // "der Hof", "die Burg"); a place, firm or given name of the lists stays a name.
      const townOnly =
        lex.towns.has(t.lower) && !lex.places.has(t.lower) && !lex.organizations.has(t.lower);
      const plural =
        !lex.countries.has(t.lower) &&
        !lex.organizations.has(t.lower) &&
        !!ev?.pluralAfterArticle?.(t.lower);
      // "der Stein", "ein geschachtes Brett": people take no article, so a name the lists know
      // only as a person's that is also an everyday noun is the noun ("Stein", "Brett").
      const personOnly =
        (lex.firstNames.has(t.lower) || lex.lastNames.has(t.lower)) &&
        !listedPlaceOrFirm(lex, t.lower) &&
        !!ev?.everydayNoun?.(t.lower);
      if (personOnly) articleNouns.add(t.lower);
      const listed =
        isListedName(lex, t.lower) && !(townOnly && !lex.firstNames.has(t.lower)) && !plural;
      if (!listed && !ev?.nameAfterArticle?.(t.lower)) lower.add(t.lower);
    } else if (markers && t.cap && !t.allCaps && twinFormula(tokens, i)) {
      // "von Amt zu Amt", "Schritt für Schritt", "Seite an Seite": a noun said twice around a
      // preposition is the noun, whatever list knows the word.
      lower.add(t.lower);
    } else if (!t.atStart && !t.allCaps && !(ev?.everyday && afterNumber(tokens, i))) {
      named.add(t.lower);
      // Alone, not a word inside a longer name ("British American Tobacco", "Road Chief").
      const next = tokens[i + 1];
      const alone =
        !(t.joined && tokens[i - 1]?.cap) && !(next?.joined && next.cap && !t.possessive);
      if (alone) namedCount.set(t.lower, (namedCount.get(t.lower) ?? 0) + 1);
    }
  }
  // "Doxim" capitalised in sentence after sentence, "doxim (dot) com" once in a contact line:
  // a word no list knows that the text capitalises far more often than not is its name.
  const ratio = ev?.namedOverLower;
  if (ratio) {
    for (const [w, n] of lowerCount) if ((namedCount.get(w) ?? 0) >= ratio * n) lower.delete(w);
  }
  // "Matthias Oberländer", "Friedrich Zimmermann": a word shaped like a noun that the text
  // writes right after a given name is a surname there, alone too ("Oberländer räumte…").
  const surnames = new Set<string>();
  const shape = ev?.nounShape;
  // "Stephansplatz 9", "Schottenring Nr. 10": a street's word before its house number is a
  // name there, though the language's nouns are built the same way ("der Marktplatz").
  const addressed = new Set<string>();
  if (shape) {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const prev = tokens[i - 1] as Token;
      if (prev.cap && !prev.allCaps && HOUSE_AFTER.test(t.text) && ev?.numbered?.(prev.lower))
        addressed.add(prev.lower);
      // Given names that are also English words ("Christian", "Max") count here: the shape
      // languages do not write English.
      const given = lex.firstNames.has(prev.lower) && !lex.stopWords.has(prev.lower);
      if (t.cap && t.word && t.joined && !t.allCaps && prev.cap && given && !isOrgEnd(lex, prev))
        surnames.add(t.lower);
    }
  }
  // ("Peter Stein" keeps his surname where the text also writes "der Stein".)
  for (const w of articleNouns) if (!surnames.has(w)) lower.add(w);
  const everyday = ev?.everyday;
  const ordinary = shape
    ? (w: string): boolean =>
        !addressed.has(w) && (lex.common.has(w) || lower.has(w) || (shape(w) && !surnames.has(w)))
    : everyday
      ? (w: string): boolean => lex.common.has(w) || lower.has(w) || (everyday(w) && !named.has(w))
      : (w: string): boolean => lex.common.has(w) || lower.has(w);
  // Where every noun is capitalised, capitals inside sentences say nothing of a name.
  const isNamed = ev?.capitalisedNouns ? () => false : (w: string) => named.has(w) && !lower.has(w);
  return Object.assign(ordinary, { named: isNamed });
}

/**
 * Right after a number: a table's next cell ("5 5/8 5 Etain", "1/8. Argent: Comptant") or a
 * sentence after a number's full stop, which the tokens keep for German ordinals ("6. Mai").
 * A capital there says nothing of a name.
 */
function afterNumber(tokens: readonly Token[], i: number): boolean {
  return /^\d/.test(tokens[i - 1]?.text ?? '');
}

/** A house number, or the "Nr." before one, right after a street's name. */
const HOUSE_AFTER = /^(?:\d{1,4}[a-z]?\.?|Nr\.)$/;

/** Prepositions of German twin formulas: "von Amt zu Amt", "Tag für Tag", "Zug um Zug". */
const TWIN_LINKS = new Set(['zu', 'für', 'um', 'an', 'auf', 'nach', 'gegen', 'in']);

/** The word, a preposition of a twin formula and the word again, on either side of it. */
function twinFormula(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return twinOf(t, tokens[i + 1], tokens[i + 2]) || twinOf(t, tokens[i - 1], tokens[i - 2]);
}

function twinOf(t: Token, link: Token | undefined, other: Token | undefined): boolean {
  return !!link?.joined && TWIN_LINKS.has(link.text) && !!other?.joined && other.lower === t.lower;
}

/** The first ordinals of the Romance languages, which open events' names ("Segunda Guerra"). */
const ORDINAL_WORD =
  /^(?:primeir[oa]|primer[oa]?|prim[oa]|premi(?:er|ère)|segund[oa]|second[oa]?|seconde|deuxième|terceir[oa]|tercer[oa]?|terz[oa]|troisième)$/;

/** "VfL", "GmbH", "UniCredit": a capital after small letters, which no common noun has. */
const MIXED_CASE = /\p{Ll}\p{Lu}/u;

/**
 * "in den heimischen Bergen": a single word after an article that the language reads as a
 * noun's plural or case form, whatever place of the lists shares its spelling ("die Grünen",
 * a party of the lists, stays).
 */
export function pluralAfterArticle(
  lex: Lexicon,
  ev: LanguageEvidence,
  tokens: readonly Token[],
  c: Candidate,
): boolean {
  const t = c.tokens[0] as Token;
  const markers = ev.nounMarkers;
  return (
    c.tokens.length === 1 &&
    !!markers &&
    !!ev.pluralAfterArticle?.(t.lower) &&
    !lex.countries.has(t.lower) &&
    !lex.organizations.has(t.lower) &&
    afterArticle(lex, markers, tokens, c.first)
  );
}

/** An article or determiner right before the word, or before a lower-case word before it. */
function afterArticle(
  lex: Lexicon,
  markers: ReadonlySet<string>,
  tokens: readonly Token[],
  i: number,
): boolean {
  const prev = tokens[i - 1];
  // "von der Leyen": the article belongs to the name ("in den Bergen": "den" is the article).
  const particle = tokens[i - 2]?.lower ?? '';
  if (lex.particles.has(particle) && !markers.has(particle)) return false;
  if (!prev?.word || prev.cap) return !!prev && prev.word && markers.has(prev.lower);
  if (markers.has(prev.lower)) return true;
  if (!/(?:e|en|er|es|em)$/.test(prev.lower)) return false;
  // "einer politisch sehr instabilen Lage": adverbs may stand before the adjective.
  for (let k = i - 2; k >= i - 4 && k >= 0; k--) {
    const w = tokens[k] as Token;
    if (!w.word || w.cap || !w.joined) return false;
    if (markers.has(w.lower)) return true;
  }
  return false;
}
