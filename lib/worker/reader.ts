/**
 * The background's work for the popup: read the tab, run the core pipeline, cache the result,
 * and forward highlight requests to the page.
 */
import { browser } from 'wxt/browser';
import { articleLanguage, stageArticle, type StagedAnalysis } from '@/core/pipeline';
import { DECLARED_ARTICLE_MIN_WORDS } from '@/core/extract/page-kind';
import { countWords } from '@/core/text/word-count';
import type { ActorType, ExtractedArticle, SummaryLength } from '@/core/types';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/storage/settings';
import { answers, readLatest, touchCache, writeCache } from '@/lib/storage/cache';
import { pageResult } from '@/lib/worker/page-result';
import { titleWithoutSite } from '@/lib/worker/page-title';
import { describeError, ReaderFacingError } from '@/lib/protocol/messaging';
import {
  ensureHighlighter,
  readPage,
  RestrictedPageError,
  sendToContent,
  watchForNewText,
} from '@/lib/worker/page-access';
import {
  isExtractReply,
  isPageActionReply,
  type AnalyzeOptions,
  type AnalyzeReply,
  type PageActionReply,
  type PageInfo,
  type PageResult,
} from '@/lib/protocol/protocol';
import { pageUrl, withinLimits } from '@/lib/protocol/validate-article';
import { isRestrictedUrl, restrictedMessage } from '@/lib/worker/restricted';
import { warmUpAnalysis } from '@/lib/worker/warm-up';
import { whileBusy } from '@/lib/worker/toolbar-click';
import { plural, t } from '@/lib/shared/i18n';
import { languageReady } from '@/lib/worker/language';
import { loadActorLanguage } from '@/lib/worker/actor-languages';

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    throw new ReaderFacingError(t('tabClosed'));
  }
}

function hasText(article: ExtractedArticle): boolean {
  return article.paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p.text));
}

/**
 * A page that declares an article but shows next to none of it (its own script replaced the
 * story with an error, or the story has not loaded). Not a declared article Readability could not
 * read: "Summarise anyway" stays for its text when there is enough of it.
 */
function articleMissing(article: ExtractedArticle, declaresArticle: boolean | undefined): boolean {
  if (article.readerable || !declaresArticle) return false;
  let words = 0;
  for (const p of article.paragraphs) {
    words += countWords(p.text);
    if (words >= DECLARED_ARTICLE_MIN_WORDS) return false;
  }
  return true;
}

/**
 * The latest analysis request of each tab. Two can run at once: the popup's first request goes
 * out with the length it saw last (lib/view/first-read.ts) and, when the settings say
 * otherwise, a second one follows. The cache must end up with what the popup shows, whichever
 * finishes first, so only the latest request writes it.
 */
const latestRequest = new Map<number, number>();
let requests = 0;

/**
 * How long a watching request waits for a late article, in rounds of the page watch
 * (lib/worker/page-access.ts); the whole stays under the view's 10 s deadline.
 */
const WATCH_ROUNDS_MS = [3_000, 2_500, 2_000];

/**
 * The tab's analysis; `staged`: it may come without its actors (`actorsPending`), which a
 * `complete` request then brings (the popup draws the summary first). With `options.watch`, the
 * page is watched first and read again each time it adds text, until it gives a summary or the
 * rounds are over (then its state as it is).
 */
export async function analyzeTab(
  tabId: number,
  options: AnalyzeOptions,
  staged = false,
): Promise<AnalyzeReply> {
  return settleActors(tabId, options, staged, await analyzeTabStaged(tabId, options));
}

async function analyzeTabStaged(tabId: number, options: AnalyzeOptions): Promise<AnalyzeReply> {
  if (options.complete) {
    const rest = actorsUnderWay.get(tabId);
    if (rest && rest.length === (options.length ?? null)) return rest.reply;
  }
  if (!options.watch)
    return (await takeClickReading(tabId, options)) ?? analyzeOnce(tabId, options);
  let reply: AnalyzeReply | null = null;
  for (const ms of WATCH_ROUNDS_MS) {
    if (!(await watchForNewText(tabId, ms))) continue;
    reply = await analyzeOnce(tabId, { ...options, watch: false });
    if (reply.status === 'ok') return reply;
  }
  return reply ?? analyzeOnce(tabId, { ...options, watch: false });
}

