/**
 * The side panel in real Chromium: it follows the active tab, shows the popup's view for a page
 * the reader summarised, waits on other tabs, and offers the Markdown and rich-text copies.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  e2eUnavailable,
  html,
  launchWithExtension,
  serve,
  serveFile,
  type Browser,
  type FixtureServer,
  type PopupTarget,
} from './harness';
import { capturePage, sideBySide } from './compose';
import { findSidePanel, openSidePanel, popupOpen } from './sidepanel-harness';
import { highlightedRanges } from './trust-harness';

const FIXTURE = resolve('../shared/fixtures/pyongyang-visit');
const SENTENCES = `[...document.querySelectorAll('.summary li')].map((li) => li.textContent.trim())`;
const STATE = `document.querySelector('.summary li') ? 'summary'
  : document.querySelector('[data-state="waiting"]') ? 'waiting' : null`;

/** Polls the page's CSS highlights of ours until there are some; returns how many ranges. */
async function waitForRanges(page: Page): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const n = await highlightedRanges(page);
    if (n > 0) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
  return 0;
}

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('side panel (real Chromium side panel)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let article: Page;
  let other: Page;
  let panel: PopupTarget;
  let popupSentences: string[];

  /** Waits until the panel shows `state` (the page it follows changes asynchronously). */
  const panelShows = (state: 'summary' | 'waiting') =>
    panel.waitFor<string>(`the panel to show ${state}`, `(${STATE}) === '${state}' || null`);

  beforeAll(async () => {
    server = await serveFile(`${FIXTURE}/page.html`);
    browser = await launchWithExtension();
    article = await browser.context.newPage();
    await article.goto(server.url);
    ({ panel, opener: other } = await openSidePanel(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('waits on a page nobody asked to summarise, saying how to ask', async () => {
    await article.bringToFront();
    await panelShows('waiting');
    const text = await panel.evaluate<string>('document.body.innerText');
    expect(text).toContain('Summarise this page');
  });

  it('shows the summary once the reader summarises the page with the toolbar button', async () => {
    const popup = await clickToolbarButton(browser, article);
    await popup.waitFor(
      'the popup summary',
      `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
    );
    popupSentences = await popup.evaluate<string[]>(SENTENCES);
    await panelShows('summary');
    expect(await panel.evaluate<string[]>(SENTENCES)).toEqual(popupSentences);
    expect(popupSentences.length).toBeGreaterThanOrEqual(2);
  });

  it('follows the active tab and comes back to the summary', async () => {
    await other.bringToFront();
    await panelShows('waiting');
    await article.bringToFront();
    await panelShows('summary');
    expect(await panel.evaluate<string[]>(SENTENCES)).toEqual(popupSentences);
  });

  it('highlights the page from the side panel (CSS highlights, no DOM change)', async () => {
    await article.evaluate(() => {
      const w = window as unknown as { mutations: number };
      w.mutations = 0;
      new MutationObserver((r) => (w.mutations += r.length)).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await panel.evaluate(`document.getElementById('highlight-toggle').click()`);
    const ranges = await waitForRanges(article);
    expect(ranges).toBeGreaterThanOrEqual(10);
    expect(
      await article.evaluate(() => (window as unknown as { mutations: number }).mutations),
    ).toBe(0);
  });

  it('saves the README image: a highlighted article next to the side panel', async () => {
    const right = await panel.screenshot();
    // As tall as the panel's capture (2x), so the two line up.
    const height = Math.round(right.readUInt32BE(20) / 2);
    const left = await capturePage(article, 760, height);
    mkdirSync('docs/screenshots', { recursive: true });
    writeFileSync(
      'docs/screenshots/reading-with-sidepanel.png',
      await sideBySide(
        browser.context,
        left,
        right,
        'Nutshell in the side panel: the summary, the key actors, and their mentions highlighted in the page.',
      ),
    );
    // Composing opened (and closed) a tab of its own: back to the article.
    await article.bringToFront();
    await panelShows('summary');
  });

  it('shows reading figures: article words and time against the summary', async () => {
    const figures = await panel.evaluate<string>(
      `document.querySelector('.figures').innerText.replace(/\\s+/g, ' ')`,
    );
    expect(figures).toMatch(/Article \d+ words \d+ min read/i);
    expect(figures).toMatch(/Summary \d+ words \d+ sec read/i);
    expect(figures).toMatch(/Share \d+% of the article/i);
  });

  it('saves a screenshot of the side panel (before any copy feedback)', async () => {
    // Tab switches arrive as events: make sure the panel settled on the article's summary, and
    // stayed there while the capture was taken.
    let shot: Buffer | null = null;
    for (let attempt = 0; attempt < 3 && !shot; attempt++) {
      await article.bringToFront();
      await panelShows('summary');
      await new Promise((r) => setTimeout(r, 300));
      const capture = await panel.screenshot();
      if ((await panel.evaluate<string | null>(STATE)) === 'summary') shot = capture;
    }
    expect(shot, 'a capture of the summary').not.toBeNull();
    mkdirSync('docs/screenshots', { recursive: true });
    writeFileSync('docs/screenshots/sidepanel.png', shot as Buffer);
  });

  it('offers an on-device AI summary where the browser has a Summarizer (a fake here)', async () => {
    // Chromium here has no model; a stand-in for the API, installed before the view remounts.
    await panel.evaluate(`(() => {
      window.aiCalls = [];
      window.Summarizer = {
        availability: async () => 'downloadable',
        create: async (options) => {
          window.aiCalls.push(options.type + '/' + options.length);
          const monitor = new EventTarget();
          options.monitor?.(monitor);
          monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 1 }));
          return {
            inputQuota: 100000,
            measureInputUsage: async (text) => text.length,
            summarize: async () => '* Putin visited Pyongyang.\\n* Kim Jong Un greeted him.',
            destroy() {},
          };
        },
      };
    })()`);
    await other.bringToFront();
    await panelShows('waiting');
    await article.bringToFront();
    await panelShows('summary');
    const button = await panel.waitFor<string>(
      'the AI button',
      `document.getElementById('ai-summary')?.textContent || null`,
    );
    expect(button).toMatch(/download/i);
    await panel.evaluate(`document.getElementById('ai-summary').click()`);
    const points = await panel.waitFor<string[]>(
      'the AI points',
      `(() => { const li = [...document.querySelectorAll('.ai-points li')];
        return li.length ? li.map((x) => x.textContent) : null; })()`,
    );
    expect(points).toEqual(['Putin visited Pyongyang.', 'Kim Jong Un greeted him.']);
    expect(await panel.evaluate<string[]>('window.aiCalls')).toEqual(['key-points/medium']);
    // The extractive summary is still there, unchanged.
    expect(await panel.evaluate<string[]>(SENTENCES)).toEqual(popupSentences);
  });

  it('copies Markdown: the title as a link to the page, the sentences as bullets', async () => {
    await panel.evaluate(`(() => {
      window.copied = [];
      navigator.clipboard.writeText = async (text) => { window.copied.push(text); };
    })()`);
    await panel.evaluate(`document.getElementById('copy-markdown').click()`);
    await panel.waitFor('feedback', `/Markdown copied/.test(document.body.innerText) || null`);
    const [markdown] = await panel.evaluate<string[]>('window.copied');
    expect(markdown).toMatch(
      /^\[Putin lands in Pyongyang .*\]\(http:\/\/127\.0\.0\.1:\d+\/article\.html\)\n/,
    );
    const bullets = markdown?.split('\n').filter((line) => line.startsWith('- ')) ?? [];
    expect(bullets).toHaveLength(popupSentences.length);
    expect(markdown).toMatch(/\*\*Key actors:\*\* Putin/);
  });

  it('copies rich text as HTML and plain text in one clipboard item', async () => {
    await panel.evaluate(`(() => {
      window.items = [];
      navigator.clipboard.write = async (items) => {
        for (const item of items) {
          const entry = {};
          for (const type of item.types) entry[type] = await (await item.getType(type)).text();
          window.items.push(entry);
        }
      };
    })()`);
    await panel.evaluate(`document.getElementById('copy-rich').click()`);
    await panel.waitFor('feedback', `/Rich text copied/.test(document.body.innerText) || null`);
    const items = await panel.evaluate<Record<string, string>[]>('window.items');
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(Object.keys(item ?? {}).sort()).toEqual(['text/html', 'text/plain']);
    expect(item?.['text/html']).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/article\.html">/);
    expect(item?.['text/html']?.match(/<li>/g)).toHaveLength(popupSentences.length);
    expect(item?.['text/plain']).toContain(server.url);
  });
});

describe.skipIf(skip !== null)('"Side panel" button in the popup', () => {
  it('opens the side panel on the same summary and closes the popup', async () => {
    const server = await serveFile(`${FIXTURE}/page.html`);
    const browser = await launchWithExtension();
    try {
      const article = await browser.context.newPage();
      await article.goto(server.url);
      const popup = await clickToolbarButton(browser, article);
      await popup.waitFor(
        'the summary',
        `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
      );
      const sentences = await popup.evaluate<string[]>(SENTENCES);
      await popup.evaluate(`document.getElementById('open-side-panel').click()`);
      const panel = await findSidePanel(browser);
      await panel.waitFor(
        'the panel summary',
        `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
      );
      expect(await panel.evaluate<string[]>(SENTENCES)).toEqual(sentences);
      expect(await panel.evaluate<boolean>(`!!document.getElementById('open-side-panel')`)).toBe(
        false,
      );
      await expect.poll(() => popupOpen(browser)).toBe(false);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe.skipIf(skip !== null)('a side panel open before the page loads', () => {
  it('shows the summary the reader asks for, then waits once the tab moves on', async () => {
    const server = await serve({
      '/article.html': html(readFileSync(`${FIXTURE}/page.html`)),
      '/next.html': html('<!doctype html><title>Next</title><p>Another page of the same site.</p>'),
    });
    const browser = await launchWithExtension();
    try {
      const tab = await browser.context.newPage();
      const { panel } = await openSidePanel(browser);
      const shows = (state: 'summary' | 'waiting') =>
        panel.waitFor<string>(`the panel to show ${state}`, `(${STATE}) === '${state}' || null`);
      // The panel follows the tab from its blank start, so it sees the article arrive while the
      // browser hides the tab's address (no grant yet).
      await tab.bringToFront();
      await shows('waiting');
      await tab.goto(`${server.url}/article.html`);
      const popup = await clickToolbarButton(browser, tab);
      await popup.waitFor(
        'the popup summary',
        `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
      );
      const sentences = await popup.evaluate<string[]>(SENTENCES);
      await shows('summary');
      expect(await panel.evaluate<string[]>(SENTENCES)).toEqual(sentences);
      // Another page of the same site: the cached summary is not this page's.
      await tab.bringToFront();
      await tab.goto(`${server.url}/next.html`);
      await shows('waiting');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
