import { useRef, useState } from 'preact/hooks';
import { copyRich, copyText, type CopyOutcome } from '@/lib/view/clipboard';
import type { PageResult } from '@/lib/protocol/protocol';
import { openSidePanel } from '@/lib/shared/side-panel';
import { t, type MessageKey } from '@/lib/shared/i18n';
import { useSettings } from '@/lib/view/useSettings';
import './extras.css';

/** Only the popup offers the side panel (the side panel is already open). */
const inPopup = () => location.pathname.endsWith('/popup.html');

/** Whether the Escape key now down closed the menu (its release must not close the popup). */
let escapeClosedMenu = false;

/**
 * The footer, one row: "Copy summary", and a "More" menu with the other formats and the side
 * panel. The menu is a native popover: the browser opens it from the keyboard, closes it on
 * Escape or a click outside, returns the focus, and tells screen readers whether it is open.
 */
export function CopyBar({ result, tabId }: { result: PageResult; tabId: number }) {
  const [feedback, setFeedback] = useState<{ text: string; ok: boolean } | null>(null);
  const withActors = useSettings().copyKeyActors;
  // Not cleared when the view goes: Preact drops a state set on a component no longer shown.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const say = (text: string, ok: boolean) => {
    setFeedback({ text, ok });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFeedback(null), 2500);
  };
  const report = (copied: MessageKey, outcome: CopyOutcome) =>
    say(t(outcome === 'copied' ? copied : `copy_${outcome}`), outcome !== 'failed');

  // Made by the background (lib/worker/copy.ts); "Copy summary" is always without the actors.
  const copies = withActors ? result.copies.withActors : result.copies.withoutActors;

  const openPanel = () => {
    // Straight from the click: the browser opens its panel only during a user gesture; the
    // popup then closes, as it would on any click outside.
    openSidePanel({ id: tabId })
      .then(() => window.close())
      .catch(() => say(t('sidePanelFailed'), false));
  };

  // An extension popup closes on Escape: while the menu is open, Escape closes only the menu.
  // Chromium may close the popup on the key's release, so that is swallowed too.
  const escape = (event: KeyboardEvent) => {
    const menu = document.getElementById('more-menu');
    const up = event.type == 'keyup';
    if (event.key == 'Escape' && (up ? escapeClosedMenu : menu?.matches(':popover-open'))) {
      event.preventDefault();
      escapeClosedMenu = !up;
      menu?.hidePopover();
    }
  };

  return (
    <footer class="foot" onKeyDown={escape} onKeyUp={escape}>
      <button
        type="button"
        class="primary"
        id="copy-summary"
        onClick={async () => report('copied', await copyText(result.copies.withoutActors.plain))}
      >
        {t('copySummary')}
      </button>
      <span class={feedback?.ok === false ? 'feedback bad' : 'feedback'} role="status">
        {feedback?.text ?? ''}
      </span>
      <button type="button" class="secondary" id="more" popovertarget="more-menu">
        {t('more')}
      </button>
      <div popover="auto" id="more-menu" class="menu">
        <button
          type="button"
          id="copy-markdown"
          popovertarget="more-menu"
          popovertargetaction="hide"
          onClick={async () => report('copiedMarkdown', await copyText(copies.markdown))}
        >
          {t('copyMarkdown')}
        </button>
        <button
          type="button"
          id="copy-rich"
          popovertarget="more-menu"
          popovertargetaction="hide"
          onClick={async () => report('copiedRich', await copyRich(copies.html, copies.plain))}
        >
          {t('copyRich')}
        </button>
        {inPopup() && (
          <button type="button" id="open-side-panel" onClick={openPanel}>
            {t('openSidePanel')}
          </button>
        )}
      </div>
    </footer>
  );
}
