/**
 * What the side panel shows for the active tab. Without host permissions it cannot read a tab by
 * itself (lib/shared/side-panel.ts): it shows the tab's cached summary while the tab still holds
 * that page, or the summary a context-menu click just asked for, and otherwise waits.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readLatest, type CacheEntry } from '@/lib/storage/cache';
import { readPanelRequest, type PanelRequest } from '@/lib/shared/side-panel';
import type { ActiveTab } from './useActiveTab';

export interface Known {
  entry: CacheEntry | null;
  request: PanelRequest | null;
  /**
   * The tab's address as the browser showed it at the same moment, undefined while hidden.
   * Read with the entry, not taken from tab events: the panel may have been open since before
   * the page loaded (Firefox opens it at install), when the address was hidden, and the grant of
   * a toolbar click that reveals it fires no tab event, only the cache write that follows.
   */
  url: string | undefined;
  /** Storage changes seen: re-read on each. */
  version: number;
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined; // closed meanwhile: the next activation says which tab follows
  }
}

/** The cache, the panel request and the tab's address, re-read on every storage.session change. */
export function useKnown(tab: ActiveTab | null): Known | null {
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
    void Promise.all([readLatest(tab.id), readPanelRequest(), tabUrl(tab.id)]).then(
      ([entry, request, url]) => {
        if (current) setKnown({ entry, request, url, version });
      },
    );
    return () => {
      current = false;
    };
  }, [tab?.id, tab?.navigations, version]);

  return known;
}

export type Shown =
  | { kind: 'summary'; key: string; url: string | undefined }
  | { kind: 'waiting' }
  | { kind: 'loading' };

/**
 * The cached summary counts while the tab holds its page: same address, or, while the address is
 * hidden, no navigation seen since the panel opened. `navigatedAt` (when the tab last navigated
 * in the panel's lifetime) voids older context-menu requests.
 */
export function decide(tab: ActiveTab | null, known: Known | null, navigatedAt: number): Shown {
  if (!tab || !known) return { kind: 'loading' };
  const { entry, request, url } = known;
  const asked = request && request.tabId === tab.id && request.at > navigatedAt ? request : null;
  if (asked) return { kind: 'summary', key: `${tab.id}:request:${asked.at}`, url };
  const fresh = entry && (url ? entry.url === url : tab.navigations === 0);
  if (entry && fresh) {
    return { kind: 'summary', key: `${tab.id}:${entry.url}:${known.version}`, url: entry.url };
  }
  return { kind: 'waiting' };
}
