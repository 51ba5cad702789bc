import type { ActorType } from '@/core/types';
import { contrastRatio } from '@/lib/view/contrast';
import { locale, t, type MessageKey } from '@/lib/shared/i18n';
import { ACTOR_TYPES } from '@/lib/protocol/protocol';
import type { Settings } from '@/lib/storage/settings';

/** Page text is usually near-black; below this contrast a highlighted name gets hard to read. */
const PAGE_TEXT = '#1d1b19';
const MIN_CONTRAST = 4.5;

interface Props {
  settings: Settings;
  onShow: (type: ActorType, shown: boolean) => void;
  onColor: (type: ActorType, color: string) => void;
  onAutoHighlight: (on: boolean) => void;
}

function ColorWarning({ color, id }: { color: string; id: string }) {
  const ratio = contrastRatio(color, PAGE_TEXT);
  if (ratio >= MIN_CONTRAST) return null;
  const oneDecimal = new Intl.NumberFormat(locale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    <p class="warning" id={id}>
      {t('colourWarning', oneDecimal.format(ratio), oneDecimal.format(MIN_CONTRAST))}
    </p>
  );
}

/** Each type's words on this page: its checkbox, its colour field, its sample name. */
const TYPE_WORDS: Record<ActorType, { show: MessageKey; colour: MessageKey; sample: MessageKey }> =
  {
    person: { show: 'showPeople', colour: 'colourPeople', sample: 'samplePerson' },
    organization: {
      show: 'showOrganisations',
      colour: 'colourOrganisations',
      sample: 'sampleOrganisation',
    },
    place: { show: 'showPlaces', colour: 'colourPlaces', sample: 'samplePlace' },
    other: { show: 'showOther', colour: 'colourOther', sample: 'sampleOther' },
  };

export function ActorOptions({ settings, onShow, onColor, onAutoHighlight }: Props) {
  return (
    <fieldset>
      <legend>{t('keyActorsHeading')}</legend>
      <p class="hint">{t('actorsHint')}</p>
      <div class="actor-rows">
        {ACTOR_TYPES.map((type) => {
          const words = TYPE_WORDS[type];
          const color = settings.colors[type];
          return (
            <div class="actor-row" key={type} data-type={type}>
              <div class="choice">
                <input
                  type="checkbox"
                  id={`show-${type}`}
                  checked={settings.actorTypes[type]}
                  onChange={(event) => onShow(type, event.currentTarget.checked)}
                />
                <label for={`show-${type}`}>{t(words.show)}</label>
              </div>
              <div class="color-field">
                <input
                  type="color"
                  id={`color-${type}`}
                  value={color}
                  aria-describedby={`color-${type}-warning`}
                  onChange={(event) => onColor(type, event.currentTarget.value)}
                />
                <label for={`color-${type}`}>{t(words.colour)}</label>
              </div>
              <span class="sample" style={{ backgroundColor: color, color: PAGE_TEXT }}>
                {t(words.sample)}
              </span>
              <ColorWarning color={color} id={`color-${type}-warning`} />
            </div>
          );
        })}
      </div>
      <div class="choice">
        <input
          type="checkbox"
          id="auto-highlight"
          checked={settings.autoHighlight}
          aria-describedby="auto-highlight-hint"
          onChange={(event) => onAutoHighlight(event.currentTarget.checked)}
        />
        <label for="auto-highlight">{t('autoHighlight')}</label>
        <p class="hint" id="auto-highlight-hint">
          {t('autoHighlightHint', t('highlightInPage'))}
        </p>
      </div>
    </fieldset>
  );
}
