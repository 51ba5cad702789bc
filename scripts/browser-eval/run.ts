/**
 * The built extension in Debian's Chromium on real pages, opened the way a reader opens it: each
 * page served on 127.0.0.1 with its own scripts running and every other host refused (so nothing
 * leaves the machine and no page can fetch what it was saved without), then a real toolbar click.
 * What the reader got is read back from the popup and from the extension's own per-tab cache,
 * and scored against the page's human ground truth next to the CLI's extraction of the same HTML.
 * Shared by `npm run eval:browser` and the CI subset (tests/e2e/real-pages.test.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseDocument } from '../../cli/dom';
import { extractArticle } from '../../core/extract';
import { PARAGRAPH_SEPARATOR } from '../../core/text/source-text';
import {
  clickToolbarButton,
  html,
  IGNORE_CERTIFICATES,
  launchWithExtension,
  serve,
  type Browser,
  type PopupTarget,
  type Route,
} from '../../tests/e2e/harness';
import { writeEmptyPopupExtension } from '../bench/empty-popup';
import {
  shingleAggregate,
  shingleCounts,
  shinglePage,
  type Counts,
} from '../extraction-eval/metrics';
import { loadPages } from '../extraction-eval/run';
import { bodyIndex, inBody, isHeadline, standfirstIndex } from './faithful';

/** Chromium resolves no host but the loopback: a page's requests to its own site fail at once. */
export const ONLY_LOOPBACK = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export interface BrowserEvalOptions {
  /** ../shared/eval/extraction (html/*.html.gz + ground-truth.json). */
  dataDir: string;
  /** Only these article ids (else every page, after `limit`). */
  ids?: readonly string[];
  limit?: number;
  /** Folder of pages that are not articles (tests/fixtures/not-articles). */
  notArticlesDir?: string;
  /** Only these of its pages (file names without .html). */
  notArticleNames?: readonly string[];
  /** Also click an empty extension's popup on each page, alternately: Chromium's own cost. */
  baseline?: boolean;
  /** How long a "not an article" or "nothing to summarise" popup is watched for a late article. */
  watchMs?: number;
  /** Saves each popup as `<id>.png` here once its actors are in, to look at what readers got. */
  screenshotsDir?: string;
  /** Called after each page (progress). */
  onPage?: (row: PageRow, done: number, total: number) => void;
}

export type Shown =
  'summary' | 'not-article' | 'no-text' | 'restricted' | 'error' | 'timeout' | 'no-popup';

export interface PageRow {
  id: string;
  kind: 'article' | 'not-article';
  /** What the popup ended on. */
  shown: Shown;
  /** The popup's words when it shows no summary (its status text). */
  message?: string;
  /** The summary appeared only after a first "not an article" / "nothing to summarise". */
  late?: boolean;
  /** The popup said it covers only the first part of the page. */
  truncated?: boolean;
  /** Ground-truth shingle counts of the text the extension analysed in the browser. */
  browser?: Counts;
  /** The same for the CLI's extraction of the same HTML (Node, linkedom). */
  cli?: Counts;
  sentences?: number;
  /** Summary sentences whose words are not in the annotated article body. */
  notInBody?: string[];
  /** Of those, sentences of the page's standfirst (its description), and at which place. */
  standfirst?: { sentence: string; place: number }[];
  /** Summary sentence 1 is the headline again. */
  headlineFirst?: boolean;
  actors?: string[];
  /** Toolbar click → summary on screen (epoch clocks of the test and the popup). */
  clickToSummaryMs?: number;
  /** The popup's navigation start → summary on screen (as `npm run bench:popup`). */
  popupMs?: number;
  /** The same to the key actors on screen (they may follow the summary). */
  popupActorsMs?: number;
  /** The same for an empty extension popup on the same page, right after. */
  baselineMs?: number;
}

export interface BrowserEvalReport {
  pages: PageRow[];
}

/** What the popup shows once settled, read in the popup. */
export const SETTLED = `(() => {
  if (document.querySelector('.summary li')) return { shown: 'summary' };
  const status = document.querySelector('.status[data-state]');
  const state = status?.dataset.state;
  if (!state || state === 'working') return null;
  return { shown: state, message: status.innerText.replace(/\\s+/g, ' ').trim() };
})()`;

