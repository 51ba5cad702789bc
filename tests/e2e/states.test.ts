/**
 * The popup's other states, each reached by a real toolbar click: a page no extension may read,
 * an empty page, a page without text, a page that is not an article ("Summarise anyway"), and
 * reopening on an analysed page (served from the per-tab cache).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  e2eUnavailable,
  html,
  launchWithExtension,
  serve,
  type Browser,
  type FixtureServer,
  type PopupTarget,
} from './harness';

const skip = e2eUnavailable();

const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><title>Opening hours</title></head><body>
<table>
<tr><td>The shop opens at nine on weekdays and closes at five in the evening.</td></tr>
<tr><td>Orders placed before noon leave the warehouse on the same day.</td></tr>
<tr><td>Returns are free within thirty days of delivery for every order.</td></tr>
</table></body></html>`;

describe.skipIf(skip !== null)('popup states (real toolbar click)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  let popup: PopupTarget | undefined;

  beforeAll(async () => {
    server = await serve({
      '/article.html': html(readFileSync(resolve('../shared/fixtures/pyongyang-visit/page.html'))),
      '/empty.html': html(''),
      '/no-text.html': html(
        '<!doctype html><html><head><title>Photos</title></head><body><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="> <div>   </div></body></html>',
      ),
      '/not-article.html': html(NOT_AN_ARTICLE),
    });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `url` in the tab, clicks the toolbar button and waits for the popup to settle. */
  async function open(url: string): Promise<{ state: string; text: string }> {
    await popup?.close();
    await page.goto(url);
    popup = await clickToolbarButton(browser, page);
    const state = await popup.waitFor<string>(
      'a settled state',
      `(() => { const s = document.querySelector('[data-state]')?.dataset.state;
        return s && s !== 'working' ? s : null; })()`,
    );
    const text = await popup.evaluate<string>('document.body.innerText');
    // Whatever the state, never a stack trace.
    expect(text).not.toMatch(/\bat .+:\d+:\d+|TypeError|ReferenceError|undefined/);
    return { state, text };
  }

  it('says clearly that a browser page cannot be read', async () => {
    const { state, text } = await open('chrome://version/');
    expect(state).toBe('restricted');
    expect(text).toContain("Nutshell can't read this page");
  });

  it('says an empty page has no text', async () => {
    const { state, text } = await open(`${server.url}/empty.html`);
    expect(state).toBe('no-text');
    expect(text).toContain('This page has no text to summarise.');
  });

  it('says a page without text has no text', async () => {
    const { state } = await open(`${server.url}/no-text.html`);
    expect(state).toBe('no-text');
  });

  it('offers "Summarise anyway" on a page that does not look like an article', async () => {
    const { state, text } = await open(`${server.url}/not-article.html`);
    expect(state).toBe('not-article');
    expect(text).toContain("This page doesn't look like an article");
    await popup?.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Summarise anyway').click()`,
    );
    const count = await popup?.waitFor<number>(
      'the forced summary',
      `document.querySelectorAll('.summary li').length || null`,
    );
    expect(count).toBeGreaterThanOrEqual(1);
  });

  it('answers a reopened popup from the per-tab cache', async () => {
    const first = await open(`${server.url}/article.html`);
    expect(first.state).toBe('ok');
    const second = await open(`${server.url}/article.html`);
    expect(second.state).toBe('ok');
    expect(
      await popup?.evaluate<string>(`document.querySelector('.nutshell').dataset.fromCache`),
    ).toBe('true');
  });
});
