import type { ActorType, SummaryLength } from '@/core/types';
import { DEFAULT_HIGHLIGHT_COLORS } from '@/lib/shared/palette';
import { ACTOR_TYPES } from '@/lib/protocol/protocol';
import { UI_LANGUAGES, type UiLanguage } from '@/lib/shared/i18n';

/**
 * The reader's options: their shape, defaults and validation, without any storage code, so a
 * page that only reads them (the popup, lib/storage/settings-reader.ts) does not load @wxt-dev/storage.
 * Stored as one object in storage.sync (key `settings`, version in `settings$`); the schema, its
 * versions and how to add a migration are documented in docs/storage.md. lib/storage/settings.ts reads
 * and writes it (with migrations) and re-exports everything here.
 */

/** The storage.sync key holding the settings object. */
export const SETTINGS_KEY = 'settings';

export type Theme = 'system' | 'light' | 'dark';
/** `extractive` is our own pipeline; `ai` is Chrome's built-in Summarizer (lib/view/ai-summarizer.ts). */
export type SummaryMode = 'extractive' | 'ai';

export interface Settings {
  /** Summary length: short 2, medium 3, long 5 sentences (core/summary). */
  length: SummaryLength;
  /** Which actor types the popup and side panel list and highlight. */
  actorTypes: Record<ActorType, boolean>;
  /** Highlight colour per actor type, `#rrggbb` (what `<input type="color">` gives). */
  colors: Record<ActorType, string>;
  /** Highlight the actors in the page as soon as the summary is shown. */
  autoHighlight: boolean;
  theme: Theme;
  /** The summary shown first; `ai` falls back to `extractive` where the API is missing. */
  mode: SummaryMode;
  /** Add a line of key actors to Markdown and rich-text copies. */
  copyKeyActors: boolean;
  /** The language of Nutshell's own words: the browser's (`auto`) or one chosen here. */
  uiLanguage: UiLanguage;
}

export const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const MODES: readonly SummaryMode[] = ['extractive', 'ai'];

/** Bump when the shape changes, and add a migration to the previous version's shape. */
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  length: 'medium',
  actorTypes: { person: true, organization: true, place: true, other: true },
  // The popup's washes (lib/shared/palette.ts), so a colour in the popup is the same one in the page.
  colors: DEFAULT_HIGHLIGHT_COLORS,
  autoHighlight: false,
  theme: 'system',
  mode: 'extractive',
  copyKeyActors: true,
  uiLanguage: 'auto',
};

const COLOR = /^#[0-9a-f]{6}$/i;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

function perType<T>(
  value: unknown,
  fallback: Record<ActorType, T>,
  valid: (item: unknown) => item is T,
): Record<ActorType, T> {
  const source = isRecord(value) ? value : {};
  const result = { ...fallback };
  for (const type of ACTOR_TYPES) {
    const item = source[type];
    if (valid(item)) result[type] = item;
  }
  return result;
}

const isBoolean = (item: unknown): item is boolean => typeof item === 'boolean';
const isColor = (item: unknown): item is string => typeof item === 'string' && COLOR.test(item);

/**
 * Whatever is stored, a complete and valid Settings. storage.sync is shared by every device of
 * the reader, so it can hold a partial object, a value written by a newer version of the
 * extension, or something edited by hand: unknown keys are dropped, bad values fall back to the
 * default one field at a time.
 */
export function normalizeSettings(raw: unknown): Settings {
  const source = isRecord(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    length: oneOf(LENGTHS, source.length, d.length),
    actorTypes: perType(source.actorTypes, d.actorTypes, isBoolean),
    colors: perType(source.colors, d.colors, isColor),
    autoHighlight: isBoolean(source.autoHighlight) ? source.autoHighlight : d.autoHighlight,
    theme: oneOf(THEMES, source.theme, d.theme),
    mode: oneOf(MODES, source.mode, d.mode),
    copyKeyActors: isBoolean(source.copyKeyActors) ? source.copyKeyActors : d.copyKeyActors,
    uiLanguage: oneOf(UI_LANGUAGES, source.uiLanguage, d.uiLanguage),
  };
}
