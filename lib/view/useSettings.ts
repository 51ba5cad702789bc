import { useEffect, useState } from 'preact/hooks';
import type { ActorType } from '@/core/types';
import { ACTOR_TYPES } from '@/lib/protocol/protocol';
import { lastRead, onSettingsChange, readSettings } from '@/lib/storage/settings-reader';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/storage/settings-schema';

/** The reader's options, kept current (the defaults until storage first answers). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(lastRead ?? DEFAULT_SETTINGS);
  useEffect(() => {
    // A read that ends after the view is gone sets nothing (Preact ignores an unmounted state).
    void readSettings().then(setSettings);
    return onSettingsChange(setSettings);
  }, []);
  return settings;
}

/** The actor types the reader chose to see, in display order. */
export function shownTypes(settings: Settings): ActorType[] {
  return ACTOR_TYPES.filter((type) => settings.actorTypes[type]);
}