/**
 * The actors of a reading answered without them: found in a task of their own right after the
 * answer went out (so the popup draws the summary meanwhile), then cached. A request with
 * `complete` takes them from here.
 */
interface ActorsUnderWay {
  length: SummaryLength | null;
  reply: Promise<AnalyzeReply>;
  done: AnalyzeReply | null;
}

const actorsUnderWay = new Map<number, ActorsUnderWay>();

/**
 * The reply as this request may take it: without its actors only when it asked for a staged
 * answer and they are not found yet; otherwise whole (awaiting them if needed).
 */
async function settleActors(
  tabId: number,
  options: AnalyzeOptions,
  staged: boolean,
  reply: AnalyzeReply,
): Promise<AnalyzeReply> {
  if (reply.status !== 'ok' || !reply.result.actorsPending) return reply;
  const rest = actorsUnderWay.get(tabId);
  if (!rest) return reply; // cannot happen: a pending reply registers its actors first
  if (rest.done) return rest.done;
  return staged && !options.complete ? reply : rest.reply;
}

/**
 * A reading started by a toolbar click, before the popup exists (lib/worker/toolbar-click.ts): the
 * popup's first request, a moment later, takes it instead of reading the page again.
 */
interface ClickReading {
  length: Promise<SummaryLength>;
  reply: Promise<AnalyzeReply>;
  /** Lets the reading find its actors: the popup asked (or will not). */
  asked: () => void;
}

const clickReadings = new Map<number, ClickReading>();

/** How long a click's reading waits for the popup's request (the popup opens within a second). */
const CLICK_READING_MS = 10_000;

/**
 * When a click's reading finds its actors. The worker does one thing at a time: actors found
 * while the popup's request comes in would hold up its summary (a long article's actors take a
 * few hundred ms on a busy machine). The popup asks some 300 ms after the click at the earliest
 * (the browser builds it first), so a reading whose summary is ready within
 * CLICK_ACTORS_AT_ONCE_MS finds its actors at once and answers whole; a later one keeps them
 * until the popup asked, and its summary goes out first, or finds them after
 * CLICK_ACTORS_WAIT_MS when no popup asks.
 */
export const CLICK_ACTORS_AT_ONCE_MS = 200;
export const CLICK_ACTORS_WAIT_MS = 1_000;

/**
 * Reads the tab now, at the reader's click, with the summary length of the settings. A reading
 * no popup took is dropped after CLICK_READING_MS, so the map holds no result for long.
 */
export function readOnClick(tabId: number): void {
  const length = getSettings().then(
    (settings) => settings.length,
    () => DEFAULT_SETTINGS.length,
  );
  const clicked = performance.now();
  let asked = (): void => undefined;
  const popupAsked = new Promise<void>((resolve) => {
    asked = resolve;
    setTimeout(resolve, CLICK_ACTORS_WAIT_MS);
  });
  const actorsAfter = () =>
    performance.now() - clicked < CLICK_ACTORS_AT_ONCE_MS ? Promise.resolve() : popupAsked;
  const reading = { length, reply: analyzeOnce(tabId, {}, length, true, actorsAfter), asked };
  clickReadings.set(tabId, reading);
  setTimeout(() => {
    if (clickReadings.get(tabId) === reading) clickReadings.delete(tabId);
  }, CLICK_READING_MS);
}

/**
 * The click's reading of the tab, taken once, when it answers this request: the popup's first
 * one (not forced, not watching, with the same length). Any other request reads the page anew.
 */
async function takeClickReading(
  tabId: number,
  options: AnalyzeOptions,
): Promise<AnalyzeReply | null> {
  const reading = clickReadings.get(tabId);
  if (!reading) return null;
  clickReadings.delete(tabId);
  reading.asked(); // the answer goes out before they are found (findActorsNext)
  if (options.force) return null;
  return (await reading.length) === options.length ? reading.reply : null;
}

/**
 * One reading of the tab. `lengthSetting`: the length, when the request has none of its own (a
 * toolbar click's reading), read from the settings while the tab is looked up. `readAtOnce`: the
 * page is read while the tab and its cache entry are looked up, not after (a toolbar click's
 * reading: the first click on a page, which the cache rarely answers); the read is dropped when
 * the cache or the tab's address answers instead. `actorsAfter`, asked when the summary is ready:
 * the actors are found once it settles (a click's reading: CLICK_ACTORS_AT_ONCE_MS).
 */
