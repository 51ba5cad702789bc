/**
 * Faults (issue 7): the service worker is stopped between the popup's request and the answer,
 * and the popup still gets its result; a page that never finishes loading is read as it stands;
 * a page whose own script never yields gets a clear message within the popup's deadline.
 * (A tab where injection is refused: hostile-store.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, page as htmlPage } from '../fixtures/hostile-pages/generate';
import {
  clickToolbarButton,
  e2eUnavailable,
  html,
  launchWithExtension,
  stopExtensionWorker,
  type Browser,
} from './harness';
import {
  clickAndSettle,
  extensionWorker,
  INTERNAL_ERROR,
  SETTLED,
  serveRecorded,
  type RecordingServer,
} from './trust-harness';

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('faults (real toolbar click)', () => {
  let server: RecordingServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveRecorded(
      {
        '/article.html': html(htmlPage('Stopped halfway', article('Stopped halfway', 8))),
        // The page's own script never yields once it starts: nothing can run in that page.
        '/hung.html': html(
          htmlPage(
            'Hung',
            `${article('Hung', 8)}<script>addEventListener('load', () => setTimeout(() => { for (;;); }, 50));</script>`,
          ),
        ),
        '/loading.html': html(
          `<!doctype html><html lang="en"><head><title>Still loading</title></head><body>${article('Still loading', 8)}`,
        ),
      },
      ['/loading.html'],
    );
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers the popup although the worker was stopped mid-request', async () => {
    await page.goto(`${server.url}/article.html`);
    // A mark in the running worker's global: a worker that answers without it is a new one.
    await (
      await extensionWorker(browser)
    ).evaluate(() => {
      (globalThis as { stoppedByTest?: boolean }).stoppedByTest = false;
    });
    // Hold the page's main thread for 3 s from just before the click: the worker's request to
    // the content script cannot be answered, so it is surely in flight when the worker stops.
    await page.evaluate(() =>
      setTimeout(() => {
        const until = Date.now() + 3_000;
        while (Date.now() < until);
      }, 0),
    );
    const popup = await clickToolbarButton(browser, page);
    await popup.waitFor(
      'the popup at work',
      `document.querySelector('[data-state="working"]') ? true : null`,
    );
    if (!(await stopExtensionWorker(browser))) throw new Error('No running worker to stop');
    expect(await popup.evaluate<string | null>(SETTLED)).toBeNull(); // still waiting then
    const state = await popup.waitFor<string>('a settled state', SETTLED, 20_000);
    expect(state).toBe('ok');
    expect(
      await popup.evaluate<number>(`document.querySelectorAll('.summary li').length`),
    ).toBeGreaterThanOrEqual(2);
    // A new worker answered: the old one, with its mark, is gone.
    const answering = await extensionWorker(browser);
    expect(
      await answering.evaluate(() => (globalThis as { stoppedByTest?: boolean }).stoppedByTest),
    ).toBeUndefined();
    await popup.close();
  });

  it('reads a page that never finishes loading', async () => {
    await page.goto(`${server.url}/loading.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('p').length >= 8);
    const { state, text } = await clickAndSettle(browser, page, 20_000);
    expect(text).not.toMatch(INTERNAL_ERROR);
    // What has arrived is an article: it is read as it is.
    expect(state).toBe('ok');
  });

  it('says clearly, in time, that a hung page does not answer', async () => {
    const hung = await browser.context.newPage();
    await hung.goto(`${server.url}/hung.html`);
    await new Promise((r) => setTimeout(r, 500)); // the loop starts 50 ms after load
    const clicked = Date.now();
    const { state, text } = await clickAndSettle(browser, hung, 30_000);
    expect(state).toBe('error');
    expect(text).toContain("The page isn't responding");
    expect(text).not.toMatch(INTERNAL_ERROR);
    expect(Date.now() - clicked).toBeLessThan(20_000);
  }, 60_000);
});
