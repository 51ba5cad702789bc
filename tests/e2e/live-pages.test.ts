/**
 * The live page as the reader sees it (issue 11), by real toolbar clicks: text the page's
 * stylesheet hides feeds neither the summary nor the actors; an article after a large inline
 * script and deep indentation is read whole; "Summarise anyway" says what it summarised and never
 * takes a heading as a sentence; a single-page app that renders its article after the click is
 * summarised when it does, with nothing to press.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, page as htmlPage, paragraph } from '../fixtures/hostile-pages/generate';
import { e2eUnavailable, html, launchWithExtension, type Browser, type Route } from './harness';
import { clickAndSettle, serveRecorded, type RecordingServer, type Settled } from './trust-harness';

const skip = e2eUnavailable();

/** Names that only the hidden part of the paywalled page mentions. */
const HIDDEN_NAMES = ['Ottilie Brannock', 'Quillon Forge', 'Vessergate'];

const PAYWALLED = htmlPage(
  'The reservoir report',
  `${article('The reservoir report', 6)}
  <section class="premium-only">
    <p>Subscribers also learn that ${HIDDEN_NAMES[0]} of ${HIDDEN_NAMES[1]} met the water board in ${HIDDEN_NAMES[2]} on Friday, and that ${HIDDEN_NAMES[0]} will speak again in ${HIDDEN_NAMES[2]} next week.</p>
    <p>${HIDDEN_NAMES[0]} told ${HIDDEN_NAMES[1]} staff in ${HIDDEN_NAMES[2]} that the reservoir plan would be finished by the spring.</p>
  </section>`,
  '<meta property="og:type" content="article"><style>.premium-only { display: none }</style>',
);

/** An article after 150 KB of inline script and 80,000 characters of indentation. */
const HEAVY_HEAD = htmlPage(
  'The night trains return',
  `<script>window.__STATE__ = ${JSON.stringify({ blob: 'x'.repeat(150_000) })};</script>
  <div class="wrapper">${' \n\t'.repeat(27_000)}</div>
  ${article('The night trains return', 30)}`,
  '<meta property="og:type" content="article">',
);

/** A section front: teasers under linked headings, section headings between them. */
const SECTION_FRONT = htmlPage(
  'Local news',
  `<main>${['Rail', 'Harbour', 'Schools']
    .map(
      (section, s) =>
        `<h2>${section} news from around the region</h2>${Array.from(
          { length: 6 },
          (_, i) =>
            `<div class="card"><h3><a href="/story/${s}-${i}">${section} story ${i}: what the council decided this week</a></h3><p>${paragraph(s * 30 + i * 5, 1)}</p></div>`,
        ).join('')}`,
    )
    .join('')}</main>`,
  '<meta property="og:type" content="website">',
);

/** A single-page app: a shell with navigation at first, its article 1.5 s after load. */
const LATE_SPA = htmlPage(
  'Gazette',
  `<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
  <main id="app"><p>Loading…</p></main>
  <script>
    addEventListener('load', () => setTimeout(() => {
      document.title = 'The harbour wall will be rebuilt';
      document.getElementById('app').innerHTML = ${JSON.stringify(article('The harbour wall will be rebuilt', 8, 60))};
      document.body.dataset.loaded = 'true';
    }, 1500));
  </script>`,
);

/**
 * An article page whose own script, on load, replaces the story with an error (as a page does
 * when a stylesheet it checks for never arrives): its head still says "article".
 */
const ERASED = htmlPage(
  'The ferry timetable changes',
  `${article('The ferry timetable changes', 8)}
  <script>
    addEventListener('load', () => {
      document.body.innerHTML = '<h2>This page is not available right now</h2><p>Try again later.</p>';
      document.body.dataset.erased = 'true';
    });
  </script>`,
  '<meta property="og:type" content="article">',
);

/**
 * A slow site: the page's head and navigation arrive at once, its story 2 s later (the parser
 * is still at work, as when a reader clicks on a page still loading).
 */
