/**
 * npm run bench:browser [-- --data DIR] [--limit N] [--repeat R] [--out FILE] [--if-available]
 *
 * The per-page stages of `npm run bench` (parse, plain Readability, extract, sentences, summary,
 * actors, analysis, pipeline) in real Chromium only: Debian's Chromium, headless, one blank page
 * holding the bundled measurement (scripts/bench/in-browser.ts, the same code as in Node); each
 * page's HTML is parsed there by DOMParser and timed by performance.now() (wall clock; a web page
 * has no CPU clock). Each stage keeps a page's fastest of R runs (default 3). `npm run bench` runs
 * the same measurement page by page beside Node's; this script is the browser half alone.
 * Prints the Markdown tables and writes reports/bench-browser.json. With --if-available a missing
 * Chromium is reported and skipped instead of failing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { flag, pageOptions } from './bench/args';
import { chromiumUnavailable, openChromiumBench } from './bench/chromium';
import { PageRun, printPages, summarisePages } from './bench/page-report';
import { pageId, readPage } from './bench/pages';

const WARM_UP_PAGES = 5;

async function main(): Promise<void> {
  const missing = chromiumUnavailable();
  if (missing && flag('if-available')) {
    console.log(`\nPer stage in Chromium: not measured (${missing}).`);
    return;
  }
  const { dataDir, repeat, files, out } = pageOptions('reports/bench-browser.json');
  const loadBefore = loadavg()[0] ?? 0;
  const browser = await openChromiumBench();
  console.log(
    `Benchmark in Chromium ${browser.version}: ${files.length} pages from ${dataDir}, ${repeat} runs per page; ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)}`,
  );
  const run = new PageRun();
  try {
    for (const file of files.slice(0, WARM_UP_PAGES)) {
      await browser.measure('warm-up', readPage(file), 1);
    }
    for (const file of files) {
      const id = pageId(file);
      const html = readPage(file);
      await run.add(id, () => browser.measure(id, html, repeat));
    }
  } finally {
    await browser.close();
  }
  if (run.pages.length === 0) {
    console.error('No page could be measured.', run.failures);
    process.exit(1);
  }
  const summary = summarisePages(run.pages);
  printPages(`in Chromium ${browser.version} (DOMParser DOM; wall clock only)`, run, summary);
  const report = {
    date: new Date().toISOString(),
    chromium: browser.version,
    cpus: cpus().length,
    load: { before: loadBefore, after: loadavg()[0] ?? 0 },
    dataDir,
    repeat,
    clocks: ['wall'],
    failures: run.failures,
    ...summary,
    perPage: run.pages,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nWrote ${out}`);
}

await main();