/**
 * The result the worker cached for the page: what the extension analysed and showed. Found by
 * the page's URL, or, when the page changed its URL after it was read (history.replaceState), by
 * the title the popup shows (never the previous page's entry, which the worker may not have
 * replaced yet: it writes the cache just after answering).
 */
export const cachedResult = (url: string) => `chrome.storage.session.get(null).then((all) => {
  const entries = Object.values(all).filter((e) => e && e.result && e.result.page);
  const shown = document.querySelector('.title')?.textContent;
  const entry = entries.find((e) => e.result.page.url === ${JSON.stringify(url)})
    ?? entries.find((e) => shown && (e.result.page.title || e.result.analysis.title) === shown);
  if (!entry) return null;
  const { analysis, page } = entry.result;
  return {
    text: analysis.text,
    title: page.title,
    truncated: page.truncated === true,
    summary: analysis.summary.map((s) => s.text),
    actors: analysis.actors.slice(0, 10).map((a) => a.name + ' (' + a.type + ')'),
  };
})`;

export const SHOWN_AT = `(() => {
  const mark = performance.getEntriesByName('nutshell:summary-shown')[0];
  return mark ? [mark.startTime, performance.timeOrigin + mark.startTime] : null;
})()`;

/**
 * When the key actors were on screen: the view may draw the summary first and its actors a
 * moment later, marking each state it shows (components/NutshellView.tsx). Null until the chips,
 * or the words saying the article names none, are in the popup.
 */
const ACTORS_AT = `(() => {
  const none = document.querySelector('.empty')?.textContent === chrome.i18n.getMessage('noActors');
  if (!document.querySelector('li[data-actor]') && !none) return null;
  const marks = performance.getEntriesByName('nutshell:summary-shown');
  return marks.length ? marks[marks.length - 1].startTime : null;
})()`;

export interface Cached {
  text: string;
  title: string;
  truncated: boolean;
  summary: string[];
  actors: string[];
}

export interface Target {
  id: string;
  kind: PageRow['kind'];
  path: string;
  html: string;
  gold?: string;
}

function notArticlePages(dir: string | undefined, names?: readonly string[]): Target[] {
  if (!dir) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && (!names || names.includes(f.replace(/\.html$/, ''))))
    .sort()
    .map((f) => ({
      id: f.replace(/\.html$/, ''),
      kind: 'not-article' as const,
      path: `/not-article/${f}`,
      html: readFileSync(join(dir, f), 'utf8'),
    }));
}

function cliText(page: Document): string {
  const article = extractArticle(page);
  return article.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR);
}

async function settle(
  popup: PopupTarget,
  watchMs: number,
): Promise<{ shown: Shown; message?: string; late: boolean }> {
  let first: { shown: Shown; message?: string };
  try {
    first = await popup.waitFor('a settled popup', SETTLED, 20_000);
  } catch {
    return { shown: 'timeout', late: false };
  }
  if (first.shown !== 'not-article' && first.shown !== 'no-text') return { ...first, late: false };
  // The page may still be rendering its article (a single-page app): the view watches it.
  const until = Date.now() + watchMs;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await popup.evaluate<{ shown: Shown; message?: string } | null>(SETTLED);
    if (now?.shown === 'summary') return { shown: 'summary', late: true };
  }
  return { ...first, late: false };
}

async function openPopup(browser: Browser, page: Page): Promise<PopupTarget | null> {
  try {
    return await clickToolbarButton(browser, page);
  } catch {
    return null;
  }
}

async function visit(page: Page, url: string): Promise<void> {
  // A page that never finishes loading is clicked on anyway, as a reader would.
  await page.goto(url, { waitUntil: 'load', timeout: 10_000 }).catch(() => undefined);
}

