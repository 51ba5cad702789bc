/**
 * Issue 17 in real Chromium with a real toolbar click: a hostile page cannot stall Nutshell.
 * Pages shaped to make the pipeline superlinear, a page-chosen language tag of 100,000
 * subtags, a page that selects 150,000 characters of its own text, a full storage.session,
 * tampered settings, a page that clears the highlight registry, and a busy worker. Each is
 * answered within the popup's time budget, or with a message that says truthfully who is late.
 * Popup times go to reports/hostile-work.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, page as htmlPage, paragraph } from '../fixtures/hostile-pages/generate';
import {
  e2eUnavailable,
  html,
  launchWithExtension,
  stopExtensionWorker,
  type Browser,
} from './harness';
import {
  BUDGET_MS,
  clickAndSettle,
  extensionWorker,
  highlightedRanges,
  highlightNames,
  INTERNAL_ERROR,
  serveRecorded,
  withinBudget,
  workerAnswers,
  type ChromeApi,
  type RecordingServer,
} from './trust-harness';

const skip = e2eUnavailable();

const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** An ordinary article with one hostile paragraph (escaped text) in the middle. */
function withParagraph(title: string, text: string, lang = 'en'): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return htmlPage(
    title,
    `${article(title, 4)}<p>${escaped}</p>${article(`${title}, continued`, 4, 40)}`,
    '',
    lang,
  );
}

/** The examples of the issue, as pages. */
const PAGES: Record<string, string> = {
  // 59,000 characters of "A & A & …": 7.5 s in the popup before.
  '/ampersands.html': withParagraph('Ampersands', repeatTo('A & ', 59_000)),
  // A paragraph of "@.@.…": the e-mail test froze the tab for 15 s at 8,000 characters.
  '/at-dots.html': withParagraph('At dots', repeatTo('@.', 40_000)),
  // "a! " repeated, a run-on sentence for the merge step.
  '/bangs.html': withParagraph('Bangs', repeatTo('a! ', 50_000)),
  // <html lang> of 100,000 variant subtags: Intl.Segmenter took 57 s to construct.
  '/lang.html': htmlPage(
    'Language',
    article('Language', 8),
    '',
    `en${'-abcdefgh'.repeat(100_000)}`,
  ),
};

/** A page that selects 150,000 characters of its own text as it loads. */
const SELECTING = htmlPage(
  'Selecting',
  `${article('Selecting', 6)}<div id="huge">${Array.from({ length: 300 }, (_, i) => `<p>${paragraph(i * 5)}</p>`).join('')}</div>
<script>getSelection().selectAllChildren(document.getElementById('huge'));</script>`,
);

