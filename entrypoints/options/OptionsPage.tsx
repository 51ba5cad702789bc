import { useEffect, useRef, useState } from 'preact/hooks';
import type { SummaryLength } from '@/core/types';
import { Logo } from '@/components/Logo';
import { aiAvailability, type AiAvailability } from '@/lib/view/ai-summarizer';
import {
  getSettings,
  resetSettings,
  updateSettings,
  watchSettings,
  type Settings,
  type SummaryMode,
  type Theme,
} from '@/lib/storage/settings';
import { ActorOptions } from './ActorOptions';
import { RadioGroup, type Choice } from './RadioGroup';
import { ShortcutInfo } from './ShortcutInfo';

const LENGTH_CHOICES: Choice<SummaryLength>[] = [
  { value: 'short', label: 'Short', hint: '2 sentences' },
  { value: 'medium', label: 'Medium', hint: '3 sentences' },
  { value: 'long', label: 'Long', hint: '5 sentences' },
];

const THEME_CHOICES: Choice<Theme>[] = [
  { value: 'system', label: 'System', hint: "Follow your device's light or dark setting" },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const AI_STATUS: Record<AiAvailability, string> = {
  unsupported:
    'Not available in this browser (it needs Chrome 138 or later on a capable desktop). The extractive summary is shown instead.',
  unavailable:
    "This device can't run the browser's built-in model. The extractive summary is shown instead.",
  downloadable: 'The browser downloads its model the first time you ask for an AI summary.',
  downloading: 'The browser is downloading its model.',
  available: 'Ready on this device.',
};

function modeChoices(ai: AiAvailability | null): Choice<SummaryMode>[] {
  return [
    {
      value: 'extractive',
      label: 'Sentences from the article',
      hint: "The article's own most representative sentences. Instant, works everywhere.",
    },
    {
      value: 'ai',
      label: 'AI summary (on device)',
      hint: `Key points written by the browser's built-in model; the text stays on your device. ${
        ai ? AI_STATUS[ai] : ''
      }`,
    },
  ];
}

export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [ai, setAi] = useState<AiAvailability | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void getSettings().then(setSettings);
    void aiAvailability().then(setAi);
    return watchSettings(setSettings);
  }, []);

  const say = (message: string) => {
    setStatus(message);
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(''), 2500);
  };

  const save = async (change: () => Promise<Settings>) => {
    try {
      setSettings(await change());
      say('Saved');
    } catch {
      say("Couldn't save. Try again.");
    }
  };

  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <main class="options">
      <header class="options-header">
        <Logo size={32} />
        <div>
          <h1>Nutshell options</h1>
          <p class="hint">Changes are saved at once and follow you to every browser you sync.</p>
        </div>
      </header>

      <form onSubmit={(event) => event.preventDefault()}>
        <RadioGroup
          legend="Summary length"
          name="length"
          choices={LENGTH_CHOICES}
          value={settings.length}
          onChange={(length) => save(() => updateSettings({ length }))}
        />
        <RadioGroup
          legend="Summary shown first"
          name="mode"
          choices={modeChoices(ai)}
          value={settings.mode}
          onChange={(mode) => save(() => updateSettings({ mode }))}
        />
        <ActorOptions
          settings={settings}
          onShow={(type, shown) => save(() => updateSettings({ actorTypes: { [type]: shown } }))}
          onColor={(type, color) => save(() => updateSettings({ colors: { [type]: color } }))}
          onAutoHighlight={(autoHighlight) => save(() => updateSettings({ autoHighlight }))}
        />
        <fieldset>
          <legend>Copying</legend>
          <div class="choice">
            <input
              type="checkbox"
              id="copy-key-actors"
              checked={settings.copyKeyActors}
              onChange={(event) =>
                save(() => updateSettings({ copyKeyActors: event.currentTarget.checked }))
              }
            />
            <label for="copy-key-actors">Add a line of key actors to Markdown and rich text</label>
          </div>
        </fieldset>
        <RadioGroup
          legend="Theme"
          name="theme"
          choices={THEME_CHOICES}
          value={settings.theme}
          onChange={(theme) => save(() => updateSettings({ theme }))}
        />
        <ShortcutInfo />
        <div class="actions">
          <button type="button" onClick={() => save(resetSettings)}>
            Reset to defaults
          </button>
          <p class="status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </form>
    </main>
  );
}
