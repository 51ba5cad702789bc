/**
 * Zero network (issue 7): across a whole reading — click, summary, highlight, jump to a mention
 * and to a sentence, copy — the extension makes no request at all. Every target's network is
 * watched at the browser level from before the extension is even loaded (trust-harness.ts
 * launchWatchingNetwork), so the worker's first start, the popup and the page are all covered.
 * A MutationObserver on the page sees no change to its DOM meanwhile.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eUnavailable, html, type Browser } from './harness';
import {
  clickAndSettle,
  extensionWorker,
  highlightNames,
  launchWatchingNetwork,
  serveRecorded,
  type RecordingServer,
  type SeenRequest,
} from './trust-harness';

const skip = e2eUnavailable();
const SEED = resolve('../shared/fixtures/pyongyang-visit/page.html');

/** Loads that are not network: the extension's own files and inline data. */
const LOCAL = /^(chrome-extension|data|blob|about|chrome):/;

describe.skipIf(skip !== null)('zero network (real toolbar click, every target watched)', () => {
  let server: RecordingServer;
  let browser: Browser;
  let seen: SeenRequest[];

  beforeAll(async () => {
    server = await serveRecorded({ '/article.html': html(readFileSync(SEED)) });
    ({ browser, seen } = await launchWatchingNetwork());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes no request while reading, highlighting, jumping and copying', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/article.html`);
    await page.evaluate(() => {
      const w = window as unknown as { mutations: number };
      w.mutations = 0;
      new MutationObserver((records) => (w.mutations += records.length)).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    const { popup, state } = await clickAndSettle(browser, page);
    expect(state).toBe('ok');
    await popup.evaluate(`document.getElementById('highlight-toggle').click()`);
    await popup.waitFor('highlights', `document.querySelector('.note')?.textContent ?? null`);
    await popup.evaluate(`document.querySelector('li[data-rank="0"] button').click()`);
    await popup.evaluate(`document.querySelectorAll('.sentence')[1].click()`);
    await popup.evaluate(`document.getElementById('copy-summary').click()`);
    await popup.waitFor('copy feedback', `document.querySelector('.feedback').textContent || null`);
    const names = await highlightNames(browser);
    await expect
      .poll(() => page.evaluate((n) => CSS.highlights.has(n), names?.sentence ?? ''))
      .toBe(true);
    await popup.evaluate(`document.getElementById('highlight-toggle').click()`);
    await new Promise((r) => setTimeout(r, 500)); // let any late request show up

    // The watch worked: it sees what the worker and the popup load (a canary fetch of the
    // extension's own manifest from the worker), and the page.
    const extension = `chrome-extension://${browser.extensionId}/`;
    const worker = await extensionWorker(browser);
    await worker.evaluate(() =>
      fetch('/manifest.json').then(
        (r) => r.ok,
        () => false,
      ),
    );
    await expect
      .poll(() =>
        seen.some((r) => r.targetType === 'service_worker' && r.url.endsWith('/manifest.json')),
      )
      .toBe(true);
    expect(seen.some((r) => r.url === `${extension}popup.html`)).toBe(true);
    expect(seen.some((r) => r.url === `${server.url}/article.html`)).toBe(true);

    // The extension's targets loaded nothing but their own files.
    const fromExtension = seen.filter((r) => r.targetUrl.startsWith(extension));
    expect(fromExtension.filter((r) => !LOCAL.test(r.url))).toEqual([]);
    // Over the network, the whole browser fetched the article (and, for the tab, its favicon).
    const expected = [`${server.url}/article.html`, `${server.url}/favicon.ico`];
    const network = seen.filter((r) => !LOCAL.test(r.url));
    expect(network.filter((r) => !expected.includes(r.url))).toEqual([]);
    expect(server.requests.filter((p) => p !== '/article.html' && p !== '/favicon.ico')).toEqual(
      [],
    );
    expect(await page.evaluate(() => (window as unknown as { mutations: number }).mutations)).toBe(
      0,
    );
  });
});
