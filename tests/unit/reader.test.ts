import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLatest } from '@/lib/storage/cache';
import { PARSE_WAIT_MS } from '@/lib/worker/page-access';
import {
  analyzeTab,
  CLICK_ACTORS_AT_ONCE_MS,
  CLICK_ACTORS_WAIT_MS,
  readOnClick,
  showSentence,
} from '@/lib/worker/reader';
import { HIGHLIGHT_KINDS } from '@/lib/shared/palette';
import { SETTINGS_KEY } from '@/lib/storage/settings-schema';

const URL_ = 'https://news.example/harbour';
const STORY = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i} says that the harbour council of Lisbon met again on Tuesday, and that Mayor Ana Silva approved the new ferry line that will run from spring.`,
);
const ARTICLE = {
  title: 'Ferry line approved',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  readerable: true,
  paragraphs: STORY.map((text) => ({ text, kind: 'paragraph' })),
};

/** Page reads that answer in the order the test releases them. */
function heldPageReads(): Array<() => void> {
  const releases: Array<() => void> = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(
    () =>
      new Promise((answer) =>
        releases.push(() =>
          answer([
            { frameId: 0, documentId: 'd', result: { status: 'ok', url: URL_, article: ARTICLE } },
          ] as never),
        ),
      ) as never,
  );
  return releases;
}

describe('analyzeTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  // The popup's early request (the length it saw last) and the one for the length the settings
  // give can overlap; the cache must keep the second, which the popup shows, even when the first
  // finishes last.
  it('keeps in the cache the latest request of a tab, whichever finishes first', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    const tabId = tab.id as number;
    const reads = heldPageReads();
    const early = analyzeTab(tabId, { force: false, length: 'short' });
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    const latest = analyzeTab(tabId, { force: false, length: 'long' });
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads[1]?.();
    expect(await latest).toMatchObject({ status: 'ok' });
    reads[0]?.();
    expect(await early).toMatchObject({ status: 'ok' });
    await new Promise((r) => setTimeout(r, 10)); // past the writes' next task
    expect((await readLatest(tabId))?.length).toBe('long');
  });

  // A toolbar click reads the page before the popup exists; the popup's first request, with the
  // settings' length, takes that reading instead of reading the page a second time.
  it('answers the popup from the reading its toolbar click started', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    const tabId = tab.id as number;
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { length: 'long' } });
    const reads = heldPageReads();
    readOnClick(tabId);
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    const asked = analyzeTab(tabId, { force: false, length: 'long' });
    reads[0]?.();
    const reply = await asked;
    expect(reply).toMatchObject({ status: 'ok' });
    expect(reads).toHaveLength(1);
    expect(reply.status === 'ok' && reply.result.analysis.summary.length).toBeGreaterThan(0);
  });

  // The click's reading does not wait for the tab and cache lookups to start the page's read:
  // those round trips come while the browser builds the popup, and the read is the long part.
  it('starts the page read of a click before the tab lookups answer', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?early` });
    const tabId = tab.id as number;
    const lookups: Array<() => void> = [];
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
      (id) => new Promise((answer) => lookups.push(() => answer(get(id)))),
    );
    const reads = heldPageReads();
    readOnClick(tabId);
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    expect(lookups).toHaveLength(1); // asked, not answered
    lookups[0]?.();
    reads[0]?.();
    const reply = await analyzeTab(tabId, { force: false, length: 'medium' });
    expect(reply).toMatchObject({ status: 'ok' });
    expect(reads).toHaveLength(1);
  });

  // A click on a page the browser does not let extensions read: the early read is refused, and
  // the reader gets the restricted-page message, with no unhandled rejection.
  it('drops a refused early read on a restricted page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const tabId = tab.id as number;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    readOnClick(tabId);
    const reply = await analyzeTab(tabId, { force: false, length: 'medium' });
    expect(reply).toMatchObject({ status: 'problem', problem: 'restricted' });
  });

  // Another length, "Summarise anyway" or a later request: the page is read again for it.
  it('reads the page again for a request the click reading does not answer', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?another` });
    const tabId = tab.id as number;
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { length: 'long' } });
    const reads = heldPageReads();
    readOnClick(tabId);
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    const other = analyzeTab(tabId, { force: false, length: 'short' });
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads.forEach((release) => release());
    expect(await other).toMatchObject({ status: 'ok' });
    // Taken once: the same request again is a new reading too.
    const again = analyzeTab(tabId, { force: true, length: 'long' });
    await vi.waitFor(() => expect(reads).toHaveLength(3));
    reads[2]?.();
    expect(await again).toMatchObject({ status: 'ok' });
  });

  // A click while the worker analyses must still open the popup: the button has it meanwhile.
  it('gives the toolbar button its popup while the worker analyses, and takes it back after', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?busy` });
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async ({ popup }) => {
      calls.push(popup ?? 'null');
    });
    const reads = heldPageReads();
    const reply = analyzeTab(tab.id as number, { force: false, length: 'short' });
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    calls.length = 0; // the warm-up's analysis, while the page was read
    reads[0]?.();
    expect(await reply).toMatchObject({ status: 'ok' });
    // Two stretches: the summary, then the actors in a task of their own.
    expect(calls).toEqual(['popup.html', '', 'popup.html', '']);
  });
  // A page whose head says "article" but whose body holds a few lines (its script replaced the
  // story with an error, or it has not loaded): the reader is told to reload, not offered a
  // summary of the error. The same page declaring nothing is just not an article.
  it('says the article is missing from a page that declares one and shows almost no text', async () => {
    const stub = {
      ...ARTICLE,
      readerable: false,
      paragraphs: [{ text: 'This page is not available right now.', kind: 'paragraph' }],
    };
    const answer = (declaresArticle: boolean, article = stub) =>
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
        {
          frameId: 0,
          documentId: 'd',
          result: { status: 'ok', url: URL_, article, declaresArticle },
        },
      ] as never);
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?gone` });
    answer(true);
    expect(await analyzeTab(tab.id as number, { force: false, length: 'short' })).toEqual({
      status: 'problem',
      problem: 'noText',
      message: fakeBrowser.i18n.getMessage('articleTextMissing'),
    });
    answer(false);
    const other = await fakeBrowser.tabs.create({ url: `${URL_}?plain` });
    expect(await analyzeTab(other.id as number, { force: false, length: 'short' })).toMatchObject({
      status: 'notArticle',
    });
    // A declared article whose text is all there but did not read as one (Readability found no
    // article in it): not missing, and "Summarise anyway" stays.
    answer(true, { ...ARTICLE, readerable: false });
    const unread = await fakeBrowser.tabs.create({ url: `${URL_}?unread` });
    expect(await analyzeTab(unread.id as number, { force: false, length: 'short' })).toMatchObject({
      status: 'notArticle',
    });
  });

  // A click while the page's HTML is still arriving: the parser has not reached the story yet.
  // The page is read again once parsed, instead of "no text" or a summary of its first part.
  it('reads a page that was still parsing again once it is parsed', async () => {
    const empty = { ...ARTICLE, title: '', readerable: false, paragraphs: [] };
    const calls: string[] = [];
    let reads = 0;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
      files?: string[];
      args?: unknown[];
    }) => {
      if (!injection.files) {
        calls.push(`wait ${String(injection.args?.[0])}`);
        return [{ frameId: 0, documentId: 'd', result: true }];
      }
      calls.push('read');
      const parsing = ++reads === 1;
      const article = parsing ? empty : ARTICLE;
      return [
        { frameId: 0, documentId: 'd', result: { status: 'ok', url: URL_, article, parsing } },
      ];
    }) as never);
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?loading` });
    const reply = await analyzeTab(tab.id as number, { force: false, length: 'short' });
    expect(calls).toEqual(['read', `wait ${PARSE_WAIT_MS}`, 'read']);
    expect(reply).toMatchObject({ status: 'ok' });
    expect(reply.status === 'ok' && reply.result.page.title).toBe(ARTICLE.title);
    // Its cache write comes in a later task: done before the next test starts.
    await vi.waitFor(async () => expect(await readLatest(tab.id as number)).not.toBeNull());
  });
});

