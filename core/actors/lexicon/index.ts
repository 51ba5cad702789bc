/**
 * The word lists the actor tagger looks things up in, as Sets of lowercase entries, built once on
 * first use. Sources and licences: see README.md beside this file.
 */
import * as cw from './compromise-words';
import * as own from './own';
import { TOWNS } from './towns';

export interface Lexicon {
  countries: Set<string>;
  places: Set<string>;
  /** Towns from GeoNames: weaker evidence than the other place lists. */
  towns: Set<string>;
  organizations: Set<string>;
  people: Set<string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  demonyms: Set<string>;
  common: Set<string>;
  roleNouns: Set<string>;
  personTitles: Set<string>;
  titleModifiers: Set<string>;
  orgSuffixes: Set<string>;
  orgWords: Set<string>;
  placeWords: Set<string>;
  particles: Set<string>;
  eventWords: Set<string>;
  /** Words that head an organisation's name from its front ("Banca d'Italia", "Partito X"). */
  orgHeads: Set<string>;
  /** Words that head a place's name from its front ("Piazza X", "Rue X"). */
  placeHeads: Set<string>;
  /** The page language's function words (none for English, whose rules name their own). */
  stopWords: Set<string>;
  /** A hyphenated word ending in a title is one ("US-Präsident", "Ex-Kanzler"): not in English. */
  compoundTitles: boolean;
  /** Lowercase alternative name → canonical name and type ("u.s." → United States, place). */
  canonical: Map<string, { name: string; type: 'place' | 'organization' }>;
}

const split = (...lists: string[]): Set<string> =>
  new Set(lists.flatMap((l) => l.split('|')).filter(Boolean));

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const canonical: Lexicon['canonical'] = new Map();
  for (const [name, type, ...alternatives] of own.EQUIVALENT_NAMES) {
    for (const alt of [name, ...alternatives]) canonical.set(alt.toLowerCase(), { name, type });
  }
  cached = {
    countries: split(cw.COUNTRY),
    places: split(cw.COUNTRY, cw.CITY, cw.REGION, own.OWN_PLACES),
    towns: split(TOWNS),
    organizations: split(cw.ORGANIZATION, cw.SPORTS_TEAM, own.OWN_ORGANIZATIONS),
    people: split(cw.PERSON),
    firstNames: split(cw.FIRST_NAME),
    lastNames: split(cw.LAST_NAME),
    demonyms: split(cw.DEMONYM, own.OWN_DEMONYMS),
    common: split(cw.COMMON),
    roleNouns: split(cw.ACTOR_NOUN),
    personTitles: split(own.PERSON_TITLES),
    titleModifiers: split(own.TITLE_MODIFIERS),
    orgSuffixes: split(own.ORG_SUFFIXES),
    orgWords: split(cw.ORG_WORDS),
    placeWords: split(cw.PLACE_WORDS, own.OWN_PLACE_WORDS),
    particles: split(own.NAME_PARTICLES),
    eventWords: split(own.EVENT_WORDS),
    orgHeads: new Set(),
    placeHeads: new Set(),
    stopWords: new Set(),
    compoundTitles: false,
    canonical,
  };
  return cached;
}

/** Words a language adds to the lists (lower case, '|'-separated). */
export interface LexiconAdditions {
  firstNames?: string;
  /** Country names: listed places of the strongest kind. */
  countries?: string;
  places?: string;
  /** Smaller towns: weaker evidence than the places. */
  towns?: string;
  /** Organisations every text in the language names without a cue: institutions, parties. */
  organizations?: string;
  personTitles?: string;
  orgWords?: string;
  orgSuffixes?: string;
  placeWords?: string;
  particles?: string;
  /** Function words: ordinary words that never open a name. */
  common?: string;
  /**
   * Ordinary words of the language (adverbs, pronouns, common verbs and adjectives): a capital
   * on one says nothing of a name (a sentence's first word, a headline in capitals), though
   * unlike the function words (`common`) they may stand inside a name. Words the name lists
   * know are left out ("Nova" of "Nova Iorque", "Grande" of "Grande Lisboa").
   */
  ordinary?: string;
  /** Particles of the shared list that are plain words in this language (Spanish "y"). */
  notParticles?: string;
  /** Given names of the shared list that are function words here (Italian "Nel", "Della"). */
  notFirstNames?: string;
}

function without(set: Set<string>, list?: string): Set<string> {
  if (!list) return set;
  const out = new Set(set);
  for (const w of list.split('|')) out.delete(w);
  return out;
}

/**
 * The shared lists with a language's own words added, each word passed through `fold` (its
 * stem, in a language whose names change their endings). Built once per language.
 */
export function extendLexicon(
  base: Lexicon,
  more: LexiconAdditions,
  fold: (w: string) => string = (w) => w,
): Lexicon {
  const add = (set: Set<string>, ...lists: (string | undefined)[]): Set<string> => {
    const words = lists.flatMap((l) => (l ? l.split('|') : [])).filter(Boolean);
    if (!words.length) return set;
    const out = new Set(set);
    for (const w of words) out.add(w.split(' ').map(fold).join(' '));
    return out;
  };
  const extended: Lexicon = {
    ...base,
    countries: add(base.countries, more.countries),
    places: add(base.places, more.countries, more.places),
    towns: add(base.towns, more.towns),
    organizations: add(base.organizations, more.organizations),
    firstNames: without(add(base.firstNames, more.firstNames), more.notFirstNames),
    personTitles: add(base.personTitles, more.personTitles),
    orgWords: add(base.orgWords, more.orgWords),
    orgHeads: add(base.orgHeads, more.orgWords),
    placeHeads: add(base.placeHeads, more.placeWords),
    orgSuffixes: add(base.orgSuffixes, more.orgSuffixes),
    placeWords: add(base.placeWords, more.placeWords),
    particles: without(add(base.particles, more.particles), more.notParticles),
    common: base.common,
    stopWords: add(base.stopWords, more.common),
    compoundTitles: true,
  };
  // One copy of the largest list, its ordinary words checked against the name lists above.
  const ordinary = more.ordinary ? unlisted(extended, more.ordinary) : undefined;
  extended.common = add(base.common, more.common, ordinary);
  return extended;
}

/** The words of a list that none of the lexicon's name lists, heads or particles knows. */
function unlisted(lex: Lexicon, list: string): string {
  const names = [
    lex.countries,
    lex.places,
    lex.towns,
    lex.organizations,
    lex.people,
    lex.firstNames,
    lex.lastNames,
    lex.demonyms,
    lex.personTitles,
    lex.orgWords,
    lex.placeWords,
    lex.particles,
  ];
  return list
    .split('|')
    .filter((w) => !names.some((set) => set.has(w)))
    .join('|');
}
