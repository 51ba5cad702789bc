/**
 * Loads the actor evidence of a page's language before the page is analysed, once per worker.
 * English is in the worker's own script; every other language is a script of its own
 * (entrypoints/actors-<code>.ts), run only when a page in that language comes.
 *
 * How a script is run on demand differs between the two browsers' MV3 backgrounds:
 * - Chromium's background is a service worker, where import() is not allowed at all (the HTML
 *   specification forbids it in service workers, module or classic) and importScripts() only
 *   takes scripts the worker already imported while it was being installed. So the install
 *   handler (primeLanguageScripts) imports every language's script once, which stores them with
 *   the worker, and forgets their tables; later importScripts() of a stored script runs it again,
 *   synchronously, from the stored copy.
 * - Firefox's background is an event page (a document): there is no importScripts(), and
 *   import() runs the script.
 * A language whose script fails to load is analysed without its evidence (as a language without a
 * table is), not refused.
 */
import { browser } from 'wxt/browser';
import { languageOf } from '@/core/actors/evidence';
import { LANGUAGES as LOADED } from '@/core/actors/evidence/languages';
import { forgetLanguages } from '@/lib/worker/actor-language-tables';

/** The languages that have a script of their own (entrypoints/actors-<code>.ts). */
export const SCRIPT_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'] as const;

const scriptOf = (code: string): string => `/actors-${code}.js`;

type ImportScripts = (...urls: string[]) => void;

/** The service worker's importScripts(); undefined in Firefox's event page and in Node. */
function importScriptsFn(): ImportScripts | undefined {
  const fn = (globalThis as { importScripts?: unknown }).importScripts;
  return typeof fn === 'function' ? (fn as ImportScripts) : undefined;
}

const loading = new Map<string, Promise<void>>();

/** Resolves once the evidence of `lang`'s language (a BCP 47 tag) is loaded, if it has any. */
export function loadActorLanguage(lang: string): Promise<void> {
  const code = languageOf(lang);
  if (!(SCRIPT_LANGUAGES as readonly string[]).includes(code) || Object.hasOwn(LOADED, code)) {
    return Promise.resolve();
  }
  let load = loading.get(code);
  if (!load) {
    load = runScript(scriptOf(code)).catch((error: unknown) => {
      // For developers (the worker's console), not the reader: the page is still analysed.
      console.warn('nutshell: actor evidence not loaded', { code, error });
    });
    void load.finally(() => loading.delete(code));
    loading.set(code, load);
  }
  return load;
}

async function runScript(path: string): Promise<void> {
  const importScripts = importScriptsFn();
  if (importScripts) importScripts(path);
  else await import(/* @vite-ignore */ browser.runtime.getURL(path as '/actors-de.js'));
}

/**
 * Chromium only, from the service worker's install event: stores every language's script with
 * the worker (the only time importScripts() may fetch), then forgets what they registered, so
 * each is still run only when a page in its language comes.
 */
export function primeLanguageScripts(): void {
  const importScripts = importScriptsFn();
  if (!importScripts) return;
  try {
    importScripts(...SCRIPT_LANGUAGES.map(scriptOf));
  } catch (error) {
    console.warn('nutshell: actor evidence scripts not stored', { error });
  }
  forgetLanguages();
}
