import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/shared/i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** What the manifest's `commands` mean to a reader; `_execute_action` has no description. */
function describe(name: string, description: string | undefined): string {
  if (name === '_execute_action' || name === '_execute_browser_action') return t('shortcutOpen');
  return description || name;
}

/** The browser's own shortcut settings: Firefox has an API for it, Chrome a page. */
async function openShortcutSettings(): Promise<void> {
  const commands: Record<string, unknown> = browser.commands;
  const open = commands.openShortcutSettings;
  if (typeof open === 'function') await (open as () => Promise<void>)();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
export function ShortcutInfo() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);

  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands.map((command) => ({
            name: command.name ?? '',
            description: describe(command.name ?? '', command.description),
            shortcut: command.shortcut ?? '',
          })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);

  return (
    <fieldset>
      <legend>{t('shortcutsLegend')}</legend>
      {shortcuts && shortcuts.length > 0 ? (
        <dl class="shortcuts">
          {shortcuts.map((item) => (
            <div key={item.name}>
              <dt>{item.description}</dt>
              <dd>{item.shortcut ? <kbd>{item.shortcut}</kbd> : t('shortcutNotSet')}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="hint">{t('noShortcuts')}</p>
      )}
      <button type="button" onClick={() => void openShortcutSettings()}>
        {t('changeShortcuts')}
      </button>
    </fieldset>
  );
}
