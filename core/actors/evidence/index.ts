/**
 * The evidence table for a page's language, one file per language (en.ts, de.ts, …). A language
 * without one gets an empty table, and only the names its word lists or clear cues vouch for.
 */
import { extendLexicon, type Lexicon } from '../lexicon';
import { ENGLISH } from './en';
import { LANGUAGES } from './languages';
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

/** A BCP 47 tag's language ("de-AT" → "de"); English when the tag is empty. */
export function languageOf(lang = ''): string {
  return (lang.toLowerCase().split(/[-_]/)[0] ?? '') || 'en';
}

/**
 * The table for a BCP 47 tag ("en-GB" → English). Another language's table is read when asked
 * for, not when this module loads: in the worker it arrives with its own script (languages.ts).
 */
export function evidenceFor(lang = ''): LanguageEvidence {
  const base = languageOf(lang);
  if (base === 'en') return ENGLISH;
  return (Object.hasOwn(LANGUAGES, base) ? LANGUAGES[base] : undefined) ?? NO_EVIDENCE;
}
