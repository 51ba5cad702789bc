import type { ActorType } from '@/core/types';
import { contrastRatio } from '@/lib/view/contrast';
import { TYPE_STYLES } from '@/lib/shared/palette';
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
  return (
    <p class="warning" id={id}>
      Dark text on this colour is hard to read ({ratio.toFixed(1)}:1; aim for {MIN_CONTRAST}:1). Try
      a lighter colour.
    </p>
  );
}

export function ActorOptions({ settings, onShow, onColor, onAutoHighlight }: Props) {
  return (
    <fieldset>
      <legend>Key actors</legend>
      <p class="hint">Which kinds to list, and their colour when highlighted in the page.</p>
      <div class="actor-rows">
        {ACTOR_TYPES.map((type) => {
          const label = TYPE_STYLES[type].label;
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
                <label for={`show-${type}`}>Show {label.toLowerCase()}</label>
              </div>
              <div class="color-field">
                <input
                  type="color"
                  id={`color-${type}`}
                  value={color}
                  aria-describedby={`color-${type}-warning`}
                  onChange={(event) => onColor(type, event.currentTarget.value)}
                />
                <label for={`color-${type}`}>Highlight colour for {label.toLowerCase()}</label>
              </div>
              <span class="sample" style={{ backgroundColor: color, color: PAGE_TEXT }}>
                {SAMPLES[type]}
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
        <label for="auto-highlight">Highlight automatically</label>
        <p class="hint" id="auto-highlight-hint">
          Mark the actors in the page as soon as the summary opens, without pressing Highlight.
        </p>
      </div>
    </fieldset>
  );
}

/** Preview text: what a highlighted mention looks like in a page. */
const SAMPLES: Record<ActorType, string> = {
  person: 'Ada Lovelace',
  organization: 'Red Cross',
  place: 'Lisbon',
  other: 'Saltmere',
};
