/**
 * The options page in real Chromium, and its options taking effect in the popup: actor types,
 * highlight colours in the page, automatic highlighting and the theme.
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
import { highlightNames } from './trust-harness';

const FIXTURE = resolve('../shared/fixtures/pyongyang-visit');

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('options (real Chromium)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let options: Page;

  const stored = () =>
    options.evaluate(`chrome.storage.sync.get('settings').then((s) => s.settings ?? null)`);

  beforeAll(async () => {
    server = await serveFile(`${FIXTURE}/page.html`);
    browser = await launchWithExtension();
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('h1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves each change to storage.sync at once, with a "Saved" message', async () => {
    await options.click('#show-place');
    await options.fill('#color-person', '#ffb3c7');
    await options.click('#auto-highlight');
    await options.click('#theme-dark');
    await expect.poll(() => options.textContent('.status')).toBe('Saved');
    await expect.poll(stored).toMatchObject({
      actorTypes: { person: true, organization: true, place: false },
      colors: { person: '#ffb3c7' },
      autoHighlight: true,
      theme: 'dark',
    });
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('shows the keyboard shortcut the browser actually assigned', async () => {
    const commands = (await options.evaluate(`chrome.commands.getAll()`)) as {
      name: string;
      shortcut: string;
    }[];
    const shortcut = commands.find((c) => c.name === '_execute_action')?.shortcut ?? '';
    expect(shortcut).toBe('Alt+Shift+U');
    expect(await options.textContent('.shortcuts')).toContain(shortcut);
  });

  it('warns when a highlight colour would make page text hard to read', async () => {
    await options.fill('#color-organization', '#202020');
    await expect.poll(() => options.locator('#color-organization-warning').count()).toBe(1);
    await options.fill('#color-organization', '#cdf3ea');
    await expect.poll(() => options.locator('#color-organization-warning').count()).toBe(0);
  });

  it('the popup follows them: no places, dark theme, highlights at once in the chosen colour', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url);
    const popup = await clickToolbarButton(browser, article);
    await popup.waitFor(
      'the summary',
      `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
    );
    expect(await popup.evaluate<string>('document.documentElement.dataset.theme')).toBe('dark');
    const types = await popup.evaluate<string[]>(
      `[...new Set([...document.querySelectorAll('li[data-actor]')].map((li) => li.dataset.type))]`,
    );
    expect(types.sort()).toEqual(['organization', 'person']);
    expect(await popup.evaluate<number>(`document.querySelectorAll('mark.place').length`)).toBe(0);
    // Highlighted without touching the switch, people in the chosen colour, no places.
    await expect.poll(() => highlightNames(browser)).not.toBeNull();
    const names = (await highlightNames(browser)) as Record<string, string>;
    await expect
      .poll(() => article.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, names.person ?? ''))
      .toBeGreaterThan(0);
    expect(await article.evaluate((n) => CSS.highlights.has(n), names.place ?? '')).toBe(false);
    expect(
      await popup.evaluate<string>(`document.getElementById('highlight-toggle').ariaChecked`),
    ).toBe('true');
    // The page's highlight style for people, as the browser resolves it.
    const personColour = await article.evaluate(
      (n) => getComputedStyle(document.body, `::highlight(${n})`).backgroundColor,
      names.person ?? '',
    );
    expect(personColour).toBe('rgb(255, 179, 199)');
  });

  it('resets to the defaults', async () => {
    await options.bringToFront();
    await options.click('text=Reset to defaults');
    await expect.poll(stored).toMatchObject({ theme: 'system', autoHighlight: false });
    expect(await options.isChecked('#show-place')).toBe(true);
  });
});