const SLOW: Route = {
  ...html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The tram line opens</title>
    <meta property="og:type" content="article"></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>`,
  ),
  rest: { afterMs: 2_000, body: `${article('The tram line opens', 8, 90)}</body></html>` },
};

describe.skipIf(skip !== null)('live pages (real toolbar click)', () => {
  let server: RecordingServer;
  let browser: Browser;
  let page: Page;
  let settled: Settled | undefined;

  beforeAll(async () => {
    server = await serveRecorded({
      '/paywalled.html': html(PAYWALLED),
      '/heavy-head.html': html(HEAVY_HEAD),
      '/section.html': html(SECTION_FRONT),
      '/spa.html': html(LATE_SPA),
      '/erased.html': html(ERASED),
      '/slow.html': SLOW,
    });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Settled> {
    await settled?.popup.close();
    await page.goto(`${server.url}${path}`);
    settled = await clickAndSettle(browser, page);
    return settled;
  }

  const popupEval = <T>(expression: string) => (settled as Settled).popup.evaluate<T>(expression);

  it('reads nothing the page hides: neither the summary nor the actors', async () => {
    const { state } = await open('/paywalled.html');
    expect(state).toBe('ok');
    const shown = await popupEval<string>(`document.querySelector('.nutshell').innerText`);
    const actors = await popupEval<string[]>(
      `[...document.querySelectorAll('li[data-actor]')].map((li) => li.dataset.actor)`,
    );
    expect(actors.length).toBeGreaterThan(2);
    for (const name of HIDDEN_NAMES) {
      expect(actors).not.toContain(name);
      expect(shown).not.toContain(name);
    }
  });

  it('reads an article whole after a large inline script and deep indentation', async () => {
    const { state } = await open('/heavy-head.html');
    expect(state).toBe('ok');
    expect(await popupEval(`document.getElementById('first-part-notice')`)).toBeNull();
    expect(await popupEval(`document.getElementById('page-text-notice')`)).toBeNull();
  });

  it('turns a section front away, and says what "Summarise anyway" summarised', async () => {
    const { state } = await open('/section.html');
    expect(state).toBe('not-article');
    await popupEval(
      `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Summarise anyway').click()`,
    );
    await settled?.popup.waitFor(
      'the summary',
      `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
    );
    const notice = await popupEval<string>(
      `document.getElementById('page-text-notice')?.textContent`,
    );
    expect(notice).toMatch(/not an article/i);
    const sentences = await popupEval<string[]>(
      `[...document.querySelectorAll('.summary li')].map((li) => li.textContent.trim())`,
    );
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h2, h3')].map((h) => h.textContent?.trim() ?? ''),
    );
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(headings.some((h) => s.includes(h))).toBe(false);
  });

  it('says the article is missing, not "not an article", when the page erased its story', async () => {
    await page.goto(`${server.url}/erased.html`);
    await page.waitForFunction(() => document.body.dataset.erased === 'true');
    await settled?.popup.close();
    settled = await clickAndSettle(browser, page);
    expect(settled.state).toBe('no-text');
    const said = await popupEval<string>(`document.querySelector('.status').innerText`);
    expect(said).toMatch(/says it is an article.*reload it/is);
    expect(said).not.toMatch(/Summarise anyway/);
  });

  it('reads a page clicked while its HTML is still arriving once it has all arrived', async () => {
    await settled?.popup.close();
    await page.goto(`${server.url}/slow.html`, { waitUntil: 'commit' });
    await page.waitForSelector('header nav'); // the first part is in; the story is not
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    settled = await clickAndSettle(browser, page);
    expect(settled.state).toBe('ok');
    expect(await popupEval<string>(`document.querySelector('.title').textContent`)).toBe(
      'The tram line opens',
    );
    expect(await popupEval(`document.getElementById('page-text-notice')`)).toBeNull();
  });

  it('summarises a single-page app’s article when it arrives, with nothing to press', async () => {
    const { state } = await open('/spa.html');
    expect(['not-article', 'no-text']).toContain(state);
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    await settled?.popup.waitFor(
      'the late summary',
      `document.querySelector('.summary li') && !document.querySelector('section[aria-busy="true"]') ? true : null`,
      12_000,
    );
    expect(await popupEval<string>(`document.querySelector('.title').textContent`)).toBe(
      'The harbour wall will be rebuilt',
    );
  });
});
