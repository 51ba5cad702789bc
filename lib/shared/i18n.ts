/**
 * The extension's own words in the reader's language. The messages live in
 * public/_locales/<lang>/messages.json, outside every bundle, and are read through browser.i18n
 * (the browser's language, English by default), or, when the reader chose another language in
 * the options, from that language's messages.json, loaded once with `useLanguage`. Summaries and
 * key actors are in the page's language, never in this one.
 *
 * Placeholders are positional ($1 … $9). Plural forms are messages of their own, one per
 * category of Intl.PluralRules in that language (`words_one`, `words_few`, …, `words_other`);
 * tests/unit/i18n.test.ts checks that every language has every message and every form.
 */
import { browser } from 'wxt/browser';
import type english from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
/** A message with plural forms, by the name before `_one`, `_other`, …. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

/** The languages Nutshell speaks, as the options offer them (`auto`: the browser's). */
export const UI_LANGUAGES = ['auto', 'en', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The messages of the language the reader chose, when it is not the browser's. */
let chosen: Record<string, string> | null = null;

/** A message, its placeholders replaced by `substitutions` in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  if (!chosen) return browser.i18n.getMessage(key, subs);
  return (chosen[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The language of the messages in use (`en`, `pt-BR`…): for Intl and `<html lang>`. */
export const locale = (): string => t('locale');

const formatters: Record<string, object> = {};

/**
 * One Intl formatter of a kind per language: making one is slow the first time in a process
 * (tens of ms as ICU loads its data, more under load), and cheap to keep.
 */
export function formatter<T extends object>(kind: string, make: (locale: string) => T): T {
  const tag = locale();
  return (formatters[kind + tag] ??= make(tag)) as T;
}

/** A number written the way the reader's language writes it. */
export const formatNumber = (n: number): string =>
  formatter('number', (tag) => new Intl.NumberFormat(tag)).format(n);

/** A fraction (0.21) as the reader's language writes a percentage ("21%", "21 %"). */
export const formatPercent = (fraction: number): string =>
  new Intl.NumberFormat(locale(), { style: 'percent' }).format(fraction);

/**
 * The form of `key` that `n` takes in the reader's language, `n` written as that language writes
 * numbers in its placeholder. A form a newer browser knows and the messages do not: `_other`.
 */
export function plural(key: PluralKey, n: number): string {
  const rules = formatter('plural', (tag) => new Intl.PluralRules(tag));
  const form = `${key}_${rules.select(n)}` as MessageKey;
  return t(form, formatNumber(n)) || t(`${key}_other` as MessageKey, formatNumber(n));
}

interface MessageFile {
  [key: string]: { message: string };
}

/**
 * Speak `language`: the browser's own (`auto`), or a language the reader chose, whose messages
 * are read from the extension's own files (no network).
 */
export async function useLanguage(language: UiLanguage): Promise<void> {
  if (language === 'auto') {
    chosen = null;
    return;
  }
  // One path type for every language: WXT types the public files it knows at build time.
  const path =
    `/_locales/${language.replace('-', '_')}/messages.json` as '/_locales/en/messages.json';
  const file = browser.runtime.getURL(path);
  const messages = (await (await fetch(file)).json()) as MessageFile;
  chosen = Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message]));
}
