/**
 * Firefox smoke test: Debian's firefox-esr loads the Firefox build, the reader's shortcut opens
 * the popup on the seed article (granting activeTab), and the popup shows a summary and actors;
 * on a German page, the German actor evidence is loaded (Firefox's event page imports its
 * script) and the popup shows that page's expected actors.
 * How the popup is opened and read from outside the page: ./firefox-harness.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFixtures, ruleFailures, type ShownActor } from '../fixtures/actors/rules';
import {
  FirefoxWithExtension,
  firefoxUnavailable,
  waitFor,
  type FirefoxTab,
} from './firefox-harness';
import { serveFile, type FixtureServer } from './harness';

const FIXTURE = resolve('../shared/fixtures/pyongyang-visit');

interface Expected {
  title: string;
  actors: { top8_must_include: [string, string][] };
  summary: { must_not_contain: string[] };
}

interface PopupContent {
  title: string;
  sentences: string[];
  actors: { name: string; type: string }[];
}

/**
 * Read in an extension page: the open popup's rendered summary and actors, or null while it
 * works (the summary comes first; the actors' section is busy until they arrive).
 */
const READ_POPUP = `(() => {
  const popup = browser.extension.getViews({ type: 'popup' })[0];
  const doc = popup && popup.document;
  if (!doc || !doc.querySelector('.summary li')) return null;
  if (doc.querySelector('section[aria-busy="true"]')) return null;
  return {
    title: doc.querySelector('.title')?.textContent.trim() ?? '',
    sentences: [...doc.querySelectorAll('.summary li')].map((li) => li.textContent.trim()),
    actors: [...doc.querySelectorAll('li[data-actor]')].map((li) => ({
      name: li.dataset.actor, type: li.dataset.type,
    })),
  };
})()`;

const skip = firefoxUnavailable();
if (skip) console.warn(`Firefox e2e skipped: ${skip}`);

