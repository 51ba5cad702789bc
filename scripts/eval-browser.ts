/**
 * npm run eval:browser [-- --data DIR] [--limit N] [--ids a,b] [--no-baseline] [--out FILE]
 *   [--screenshots DIR]
 *
 * The built extension (npm run eval:browser builds it first) in Debian's Chromium on every page of
 * the extraction benchmark and on the non-article pages of tests/fixtures/not-articles, each
 * opened by a real toolbar click (scripts/browser-eval/run.ts). Per page and in total: the summary
 * or the message shown, the browser's extraction scored against the ground truth next to the
 * CLI's, summary sentences outside the article body, the actors, and the times. Writes the full
 * report to reports/eval-browser.json; with --screenshots, each popup as DIR/<id>.png.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { BUILD_DIR, CHROMIUM } from '../tests/e2e/harness';
import { argument, flag, positiveInt } from './bench/args';
import { defaultExtractionDir, hasExtractionData, REPO_ROOT } from './extraction-eval/data-dir';
import { shinglePage, type Counts } from './extraction-eval/metrics';
import { evaluateInBrowser, totals, type PageRow } from './browser-eval/run';

const NOT_ARTICLES = join(REPO_ROOT, 'tests/fixtures/not-articles');

const f3 = (x: number) => x.toFixed(3);
const f1 = (c: Counts | undefined) => (c ? f3(shinglePage(c).f1) : '–');
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(0));

function line(row: PageRow): string {
  const what = row.shown === 'summary' ? `summary (${row.sentences ?? '?'})` : `**${row.shown}**`;
  const flags = [
    row.late && 'late',
    row.truncated && 'truncated',
    row.headlineFirst && 'headline 1st',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    `| ${row.id.slice(0, 12)} | ${row.kind} | ${what}${flags ? ` (${flags})` : ''} | ` +
    `${f1(row.browser)} | ${f1(row.cli)} | ${row.notInBody?.length ?? '–'} | ` +
    `${ms(row.clickToSummaryMs)} | ${ms(row.popupMs)} | ${ms(row.baselineMs)} | ` +
    `${(row.message ?? row.actors?.slice(0, 4).join('; ') ?? '').slice(0, 90)} |`
  );
}

async function main(): Promise<void> {
  const dataDir = resolve(argument('data') ?? defaultExtractionDir());
  if (!hasExtractionData(dataDir)) {
    console.error(`No extraction pages at ${dataDir} (give --data DIR or set NUTSHELL_EVAL_DIR).`);
    process.exit(2);
  }
  for (const path of [join(BUILD_DIR, 'manifest.json'), CHROMIUM]) {
    if (!existsSync(path)) {
      console.error(`${path} is missing: run \`npm run build\` and install Debian's chromium.`);
      process.exit(2);
    }
  }
  const out = resolve(argument('out') ?? join(REPO_ROOT, 'reports/eval-browser.json'));
  const ids = argument('ids')?.split(',');
  const limit = positiveInt('limit', Number.MAX_SAFE_INTEGER);
  const screenshots = argument('screenshots');
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  const started = Date.now();
  const report = await evaluateInBrowser({
    dataDir,
    ...(ids ? { ids } : {}),
    limit,
    notArticlesDir: flag('no-not-articles') ? undefined : NOT_ARTICLES,
    baseline: !flag('no-baseline'),
    ...(screenshots ? { screenshotsDir: resolve(screenshots) } : {}),
    onPage: (row, done, total) =>
      process.stderr.write(`\r${done}/${total} ${row.id.slice(0, 12)} ${row.shown}        `),
  });
  process.stderr.write('\n');
  const t = totals(report);
  console.log(
    `\nThe built extension in Chromium, real toolbar clicks, ${report.pages.length} pages\n`,
  );
  console.log(
    '| page | kind | shown | browser F1 | CLI F1 | sentences not in body | click→summary ms | popup ms | empty popup ms | message or top actors |',
  );
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---|');
  for (const row of report.pages) console.log(line(row));
  const pct = (a: number, b: number) => `${a} of ${b} (${b ? ((100 * a) / b).toFixed(1) : '0'} %)`;
  console.log('\n| measure | measured | target |\n|---|---|---|');
  console.log(`| articles with a summary | ${pct(t.summaries, t.articles)} | all |`);
  console.log(
    `| articles called "not an article" | ${pct(t.articlesCalledNotArticle, t.articles)} | 0 |`,
  );
  console.log(`| articles with another message | ${t.articlesWithOtherMessage} | 0 |`);
  console.log(
    `| non-articles summarised unasked (should say "not an article") | ${pct(t.notArticlesSummarised, t.notArticles)} | 0 |`,
  );
  console.log(`| summaries that appeared late (page still rendering) | ${t.late} | |`);
  console.log(`| articles read in part only (page budget) | ${t.truncated} | 0 |`);
  console.log(
    `| extraction shingle F1, browser / CLI (same pages) | ${f3(t.browserF1)} / ${f3(t.cliF1)} | within 0.005 |`,
  );
  console.log(
    `| pages more than 0.05 below the CLI | ${t.pagesBelowCli.length}${t.pagesBelowCli.length ? ` (${t.pagesBelowCli.map((id) => id.slice(0, 8)).join(', ')})` : ''} | 0 |`,
  );
  console.log(
    `| summary sentences not in the article body | ${t.sentencesNotInBody} of ${t.sentences} | 0 |`,
  );
  console.log(
    `| of which the page's own standfirst (its description), as the summary's first sentence / later | ${t.standfirstSentences - t.standfirstNotFirst} / ${t.standfirstNotFirst} | (allowed as the lede) / 0 |`,
  );
  console.log(`| summaries whose sentence 1 is the headline | ${t.headlineFirst} | 0 |`);
  console.log(
    `| click → summary on screen, median / p95 ms | ${ms(t.clickToSummary.median)} / ${ms(t.clickToSummary.p95)} | |`,
  );
  console.log(
    `| popup's own time (navigation start → summary), median / p95 ms | ${ms(t.popup.median)} / ${ms(t.popup.p95)} | p95 < 150 |`,
  );
  console.log(
    `| the same to the key actors on screen, median / p95 ms | ${ms(t.popupActors.median)} / ${ms(t.popupActors.p95)} | |`,
  );
  if (t.baseline) {
    console.log(
      `| an empty extension popup on the same pages, median / p95 ms | ${ms(t.baseline.median)} / ${ms(t.baseline.p95)} | (baseline) |`,
    );
  }
  console.log(
    `\n${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}`,
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ dataDir, totals: t, ...report }, null, 2) + '\n');
  console.log(`written: ${out}`);
}

await main();
