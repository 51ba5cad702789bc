/**
 * Hostile and odd pages in real Chromium with a real toolbar click (issue 7): script payloads in
 * every field, frames of two origins, RTL and CJK articles, an article that arrives by script
 * after load, an empty page, documents that are not HTML, about:blank and browser pages (the web
 * store: hostile-store.test.ts). On each: no crash of the page, the content script or the worker; no script runs in
 * the extension's pages; a clear message within 2 s.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framePage, framesPage, FRAME_MARKER } from '../fixtures/hostile-pages/frames';
import { article, lateArticle, page as htmlPage } from '../fixtures/hostile-pages/generate';
import { payloadPage, payloadText } from '../fixtures/hostile-pages/payloads';
import { e2eUnavailable, html, launchWithExtension, type Browser } from './harness';
import {
  BUDGET_MS,
  clickAndSettle,
  contentScriptAnswers,
  extensionWorker,
  INTERNAL_ERROR,
  serveRecorded,
  withinBudget,
  workerAnswers,
  type RecordingServer,
  type Settled,
} from './trust-harness';

const skip = e2eUnavailable();
const FIXTURES = resolve('tests/fixtures/hostile-pages');
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`);

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="30">Not an article, a drawing.</text></svg>`;

describe.skipIf(skip !== null)('hostile pages (real toolbar click)', () => {
  let server: RecordingServer;
  let browser: Browser;
  let page: Page;
  let crashes = 0;
  let settled: Settled | undefined;

  beforeAll(async () => {
    server = await serveRecorded({
      '/warm.html': html(htmlPage('Warm-up', article('Warm-up', 6))),
      '/frame.html': html(framePage()),
      '/rtl.html': html(fixture('rtl.html')),
      '/cjk.html': html(fixture('cjk.html')),
      '/late.html': html(lateArticle(1_500)),
      '/empty.html': html(''),
      '/plain.txt': { type: 'text/plain; charset=utf-8', body: 'Just some plain text.\n' },
      '/drawing.svg': { type: 'image/svg+xml', body: SVG },
      '/data.json': { type: 'application/json', body: '{"title": "Not an article", "n": 1}' },
    });
    server.routes['/payloads.html'] = html(payloadPage(`${server.url}/beacon`));
    server.routes['/frames.html'] = html(framesPage(server.otherOrigin));
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('crash', () => crashes++);
    // Cold start (lexicons built on first use) is bench:popup's business, not these pages'.
    await page.goto(`${server.url}/warm.html`);
    await (await clickAndSettle(browser, page)).popup.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The checks every page gets: calm, clear, in time, nothing crashed. */
  async function open(path: string): Promise<Settled> {
    await settled?.popup.close();
    const url = path.includes(':') ? path : `${server.url}${path}`;
    settled = path.includes(':')
      ? await (async () => {
          await page.goto(url);
          return { ...(await clickAndSettle(browser, page)), times: [] };
        })()
      : await withinBudget(browser, page, url);
    expect(settled.text).not.toMatch(INTERNAL_ERROR);
    expect(settled.popupMs, 'popup time (ms)').toBeLessThan(BUDGET_MS);
    expect(crashes).toBe(0);
    expect(await workerAnswers(browser)).toBe(true);
    return settled;
  }

  const popupEval = <T>(expression: string) => (settled as Settled).popup.evaluate<T>(expression);

  it('shows script payloads from every field as inert text, and none runs', async () => {
    const beacon = `${server.url}/beacon`;
    const { state } = await open('/payloads.html');
    expect(state).toBe('ok');
    // The title (from <title>, og:title or the heading) is shown literally, payload and all.
    const title = await popupEval<string>(`document.querySelector('.title').textContent`);
    expect(title).toMatch(/^Council report <img src=/);
    expect(payloadText(beacon, 'title')).toContain(
      title.replace(/^Council report /, '').slice(0, 40),
    );
    // The site name comes from og:site_name, with its payload, as text.
    const meta = await popupEval<string>(`document.querySelector('.meta').textContent`);
    expect(meta).toContain(`Gazette <img src="${beacon}/ogsite-img"`);
    // Summary sentences carry the body's payloads as text.
    const summary = await popupEval<string>(`document.querySelector('.summary').textContent`);
    expect(summary).toContain('<script>');
    // No element the payloads would create exists in the popup, no handler, no javascript: link.
    const planted = await popupEval<number>(
      `document.querySelectorAll('script:not([src]), img:not(.logo), svg[onload], [onerror], [onload], a[href^="javascript"]').length`,
    );
    expect(planted).toBe(0);
    // Use it all: highlight, jump, copy. Still nothing runs.
    await popupEval(`document.getElementById('highlight-toggle')?.click()`);
    await popupEval(`document.querySelector('.sentence').click()`);
    await popupEval(`document.getElementById('copy-summary').click()`);
    await new Promise((r) => setTimeout(r, 300));
    expect(await popupEval<unknown>('globalThis.__nutshellPwned ?? null')).toBeNull();
    const worker = await extensionWorker(browser);
    expect(
      await worker.evaluate(
        () => (globalThis as { __nutshellPwned?: string }).__nutshellPwned ?? null,
      ),
    ).toBeNull();
    expect(server.requests.filter((p) => p.startsWith('/beacon'))).toEqual([]);
    // The page itself still works (its own script ran, nothing of ours broke it).
    expect(await page.evaluate(() => (window as { pageScriptRan?: boolean }).pageScriptRan)).toBe(
      true,
    );
    expect(await contentScriptAnswers(browser)).toBe(true);
  });

  it('reads the top frame of a page with same- and cross-origin frames, not the frames', async () => {
    const { state } = await open('/frames.html');
    expect(state).toBe('ok');
    expect(await popupEval<string>(`document.querySelector('.title').textContent`)).toBe(
      'The article around the frames',
    );
    const summary = await popupEval<string>(`document.querySelector('.summary').textContent`);
    expect(summary).not.toContain(FRAME_MARKER);
    const frames = page.frames().map((f) => new URL(f.url()).origin);
    expect(frames).toEqual(expect.arrayContaining([server.url, server.otherOrigin]));
    expect(await contentScriptAnswers(browser)).toBe(true);
  });

  it('summarises a right-to-left (Arabic) article, shown right to left', async () => {
    const { state } = await open('/rtl.html');
    expect(state).toBe('ok');
    const summary = await popupEval<string[]>(
      `[...document.querySelectorAll('.summary li')].map((li) => li.textContent)`,
    );
    expect(summary.length).toBeGreaterThanOrEqual(2);
    for (const s of summary) expect(s).toMatch(/\p{Script=Arabic}{3,}/u);
    expect(
      await popupEval<string>(`getComputedStyle(document.querySelector('.summary li')).direction`),
    ).toBe('rtl');
    expect(
      await popupEval<string>(`getComputedStyle(document.querySelector('.title')).direction`),
    ).toBe('rtl');
  });

  it('summarises a CJK (Chinese) article', async () => {
    const { state } = await open('/cjk.html');
    expect(state).toBe('ok');
    expect(await popupEval<string>(`document.querySelector('.title').textContent`)).toBe(
      '山城新建图书馆正式开放',
    );
    const summary = await popupEval<string[]>(
      `[...document.querySelectorAll('.summary li')].map((li) => li.textContent)`,
    );
    expect(summary.length).toBeGreaterThanOrEqual(2);
    for (const s of summary) expect(s).toMatch(/\p{Script=Han}{5,}/u);
  });

  it('says "nothing to summarise" before a late article arrives, then summarises it unasked', async () => {
    const { state, text } = await open('/late.html');
    expect(state).toBe('no-text');
    expect(text).toContain('This page has no text to summarise.');
    // No Retry to press: the popup watches the page while it is open.
    expect(await popupEval<number>(`document.querySelectorAll('button.primary').length`)).toBe(0);
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    await settled?.popup.waitFor(
      'the late summary',
      `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
    );
    expect(await popupEval<string>(`document.querySelector('.title').textContent`)).toBe(
      'The article that came late',
    );
  });

  it('says an empty page has no text', async () => {
    const { state, text } = await open('/empty.html');
    expect(state).toBe('no-text');
    expect(text).toContain('This page has no text to summarise.');
  });

  for (const [path, type] of [
    ['/plain.txt', 'text/plain'],
    ['/drawing.svg', 'image/svg+xml'],
    ['/data.json', 'application/json'],
  ] as const) {
    it(`says a ${type} document is not a web page`, async () => {
      const { state, text } = await open(path);
      expect(state).toBe('restricted');
      expect(text).toContain(`This is not a web page (${type})`);
    });
  }

  for (const url of ['about:blank', 'chrome://version/', 'chrome://settings/']) {
    it(`says ${url.split('/').slice(0, 3).join('/')} cannot be read`, async () => {
      const { state, text } = await open(url);
      expect(state).toBe('restricted');
      expect(text).toContain("Nutshell can't read this page");
    });
  }
});
