/**
 * Builds a language's evidence table from short word lists, for the languages that write names
 * as English does (capitalised, with the cues before and after them). Each language file gives
 * its words; the table shape and the weights are shared: 2 a clear cue, 1 a hint.
 */
import type { Token } from '../tokens';
import type { KnownType } from '../votes';
import type { Cue, LanguageEvidence } from './types';

export interface LanguageSpec {
  /** The language's country names (../lexicon/countries.ts), lower case, '|'-separated. */
  countries: string;
  /** Roles and titles before a person's name: "presidente", "ministro", "Mme". */
  roles: string;
  /** Words before a place's name: "in", "nach", "à". */
  placeBefore: string;
  /** Weaker place cues: "from", "to". */
  placeBeforeWeak?: string;
  /** Nouns that head or precede an organisation's name: "partito", "Partei", "banca". */
  orgWords: string;
  /** Legal forms after a company's name: "S.p.A.", "GmbH". */
  orgSuffixes?: string;
  /** Places the shared lists lack, under the language's names for them: "Mailand", "Londres". */
  places?: string;
  /** The language's countries' smaller towns (lexicon/local-towns-*.ts). */
  towns?: string;
  /** Institutions, parties and firms the language's news names without a cue ("Bundestag"). */
  organizations?: string;
  /** Words that head a place's name: "Piazza", "Rue", "Landkreis". */
  placeWords?: string;
  /** Verbs of saying after a person's name: "disse", "sagte". */
  sayVerbs: string;
  /** Two-word verbs of saying after a person's name: "ha detto", "a déclaré" (a hint, 1). */
  sayVerbs2?: string;
  /** Particles inside names: "de", "della", "van". */
  particles?: string;
  /** Particles of the shared lists that are plain words here: Spanish "y" ("and"). */
  notParticles?: string;
  /** Function words, and months and weekdays: never a name, wherever capitalised. */
  stopWords: string;
  /** Ordinary words that may stand inside a name but open none at a sentence's start (lexicon). */
  ordinary?: string;
  /**
   * Everyday words from a frequency list that holds some names too (../lexicon/common-*.ts):
   * ordinary only where the text never capitalises them inside a sentence (types.ts).
   */
  everyday?: string;
  /** Head words written in lower case before a place's name, as part of it (types.ts). */
  lowerHeads?: string;
  /** Common first names of the language's speakers. */
  firstNames?: string;
  /** Names that are no actors: holidays, page furniture. */
  notActors?: string;
  /**
   * Words that make a name an event, a work or a law wherever they stand in it ("Gran Premio",
   * "Guerra Mundial", "Weltkrieg", "Festival"): a name the cues leave undecided is none.
   */
  events?: string;
  /** Possessives after a name and whose they are: "sua" is no help, "seine" (his) is. */
  possessives?: Record<string, KnownType>;
  stem?: (lower: string) => string;
  guess?: LanguageEvidence['guess'];
  /**
   * Nouns that say what the name after "of" is ("azionisti di X": a firm's; "moglie di X": a
   * person's; "abitanti di X": a place's), with the language's words for "of" (`of`).
   */
  ofCues?: Partial<Record<KnownType, string>>;
  of?: string;
  /** The function words (stopWords) are no given names, though the shared list has some ("Nel"). */
  stopWordsNoNames?: boolean;
  /** A place or acronym before a person's full name is a name of its own (types.ts). */
  nameBeforePerson?: boolean;
  /** A name that fills a quotation is a work's title (types.ts). */
  quotedTitles?: boolean;
}

const none = new Map<string, Cue>();
const ROMAN = /^[IVXLC]{2,}$/;
/**
 * Units, codes, time zones and technical or economic abbreviations written in capitals in any of
 * these languages: things, not actors ("DNA", "SMS", "BIP", "PIL", "IVA", "UTC").
 */
