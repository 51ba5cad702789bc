/**
 * The side panel (Chrome `sidePanel`, Firefox `sidebar_action`) and how it learns what to show.
 *
 * Without host permissions the panel cannot read a tab by itself: only a reader's gesture on
 * the extension (toolbar button, shortcut, context menu) grants access to a tab (activeTab).
 * So the panel shows a tab's cached summary when there is one, and otherwise waits; a context
 * menu click opens the panel and leaves a request here that the panel answers while the grant
 * from that click holds.
 */
import { browser } from 'wxt/browser';

const REQUEST_KEY = 'nutshell:panel-request';

export interface PanelRequest {
  tabId: number;
  /** When it was made (ms): a newer request for the same tab runs again. */
  at: number;
}

function isPanelRequest(x: unknown): x is PanelRequest {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<PanelRequest>;
  return Number.isInteger(r.tabId) && typeof r.at === 'number';
}

export async function requestPanelSummary(tabId: number): Promise<void> {
  await browser.storage.session.set({ [REQUEST_KEY]: { tabId, at: Date.now() } });
}

export async function readPanelRequest(): Promise<PanelRequest | null> {
  const stored: unknown = (await browser.storage.session.get(REQUEST_KEY))[REQUEST_KEY];
  return isPanelRequest(stored) ? stored : null;
}

export function isPanelRequestChange(changes: Record<string, unknown>): boolean {
  return REQUEST_KEY in changes;
}

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

interface SidebarActionApi {
  open(): Promise<void>;
}

/**
 * Opens the panel. Both browsers allow it only in response to a user action, so call it first
 * thing in the handler of that action, before any await.
 */
export function openSidePanel(tab: { id?: number; windowId?: number }): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  // The window's panel (not a tab-specific one), so it stays open when the reader switches tabs.
  if (api.sidePanel) {
    return api.sidePanel.open(
      tab.windowId !== undefined ? { windowId: tab.windowId } : { tabId: tab.id },
    );
  }
  if (api.sidebarAction) return api.sidebarAction.open();
  // No side panel in this browser. Every caller tells the reader in their words or ignores it
  // (components/CopyBar.tsx, the context menu), so the error carries no text of its own (the
  // popup's bytes are counted).
  return Promise.reject(new Error());
}
