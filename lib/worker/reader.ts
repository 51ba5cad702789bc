/**
 * The background's work for the popup: read the tab, run the core pipeline, cache the result,
 * and forward highlight requests to the page.
 */
import { browser } from 'wxt/browser';
import { analyzeArticle, articleLanguage } from '@/core/pipeline';
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
 * The tab's analysis; with `options.watch`, the page is watched first and read again each time
 * it adds text, until it gives a summary or the rounds are over (then its state as it is).
 */
export async function analyzeTab(tabId: number, options: AnalyzeOptions): Promise<AnalyzeReply> {
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
 * A reading started by a toolbar click, before the popup exists (lib/worker/toolbar-click.ts): the
 * popup's first request, a moment later, takes it instead of reading the page again.
 */
interface ClickReading {
  length: Promise<SummaryLength>;
  reply: Promise<AnalyzeReply>;
}

const clickReadings = new Map<number, ClickReading>();

/** How long a click's reading waits for the popup's request (the popup opens within a second). */
const CLICK_READING_MS = 10_000;

/**
 * Reads the tab now, at the reader's click, with the summary length of the settings. A reading
 * no popup took is dropped after CLICK_READING_MS, so the map holds no result for long.
 */
export function readOnClick(tabId: number): void {
  const length = getSettings().then(
    (settings) => settings.length,
    () => DEFAULT_SETTINGS.length,
  );
  const reading = { length, reply: analyzeOnce(tabId, {}, length, true) };
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
  if (options.force) return null;
  return (await reading.length) === options.length ? reading.reply : null;
}

/**
 * One reading of the tab. `lengthSetting`: the length, when the request has none of its own (a
 * toolbar click's reading), read from the settings while the tab is looked up. `readAtOnce`: the
 * page is read while the tab and its cache entry are looked up, not after (a toolbar click's
 * reading: the first click on a page, which the cache rarely answers); the read is dropped when
 * the cache or the tab's address answers instead.
 */
async function analyzeOnce(
  tabId: number,
  options: Partial<AnalyzeOptions>,
  lengthSetting?: Promise<SummaryLength>,
  readAtOnce = false,
): Promise<AnalyzeReply> {
  const request = ++requests;
  latestRequest.set(tabId, request);
  // The lookups below take 20-40 ms of round trips while Chromium builds the popup; the page's
  // read is the longest part of the answer, so a click starts it first. Handled here, so a
  // read refused (a restricted page) and then dropped is no unhandled rejection.
  const early = readAtOnce ? readPage(tabId) : null;
  early?.catch(() => undefined);
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
    const analysis = whileBusy(() =>
      analyzeArticle(article, { ...(length ? { length } : {}), url: address, lang }),
    );
    if (analysis.summary.length === 0) {
      return { status: 'problem', problem: 'noText', message: t('noText') };
    }
    const page = {
      url: address,
      title: titleWithoutSite(article.title, article.siteName) || analysis.title,
      siteName: article.siteName,
      byline: article.byline,
      publishedTime: article.publishedTime,
      readerable: article.readerable,
      truncated: reply.truncated === true,
    };
    const result = pageResult(page, analysis);
    // Not awaited: the reader sees the summary without waiting for storage (5-10 ms). Reads in
    // this worker wait for the write (lib/storage/cache.ts), so a follow-up request finds the entry.
    if (latestRequest.get(tabId) === request) {
      void writeCache(tabId, { url: url ?? address, length, result });
    }
    return { status: 'ok', result };
  } catch (error) {
    if (error instanceof RestrictedPageError) {
      return { status: 'problem', problem: 'restricted', message: error.message };
    }
    const problem = error instanceof ReaderFacingError ? 'injectionFailed' : 'failed';
    return { status: 'problem', problem, message: describeError(error) };
  } finally {
    if (latestRequest.get(tabId) === request) latestRequest.delete(tabId);
  }
}

/** The analysis currently shown for a tab, if it is still the tab's page. */
async function shownResult(tabId: number): Promise<PageResult> {
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
