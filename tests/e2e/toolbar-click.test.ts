/**
 * The toolbar click in Chromium reaches the worker, which opens the popup and reads the page
 * while the popup loads (lib/worker/toolbar-click.ts). Then the tab has the popup as its own:
 * the second click opens it directly (answered from the per-tab cache) until the tab navigates.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  e2eUnavailable,
  launchWithExtension,
  serveFile,
  type Browser,
  type FixtureServer,
} from './harness';
import type { ChromeApi } from './trust-harness';

const PAGE = resolve('../shared/fixtures/pyongyang-visit/page.html');

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('toolbar click (Chromium: the worker opens the popup)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveFile(PAGE);
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The popup the tab has as its own ('' while clicks go to the worker). */
  const tabPopup = async (): Promise<string> => {
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no extension worker');
    return worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      // The page's window, whichever window has focus (the popup's may, or none).
      const [tab] = await api.tabs.query({ active: true, windowType: 'normal' });
      return api.action.getPopup({ tabId: tab?.id });
    });
  };

  /** Clicks, waits for the summary; returns whether the popup took it from the per-tab cache. */
  const summaryAfterClick = async (): Promise<string> => {
    const popup = await clickToolbarButton(browser, page);
    try {
      return await popup.waitFor<string>(
        'the summary',
        `document.querySelector('.summary li') ? document.querySelector('[data-from-cache]').dataset.fromCache : null`,
      );
    } finally {
      await popup.close();
    }
  };

  it('opens the popup from the worker on a new page, then as the tab popup until it navigates', async () => {
    await page.goto(server.url);
    expect(await tabPopup()).toBe('');
    await summaryAfterClick();
    expect(await tabPopup()).toMatch(/\/popup\.html$/);
    // The second click opens the popup the browser's own way; the reading is the cached one.
    expect(await summaryAfterClick()).toBe('true');
    // A new page: clicks go to the worker again.
    await page.goto(`${server.url}?next`);
    expect(await tabPopup()).toBe('');
    await summaryAfterClick();
    expect(await tabPopup()).toMatch(/\/popup\.html$/);
  });
});
