/**
 * The evidence table for a page's language, one file per language (en.ts, de.ts, …). A language
 * without one gets an empty table, and only the names its word lists or clear cues vouch for.
 */
import { extendLexicon, type Lexicon } from '../lexicon';
import { GERMAN } from './de';
import { ENGLISH } from './en';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { ITALIAN } from './it';
import { DUTCH } from './nl';
import { PORTUGUESE } from './pt';
import { RUSSIAN } from './ru';
import type { LanguageEvidence } from './types';

export type { Cue, LanguageEvidence } from './types';

const none = new Map();
const nothing = new Set<string>();

export const NO_EVIDENCE: LanguageEvidence = {
  before: none,
  before2: none,
  after: none,
  afterPossessive: none,
  titleAfter: none,
  after2: none,
  hyphenSuffix: none,
  kindNouns: none,
  describers: nothing,
  sayVerbs: nothing,
  possessives: none,
  exchanges: nothing,
  notActors: nothing,
  creditLabels: nothing,
  bylineWords: nothing,
  notNameStart: () => false,
  jobWords: nothing,
  thingHeads: nothing,
  thingAfter: nothing,
};

const TABLES: Record<string, LanguageEvidence> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  it: ITALIAN,
  pt: PORTUGUESE,
  nl: DUTCH,
  ru: RUSSIAN,
};

const extended = new Map<LanguageEvidence, Lexicon>();

/** The shared word lists with the language's own words added (built once per language). */
export function lexiconFor(base: Lexicon, ev: LanguageEvidence): Lexicon {
  if (!ev.words) return base;
  let lex = extended.get(ev);
  if (!lex) {
    lex = extendLexicon(base, ev.words, ev.stem);
    extended.set(ev, lex);
  }
  return lex;
}

/** The table for a BCP 47 tag ("en-GB" → English); English when the tag is empty. */
export function evidenceFor(lang = ''): LanguageEvidence {
  const base = (lang.toLowerCase().split(/[-_]/)[0] ?? '') || 'en';
  return TABLES[base] ?? NO_EVIDENCE;
}
