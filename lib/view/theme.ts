import { onSettingsChange, readSettings } from '@/lib/storage/settings-reader';
import type { Theme } from '@/lib/storage/settings-schema';

/**
 * Applies the reader's theme to a page of ours: `system` leaves it to prefers-color-scheme,
 * `light` / `dark` force it (components/theme.css keys its palettes on `data-theme`).
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies the stored theme now and whenever it changes; returns the unsubscribe function. */
export function followThemeSetting(root: HTMLElement = document.documentElement): () => void {
  void readSettings().then((settings) => applyTheme(settings.theme, root));
  return onSettingsChange((settings) => applyTheme(settings.theme, root));
}
