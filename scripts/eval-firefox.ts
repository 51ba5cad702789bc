/**
 * npm run eval:firefox [-- --data DIR] [--limit N] [--ids a,b] [--no-not-articles] [--out FILE]
 *
 * The pages of `npm run eval:browser` in Debian's firefox-esr: the Firefox build (npm run
 * eval:firefox builds it), the reader's shortcut pressed on each page (it opens the popup as the
 * toolbar button does), every host but 127.0.0.1 refused. Per page: the summary or the message
 * shown, the extension's extracted text scored against the ground truth, the sentences and the
 * key actors; then the same rows of the last Chromium report (reports/eval-browser.json) beside
 * them, so a difference between the two browsers shows page by page. Writes
 * reports/eval-firefox.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FIREFOX_BUILD_DIR, FirefoxWithExtension, waitFor } from '../tests/e2e/firefox-harness';
import { html, serve, type Route } from '../tests/e2e/harness';
import { argument, flag, positiveInt } from './bench/args';
import {
  cachedResult,
  loadTargets,
  percentile,
  SETTLED,
  SHOWN_AT,
  type Cached,
  type PageRow,
  type Shown,
} from './browser-eval/run';
import { defaultExtractionDir, hasExtractionData, REPO_ROOT } from './extraction-eval/data-dir';
import {
  shingleAggregate,
  shingleCounts,
  shinglePage,
  type Counts,
} from './extraction-eval/metrics';

interface FirefoxRow {
  id: string;
  kind: PageRow['kind'];
  shown: Shown;
  message?: string;
  sentences?: number;
  actors?: string[];
  browser?: Counts;
  /** The popup's navigation start → summary on screen (no empty-popup baseline here). */
  popupMs?: number;
  /** The shortcut pressed → summary on screen: the reader's whole wait (epoch clocks). */
  shortcutToSummaryMs?: number;
}

/** An expression over the open popup's document (and performance), evaluated in an extension page. */
const inPopup = (expression: string) => `(() => {
  const view = browser.extension.getViews({ type: 'popup' })[0];
  if (!view) return null;
  return ((document, performance) => ${expression})(view.document, view.performance);
})()`;

const f1 = (c: Counts | undefined) => (c ? shinglePage(c).f1 : undefined);
const f3 = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(3));

function chromiumRows(): Map<string, PageRow> {
  const path = join(REPO_ROOT, 'reports/eval-browser.json');
  if (!existsSync(path)) return new Map();
  const report = JSON.parse(readFileSync(path, 'utf8')) as { pages: PageRow[] };
  return new Map(report.pages.map((row) => [row.id, row]));
}

