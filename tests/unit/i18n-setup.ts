/**
 * Unit tests run the extension's code on WXT's fake browser, which has no i18n: this answers
 * browser.i18n as Chrome does with the English messages (public/_locales/en), substitutions
 * included. tests/unit/i18n.test.ts checks the other languages.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';

const messages = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

function getMessage(key: string, substitutions?: string | string[]): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const message = messages[key]?.message ?? '';
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
