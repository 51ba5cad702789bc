/**
 * The evidence table for a page's language. English has its own (en.ts); other languages get an
 * empty table until theirs is written, and are typed by their word lists and name forms alone.
 */
import { ENGLISH } from './en';
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

const TABLES: Record<string, LanguageEvidence> = { en: ENGLISH };

/** The table for a BCP 47 tag ("en-GB" → English); English when the tag is empty. */
export function evidenceFor(lang = ''): LanguageEvidence {
  const base = (lang.toLowerCase().split(/[-_]/)[0] ?? '') || 'en';
  return TABLES[base] ?? NO_EVIDENCE;
}