async function analyzeOnce(
  tabId: number,
  options: Partial<AnalyzeOptions>,
  lengthSetting?: Promise<SummaryLength>,
  readAtOnce = false,
  actorsAfter = (): Promise<void> => Promise.resolve(),
): Promise<AnalyzeReply> {
  const request = ++requests;
  latestRequest.set(tabId, request);
  // The lookups below take 20-40 ms of round trips while Chromium builds the popup; the page's
  // read is the longest part of the answer, so a click starts it first. Handled here, so a
  // read refused (a restricted page) and then dropped is no unhandled rejection.
  const early = readAtOnce ? readPage(tabId, true) : null;
  early?.catch(() => undefined);
  let handedOver = false;
  try {
    // All at once: one round trip less before the page is read.
    const [url, entry, , setting] = await Promise.all([
      tabUrl(tabId),
      readLatest(tabId),
      languageReady,
      lengthSetting,
    ]);
    if (isRestrictedUrl(url))
      return { status: 'problem', problem: 'restricted', message: restrictedMessage() };
    const length = options.length ?? setting ?? null;
    const cached = url && answers(entry, url, length) ? entry?.result : null;
    // A selection's summary is answered as the popup's own cache read shows it; asked for the
    // whole page ("Summarise whole page" forces), the page is read.
    if (cached && !(options.force && cached.page.selection)) {
      void touchCache(tabId);
      return { status: 'ok', result: cached };
    }
    const reading = early ?? readPage(tabId);
    warmUpAnalysis(); // while the page is read, in its own process
    const reply = await reading;
    if (!isExtractReply(reply)) throw new ReaderFacingError(t('pageNoAnswerRetry'));
    if (reply.status === 'unsupported') {
      const message =
        reply.contentType === 'application/pdf'
          ? t('pdfViewer')
          : t('notWebPage', reply.contentType);
      return { status: 'problem', problem: 'restricted', message };
    }
    // The page's metadata within its limits, a usable language tag or none (validate-article.ts).
    const article = withinLimits(reply.article);
    const address = pageUrl(reply.url);
    if (!hasText(article)) return { status: 'problem', problem: 'noText', message: t('noText') };
    // Its article is gone or not there yet: "Summarise anyway" would summarise what stands in
    // its place.
    if (articleMissing(article, reply.declaresArticle)) {
      return { status: 'problem', problem: 'noText', message: t('articleTextMissing') };
    }
    if (!article.readerable && !options.force) {
      return { status: 'notArticle', title: article.title, url: address };
    }
    // A page in a language other than English: its actor evidence is loaded first (once).
    const lang = articleLanguage(article);
    await loadActorLanguage(lang);
    const staged = whileBusy(() =>
      stageArticle(article, { ...(length ? { length } : {}), url: address, lang }),
    );
    if (staged.withoutActors.summary.length === 0) {
      return { status: 'problem', problem: 'noText', message: t('noText') };
    }
    const page = {
      url: address,
      title: titleWithoutSite(article.title, article.siteName) || staged.withoutActors.title,
      siteName: article.siteName,
      byline: article.byline,
      publishedTime: article.publishedTime,
      readerable: article.readerable,
      truncated: reply.truncated === true,
    };
    handedOver = true; // the actors' step ends this request (its cache write included)
    const key = { url: url ?? address, length };
    return findActorsNext(tabId, request, page, staged, key, actorsAfter());
  } catch (error) {
    if (error instanceof RestrictedPageError) {
      return { status: 'problem', problem: 'restricted', message: error.message };
    }
    const problem = error instanceof ReaderFacingError ? 'injectionFailed' : 'failed';
    return { status: 'problem', problem, message: describeError(error) };
  } finally {
    if (!handedOver) endRequest(tabId, request);
  }
}

function endRequest(tabId: number, request: number): void {
  if (latestRequest.get(tabId) === request) latestRequest.delete(tabId);
}

/** How long found actors wait for the popup's `complete` request (it comes within a second). */
const ACTORS_KEPT_MS = 10_000;

/**
 * Answers with the summary now, the actors pending, and finds them in a later task (once `after`
 * settles): the reply goes out first, so the popup draws the summary while they are found. The
 * whole result is then cached (by the latest request of the tab only) and kept for the
 * `complete` request.
 */