/** storage.session and storage.sync, as the tests use them inside the worker. */
interface StorageApi {
  storage: {
    session: {
      QUOTA_BYTES: number;
      getBytesInUse(): Promise<number>;
      set(items: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
    sync: { set(items: object): Promise<void>; get(keys: string[]): Promise<object> };
  };
}

const ORDINARY = htmlPage('Ferry line approved', article('Ferry line approved', 10));

describe.skipIf(skip !== null)('hostile work (real toolbar click)', () => {
  let server: RecordingServer;
  let browser: Browser;
  let page: Page;
  let crashes = 0;
  const report: Record<string, { state: string; popupMs: number[] }> = {};

  const worker = async () => extensionWorker(browser);

  beforeAll(async () => {
    server = await serveRecorded({
      '/warm.html': html(htmlPage('Warm-up', article('Warm-up', 6))),
      '/ordinary.html': html(ORDINARY),
      '/selecting.html': html(SELECTING),
      ...Object.fromEntries(Object.entries(PAGES).map(([path, body]) => [path, html(body)])),
    });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('crash', () => crashes++);
    // The worker's first analysis builds the actor lexicons: measured by bench:popup, not here.
    await page.goto(`${server.url}/warm.html`);
    await (await clickAndSettle(browser, page)).popup.close();
  });

  afterAll(async () => {
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/hostile-work.json', JSON.stringify(report, null, 2) + '\n');
    await browser?.close();
    await server?.close();
  });

  it.each(Object.keys(PAGES))('%s is summarised within the time budget', async (path) => {
    const settled = await withinBudget(browser, page, `${server.url}${path}`);
    report[path] = { state: settled.state, popupMs: settled.times };
    expect(settled.state).toBe('ok');
    expect(settled.text).not.toMatch(INTERNAL_ERROR);
    expect(settled.popupMs).toBeLessThan(BUDGET_MS);
    expect(await workerAnswers(browser)).toBe(true);
    expect(crashes).toBe(0);
    await settled.popup.close();
  });

  it('a selection of 150,000 characters is read in part, said so, within the budget', async () => {
    // As withinBudget does for pages: each attempt on a fresh load (nothing cached), up to three
    // while the machine is too loaded for the budget; the claim is that it can be done in time.
    const times: number[] = [];
    let note = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.goto(`${server.url}/selecting.html?attempt=${attempt}`);
      const selected = await page.evaluate(() => getSelection()?.toString().length ?? 0);
      expect(selected).toBeGreaterThanOrEqual(150_000);
      const { popup } = await clickAndSettle(browser, page);
      const offer = await popup.waitFor<string>(
        'the selection offer',
        `document.querySelector('[data-offer="selection"]')?.textContent ?? null`,
      );
      // "10,000+ words selected": the count in the reader's locale, and more past what is read.
      expect(offer).toMatch(/^[\d,]+\+ words selected/);
      const started = Date.now();
      await popup.evaluate(
        `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Summarise selection').click()`,
      );
      note = await popup.waitFor<string>(
        'the summary of the selection',
        `document.querySelector('.title')?.textContent.startsWith('Selection:') ? document.getElementById('first-part-notice')?.textContent ?? '' : null`,
      );
      times.push(Date.now() - started);
      await popup.close();
      if ((times.at(-1) as number) < BUDGET_MS) break;
    }
    report['/selecting.html'] = { state: 'ok', popupMs: times };
    expect(Math.min(...times)).toBeLessThan(BUDGET_MS);
    expect(note).toContain('This selection is very long');
    const stored = await (
      await worker()
    ).evaluate(() =>
      (globalThis as unknown as { chrome: StorageApi }).chrome.storage.session.getBytesInUse(),
    );
    expect(stored).toBeLessThan(2_000_000); // not the 150,000 characters selected, many times
  });

  it('with storage.session full, an ordinary page is summarised and highlighted', async () => {
    // Fill the quota as two hostile tabs did (10,483,496 of 10,485,760 bytes).
    await (
      await worker()
    ).evaluate(async () => {
      const { session } = (globalThis as unknown as { chrome: StorageApi }).chrome.storage;
      const free = session.QUOTA_BYTES - (await session.getBytesInUse());
      await session.set({ filler: 'x'.repeat(free - 2_000) });
    });
    await page.goto(`${server.url}/ordinary.html?full`);
    const { popup, state } = await clickAndSettle(browser, page);
    expect(state).toBe('ok');
    await popup.evaluate(`document.getElementById('highlight-toggle').click()`);
    const note = await popup.waitFor<string>(
      'highlight feedback',
      `document.querySelector('.note')?.textContent ?? null`,
    );
    expect(note).not.toMatch(/page changed/i);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    await popup.close();
    await (
      await worker()
    ).evaluate(() =>
      (globalThis as unknown as { chrome: StorageApi }).chrome.storage.session.remove('filler'),
    );
  });

  it('the page can neither guess the highlight names nor remove the highlights for good', async () => {
    await page.goto(`${server.url}/ordinary.html?registry`);
    const { popup, state } = await clickAndSettle(browser, page);
    expect(state).toBe('ok');
    await popup.evaluate(`document.getElementById('highlight-toggle').click()`);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    const names = Object.values((await highlightNames(browser)) ?? {});
    const registered = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(registered.length).toBeGreaterThan(0);
    for (const name of registered) {
      expect(names).toContain(name);
      expect(name).not.toMatch(/nutshell/i);
    }
    // The page removes them all; the reader's next click puts them back.
    await page.evaluate(() => CSS.highlights.clear());
    expect(await highlightedRanges(page)).toBe(0);
    await popup.evaluate(`document.querySelector('li[data-rank="0"] button').click()`);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(1);
    // A new page load: new names. (The popup is closed first: a toolbar click while it is open
    // closes it, as the reader expects of a toolbar button.)
    await popup.close();
    await page.reload();
    const again = await clickAndSettle(browser, page);
    await again.popup.evaluate(`document.getElementById('highlight-toggle').click()`);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    const renamed = Object.values((await highlightNames(browser)) ?? {});
    expect(renamed.some((name) => names.includes(name))).toBe(false);
    await again.popup.close();
  });

  it('tampered settings (version -1e9) are repaired as the worker starts, within the budget', async () => {
    await (
      await worker()
    ).evaluate(() =>
      (globalThis as unknown as { chrome: StorageApi }).chrome.storage.sync.set({
        settings: { length: 'long' },
        settings$: { v: -1e9 },
      }),
    );
    expect(await stopExtensionWorker(browser)).toBe(true);
    const settled = await withinBudget(browser, page, `${server.url}/ordinary.html?tampered`);
    report['tampered settings'] = { state: settled.state, popupMs: settled.times };
    expect(settled.state).toBe('ok');
    expect(settled.popupMs).toBeLessThan(BUDGET_MS);
    const stored = await (
      await worker()
    ).evaluate(() =>
      (globalThis as unknown as { chrome: StorageApi }).chrome.storage.sync.get(['settings$']),
    );
    expect(stored).toEqual({ settings$: { v: 1 } });
    await settled.popup.close();
  });

  it('a busy worker is said to be busy, not blamed on the page', async () => {
    await page.goto(`${server.url}/ordinary.html?busy`);
    const busy = await worker();
    // Another tab's work holding the worker for 13 s, marked busy as the worker's own long work
    // is (whileBusy, lib/worker/toolbar-click.ts): meanwhile the button opens the popup by
    // itself, since the worker cannot hear the click. The work starts in the worker's next task,
    // once the popup is set, so the click below always finds the worker busy.
    await busy.evaluate(async () => {
      const { action } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      await action.setPopup({ popup: 'popup.html' });
      setTimeout(() => {
        const until = Date.now() + 13_000;
        while (Date.now() < until);
        void action.setPopup({ popup: '' });
      });
    });
    const { state, text, popup } = await clickAndSettle(browser, page, 20_000);
    expect(state).toBe('error');
    expect(text).toContain('Nutshell is busy with another page');
    expect(text).not.toContain("The page isn't responding");
    await popup.close();
    await expect.poll(() => workerAnswers(browser), { timeout: 10_000 }).toBe(true);
  }, 60_000);
});
