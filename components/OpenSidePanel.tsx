import { useState } from 'preact/hooks';
import { openSidePanel } from '@/lib/shared/side-panel';

/** Only the popup offers it (the side panel is already open). */
function inPopup(): boolean {
  return location.pathname.endsWith('/popup.html');
}

/**
 * "Side panel": keeps the summary open beside the page while reading. The click is the user
 * gesture both browsers require; the popup then closes, as it would on any click outside.
 */
export function OpenSidePanel({ tabId }: { tabId: number }) {
  const [failed, setFailed] = useState(false);
  if (!inPopup()) return null;
  const open = () => {
    // Straight from the click: the browser opens its panel only during a user gesture.
    openSidePanel({ id: tabId })
      .then(() => window.close())
      .catch(() => setFailed(true));
  };
  return (
    <>
      <button
        type="button"
        class="secondary"
        id="open-side-panel"
        title="Keep the summary open beside the page"
        onClick={open}
      >
        Side panel
      </button>
      {failed && (
        <span class="feedback bad" role="status">
          This browser didn't open its side panel.
        </span>
      )}
    </>
  );
}
