import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface ActiveTab {
  id: number;
  /** Bumped on every navigation of this tab while we watch it. */
  navigations: number;
}

/**
 * The active tab of the window this page (the side panel) belongs to, kept current. Its address
 * is not kept here: without host permissions the browser hides it from tab events, and an
 * activeTab grant that reveals it fires no event; lib/view/panel-state.ts reads it when needed.
 */
export function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);

  useEffect(() => {
    let windowId: number | undefined;
    let alive = true;
    const show = (id: number | undefined) => {
      if (alive && id !== undefined) {
        setTab((previous) => (previous?.id === id ? previous : { id, navigations: 0 }));
      }
    };
    void browser.windows.getCurrent().then(async (window) => {
      windowId = window.id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      show(active?.id);
    });
    const onActivated = ({ tabId, windowId: inWindow }: { tabId: number; windowId: number }) => {
      if (inWindow === windowId) show(tabId);
    };
    const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
      if (change.status !== 'loading' && change.url === undefined) return;
      setTab((previous) =>
        previous?.id === tabId ? { id: tabId, navigations: previous.navigations + 1 } : previous,
      );
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return tab;
}
