/**
 * One colour per actor type, shared by the popup (chips, marks in the summary) and the page
 * highlights, so a reader links a colour in the popup to the same colour in the article.
 */
import type { ActorType } from '@/core/types';

export interface TypeStyle {
  /** Strong colour: dots, text accents (passes 4.5:1 on white). */
  ink: string;
  /** Light background behind marked text, in the popup and in the page (text stays legible). */
  wash: string;
}

/**
 * The washes, as the default page highlight colour per type. Written out, not read from
 * TYPE_STYLES, so a page that needs only these (the popup, through the settings' defaults)
 * does not carry the inks. (The types' names are messages: lib/shared/words.ts.)
 */
export const DEFAULT_HIGHLIGHT_COLORS: Record<ActorType, string> = {
  person: '#ede3ff',
  organization: '#cdf3ea',
  place: '#fdebc8',
  other: '#ece6de',
};

/**
 * Inks and washes for the options page. The washes are written out again (the same
 * values as DEFAULT_HIGHLIGHT_COLORS, which tests/unit/theme.test.ts checks) rather than read
 * from it: reading them left property reads in every bundle that imports the defaults.
 */
export const TYPE_STYLES: Record<ActorType, TypeStyle> = {
  person: { ink: '#6d28d9', wash: '#ede3ff' },
  organization: { ink: '#0f766e', wash: '#cdf3ea' },
  place: { ink: '#b45309', wash: '#fdebc8' },
  // Names whose kind the text does not settle: the neutral tokens, so no colour claims a kind.
  other: { ink: '#6b645c', wash: '#ece6de' },
};

/** Names of the CSS highlights this extension registers in a page. */
export const HIGHLIGHT_NAMES = {
  person: 'nutshell-person',
  organization: 'nutshell-organization',
  place: 'nutshell-place',
  other: 'nutshell-other',
  current: 'nutshell-current',
  sentence: 'nutshell-sentence',
} as const;

/**
 * Stylesheet for the page, inserted with scripting.insertCSS: no element is added to the DOM.
 * `colors` are the reader's highlight colours (options), validated `#rrggbb` values.
 */
export function pageHighlightCss(
  colors: Record<ActorType, string> = DEFAULT_HIGHLIGHT_COLORS,
): string {
  const types = (Object.keys(TYPE_STYLES) as ActorType[])
    .map(
      (type) =>
        `::highlight(${HIGHLIGHT_NAMES[type]}) { background-color: ${colors[type]}; color: inherit; }`,
    )
    .join('\n');
  return `${types}
::highlight(${HIGHLIGHT_NAMES.sentence}) { background-color: #fff1a6; color: #111; }
::highlight(${HIGHLIGHT_NAMES.current}) { background-color: #ffd43b; color: #111; text-decoration: underline 2px #111; }
`;
}
