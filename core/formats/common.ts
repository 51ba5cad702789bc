import type { Analysis } from '../types';

/** What a copy format needs from an analysis. */
export type Summarised = Pick<Analysis, 'title' | 'summary' | 'actors'>;

export interface FormatOptions {
  /** Add a line naming this many of the top-ranked actors (0 or absent: no line). */
  keyActors?: number;
  /** The words around the summary, in the reader's language (English by default). */
  labels?: FormatLabels;
}

export interface FormatLabels {
  /** Before the names of the key actors, its colon included ("Key actors:"). */
  keyActors: string;
  /** The title of a page with neither a title nor a URL. */
  untitled: string;
}

export const ENGLISH_LABELS: FormatLabels = { keyActors: 'Key actors:', untitled: 'Untitled' };

const LINK_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The page URL as a link target, or null when it must not become one: only absolute http(s)
 * URLs qualify, so `javascript:`, `data:` and the like stay inert text whatever the page says.
 */
export function linkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** Page text on one line: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The page URL as text, or '' when it is not an absolute URL of any scheme. Anything else is
 * not a URL to show: printed on its own line, a string such as "- x" would read as one more
 * summary bullet in the plain-text format.
 */
export function urlText(url: string): string {
  const text = oneLine(url);
  try {
    new URL(text);
  } catch {
    return '';
  }
  return text;
}

/** The title to show: the article's, else the URL, else a neutral word. */
export function displayTitle(title: string, url: string, options: FormatOptions = {}): string {
  return oneLine(title) || urlText(url) || (options.labels ?? ENGLISH_LABELS).untitled;
}

/** The label of the key actors' line. */
export function keyActorsLabel(options: FormatOptions): string {
  return (options.labels ?? ENGLISH_LABELS).keyActors;
}

/** Names of the top-ranked actors for the optional "Key actors" line. */
export function keyActorNames(actors: Summarised['actors'], options: FormatOptions): string[] {
  const n = Math.max(0, Math.floor(options.keyActors ?? 0));
  return actors.slice(0, n).map((a) => oneLine(a.name));
}
