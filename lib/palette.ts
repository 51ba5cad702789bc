/**
 * One colour per actor type, shared by the popup (chips, marks in the summary) and the page
 * highlights, so a reader links a colour in the popup to the same colour in the article.
 */
import type { ActorType } from '@/core/types';

export interface TypeStyle {
  /** Plural heading in the popup. */
  label: string;
  /** Strong colour: dots, text accents (passes 4.5:1 on white). */
  ink: string;
  /** Light background behind marked text, in the popup and in the page (text stays legible). */
  wash: string;
}

export const TYPE_STYLES: Record<ActorType, TypeStyle> = {
  person: { label: 'People', ink: '#6d28d9', wash: '#ede3ff' },
  organization: { label: 'Organisations', ink: '#0f766e', wash: '#cdf3ea' },
  place: { label: 'Places', ink: '#b45309', wash: '#fdebc8' },
};

/** Names of the CSS highlights this extension registers in a page. */
export const HIGHLIGHT_NAMES = {
  person: 'nutshell-person',
  organization: 'nutshell-organization',
  place: 'nutshell-place',
  current: 'nutshell-current',
  sentence: 'nutshell-sentence',
} as const;

/** The washes, as the default page highlight colour per type. */
export const DEFAULT_HIGHLIGHT_COLORS: Record<ActorType, string> = {
  person: TYPE_STYLES.person.wash,
  organization: TYPE_STYLES.organization.wash,
  place: TYPE_STYLES.place.wash,
};

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
