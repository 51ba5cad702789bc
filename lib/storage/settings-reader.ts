/**
 * The reader's options, read-only, for the extension's pages (popup, side panel, options theme):
 * one plain storage.sync read, validated by the schema. @wxt-dev/storage (lib/storage/settings.ts) stays
 * with the writers and the background, which also run its migrations on start-up; the popup only
 * reads, so it does not carry that library (the popup's 15 KB budget, scripts/bench/bundle.ts).
 * Changes go through the background (`popupToBackground:setLength`, lib/view/client.ts) or the
 * options page.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '@/lib/storage/settings-schema';

/**
 * The settings this page last read: a view that mounts after the first read starts with them,
 * so it never shows for a moment what the reader switched off (actor types, colours).
 */
export let lastRead: Settings | undefined;

export async function readSettings(): Promise<Settings> {
  const stored: unknown = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  return (lastRead = normalizeSettings(stored));
}

/** Calls back with the new settings whenever they change (on this or another device). */
export function onSettingsChange(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) callback(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
