/**
 * Messages (issue 7), in real Chromium: the page has no way in. Messages the page posts or
 * dispatches (window.postMessage, CustomEvents) do nothing in the content script; the page has
 * no extension API at all; the worker does not answer a well-formed request sent from the
 * content script's own world (only the extension's pages may ask), nor a malformed one from the
 * popup, and still answers the popup's real requests afterwards.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, page as htmlPage } from '../fixtures/hostile-pages/generate';
import { e2eUnavailable, html, launchWithExtension, type Browser } from './harness';
import {
  clickAndSettle,
  highlightedRanges,
  serveRecorded,
  type RecordingServer,
  type Settled,
} from './trust-harness';

const skip = e2eUnavailable();

const highlightCount = (page: Page) => highlightedRanges(page);

describe.skipIf(skip !== null)('messages (real toolbar click)', () => {
  let server: RecordingServer;
  let browser: Browser;
  let page: Page;
  let settled: Settled;
  let tabId: number;

  beforeAll(async () => {
    server = await serveRecorded({
      '/article.html': html(htmlPage('Messages', article('Messages', 8))),
    });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`${server.url}/article.html`);
    settled = await clickAndSettle(browser, page);
    expect(settled.state).toBe('ok');
    tabId = await settled.popup.evaluate<number>(
      `chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab.id)`,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives the page no extension API', async () => {
    expect(
      await page.evaluate(
        () =>
          typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
            ?.runtime?.sendMessage,
      ),
    ).toBe('undefined');
  });

  it('ignores protocol messages the page posts or dispatches', async () => {
    await settled.popup.evaluate(`document.getElementById('highlight-toggle').click()`);
    await settled.popup.waitFor(
      'highlights',
      `document.querySelector('.note')?.textContent ?? null`,
    );
    const before = await highlightCount(page);
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => {
      const forged = [
        { type: 'backgroundToContent:clear' },
        {
          type: 'backgroundToContent:highlight',
          text: document.body.innerText,
          groups: [{ type: 'person', spans: [{ start: 0, end: 40 }] }],
        },
        { type: 'backgroundToContent:extract', force: true },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        window.dispatchEvent(new MessageEvent('message', { data: message }));
        for (const target of [window, document, document.body]) {
          target.dispatchEvent(new CustomEvent(message.type, { detail: message }));
          target.dispatchEvent(new CustomEvent('message', { detail: message }));
        }
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await highlightCount(page)).toBe(before);
    // The real switch still works: the content script is alive and only listens to us.
    await settled.popup.evaluate(`document.getElementById('highlight-toggle').click()`);
    await expect.poll(() => highlightCount(page)).toBe(0);
  });

  it("refuses a well-formed request from the content script's own world", async () => {
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof worlds)[number] }) =>
      worlds.push(e.context),
    );
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'Nutshell');
    expect(world, `isolated worlds: ${worlds.map((w) => w.name).join(', ')}`).toBeDefined();
    const ask = async (message: unknown) => {
      const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
        contextId: world?.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => JSON.stringify(r ?? null), (e) => 'refused: ' + e.message)`,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: string }; exceptionDetails?: unknown };
      expect(exceptionDetails).toBeUndefined();
      return result.value;
    };
    for (const message of [
      { type: 'popupToBackground:analyze', tabId, options: { force: true } },
      { type: 'popupToBackground:highlightActors', tabId, types: ['person'] },
    ]) {
      const answer = await ask(message);
      expect(answer === 'null' || answer?.startsWith('refused'), String(answer)).toBe(true);
    }
    expect(await highlightCount(page)).toBe(0);
    await cdp.detach();
  });

  it('does not answer malformed requests from the popup, and still answers real ones', async () => {
    const send = (message: string) =>
      settled.popup.evaluate<string>(
        `chrome.runtime.sendMessage(${message}).then((r) => JSON.stringify(r ?? null), (e) => 'refused: ' + e.message)`,
      );
    for (const message of [
      `{ type: 'popupToBackground:analyze', tabId: 'x', options: { force: false } }`,
      `{ type: 'popupToBackground:analyze', tabId: ${tabId} }`,
      `{ type: 'popupToBackground:showMention', tabId: ${tabId}, actor: -1, mention: 0 }`,
      `{ type: 'backgroundToContent:clear' }`,
      `'popupToBackground:analyze'`,
    ]) {
      const answer = await send(message);
      expect(answer === 'null' || answer.startsWith('refused'), `${message} → ${answer}`).toBe(
        true,
      );
    }
    const real = JSON.parse(
      await send(
        `{ type: 'popupToBackground:analyze', tabId: ${tabId}, options: { force: false } }`,
      ),
    ) as { status: string };
    expect(real.status).toBe('ok');
  });
});
