import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeSettings } from '@/lib/storage/settings';

/** A fresh copy of the module, as a newly started extension context would load it. */
async function load() {
  vi.resetModules();
  return import('@/lib/storage/settings');
}

describe('settings in storage.sync', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored', async () => {
    const { getSettings } = await load();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores under sync:settings with the schema version in settings$', async () => {
    const { updateSettings } = await load();
    await updateSettings({ length: 'long', theme: 'dark' });
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toMatchObject({ length: 'long', theme: 'dark' });
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('merges per-type records instead of replacing them', async () => {
    const { updateSettings, getSettings } = await load();
    await updateSettings({ colors: { place: '#123456' }, actorTypes: { person: false } });
    const settings = await getSettings();
    expect(settings.colors).toEqual({ ...DEFAULT_SETTINGS.colors, place: '#123456' });
    expect(settings.actorTypes).toEqual({
      person: false,
      organization: true,
      place: true,
      other: true,
    });
  });

  it('rejects invalid values field by field', async () => {
    const { updateSettings } = await load();
    const next = await updateSettings({
      colors: { person: 'red' },
      // @ts-expect-error: a value another version (or a hand edit) could have stored
      length: 'huge',
      autoHighlight: true,
    });
    expect(next.colors.person).toBe(DEFAULT_SETTINGS.colors.person);
    expect(next.length).toBe(DEFAULT_SETTINGS.length);
    expect(next.autoHighlight).toBe(true);
  });

  it('survives a partial or foreign value written by another device', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({
      settings: {
        theme: 'light',
        colors: { organization: '#abcdef', extra: '#000000' },
        future: 1,
      },
      settings$: { v: SETTINGS_VERSION + 1 },
    });
    const { getSettings } = await load();
    const settings = await getSettings();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      colors: { ...DEFAULT_SETTINGS.colors, organization: '#abcdef' },
    });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    // @wxt-dev/storage refuses to "migrate" a newer version down, and says so.
    expect(String(error.mock.calls[0]?.[1])).toMatch(/downgrade/i);
    error.mockRestore();
  });

  it("keeps a newer version's extra fields when changing an option", async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light', future: { a: 1 } } });
    const { updateSettings } = await load();
    await updateSettings({ length: 'short' });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(stored).toMatchObject({ theme: 'light', length: 'short', future: { a: 1 } });
  });

  it('reset puts the defaults back', async () => {
    const { updateSettings, resetSettings, getSettings } = await load();
    await updateSettings({ mode: 'ai', autoHighlight: true });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes, normalised', async () => {
    const { updateSettings, watchSettings } = await load();
    const seen: string[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.theme));
    await updateSettings({ theme: 'dark' });
    await fakeBrowser.storage.sync.set({ settings: { theme: 'nonsense' } });
    unwatch();
    await updateSettings({ theme: 'light' });
    expect(seen).toEqual(['dark', 'system']);
  });

  it('migration at the current version leaves a stored value alone', async () => {
    const stored = { ...DEFAULT_SETTINGS, length: 'short' };
    await fakeBrowser.storage.sync.set({ settings: stored, settings$: { v: SETTINGS_VERSION } });
    await (await load()).settingsItem.migrate();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(stored);
  });
});

describe('normalizeSettings', () => {
  it('turns anything into complete settings', () => {
    for (const raw of [undefined, null, 3, 'x', [], { actorTypes: 'all', colors: null }]) {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps every valid field', () => {
    const custom = {
      length: 'short',
      actorTypes: { person: false, organization: false, place: true, other: false },
      colors: { person: '#000000', organization: '#FFFFFF', place: '#a1b2c3', other: '#123abc' },
      autoHighlight: true,
      theme: 'dark',
      mode: 'ai',
      copyKeyActors: false,
      uiLanguage: 'pt-BR',
    } as const;
    expect(normalizeSettings(custom)).toEqual(custom);
  });
});
