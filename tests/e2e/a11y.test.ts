/**
 * axe-core in real Chromium on every page of ours: the popup (opened by a real toolbar click on
 * the seed article), the side panel and the options page, each in the light and the dark
 * palette. Serious or critical WCAG 2.x A/AA violations fail the test.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, FORCE_DARK, FORCE_LIGHT, RUN_AXE, type Violation } from './axe';
import {
  clickToolbarButton,
  e2eUnavailable,
  launchWithExtension,
  serveFile,
  type Browser,
  type FixtureServer,
  type PopupTarget,
} from './harness';
import { openSidePanel } from './sidepanel-harness';

const FIXTURE = resolve('../shared/fixtures/pyongyang-visit');

/** Something that evaluates expressions in one of our pages: a CDP target or a Playwright page. */
interface Evaluates {
  evaluate<T>(expression: string): Promise<T>;
}

function ofPage(page: Page): Evaluates {
  return { evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T> };
}

async function audit(target: Evaluates, scheme: 'light' | 'dark'): Promise<Violation[]> {
  await target.evaluate(scheme === 'dark' ? FORCE_DARK : FORCE_LIGHT);
  await target.evaluate(
    `typeof axe === 'undefined' ? (0, eval)(${JSON.stringify(AXE_SOURCE)}) : 0`,
  );
  return target.evaluate<Violation[]>(RUN_AXE);
}

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('accessibility (axe-core, real Chromium)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let article: Page;
  let popup: PopupTarget;

  beforeAll(async () => {
    server = await serveFile(`${FIXTURE}/page.html`);
    browser = await launchWithExtension();
    article = await browser.context.newPage();
    await article.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['light', 'dark'] as const)(
    'popup (%s): no serious or critical violations',
    async (scheme) => {
      if (!popup) {
        const opened = await clickToolbarButton(browser, article);
        await opened.waitFor(
          'the summary',
          `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
        );
        popup = opened; // only a popup that shows its summary is audited
      }
      expect(await audit(popup, scheme)).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)(
    'side panel (%s): no serious or critical violations',
    async (scheme) => {
      const { panel } = await openSidePanel(browser);
      await article.bringToFront();
      await panel.waitFor(
        'the summary',
        `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
      );
      expect(await audit(panel, scheme)).toEqual([]);
    },
  );

  it('side panel waiting state: no serious or critical violations', async () => {
    const { panel, opener } = await openSidePanel(browser);
    await opener.bringToFront();
    await panel.waitFor('the waiting state', `document.querySelector('[data-state="waiting"]')`);
    for (const scheme of ['light', 'dark'] as const) {
      expect(await audit(panel, scheme), scheme).toEqual([]);
    }
  });

  it.each(['light', 'dark'] as const)(
    'options page (%s): no serious or critical violations',
    async (scheme) => {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForSelector('h1');
      expect(await audit(ofPage(options), scheme)).toEqual([]);
      await options.close();
    },
  );

  it('catches a planted violation (the audit is live)', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('h1');
    await options.evaluate(() => {
      const input = document.createElement('input'); // a field with no label
      document.querySelector('main')?.append(input);
    });
    const found = await audit(ofPage(options), 'light');
    expect(found.map((v) => v.id)).toContain('label');
    await options.close();
  });

  it('options page: every control is reachable with Tab and shows a focus ring', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('h1');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await options.keyboard.press('Tab');
      const focused = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          id: el.id || el.textContent?.trim() || el.tagName,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) continue;
      expect(focused.ring, `focus ring on ${focused.id}`).toBe(true);
      seen.add(focused.id);
    }
    // Radio groups take one Tab stop each (arrow keys move inside): length, mode, theme.
    for (const id of ['show-person', 'color-place', 'auto-highlight', 'copy-key-actors']) {
      expect([...seen]).toContain(id);
    }
    expect([...seen]).toContain('Reset to defaults');
    await options.close();
  });
});