const UNITS_AND_CODES =
  'isbn|issn|doi|mhz|khz|ghz|kw|kwh|mw|km|kg|cm|mm|ps|pdf|url|www|html|dvd|cd|tv|usb|gps|nr|tel|fax|eur|usd|etc|ok|' +
  'dna|dns|rna|hiv|aids|sms|mms|ram|rom|cpu|gpu|pc|lcd|led|mp3|hd|wlan|wifi|co2|ph|ip|id|faq|gif|jpeg|jpg|png|xml|gsm|umts|lte|' +
  'utc|gmt|cet|cest|mez|mesz|' +
  'bip|pib|pil|mwst|iva|tva|ebit|ebitda|kfz|pkw|lkw|suv';
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ten', 'ter', 'zu']);
const split = (list = ''): string[] => list.split('|').filter(Boolean);

function cues(fold: (w: string) => string, ...groups: [KnownType, number, string][]) {
  const map = new Map<string, Cue>();
  for (const [type, weight, list] of groups) {
    for (const w of split(list)) map.set(w.split(' ').map(fold).join(' '), [type, weight]);
  }
  return map;
}

/**
 * The usual reading of a name the cues leave undecided: the kind its weak cues lean to; none
 * when nothing leans at all; on a tie, one word alone is a place's (the most frequent kind of
 * single-word name in news and encyclopaedia text), two or three capitalised words a person's.
 */
export function shapeGuess(
  tokens: readonly Token[],
  votes: Readonly<Record<KnownType, number>>,
): KnownType | null {
  const ranked = (['person', 'organization', 'place'] as const)
    .filter((t) => votes[t] > 0)
    .sort((a, b) => votes[b] - votes[a]);
  const [top, next] = ranked;
  if (top && (!next || votes[top] > votes[next])) return top;
  const first = tokens[0];
  if (!first) return null;
  // "XVIII", "XIX": a century or a king's number, no name.
  if (tokens.length === 1 && ROMAN.test(first.text)) return null;
  // "Ascoli Piceno" is a person's shape, "Orta di Appignano" not: a particle inside a name
  // the cues leave undecided makes it a place's or an institution's, which the cues would say.
  // Surname particles ("Rutger van der Linden", "Ludwig von Mises") still make a person's name.
  const inner = tokens.filter((t) => t.word && !t.cap);
  if (inner.length) return inner.every((t) => SURNAME_PARTICLES.has(t.lower)) ? 'person' : null;
  // Nothing else in the text or the lists says what the name is: a guess from its shape alone
  // is wrong about as often as right (a lone surname read as a place, a film's title as a
  // person's name), and a wrong actor costs the reader more than a missing one.
  if (!top) return null;
  if (tokens.length === 1) return first.allCaps ? 'organization' : 'place';
  const words = tokens.filter((t) => t.word && t.cap);
  return words.length >= 2 && words.length <= 3 && !words.some((t) => t.allCaps)
    ? 'person'
    : 'organization';
}

/** "azionisti di X", "moglie di X": a noun and the word for "of" before a name (weight 2). */
function ofCues(fold: (w: string) => string, spec: LanguageSpec): Map<string, Cue> {
  const map = new Map<string, Cue>();
  const ofs = split(spec.of).map(fold);
  for (const [type, list] of Object.entries(spec.ofCues ?? {}) as [KnownType, string][]) {
    for (const noun of split(list).map(fold))
      for (const of of ofs) map.set(`${noun} ${of}`, [type, 2]);
  }
  return map;
}

function withoutEvents(
  events: ReadonlySet<string>,
  guess: NonNullable<LanguageEvidence['guess']>,
): NonNullable<LanguageEvidence['guess']> {
  if (!events.size) return guess;
  return (tokens, votes) => (tokens.some((t) => events.has(t.lower)) ? null : guess(tokens, votes));
}

function without(words: Set<string>, less: ReadonlySet<string>): Set<string> {
  for (const w of less) words.delete(w);
  return words;
}

