import { useEffect, useRef, useState } from 'preact/hooks';
import type { SummaryLength } from '@/core/types';
import { Logo } from '@/components/Logo';
import { aiAvailability, type AiAvailability } from '@/lib/view/ai-summarizer';
import {
  getSettings,
  LENGTHS,
  resetSettings,
  updateSettings,
  watchSettings,
  type Settings,
  type SummaryMode,
  type Theme,
} from '@/lib/storage/settings';
import { LENGTH_WORDS } from '@/core/summary';
import { plural, t, UI_LANGUAGES, type MessageKey, type UiLanguage } from '@/lib/shared/i18n';
import { lengthLabel } from '@/lib/shared/words';
import { ActorOptions } from './ActorOptions';
import { RadioGroup, type Choice } from './RadioGroup';
import { ShortcutInfo } from './ShortcutInfo';

/** Each length with its word budget (core/summary), for the hints. */
function lengthChoices(): Choice<SummaryLength>[] {
  return LENGTHS.map((length) => ({
    value: length,
    label: lengthLabel(length),
    hint: plural('aboutWords', LENGTH_WORDS[length]),
  }));
}

function themeChoices(): Choice<Theme>[] {
  return [
    { value: 'system', label: t('themeSystem'), hint: t('themeSystemHint') },
    { value: 'light', label: t('themeLight') },
    { value: 'dark', label: t('themeDark') },
  ];
}

const AI_STATUS: Record<AiAvailability, MessageKey> = {
  unsupported: 'aiStatusUnsupported',
  unavailable: 'aiStatusUnavailable',
  downloadable: 'aiStatusDownloadable',
  downloading: 'aiStatusDownloading',
  available: 'aiStatusAvailable',
};

function modeChoices(ai: AiAvailability | null): Choice<SummaryMode>[] {
  return [
    { value: 'extractive', label: t('modeExtractive'), hint: t('modeExtractiveHint') },
    {
      value: 'ai',
      label: t('modeAi'),
      hint: ai ? `${t('modeAiHint')} ${t(AI_STATUS[ai])}` : t('modeAiHint'),
    },
  ];
}

/**
 * The languages, each named in itself ("Deutsch", "Français"), as pickers do: a reader who
 * cannot read the current language still finds theirs.
 */
function languageChoices(): Choice<UiLanguage>[] {
  return UI_LANGUAGES.map((language) => {
    if (language === 'auto') {
      return { value: language, label: t('languageAuto'), hint: t('languageHint') };
    }
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    return { value: language, label: name.charAt(0).toLocaleUpperCase(language) + name.slice(1) };
  });
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
      say(t('saved'));
    } catch {
      say(t('saveFailed'));
    }
  };

  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <main class="options">
      <header class="options-header">
        <Logo size={32} />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="hint">{t('optionsIntro')}</p>
        </div>
      </header>

      <form onSubmit={(event) => event.preventDefault()}>
        <RadioGroup
          legend={t('summaryLength')}
          name="length"
          choices={lengthChoices()}
          value={settings.length}
          onChange={(length) => save(() => updateSettings({ length }))}
        />
        <RadioGroup
          legend={t('modeLegend')}
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
          <legend>{t('copyingLegend')}</legend>
          <div class="choice">
            <input
              type="checkbox"
              id="copy-key-actors"
              checked={settings.copyKeyActors}
              onChange={(event) =>
                save(() => updateSettings({ copyKeyActors: event.currentTarget.checked }))
              }
            />
            <label for="copy-key-actors">{t('copyKeyActorsOption')}</label>
          </div>
        </fieldset>
        <RadioGroup
          legend={t('themeLegend')}
          name="theme"
          choices={themeChoices()}
          value={settings.theme}
          onChange={(theme) => save(() => updateSettings({ theme }))}
        />
        <RadioGroup
          legend={t('languageLegend')}
          name="language"
          choices={languageChoices()}
          value={settings.uiLanguage}
          onChange={(uiLanguage) => save(() => updateSettings({ uiLanguage }))}
        />
        <ShortcutInfo />
        <div class="actions">
          <button type="button" onClick={() => save(resetSettings)}>
            {t('resetDefaults')}
          </button>
          <p class="status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </form>
    </main>
  );
}
