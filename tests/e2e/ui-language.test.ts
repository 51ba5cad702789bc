/**
 * Nutshell in the reader's language, in real Chromium. Started in German (--lang=de), the popup
 * speaks German (its words, numbers and dates, the worker's too, and the toolbar button's title
 * from the manifest) while the summary and the actors stay in the page's language; axe finds no
 * serious issue; docs/screenshots/popup-de.png is what it shows. An Arabic page reads right to
 * left inside the left-to-right interface. In an English browser, the options page overrides the
 * language, for itself, the popup and the worker (a result cached in English is not shown again).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, RUN_AXE, type Violation } from './axe';
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

const SEED = resolve('../shared/fixtures/pyongyang-visit/page.html');
const RTL = resolve('tests/fixtures/hostile-pages/rtl.html');
const SUMMARY = `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`;

/** What the popup shows, apart from the page's own text (summary, names). */
const POPUP_WORDS = `(() => {
  const text = (selector) => document.querySelector(selector)?.textContent ?? '';
  return {
    lang: document.documentElement.lang,
    copy: text('#copy-summary'),
    more: text('#more'),
    summaryHeading: text('#summary-h'),
    actorsHeading: text('#actors-h'),
    meta: text('.meta'),
    legend: [...document.querySelectorAll('.legend li')].map((li) => li.textContent),
    figures: document.querySelector('.figures').innerText.replace(/\\s+/g, ' '),
    chipTitle: document.querySelector('.chips li[data-actor] button').title,
    sentences: [...document.querySelectorAll('.summary li')].map((li) => li.textContent),
    names: [...document.querySelectorAll('.chips li[data-actor]')].map((li) => li.dataset.actor),
  };
})()`;

interface PopupWords {
  lang: string;
  copy: string;
  more: string;
  summaryHeading: string;
  actorsHeading: string;
  meta: string;
  legend: string[];
  figures: string;
  chipTitle: string;
  sentences: string[];
  names: string[];
}

const skip = e2eUnavailable();

async function open(browser: Browser, page: Page): Promise<PopupTarget> {
  const popup = await clickToolbarButton(browser, page);
  await popup.waitFor('the summary', SUMMARY);
  return popup;
}

