/**
 * The evidence tables of the languages besides English, all at once: what Node (the CLI, the
 * evaluation, the tests) reads. The background worker's build puts lib/worker/actor-language-tables.ts
 * in this module's place (wxt.config.ts): there each language is its own script, loaded when a
 * page in that language is analysed, so an English page never loads the others' word lists.
 */
import { GERMAN } from './de';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { ITALIAN } from './it';
import { DUTCH } from './nl';
import { PORTUGUESE } from './pt';
import { RUSSIAN } from './ru';
import type { LanguageEvidence } from './types';

export const LANGUAGES: Readonly<Record<string, LanguageEvidence>> = {
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  it: ITALIAN,
  pt: PORTUGUESE,
  nl: DUTCH,
  ru: RUSSIAN,
};
