/**
 * The web store, and more generally a tab where injection fails (issue 7). Chromium lets no
 * extension script its web store; `--apps-gallery-url` makes a local page the web store, so the
 * real refusal happens without the network. The extension's URL list does not know this
 * address, so the message comes from the failed injection itself.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, page as htmlPage } from '../fixtures/hostile-pages/generate';
import { e2eUnavailable, html, launchWithExtension, type Browser } from './harness';
import {
  BUDGET_MS,
  clickAndSettle,
  INTERNAL_ERROR,
  serveRecorded,
  workerAnswers,
  type RecordingServer,
} from './trust-harness';

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('a page the browser refuses to let us script', () => {
  let server: RecordingServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveRecorded({
      '/webstore/detail/nutshell': html(htmlPage('Nutshell – Web Store', article('Nutshell', 6))),
    });
    // localhost, not 127.0.0.1: the web store is a whole host to Chromium.
    browser = await launchWithExtension([`--apps-gallery-url=${server.otherOrigin}/webstore/`]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says the web store cannot be read, from the failed injection', async () => {
    await page.goto(`${server.otherOrigin}/webstore/detail/nutshell`);
    const { state, text, popupMs } = await clickAndSettle(browser, page);
    expect(state).toBe('restricted');
    expect(text).toContain("Nutshell can't read this page");
    expect(text).not.toMatch(INTERNAL_ERROR);
    expect(popupMs).toBeLessThan(BUDGET_MS);
    expect(await workerAnswers(browser)).toBe(true);
  });
});
