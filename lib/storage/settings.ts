import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  isRecord,
  normalizeSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
} from '@/lib/storage/settings-schema';

/**
 * The reader's options in storage.sync, read and written through @wxt-dev/storage (versioned,
 * with migrations). The schema itself is in lib/storage/settings-schema.ts, re-exported here; pages that
 * only read the options use lib/storage/settings-reader.ts instead.
 */
export * from '@/lib/storage/settings-schema';

/**
 * version → function turning the previous version's stored value into this version's.
 * Version 1 is the first schema, so there is nothing to migrate yet; the (empty) map still makes
 * @wxt-dev/storage check the stored version on start-up.
 */
export const SETTINGS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};

export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Changes some fields; nested per-type records are merged, not replaced. */
export async function updateSettings(
  patch: Partial<Omit<Settings, 'actorTypes' | 'colors'>> & {
    actorTypes?: Partial<Settings['actorTypes']>;
    colors?: Partial<Settings['colors']>;
  },
): Promise<Settings> {
  const stored: unknown = await settingsItem.getValue();
  const current = normalizeSettings(stored);
  const next = normalizeSettings({
    ...current,
    ...patch,
    actorTypes: { ...current.actorTypes, ...patch.actorTypes },
    colors: { ...current.colors, ...patch.colors },
  });
  // Fields this version does not know (written by a newer one on another device) are kept.
  await settingsItem.setValue({ ...(isRecord(stored) ? stored : {}), ...next });
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await settingsItem.setValue(DEFAULT_SETTINGS);
  return DEFAULT_SETTINGS;
}

/** Calls back with the new settings whenever they change (on this or another device). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