describe('the summary ahead of its actors (a staged request)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  const pageAnswers = () =>
    vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([
        { frameId: 0, documentId: 'd', result: { status: 'ok', url: URL_, article: ARTICLE } },
      ] as never);

  it('answers with the summary first, then the same summary with its actors, cached whole', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    const tabId = tab.id as number;
    pageAnswers();
    const first = await analyzeTab(tabId, { force: false, length: 'short' }, true);
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.result.actorsPending).toBe(fakeBrowser.i18n.getMessage('findingActors'));
    expect(first.result.analysis.actors).toEqual([]);
    expect(first.result.analysis.summary.length).toBeGreaterThan(0);
    // Nothing is cached before the actors are found: the popup's own cache read never shows a
    // result without them.
    expect(await readLatest(tabId)).toBeNull();

    const whole = await analyzeTab(tabId, { force: false, length: 'short', complete: true });
    expect(whole.status).toBe('ok');
    if (whole.status !== 'ok') return;
    expect(whole.result.actorsPending).toBeUndefined();
    expect(whole.result.analysis.summary).toEqual(first.result.analysis.summary);
    expect(whole.result.analysis.actors.map((a) => a.name)).toContain('Ana Silva');
    expect(whole.result.marks.flat().some((segment) => segment.type === 'person')).toBe(true);
    await vi.waitFor(async () =>
      expect((await readLatest(tabId))?.result.analysis.actors.length).toBeGreaterThan(0),
    );
    expect((await readLatest(tabId))?.result.actorsPending).toBeUndefined();
  });

  /** A click's reading whose page answers only after CLICK_ACTORS_AT_ONCE_MS; done on return. */
  async function slowClickReading(tabId: number): Promise<void> {
    const reads = heldPageReads();
    readOnClick(tabId);
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    await new Promise((r) => setTimeout(r, CLICK_ACTORS_AT_ONCE_MS + 20));
    reads[0]?.();
    await new Promise((r) => setTimeout(r, 50));
  }

  it('answers whole when a click reading was ready early enough to find its actors at once', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?early` });
    const tabId = tab.id as number;
    pageAnswers();
    readOnClick(tabId);
    await new Promise((r) => setTimeout(r, 50)); // the click's reading, actors included
    const reply = await analyzeTab(tabId, { force: false, length: 'medium' }, true);
    if (reply.status !== 'ok') throw new Error(reply.status);
    expect(reply.result.actorsPending).toBeUndefined();
    expect(reply.result.analysis.actors.length).toBeGreaterThan(0);
  });

  // The worker does one thing at a time: actors found while the popup's request comes in would
  // hold up its summary.
  it("keeps a click reading's actors until the popup asked, then answers them", async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?click` });
    const tabId = tab.id as number;
    await slowClickReading(tabId);
    const first = await analyzeTab(tabId, { force: false, length: 'medium' }, true);
    expect(first).toMatchObject({ status: 'ok', result: { actorsPending: expect.any(String) } });
    const whole = await analyzeTab(tabId, { force: false, length: 'medium', complete: true }, true);
    if (whole.status !== 'ok') throw new Error(whole.status);
    expect(whole.result.actorsPending).toBeUndefined();
    expect(whole.result.analysis.actors.length).toBeGreaterThan(0);
  });

  it('finds and caches the actors of a click reading no popup took', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?nopopup` });
    const tabId = tab.id as number;
    await slowClickReading(tabId);
    await new Promise((r) => setTimeout(r, CLICK_ACTORS_WAIT_MS / 4));
    // Still waiting for a popup. (Another test's tab may have had this id: only this page counts.)
    const entry = async () => {
      const latest = await readLatest(tabId);
      return latest?.url === tab.url ? latest : null;
    };
    expect(await entry()).toBeNull();
    await vi.waitFor(
      async () => expect((await entry())?.result.analysis.actors.length).toBeGreaterThan(0),
      { timeout: CLICK_ACTORS_WAIT_MS * 2 },
    );
    // A popup that asks now gets the whole result at once.
    const reply = await analyzeTab(tabId, { force: false, length: 'medium' }, true);
    if (reply.status !== 'ok') throw new Error(reply.status);
    expect(reply.result.actorsPending).toBeUndefined();
  });

  it('answers whole a request that did not ask for the summary first', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?whole` });
    pageAnswers();
    const reply = await analyzeTab(tab.id as number, { force: false, length: 'short' });
    if (reply.status !== 'ok') throw new Error(reply.status);
    expect(reply.result.actorsPending).toBeUndefined();
    expect(reply.result.analysis.actors.length).toBeGreaterThan(0);
  });

  // The reader may click a summary sentence the moment it is shown: the worker finds the
  // page's entry once the actors are in, instead of saying the page changed.
  it('lets the reader jump to a sentence before the actors are found', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}?jump` });
    const tabId = tab.id as number;
    const names = Object.fromEntries(
      HIGHLIGHT_KINDS.map((kind, i) => [kind, `h${'0'.repeat(15)}${i}`]),
    );
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    execute.mockImplementation((async (injection: { func?: unknown }) => [
      {
        frameId: 0,
        documentId: 'd',
        // The highlighter's names when asked for them; otherwise the page's article.
        result: injection.func ? names : { status: 'ok', url: URL_, article: ARTICLE },
      },
    ]) as never);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
    const sent = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, ranges: 1 } as never);
    const first = await analyzeTab(tabId, { force: false, length: 'short' }, true);
    expect(first).toMatchObject({ status: 'ok', result: { actorsPending: expect.any(String) } });
    expect(await showSentence(tabId, 0)).toEqual({ ok: true, ranges: 1 });
    expect(sent).toHaveBeenCalledWith(
      tabId,
      expect.objectContaining({ type: 'backgroundToContent:show', kind: 'sentence' }),
      { frameId: 0 },
    );
  });
});
