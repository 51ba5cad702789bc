import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readLatest, type CacheEntry } from '@/lib/storage/cache';
import { readPanelRequest, type PanelRequest } from '@/lib/shared/side-panel';
import { Logo } from './Logo';
import { NutshellView } from './NutshellView';
import { useActiveTab, type ActiveTab } from '@/lib/view/useActiveTab';
import { t } from '@/lib/shared/i18n';
import './nutshell.css';

interface Known {
  entry: CacheEntry | null;
  request: PanelRequest | null;
  /** Storage changes seen: re-read on each. */
  version: number;
}

/** The cache and the panel request, re-read whenever storage.session changes. */
function useKnown(tab: ActiveTab | null): Known | null {
  const [version, setVersion] = useState(0);
  const [known, setKnown] = useState<Known | null>(null);

  useEffect(() => {
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session') setVersion((v) => v + 1);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  useEffect(() => {
    if (!tab) return;
    let current = true;
    void Promise.all([readLatest(tab.id), readPanelRequest()]).then(([entry, request]) => {
      if (current) setKnown({ entry, request, version });
    });
    return () => {
      current = false;
    };
  }, [tab?.id, version]);

  return known;
}

type Shown =
  | { kind: 'summary'; key: string; url: string | undefined }
  | { kind: 'waiting' }
  | { kind: 'loading' };

/**
 * What the panel can show for the tab without a new grant: its cached summary (unless the tab
 * navigated since), or the summary a context-menu click just asked for; else it waits.
 */
function decide(tab: ActiveTab | null, known: Known | null, navigatedAt: number): Shown {
  if (!tab || !known) return { kind: 'loading' };
  const { entry, request } = known;
  const asked = request && request.tabId === tab.id && request.at > navigatedAt ? request : null;
  if (asked) return { kind: 'summary', key: `${tab.id}:request:${asked.at}`, url: tab.url };
  const fresh = entry && (tab.url ? entry.url === tab.url : tab.navigations === 0);
  if (entry && fresh) {
    return { kind: 'summary', key: `${tab.id}:${entry.url}:${known.version}`, url: entry.url };
  }
  return { kind: 'waiting' };
}

function Waiting() {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === '_execute_action')?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);
  return (
    <div class="status" data-state="waiting">
      <h2>{t('waitingHeading')}</h2>
      <p class="muted">{t('waitingHow', t('menuSummarisePage'))}</p>
      {shortcut && (
        <p class="muted">
          {t('waitingShortcut')} <kbd>{shortcut}</kbd>
        </p>
      )}
      <p class="muted">{t('waitingFollows')}</p>
    </div>
  );
}

/** The side panel: the popup's view for whichever tab is active, staying open while reading. */
export function SidePanelView() {
  const tab = useActiveTab();
  const known = useKnown(tab);
  // When the active tab last navigated (in this panel's lifetime): older requests don't count.
  const [navigatedAt, setNavigatedAt] = useState(0);
  useEffect(() => {
    if (tab && tab.navigations > 0) setNavigatedAt(Date.now());
  }, [tab?.id, tab?.navigations]);

  const shown = decide(tab, known, navigatedAt);
  if (shown.kind === 'summary' && tab) {
    return <NutshellView key={shown.key} tabId={tab.id} url={shown.url} />;
  }
  return (
    <div class="nutshell" aria-busy={shown.kind === 'loading'}>
      <div class="brand">
        <Logo />
        <span>{t('extName')}</span>
      </div>
      {shown.kind === 'waiting' && <Waiting />}
    </div>
  );
}