async function measure(
  browser: Browser,
  page: Page,
  target: Target,
  url: string,
  watchMs: number,
  screenshotsDir?: string,
): Promise<PageRow> {
  const row: PageRow = { id: target.id, kind: target.kind, shown: 'no-popup' };
  // One parse of the saved page for the CLI's extraction and the page's standfirst.
  const saved = target.gold !== undefined ? parseDocument(target.html) : null;
  const described = saved ? standfirstIndex(saved) : '';
  if (saved && target.gold !== undefined) row.cli = shingleCounts(target.gold, cliText(saved));
  await visit(page, url);
  const popup = await openPopup(browser, page);
  if (!popup) return row;
  const shoot = async () => {
    if (!screenshotsDir) return;
    writeFileSync(join(screenshotsDir, `${target.id.slice(0, 12)}.png`), await popup.screenshot());
  };
  try {
    const settled = await settle(popup, watchMs);
    row.shown = settled.shown;
    if (settled.message) row.message = settled.message;
    if (settled.late) row.late = true;
    if (settled.shown !== 'summary') {
      await shoot();
      return row;
    }
    const at = await popup.evaluate<[number, number] | null>(SHOWN_AT);
    if (at) {
      row.popupMs = at[0];
      row.clickToSummaryMs = at[1] - popup.clickedAt;
    }
    const actorsAt = await popup.waitFor<number>('the actors', ACTORS_AT, 5_000).catch(() => null);
    if (actorsAt !== null) row.popupActorsMs = actorsAt;
    await shoot();
    // The worker writes its cache just after answering: wait for it.
    const cached = await popup
      .waitFor<Cached>('the cached result', cachedResult(page.url()), 5_000)
      .catch(() => null);
    if (!cached) return row;
    row.truncated = cached.truncated;
    row.sentences = cached.summary.length;
    row.actors = cached.actors;
    row.headlineFirst =
      cached.summary[0] !== undefined && isHeadline(cached.summary[0], cached.title);
    if (target.gold !== undefined) {
      const index = bodyIndex(target.gold);
      const missing = cached.summary
        .map((sentence, place) => ({ sentence, place }))
        .filter(({ sentence }) => !inBody(sentence, index));
      row.notInBody = missing.map(({ sentence }) => sentence);
      row.standfirst = missing.filter(({ sentence }) => inBody(sentence, described));
      row.browser = shingleCounts(target.gold, cached.text);
    }
    return row;
  } finally {
    await popup.close();
  }
}

async function baselineTime(
  browser: Browser,
  page: Page,
  url: string,
): Promise<number | undefined> {
  await visit(page, url);
  const popup = await openPopup(browser, page);
  if (!popup) return undefined;
  try {
    const at = await popup.waitFor<[number, number]>('the empty popup', SHOWN_AT, 10_000);
    return at[0];
  } catch {
    return undefined;
  } finally {
    await popup.close();
  }
}

/** The benchmark's articles (by `ids`, after `limit`) and the pages that are not articles. */
export function loadTargets(
  options: Pick<
    BrowserEvalOptions,
    'dataDir' | 'ids' | 'limit' | 'notArticlesDir' | 'notArticleNames'
  >,
): Target[] {
  // The report prints ids cut to 12 characters: a prefix names a page.
  const wanted = options.ids;
  const articles: Target[] = loadPages(options.dataDir)
    .filter((p) => !wanted || wanted.some((id) => p.id.startsWith(id)))
    .slice(0, options.limit ?? Number.MAX_SAFE_INTEGER)
    .map((p) => ({
      id: p.id,
      kind: 'article',
      path: `/article/${p.id}.html`,
      html: p.html,
      gold: p.gold,
    }));
  return [...articles, ...notArticlePages(options.notArticlesDir, options.notArticleNames)];
}

export async function evaluateInBrowser(options: BrowserEvalOptions): Promise<BrowserEvalReport> {
  const targets = loadTargets(options);
  const routes: Record<string, Route> = {};
  for (const t of targets) routes[t.path] = html(t.html);
  const server = await serve(routes, { https: true });
  const switches = [ONLY_LOOPBACK, IGNORE_CERTIFICATES];
  const browser = await launchWithExtension(switches);
  const emptyDir = options.baseline ? writeEmptyPopupExtension() : null;
  const empty = emptyDir ? await launchWithExtension(switches, emptyDir) : null;
  const rows: PageRow[] = [];
  try {
    const page = await browser.context.newPage();
    const emptyPage = await empty?.context.newPage();
    // One click first: the worker starts and compiles, as it has long done for a reader.
    await measure(browser, page, targets[0] as Target, `${server.url}${targets[0]?.path}?warm`, 0);
    const watchMs = options.watchMs ?? 6_000;
    for (const [i, target] of targets.entries()) {
      const url = `${server.url}${target.path}`;
      const row = await measure(browser, page, target, url, watchMs, options.screenshotsDir);
      if (empty && emptyPage) {
        const ms = await baselineTime(empty, emptyPage, url);
        if (ms !== undefined) row.baselineMs = ms;
      }
      rows.push(row);
      options.onPage?.(row, i + 1, targets.length);
    }
  } finally {
    await browser.close();
    await empty?.close();
    if (emptyDir) rmSync(emptyDir, { recursive: true, force: true });
    await server.close();
  }
  return { pages: rows };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ] as number;
}