/**
 * A '|'-separated list of words as a look-up that also knows their plurals in -s and -x (a
 * frequency list holds the forms people say: "coton", "avoine"; a market report prints
 * "COTONS", "Avoines"). The Set is built on the first look-up.
 */
function everydayLookup(list: string): (w: string) => boolean {
  let words: Set<string> | undefined;
  return (w) => {
    words ??= new Set(split(list));
    if (words.has(w)) return true;
    const last = w.charCodeAt(w.length - 1);
    return (last === 0x73 || last === 0x78) && w.length > 4 && words.has(w.slice(0, -1));
  };
}

/** "misère" → "misere": a word without its accents. */
const unaccented = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The everyday look-up for a word printed in capitals without its accents, as old print and
 * headlines set them ("MISERE", "CABLE" for "misère", "câble"). The Set is built on the first
 * look-up.
 */
function unaccentedLookup(everyday: (w: string) => boolean, list: string): (w: string) => boolean {
  let bare: Set<string> | undefined;
  return (w) => {
    if (everyday(w)) return true;
    bare ??= new Set(split(list).map(unaccented));
    if (bare.has(w)) return true;
    const last = w.charCodeAt(w.length - 1);
    return (last === 0x73 || last === 0x78) && w.length > 4 && bare.has(w.slice(0, -1));
  };
}

export function buildEvidence(spec: LanguageSpec): LanguageEvidence {
  const fold = spec.stem ?? ((w: string) => w);
  const set = (...lists: (string | undefined)[]): Set<string> =>
    new Set(lists.flatMap((l) => split(l)).map(fold));
  const everyday = spec.everyday ? everydayLookup(spec.everyday) : undefined;
  return {
    before: cues(
      fold,
      ['person', 2, spec.roles],
      ['place', 2, spec.placeBefore],
      ['place', 1, spec.placeBeforeWeak ?? ''],
      ['organization', 2, spec.orgWords],
    ),
    before2: ofCues(fold, spec),
    after: none,
    titleAfter: none,
    afterPossessive: none,
    after2: cues(fold, ['person', 1, spec.sayVerbs2 ?? '']),
    hyphenSuffix: none,
    kindNouns: new Map(),
    describers: new Set(),
    sayVerbs: set(spec.sayVerbs),
    possessives: new Map(Object.entries(spec.possessives ?? {})),
    exchanges: new Set(),
    notActors: set(UNITS_AND_CODES, spec.notActors),
    creditLabels: new Set(),
    bylineWords: new Set(),
    notNameStart: () => false,
    jobWords: new Set(),
    thingHeads: new Set(),
    thingAfter: new Set(),
    words: {
      countries: spec.countries,
      places: spec.places,
      towns: spec.towns,
      organizations: spec.organizations,
      firstNames: spec.firstNames,
      personTitles: spec.roles,
      orgWords: spec.orgWords,
      orgSuffixes: spec.orgSuffixes,
      placeWords: spec.placeWords,
      particles: spec.particles,
      common: spec.stopWords,
      ordinary: spec.ordinary,
      notParticles: spec.notParticles,
      notFirstNames: spec.stopWordsNoNames ? spec.stopWords : undefined,
    },
    stem: spec.stem,
    nameBeforePerson: spec.nameBeforePerson,
    quotedTitles: spec.quotedTitles,
    everyday,
    everydayInCapitals:
      everyday && spec.everyday ? unaccentedLookup(everyday, spec.everyday) : undefined,
    lowerHeads: spec.lowerHeads ? set(spec.lowerHeads) : undefined,
    // An event word that also heads organisations ("liga") opens names of both.
    eventHeads: spec.events ? without(set(spec.events), set(spec.orgWords)) : undefined,
    ofWords: spec.of ? set(spec.of) : undefined,
    guess: withoutEvents(set(spec.events), spec.guess ?? shapeGuess),
  };
}