async function main(): Promise<void> {
  const dataDir = resolve(argument('data') ?? defaultExtractionDir());
  if (!hasExtractionData(dataDir)) {
    console.error(`No extraction pages at ${dataDir} (give --data DIR or set NUTSHELL_EVAL_DIR).`);
    process.exit(2);
  }
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    console.error('No Firefox build: run `npm run build:firefox` and install firefox-esr.');
    process.exit(2);
  }
  const out = resolve(argument('out') ?? join(REPO_ROOT, 'reports/eval-firefox.json'));
  const ids = argument('ids')?.split(',');
  const targets = loadTargets({
    dataDir,
    ...(ids ? { ids } : {}),
    limit: positiveInt('limit', Number.MAX_SAFE_INTEGER),
    notArticlesDir: flag('no-not-articles')
      ? undefined
      : join(REPO_ROOT, 'tests/fixtures/not-articles'),
  });
  const routes: Record<string, Route> = {};
  for (const t of targets) routes[t.path] = html(t.html);
  // HTTPS, as in Chromium: some pages send themselves from http: to https:.
  const server = await serve(routes, { https: true });
  const firefox = await FirefoxWithExtension.launch({
    onlyLoopback: true,
    acceptInsecureCerts: true,
  });
  const started = Date.now();
  const rows: FirefoxRow[] = [];
  try {
    const tab = await firefox.firstTab();
    const extensionPage = await firefox.openExtensionPage('options.html');
    for (const [i, target] of targets.entries()) {
      const url = `${server.url}${target.path}`;
      const row: FirefoxRow = { id: target.id, kind: target.kind, shown: 'no-popup' };
      rows.push(row);
      // The shortcut toggles the popup: close the last page's first.
      await firefox.closePopup();
      await tab.bringToFront();
      await tab.goto(url).catch(() => undefined); // a page that never loads is still read
      const pressedAt = Date.now();
      await firefox.pressShortcut('_execute_action');
      const settled = await waitFor(
        'a settled popup',
        async () =>
          ((await extensionPage.evaluate(inPopup(SETTLED))) as {
            shown: Shown;
            message?: string;
          } | null) ?? undefined,
        20_000,
      ).catch(() => ({ shown: 'timeout' as const, message: undefined }));
      row.shown = settled.shown;
      if (settled.message) row.message = settled.message;
      if (settled.shown === 'summary') {
        const at = (await extensionPage.evaluate(inPopup(SHOWN_AT))) as [number, number] | null;
        if (at) {
          row.popupMs = at[0];
          row.shortcutToSummaryMs = at[1] - pressedAt;
        }
        const cached = await waitFor(
          'the cached result',
          async () =>
            ((await extensionPage.evaluate(inPopup(cachedResult(url)))) as Cached | null) ??
            undefined,
          5_000,
        ).catch(() => null);
        if (cached) {
          row.sentences = cached.summary.length;
          row.actors = cached.actors;
          if (target.gold !== undefined) row.browser = shingleCounts(target.gold, cached.text);
        }
      }
      process.stderr.write(
        `\r${i + 1}/${targets.length} ${target.id.slice(0, 12)} ${row.shown}   `,
      );
    }
  } finally {
    await firefox.close();
    await server.close();
  }
  process.stderr.write('\n');

  const chromium = chromiumRows();
  console.log(`\nThe Firefox build in firefox-esr, the reader's shortcut, ${rows.length} pages\n`);
  console.log('| page | kind | Firefox | Chromium | F1 Firefox / Chromium | actors differ |');
  console.log('|---|---|---|---|---|---|');
  let sameShown = 0;
  let sameActors = 0;
  let compared = 0;
  for (const row of rows) {
    const other = chromium.get(row.id);
    const shown = (r: { shown: Shown; sentences?: number }) =>
      r.shown === 'summary' ? `summary (${r.sentences ?? '?'})` : r.shown;
    const names = (actors: string[] | undefined) => (actors ?? []).join('; ');
    const actorsDiffer = other ? names(row.actors) !== names(other.actors) : false;
    if (other) {
      compared++;
      if (shown(row) === shown(other)) sameShown++;
      if (!actorsDiffer) sameActors++;
    }
    const f1s = `${f3(f1(row.browser))} / ${f3(other && f1(other.browser))}`;
    const message = row.message ? ` ${row.message.slice(0, 60)}` : '';
    console.log(
      `| ${row.id.slice(0, 12)} | ${row.kind} | ${shown(row)}${message} | ${other ? shown(other) : '–'} | ${f1s} | ${actorsDiffer ? 'yes' : ''} |`,
    );
  }
  const articles = rows.filter((r) => r.kind === 'article');
  const summarised = articles.filter((r) => r.shown === 'summary').length;
  const notArticles = rows.filter((r) => r.kind === 'not-article');
  const wronglySummarised = notArticles.filter((r) => r.shown === 'summary').length;
  const spread = (pick: (r: FirefoxRow) => number | undefined) => {
    const times = rows.map(pick).filter((x): x is number => x !== undefined);
    return `${percentile(times, 50).toFixed(0)} / ${percentile(times, 95).toFixed(0)}`;
  };
  console.log(`\n| measure | Firefox |\n|---|---|`);
  console.log(`| articles with a summary | ${summarised} of ${articles.length} |`);
  console.log(
    `| non-articles summarised unasked | ${wronglySummarised} of ${notArticles.length} |`,
  );
  console.log(
    `| pages where Firefox shows what Chromium showed (summary and its length, or the same state) | ${sameShown} of ${compared} |`,
  );
  console.log(
    `| pages with the same top-10 key actors, in order and type | ${sameActors} of ${compared} |`,
  );
  const both = rows.filter((r) => r.browser && chromium.get(r.id)?.browser);
  // The same aggregate as eval:extraction and eval:browser.
  const aggregate = (pick: (r: FirefoxRow) => Counts | undefined) =>
    shingleAggregate(both.map((r) => pick(r) as Counts)).f1;
  console.log(
    `| extraction shingle F1, Firefox / Chromium (the ${both.length} pages both read) | ${f3(aggregate((r) => r.browser))} / ${f3(aggregate((r) => chromium.get(r.id)?.browser))} |`,
  );
  console.log(
    `| shortcut → summary on screen, median / p95 ms | ${spread((r) => r.shortcutToSummaryMs)} |`,
  );
  console.log(
    `| popup's own time (navigation start → summary), median / p95 ms | ${spread((r) => r.popupMs)} |`,
  );
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ dataDir, pages: rows }, null, 2) + '\n');
  console.log(`written: ${out}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
