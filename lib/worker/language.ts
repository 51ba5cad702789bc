/**
 * The worker speaks the reader's language: the browser's, or the one chosen in the options. Its
 * words (messages, reading figures, dates, the copies' labels, the context menu) are made in that
 * language; a result cached in another is not shown again (lib/storage/cache.ts).
 */
import { useLanguage, type UiLanguage } from '@/lib/shared/i18n';
import { getSettings, watchSettings } from '@/lib/storage/settings';

let spoken: UiLanguage = 'auto';
const listeners: (() => void)[] = [];

/** Settles once the worker speaks the reader's language (at once when it is the browser's). */
export let languageReady: Promise<void> = Promise.resolve();

async function speak(language: UiLanguage): Promise<void> {
  spoken = language;
  await useLanguage(language).catch(() => useLanguage('auto'));
}

/** Calls back after each change of language (the context menu's titles follow). */
export function onLanguageChange(listener: () => void): void {
  listeners.push(listener);
}

export function followUiLanguage(): void {
  languageReady = getSettings()
    .then((settings) => speak(settings.uiLanguage))
    .catch(() => undefined);
  watchSettings((settings) => {
    if (settings.uiLanguage === spoken) return;
    languageReady = speak(settings.uiLanguage).then(() => {
      for (const listener of listeners) listener();
    });
  });
}