describe.skipIf(skip !== null)('Firefox: the extension summarises the seed article', () => {
  const expected = JSON.parse(readFileSync(`${FIXTURE}/expected.json`, 'utf8')) as Expected;
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  let article: FirefoxTab;
  let extensionPage: FirefoxTab;
  let shown: PopupContent;

  beforeAll(async () => {
    server = await serveFile(`${FIXTURE}/page.html`);
    firefox = await FirefoxWithExtension.launch();
    article = await firefox.firstTab();
    extensionPage = await firefox.openExtensionPage('options.html');
    // Firefox opens the sidebar at install. Let it draw before the article loads, as it does for
    // a reader who browses with it open: it then sees the page arrive with its address hidden.
    await waitFor('the sidebar opened at install', async () => {
      const drawn = await extensionPage.evaluate(
        `!!browser.extension.getViews({ type: 'sidebar' })[0]?.document.querySelector('.nutshell')`,
      );
      return drawn ? true : undefined;
    });
    await article.goto(server.url);
    await firefox.pressShortcut('_execute_action');
    await waitFor('the popup', async () => ((await firefox.popupOpen()) ? true : undefined));
    try {
      shown = await waitFor('the summary in the popup', async () => {
        const content = (await extensionPage.evaluate(READ_POPUP)) as PopupContent | null;
        return content ?? undefined;
      });
    } catch (error) {
      // Say what the popup shows instead, so a failure explains itself.
      const text = await extensionPage.evaluate(
        `browser.extension.getViews({ type: 'popup' })[0]?.document.body.innerText ?? '(no popup)'`,
      );
      throw new Error(`${(error as Error).message}; the popup shows: ${JSON.stringify(text)}`);
    }
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the article title and a summary of at least 2 sentences', () => {
    expect(shown.title).toBe(expected.title);
    expect(shown.sentences.length).toBeGreaterThanOrEqual(2);
    for (const sentence of shown.sentences) {
      for (const banned of expected.summary.must_not_contain) {
        expect(sentence).not.toContain(banned);
      }
    }
  });

  it('lists the key actors', () => {
    const names = shown.actors.map((actor) => `${actor.name}/${actor.type}`);
    for (const [name, type] of expected.actors.top8_must_include) {
      expect(names).toContain(`${name}/${type}`);
    }
  });

  it('shows the same summary in the sidebar open since before the page loaded', async () => {
    await firefox.openSidebar();
    const sentences = await waitFor('the summary in the sidebar', async () => {
      const found = (await extensionPage.evaluate(`(() => {
        const view = browser.extension.getViews({ type: 'sidebar' })[0];
        const items = view ? [...view.document.querySelectorAll('.summary li')] : [];
        return items.length ? items.map((li) => li.textContent.trim()) : null;
      })()`)) as string[] | null;
      return found ?? undefined;
    }).catch(async (error: Error) => {
      // Say what the sidebar shows instead, so a failure explains itself.
      // Its own view of the active tab too: whether it may see the address decides freshness.
      const seen = await extensionPage.evaluate(`(async () => {
        const view = browser.extension.getViews({ type: 'sidebar' })[0];
        const own = view && (await view.browser.windows.getCurrent());
        return {
          sidebar: view?.document.body.innerText ?? '(no sidebar)',
          sidebarSees: own ? (await view.browser.tabs.query({ active: true, windowId: own.id }))
            .map((t) => t.id + ' ' + t.url) : [],
          active: (await browser.tabs.query({ active: true })).map((t) => t.id + ' ' + t.url),
          cached: Object.entries(await browser.storage.session.get(null)).map(([key, value]) =>
            key + ' ' + (value?.url ?? '') + ' ' + (value?.length ?? '')),
        };
      })()`);
      throw new Error(`${error.message}; the sidebar shows: ${JSON.stringify(seen)}`);
    });
    expect(sentences).toEqual(shown.sentences);
  });

  it('keeps options in storage.sync (needs the fixed add-on ID)', async () => {
    await extensionPage.bringToFront();
    await extensionPage.click('#theme-dark');
    const stored = await waitFor('the saved theme', async () => {
      const value = (await extensionPage.evaluate(
        `browser.storage.sync.get('settings').then((s) => s.settings && s.settings.theme)`,
      )) as string | undefined;
      return value === 'dark' ? value : undefined;
    });
    expect(stored).toBe('dark');
    expect(await extensionPage.evaluate(`document.documentElement.dataset.theme`)).toBe('dark');
  });

  it('loads the German evidence for a German page, and lists that page’s expected actors', async () => {
    const german = actorFixtures().find((f) => f.lang === 'de');
    if (!german) throw new Error('no German page in tests/fixtures/actors');
    const germanServer = await serveFile(german.page);
    try {
      // The seed page's popup may still be open: the shortcut would close it, not open one.
      await firefox.closePopup();
      await article.bringToFront();
      await article.goto(germanServer.url);
      await firefox.pressShortcut('_execute_action');
      const actors = await waitFor('the German page’s actors in the popup', async () => {
        const found = (await extensionPage.evaluate(`(() => {
          const doc = browser.extension.getViews({ type: 'popup' })[0]?.document;
          if (doc?.querySelector('.title')?.textContent.trim() !== ${JSON.stringify(german.title)}) return null;
          doc.querySelectorAll('.chip.more').forEach((b) => b.click());
          const items = [...doc.querySelectorAll('li[data-actor]')];
          return items.length ? items.map((li) => ({ rank: Number(li.dataset.rank),
            name: li.dataset.actor, type: li.dataset.type, aliases: JSON.parse(li.dataset.aliases) }))
            .sort((a, b) => a.rank - b.rank) : null;
        })()`)) as ShownActor[] | null;
        return found ?? undefined;
      });
      expect(ruleFailures(actors, german.actors)).toEqual([]);
      const loaded = await extensionPage.evaluate(`browser.runtime.getBackgroundPage().then(
        (page) => Object.keys(page[Symbol.for('nutshell.actorLanguages')] ?? {}))`);
      expect(loaded).toEqual(['de']);
    } finally {
      await germanServer.close();
    }
  });
});

describe.skipIf(skip !== null)('Firefox: the first press after the event page stopped', () => {
  it('opens the popup with the summary at once', async () => {
    // The shortcut reaches the event page (there is no manifest popup), which Firefox wakes for
    // it; the popup must still open on this press, not on a second one.
    const server = await serveFile(`${FIXTURE}/page.html`);
    const firefox = await FirefoxWithExtension.launch();
    try {
      const article = await firefox.firstTab();
      const extensionPage = await firefox.openExtensionPage('options.html');
      await article.goto(server.url);
      await firefox.stopBackground();
      await firefox.pressShortcut('_execute_action');
      const shown = await waitFor('the summary in the popup', async () => {
        const content = (await extensionPage.evaluate(READ_POPUP)) as PopupContent | null;
        return content ?? undefined;
      });
      expect(shown.sentences.length).toBeGreaterThanOrEqual(2);
    } finally {
      await firefox.close();
      await server.close();
    }
  });
});
