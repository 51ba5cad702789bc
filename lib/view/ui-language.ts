/**
 * The language of a page of ours (popup, side panel, options): the browser's, or the one the
 * reader chose in the options. The choice is kept in storage.sync (the settings); a copy in the
 * extension's own localStorage (read synchronously, as the length hint: docs/storage.md) lets a
 * page render its first frame in the right language without waiting for storage.sync.
 */
import { locale, useLanguage, type UiLanguage } from '@/lib/shared/i18n';
import { onSettingsChange, readSettings } from '@/lib/storage/settings-reader';
import type { Settings } from '@/lib/storage/settings-schema';

const HINT = 'nutshell:ui-language';

let spoken: UiLanguage = 'auto';

async function speak(language: UiLanguage): Promise<void> {
  spoken = language;
  try {
    localStorage.setItem(HINT, language);
  } catch {
    // Only a hint.
  }
  await useLanguage(language).catch(() => useLanguage('auto'));
  document.documentElement.lang = locale();
}

/**
 * Before the first render: speaks the language of the hint (at once for the browser's own; a
 * chosen one is one read of its messages.json).
 */
export async function speakReadersLanguage(): Promise<void> {
  let hint: string | null = null;
  try {
    hint = localStorage.getItem(HINT);
  } catch {
    // No localStorage: the browser's language until the settings answer.
  }
  // A hint that is no language of ours (a hand edit) fails to load: the browser's is spoken.
  await speak((hint as UiLanguage | null) ?? 'auto');
}

/**
 * Follows the setting: when it differs from what the page speaks (the hint was stale, or the
 * reader changed it), speaks the new language and calls `rerender`.
 */
export function followLanguageSetting(rerender: () => void): void {
  const follow = ({ uiLanguage }: Settings) => {
    if (uiLanguage !== spoken) void speak(uiLanguage).then(rerender);
  };
  void readSettings().then(follow);
  onSettingsChange(follow);
}
