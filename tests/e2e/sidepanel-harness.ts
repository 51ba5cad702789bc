/**
 * The real Chromium side panel in e2e tests. Chrome opens it only on a user gesture; a
 * Playwright evaluate in one of the extension's own tabs counts as one
 * (../shared/notes/e2e-in-chromium.md). The panel is then reached over CDP like the popup.
 */
import type { Page } from 'playwright-core';
import { PopupTarget, type Browser } from './harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface OpenedPanel {
  panel: PopupTarget;
  /** The extension tab that opened it (options.html), in the same window. */
  opener: Page;
}

export async function openSidePanel(b: Browser): Promise<OpenedPanel> {
  const opener = await b.context.newPage();
  await opener.goto(`chrome-extension://${b.extensionId}/options.html`);
  // A string, evaluated in the extension page where `chrome` is the extension API.
  await opener.evaluate(
    `chrome.windows.getCurrent().then((w) => chrome.sidePanel.open({ windowId: w.id }))`,
  );
  return { panel: await findSidePanel(b), opener };
}

async function pageTargets(b: Browser): Promise<TargetInfo[]> {
  const { targetInfos } = (await b.browserSession.send('Target.getTargets', {
    filter: [{ type: 'page' }],
  })) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/** The open side panel, attached over CDP (waits up to 10 s for it to appear). */
export async function findSidePanel(b: Browser): Promise<PopupTarget> {
  const url = `chrome-extension://${b.extensionId}/sidepanel.html`;
  const until = Date.now() + 10_000;
  for (;;) {
    const found = (await pageTargets(b)).find((t) => t.url.startsWith(url));
    if (found) return PopupTarget.attach(b.browserSession, found.targetId);
    if (Date.now() > until) throw new Error('The side panel did not open');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether the action popup is open. */
export async function popupOpen(b: Browser): Promise<boolean> {
  const url = `chrome-extension://${b.extensionId}/popup.html`;
  return (await pageTargets(b)).some((t) => t.url.startsWith(url));
}