export interface BrowserEvalTotals {
  articles: number;
  summaries: number;
  /** Articles that got "doesn't look like an article" (after the watch). */
  articlesCalledNotArticle: number;
  /** Articles that got any other message. */
  articlesWithOtherMessage: number;
  notArticles: number;
  /** Non-articles summarised without being asked to ("Summarise anyway" not clicked). */
  notArticlesSummarised: number;
  late: number;
  truncated: number;
  browserF1: number;
  cliF1: number;
  /** Pages whose browser F1 is more than 0.05 below the CLI's. */
  pagesBelowCli: string[];
  sentences: number;
  sentencesNotInBody: number;
  /** Of those, sentences of the page's standfirst: all of them, and those not first. */
  standfirstSentences: number;
  standfirstNotFirst: number;
  headlineFirst: number;
  clickToSummary: { median: number; p95: number };
  popup: { median: number; p95: number };
  popupActors: { median: number; p95: number };
  baseline?: { median: number; p95: number };
}

export function totals(report: BrowserEvalReport): BrowserEvalTotals {
  const articles = report.pages.filter((r) => r.kind === 'article');
  const notArticles = report.pages.filter((r) => r.kind === 'not-article');
  // A page without a summary scores as an empty extraction in the browser.
  const browserCounts = articles.map((r) => r.browser ?? { tp: 0, fp: 0, fn: 1 });
  const cliCounts = articles.map((r) => r.cli ?? { tp: 0, fp: 0, fn: 1 });
  // A page with no summary in the browser is an empty extraction there.
  const browserF1 = (r: PageRow) => (r.browser ? shinglePage(r.browser).f1 : 0);
  const stats = (xs: number[]) => ({ median: percentile(xs, 50), p95: percentile(xs, 95) });
  const times = (pick: (r: PageRow) => number | undefined) =>
    articles.map(pick).filter((x): x is number => x !== undefined);
  const baselines = times((r) => r.baselineMs);
  return {
    articles: articles.length,
    summaries: articles.filter((r) => r.shown === 'summary').length,
    articlesCalledNotArticle: articles.filter((r) => r.shown === 'not-article').length,
    articlesWithOtherMessage: articles.filter(
      (r) => r.shown !== 'summary' && r.shown !== 'not-article',
    ).length,
    notArticles: notArticles.length,
    notArticlesSummarised: notArticles.filter((r) => r.shown === 'summary').length,
    late: articles.filter((r) => r.late).length,
    truncated: articles.filter((r) => r.truncated).length,
    browserF1: shingleAggregate(browserCounts).f1,
    cliF1: shingleAggregate(cliCounts).f1,
    pagesBelowCli: articles
      .filter((r) => r.cli && browserF1(r) < shinglePage(r.cli).f1 - 0.05)
      .map((r) => r.id),
    sentences: articles.reduce((n, r) => n + (r.sentences ?? 0), 0),
    sentencesNotInBody: articles.reduce((n, r) => n + (r.notInBody?.length ?? 0), 0),
    standfirstSentences: articles.reduce((n, r) => n + (r.standfirst?.length ?? 0), 0),
    standfirstNotFirst: articles.reduce(
      (n, r) => n + (r.standfirst?.filter((s) => s.place > 0).length ?? 0),
      0,
    ),
    headlineFirst: articles.filter((r) => r.headlineFirst).length,
    clickToSummary: stats(times((r) => r.clickToSummaryMs)),
    popup: stats(times((r) => r.popupMs)),
    popupActors: stats(times((r) => r.popupActorsMs)),
    ...(baselines.length ? { baseline: stats(baselines) } : {}),
  };
}
