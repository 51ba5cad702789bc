import { useEffect, useState } from 'preact/hooks';
import type { ActorType } from '@/core/types';
import { ACTOR_TYPES } from '@/lib/protocol/protocol';
import { onSettingsChange, readSettings } from '@/lib/storage/settings-reader';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/storage/settings-schema';

/** The reader's options, kept current (the defaults until storage answers). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    void readSettings().then((s) => alive && setSettings(s));
    const unwatch = onSettingsChange(setSettings);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** The actor types the reader chose to see, in display order. */
export function shownTypes(settings: Settings): ActorType[] {
  return ACTOR_TYPES.filter((type) => settings.actorTypes[type]);
}
