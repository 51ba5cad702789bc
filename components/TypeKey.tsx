import type { ComponentChildren } from 'preact';
import type { ActorType } from '@/core/types';
import { t } from '@/lib/shared/i18n';
import { typeLabel } from '@/lib/shared/words';

/**
 * A shape per type beside its colour (a figure, a building, a map pin; a plain tag for names of
 * unsettled kind), so a chip's type does not rest on colour alone. 16 × 16, holes by the
 * even-odd rule.
 */
const ICONS: Record<ActorType, string> = {
  person: 'M8 1a3 3 0 1 0 0 7 3 3 0 0 0 0-7zM2 15c0-3 3-6 6-6s6 3 6 6z',
  organization: 'M2 15V1h8v5h4v9zM4 3v2h2V3zm0 4v2h2V7zm0 4v2h2v-2zm7-2v2h2V9zm0 3v2h2v-2z',
  place: 'M8 16S2 10 2 6a6 6 0 0 1 12 0c0 4-6 10-6 10zm0-8a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  other: 'M1 1h7l7 7-7 7-7-7zm3 2a1 1 0 1 0 0 2 1 1 0 0 0 0-2z',
};

export function TypeIcon({ type }: { type: ActorType }) {
  return (
    <svg class="ic" viewBox="0 0 16 16" aria-hidden="true">
      <path fill-rule="evenodd" d={ICONS[type]} />
    </svg>
  );
}

/** A type's colours, light or dark, from the theme's tokens (components/theme.css). */
export const typeColors = (type: ActorType) =>
  `--ink:var(--${type}-ink);--wash:var(--${type}-wash)`;

/** The key to the colours of the summary's marks and of the chips: icon, colour and name. */
export function TypeLegend({ types }: { types: readonly ActorType[] }) {
  return (
    <ul class="legend" aria-label={t('colourKey')}>
      {types.map((type) => (
        <li key={type} style={typeColors(type)}>
          <TypeIcon type={type} />
          {typeLabel(type)}
        </li>
      ))}
    </ul>
  );
}

interface SwitchesProps {
  types: readonly ActorType[];
  isOn: (type: ActorType) => boolean;
  toggle: (type: ActorType) => void;
  /** What the highlighting did (a status line after the switches). */
  children?: ComponentChildren;
}

/** While the page is highlighted: one switch per type turns its highlights off and on. */
export function TypeSwitches({ types, isOn, toggle, children }: SwitchesProps) {
  return (
    <div class="chips" role="group" aria-label={t('highlightedTypes')}>
      {types.map((type) => (
        <button
          key={type}
          type="button"
          class="chip"
          style={typeColors(type)}
          aria-pressed={isOn(type)}
          onClick={() => toggle(type)}
        >
          <TypeIcon type={type} />
          {typeLabel(type)}
        </button>
      ))}
      {children}
    </div>
  );
}
