import { storage } from '#imports';
import { browser } from 'wxt/browser';
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

/** Where @wxt-dev/storage keeps the settings' metadata: `{ v: <schema version> }`. */
const META_KEY = `${SETTINGS_KEY}$`;

/** A version some Nutshell could have written: a whole number from 1 on. */
const isVersion = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 1;

/**
 * Repairs what no version of Nutshell writes, before @wxt-dev/storage reads it: a stored
 * version that is not a whole number from 1 on (-1e9, 1.5, "2"), or settings that are not an
 * object. Both become the defaults at once. The library migrates with a loop from the stored
 * version up to ours: from -1e9 it ran for seconds at every start of the worker and of the
 * options page, then failed without repairing anything. A version above ours is a newer
 * Nutshell's (another device), and is left to it; its fields are read through normalizeSettings.
 */
export async function repairStoredSettings(): Promise<boolean> {
  const stored = await browser.storage.sync.get([SETTINGS_KEY, META_KEY]);
  const value: unknown = stored[SETTINGS_KEY];
  const meta: unknown = stored[META_KEY];
  const versionOk =
    meta === undefined || (isRecord(meta) && (meta.v === undefined || isVersion(meta.v)));
  const valueOk = value === undefined || isRecord(value);
  if (versionOk && valueOk) return false;
  await browser.storage.sync.set({
    [SETTINGS_KEY]: DEFAULT_SETTINGS,
    [META_KEY]: { v: SETTINGS_VERSION },
  });
  return true;
}

function defineSettingsItem() {
  return storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

let item: Promise<ReturnType<typeof defineSettingsItem>> | undefined;

/** The settings item, defined (and migrated) once per context, after the repair. */
export function settingsItem(): Promise<ReturnType<typeof defineSettingsItem>> {
  item ??= repairStoredSettings()
    .catch(() => false)
    .then(defineSettingsItem);
  return item;
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await (await settingsItem()).getValue());
}

/** Changes some fields; nested per-type records are merged, not replaced. */
export async function updateSettings(
  patch: Partial<Omit<Settings, 'actorTypes' | 'colors'>> & {
    actorTypes?: Partial<Settings['actorTypes']>;
    colors?: Partial<Settings['colors']>;
  },
): Promise<Settings> {
  const settings = await settingsItem();
  const stored: unknown = await settings.getValue();
  const current = normalizeSettings(stored);
  const next = normalizeSettings({
    ...current,
    ...patch,
    actorTypes: { ...current.actorTypes, ...patch.actorTypes },
    colors: { ...current.colors, ...patch.colors },
  });
  // Fields this version does not know (written by a newer one on another device) are kept.
  await settings.setValue({ ...(isRecord(stored) ? stored : {}), ...next });
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await (await settingsItem()).setValue(DEFAULT_SETTINGS);
  return DEFAULT_SETTINGS;
}

/** Calls back with the new settings whenever they change (on this or another device). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return storage.watch<Settings>(`sync:${SETTINGS_KEY}`, (value) =>
    callback(normalizeSettings(value)),
  );
}