function findActorsNext(
  tabId: number,
  request: number,
  page: PageInfo,
  staged: StagedAnalysis,
  key: { url: string; length: SummaryLength | null },
  after: Promise<void>,
): AnalyzeReply {
  const rest: ActorsUnderWay = {
    length: key.length,
    done: null,
    reply: new Promise<AnalyzeReply>((resolve) => {
      const find = () => {
        try {
          const result = pageResult(page, whileBusy(staged.complete));
          rest.done = { status: 'ok', result };
          // Not awaited: the reader sees the actors without waiting for storage (5-10 ms). Reads
          // in this worker wait for the write (lib/storage/cache.ts), so a follow-up request
          // finds the entry.
          if (latestRequest.get(tabId) === request) void writeCache(tabId, { ...key, result });
        } catch (error) {
          rest.done = { status: 'problem', problem: 'failed', message: describeError(error) };
        } finally {
          endRequest(tabId, request);
        }
        resolve(rest.done);
        setTimeout(() => {
          if (actorsUnderWay.get(tabId) === rest) actorsUnderWay.delete(tabId);
        }, ACTORS_KEPT_MS);
      };
      void after.then(() => setTimeout(find, 0));
    }),
  };
  actorsUnderWay.set(tabId, rest);
  return {
    status: 'ok',
    result: { ...pageResult(page, staged.withoutActors), actorsPending: t('findingActors') },
  };
}

/** The analysis currently shown for a tab, if it is still the tab's page. */
async function shownResult(tabId: number): Promise<PageResult> {
  // Shown without its actors a moment ago: the entry is written once they are found.
  await actorsUnderWay.get(tabId)?.reply;
  const [entry, url] = await Promise.all([readLatest(tabId), tabUrl(tabId)]);
  if (!entry || (url && entry.url !== url)) {
    throw new ReaderFacingError(t('pageChanged'));
  }
  return entry.result;
}

async function pageAction(
  tabId: number,
  run: (result: PageResult) => Promise<unknown>,
): Promise<PageActionReply> {
  try {
    const result = await shownResult(tabId);
    await ensureHighlighter(tabId);
    const reply = await run(result);
    return isPageActionReply(reply) ? reply : { ok: false, ranges: 0, message: t('pageNoAnswer') };
  } catch (error) {
    return { ok: false, ranges: 0, message: describeError(error) };
  }
}

/** Highlights the actors of `types`; the reply says how many mentions, in the reader's words. */
export async function highlightActors(
  tabId: number,
  types: readonly ActorType[],
): Promise<PageActionReply> {
  const reply = await pageAction(tabId, ({ analysis }) =>
    sendToContent(tabId, {
      type: 'backgroundToContent:highlight',
      text: analysis.text,
      groups: types.map((type) => ({
        type,
        spans: analysis.actors.filter((a) => a.type === type).flatMap((a) => a.mentions),
      })),
    }),
  );
  return reply.ok ? { ...reply, message: plural('mentionsHighlighted', reply.ranges) } : reply;
}

export async function clearHighlights(tabId: number): Promise<PageActionReply> {
  try {
    const reply = await sendToContent(tabId, { type: 'backgroundToContent:clear' });
    return isPageActionReply(reply) ? reply : { ok: false, ranges: 0, message: t('pageNoAnswer') };
  } catch {
    return { ok: true, ranges: 0 }; // no highlighter in the page: nothing is highlighted
  }
}

export function showMention(
  tabId: number,
  actor: number,
  mention: number,
): Promise<PageActionReply> {
  return pageAction(tabId, ({ analysis }) => {
    const span = analysis.actors[actor]?.mentions[mention];
    if (!span) throw new ReaderFacingError(t('mentionGone'));
    return sendToContent(tabId, {
      type: 'backgroundToContent:show',
      text: analysis.text,
      span,
      kind: 'mention',
    });
  });
}

export function showSentence(tabId: number, sentence: number): Promise<PageActionReply> {
  return pageAction(tabId, ({ analysis }) => {
    const span = analysis.summary[sentence];
    if (!span) throw new ReaderFacingError(t('sentenceGone'));
    return sendToContent(tabId, {
      type: 'backgroundToContent:show',
      text: analysis.text,
      span: { start: span.start, end: span.end },
      kind: 'sentence',
    });
  });
}
