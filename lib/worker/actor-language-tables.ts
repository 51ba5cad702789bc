/**
 * In the background worker's build, this module stands in for core/actors/evidence/languages.ts
 * (wxt.config.ts): the languages besides English are not in the worker's script. Each is its own
 * script (entrypoints/actors-<code>.ts, built to /actors-<code>.js) that puts its table here when
 * it runs; lib/worker/actor-languages.ts runs it when a page in that language is analysed.
 * The table lives on the global object because each language's script is a bundle of its own.
 */
import type { LanguageEvidence } from '@/core/actors/evidence';

const KEY = Symbol.for('nutshell.actorLanguages');

type WithTables = typeof globalThis & { [KEY]?: Record<string, LanguageEvidence> };

function tables(): Record<string, LanguageEvidence> {
  const global = globalThis as WithTables;
  return (global[KEY] ??= {});
}

/** The tables loaded so far, by language code (read by core/actors/evidence at each analysis). */
export const LANGUAGES: Readonly<Record<string, LanguageEvidence>> = tables();

/** Called by a language's own script as it runs. */
export function registerLanguage(code: string, table: LanguageEvidence): void {
  tables()[code] = table;
}

/** Forgets every loaded table: the next page in each language runs its script again. */
export function forgetLanguages(): void {
  const loaded = tables();
  for (const code of Object.keys(loaded)) Reflect.deleteProperty(loaded, code);
}
