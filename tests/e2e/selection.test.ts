/**
 * "Summarise selection" in the popup (issue 3): with 40 words or more selected in the page, the
 * popup offers to summarise them, on an article and on a page that is not one; the summary is
 * of the selection only, it survives reopening, and "Summarise whole page" goes back. A shorter
 * selection gets no offer. Each step is a real toolbar click.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, FORCE_DARK, FORCE_LIGHT, RUN_AXE, type Violation } from './axe';
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

/** A timetable: text enough to select, but no article. */
const TIMETABLE = `<!doctype html><html lang="en"><head><title>Ferry timetable</title></head><body>
<table>
<tr><td>The first ferry leaves the harbour at six and reaches the island before seven.</td></tr>
<tr><td>On weekdays a boat crosses every forty minutes until the evening rush is over.</td></tr>
<tr><td>Bicycles travel free of charge, but cars must be booked a day in advance.</td></tr>
<tr><td>In winter storms the harbour master may cancel crossings with an hour of notice.</td></tr>
</table></body></html>`;

interface Shown {
  offer: string | null;
  offerText: string;
  title: string;
  sentences: string[];
}

describe.skipIf(skip !== null)('popup: Summarise selection (real toolbar click)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  let popup: PopupTarget | undefined;

  beforeAll(async () => {
    server = await serve({
      '/article.html': html(readFileSync(resolve('../shared/fixtures/pyongyang-visit/page.html'))),
      '/timetable.html': html(TIMETABLE),
    });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Selects the text of the elements matching `selector` (from the first to the last). */
  async function select(selector: string, from = 0, to = -1): Promise<string> {
    return page.evaluate(
      ({ selector, from, to }) => {
        const nodes = [...document.querySelectorAll(selector)];
        const first = nodes[from];
        const last = nodes.at(to);
        if (!first || !last) throw new Error(`nothing matches ${selector}`);
        const range = document.createRange();
        range.setStartBefore(first);
        range.setEndAfter(last);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return selection?.toString() ?? '';
      },
      { selector, from, to },
    );
  }

  async function click(label: string): Promise<void> {
    await popup?.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)}).click()`,
    );
  }

  /** What the popup shows once it has settled and (when `offer` is given) shows that offer. */
  async function shown(offer: 'selection' | 'page' | null): Promise<Shown> {
    const waitFor = offer
      ? `document.querySelector('[data-offer="${offer}"]') && document.querySelector('[data-state]:not([data-state="working"])')`
      : `document.querySelector('[data-state]:not([data-state="working"])')`;
    await popup?.waitFor('the popup to settle', `(${waitFor}) ? true : null`);
    if (!offer) {
      // The offer comes after the summary (the page is asked once the view settles): give it time.
      await new Promise((done) => setTimeout(done, 800));
    }
    return (await popup?.evaluate<Shown>(`({
      offer: document.querySelector('[data-offer]')?.dataset.offer ?? null,
      offerText: document.querySelector('[data-offer]')?.textContent ?? '',
      title: document.querySelector('.title')?.textContent ?? '',
      sentences: [...document.querySelectorAll('.summary li')].map((li) => li.textContent.trim()),
    })`)) as Shown;
  }

  async function openPopup(): Promise<void> {
    await popup?.close();
    popup = await clickToolbarButton(browser, page);
  }

  it('summarises only the selected paragraphs of an article, and goes back to the page', async () => {
    await page.goto(`${server.url}/article.html`);
    const selected = await select('article p:not(.byline)', 3, 5);
    expect(selected.split(/\s+/).length).toBeGreaterThanOrEqual(40);

    await openPopup();
    const before = await shown('selection');
    expect(before.offerText).toMatch(/\d+ words selected/);
    const pageSentences = before.sentences;
    expect(pageSentences.length).toBeGreaterThan(0);
    for (const scheme of [FORCE_DARK, FORCE_LIGHT]) {
      await popup?.evaluate(scheme);
      await popup?.evaluate(
        `typeof axe === 'undefined' ? (0, eval)(${JSON.stringify(AXE_SOURCE)}) : 0`,
      );
      expect(await popup?.evaluate<Violation[]>(RUN_AXE)).toEqual([]);
    }
    mkdirSync('docs/screenshots', { recursive: true });
    writeFileSync('docs/screenshots/popup-selection.png', (await popup?.screenshot()) as Buffer);

    await click('Summarise selection');
    const after = await shown('page');
    expect(after.title).toMatch(/^Selection: /);
    expect(after.sentences.length).toBeGreaterThan(0);
    const flat = selected.replace(/\s+/g, ' ');
    for (const sentence of after.sentences) expect(flat).toContain(sentence);
    expect(after.sentences).not.toEqual(pageSentences);

    // Reopened, the popup shows the selection's summary again, from the tab's cache.
    await openPopup();
    const reopened = await shown('page');
    expect(reopened.sentences).toEqual(after.sentences);

    await click('Summarise whole page');
    await popup?.waitFor(
      'the page summary',
      `!document.querySelector('.title')?.textContent.startsWith('Selection:') && document.querySelectorAll('.summary li').length > 0 ? true : null`,
    );
    const whole = await shown('selection'); // the selection is still there, so it is offered again
    expect(whole.sentences).toEqual(pageSentences);
  });

  it('offers the selection on a page that does not look like an article', async () => {
    await page.goto(`${server.url}/timetable.html`);
    const selected = await select('td');
    await openPopup();
    const before = await shown('selection');
    expect(
      await popup?.evaluate<string>(`document.querySelector('[data-state]').dataset.state`),
    ).toBe('not-article');
    await click('Summarise selection');
    const after = await shown('page');
    expect(after.sentences.length).toBeGreaterThan(0);
    const flat = selected.replace(/\s+/g, ' ');
    for (const sentence of after.sentences) expect(flat).toContain(sentence);
    expect(before.offerText).toMatch(/\d+ words selected/);
  });

  it('makes no offer for a selection under 40 words', async () => {
    // Another URL: the tab's cache still holds the selection summarised above for this page.
    await page.goto(`${server.url}/timetable.html?again`);
    const selected = await select('td', 0, 1);
    expect(selected.split(/\s+/).filter(Boolean).length).toBeLessThan(40);
    await openPopup();
    const state = await shown(null);
    expect(state.offer).toBeNull();
  });
});
