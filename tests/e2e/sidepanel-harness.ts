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
  const url = `chrome-extension://${b.extensionId}/sidepanel.html`;
  const until = Date.now() + 10_000;
  for (;;) {
    const { targetInfos } = (await b.browserSession.send('Target.getTargets', {
      filter: [{ type: 'page' }],
    })) as { targetInfos: TargetInfo[] };
    const found = targetInfos.find((t) => t.url.startsWith(url));
    if (found) return { panel: await PopupTarget.attach(b.browserSession, found.targetId), opener };
    if (Date.now() > until) throw new Error('The side panel did not open');
    await new Promise((r) => setTimeout(r, 50));
  }
}
