import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Logo } from './Logo';
import { NutshellView } from './NutshellView';
import { useActiveTab } from '@/lib/view/useActiveTab';
import { decide, useKnown } from '@/lib/view/panel-state';
import { t } from '@/lib/shared/i18n';
import './nutshell.css';

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