describe.skipIf(skip !== null)('Chromium in German (--lang=de)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let article: Page;

  beforeAll(async () => {
    server = await serve({
      '/seed.html': html(readFileSync(SEED)),
      '/rtl.html': html(readFileSync(RTL)),
    });
    browser = await launchWithExtension(['--lang=de']);
    article = await browser.context.newPage();
    await article.goto(`${server.url}/seed.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the popup speaks German; the summary and the actors stay in the page language', async () => {
    const popup = await open(browser, article);
    const words = await popup.evaluate<PopupWords>(POPUP_WORDS);
    expect(words.lang).toBe('de');
    expect(words.copy).toBe('Zusammenfassung kopieren');
    expect(words.more).toBe('Mehr');
    expect(words.summaryHeading).toBe('Zusammenfassung');
    expect(words.actorsHeading).toBe('Hauptakteure');
    expect(words.legend).toEqual(['Personen', 'Organisationen', 'Orte']);
    // Made by the worker: the date and the reading figures, in German words and numbers.
    expect(words.meta).toContain('19.06.2024');
    expect(words.meta).toMatch(/\d+ Min\. Lesezeit/);
    expect(words.figures).toMatch(/Artikel \d+ Wörter \d+ Min\. Lesezeit/i);
    expect(words.figures).toMatch(/Anteil \d+\s%/i);
    expect(words.chipTitle).toMatch(
      /^(Personen|Organisationen|Orte): .+, \d+ Erwähnung(en)? im Artikel/,
    );
    // The page's own words: every summary sentence is in the (English) article, as are the names.
    const page = await article.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    expect(words.sentences.length).toBeGreaterThanOrEqual(2);
    for (const sentence of words.sentences) expect(page).toContain(sentence.trim());
    expect(words.names).toContain('North Korea');
    // No English word of ours is left.
    const ours = await popup.evaluate<string>(`(() => {
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll('.summary, .chips, .title, .site').forEach((el) => el.remove());
      return copy.innerText;
    })()`);
    for (const english of ['Summary', 'Key actors', 'Highlight', 'Copy', 'More', 'words', 'read']) {
      expect(ours, english).not.toContain(english);
    }

    await popup.evaluate(
      `typeof axe === 'undefined' ? (0, eval)(${JSON.stringify(AXE_SOURCE)}) : 0`,
    );
    expect(await popup.evaluate<Violation[]>(RUN_AXE)).toEqual([]);
    mkdirSync('docs/screenshots', { recursive: true });
    writeFileSync('docs/screenshots/popup-de.png', await popup.captureView());
    await popup.close();
  });

  it('the manifest speaks German too: the toolbar button and the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('h1');
    expect(await options.evaluate('chrome.action.getTitle({})')).toBe(
      'Nutshell: diese Seite zusammenfassen',
    );
    expect(await options.textContent('h1')).toBe('Nutshell-Einstellungen');
    expect(await options.evaluate(() => document.title)).toBe('Nutshell-Einstellungen');
    await options.close();
  });

  it('an Arabic page reads right to left inside the left-to-right interface', async () => {
    await article.goto(`${server.url}/rtl.html`);
    const popup = await open(browser, article);
    const directions = await popup.evaluate<Record<string, string>>(`(() => {
      const dir = (selector) => getComputedStyle(document.querySelector(selector)).direction;
      return { summary: dir('.summary li'), title: dir('.title'), site: dir('.site'),
        page: dir('body'), meta: dir('.meta'), footer: dir('.foot'), lengths: dir('.lengths'),
        copy: document.getElementById('copy-summary').textContent };
    })()`);
    expect(directions).toEqual({
      summary: 'rtl',
      title: 'rtl',
      site: 'rtl', // the site's name, isolated in the left-to-right line under the title
      page: 'ltr',
      meta: 'ltr',
      footer: 'ltr',
      lengths: 'ltr',
      copy: 'Zusammenfassung kopieren',
    });
    await popup.close();
  });
});

describe.skipIf(skip !== null)('the options page overrides the browser language', () => {
  let server: FixtureServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve({ '/seed.html': html(readFileSync(SEED)) });
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('in French: the options page, the popup and the worker, even for a page read in English', async () => {
    const article = await browser.context.newPage();
    await article.goto(`${server.url}/seed.html`);
    let popup = await open(browser, article);
    expect((await popup.evaluate<PopupWords>(POPUP_WORDS)).figures).toMatch(/\d+ words/);
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('h1');
    expect(await options.textContent('h1')).toBe('Nutshell options');
    // Each language is named in itself.
    expect(await options.textContent('label[for="language-fr"]')).toBe('Français');
    expect(await options.textContent('label[for="language-de"]')).toBe('Deutsch');
    await options.click('#language-fr');
    await options.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Options de Nutshell',
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');

    popup = await open(browser, article);
    const words = await popup.evaluate<PopupWords>(POPUP_WORDS);
    expect(words.lang).toBe('fr');
    expect(words.copy).toBe('Copier le résumé');
    expect(words.legend).toEqual(['Personnes', 'Organisations', 'Lieux']);
    // The English result the worker had cached for this page is not shown again.
    expect(words.figures).toMatch(/Article \d+ mots \d+ min de lecture/i);
    expect(words.chipTitle).toMatch(/ mentions? dans l’article/);
    await popup.close();

    await options.bringToFront();
    await options.click('#language-auto');
    await options.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Nutshell options',
    );
    popup = await open(browser, article);
    expect((await popup.evaluate<PopupWords>(POPUP_WORDS)).copy).toBe('Copy summary');
    await popup.close();
  });
});
