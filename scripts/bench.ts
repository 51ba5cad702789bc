/**
 * npm run bench [-- --data DIR] [--limit N] [--repeat R] [--out FILE] [--no-scaling] [--no-browser]
 *   [--no-worst-case]
 *
 * Speed of the core pipeline, issue 7:
 * - over the extraction benchmark pages (../shared/eval/extraction; NUTSHELL_EVAL_DIR may name
 *   the eval root): per stage median and p95, plain Readability's time in the same run, and
 *   the ratios the targets are stated in; pages whose pipeline takes over 100 ms. Measured in
 *   Node (linkedom DOM) and, page by page in the same run, in real Chromium (the DOM Chromium's
 *   parser builds, the V8 the extension's worker runs in), where a reader waits on it; the
 *   stages are the same code (scripts/bench/measure.ts). Chromium missing: reported and skipped.
 * - scaling on generated articles of 1k / 10k / 100k words (Node);
 * - gzip sizes of the built extension (.output/chrome-mv3) against the budgets;
 * - worst cases (issue 17): every stage on hostile shapes of text at 10k and 100k characters, and
 *   the issue's examples, each beside ordinary prose in the same run (scripts/bench/worst-case.ts;
 *   also alone: npm run bench:worst).
 * Node figures are given on two clocks: wall (what a reader waits) and CPU (what the process
 * spent; far steadier when other jobs share the machine); a web page has only the wall clock.
 * Prints Markdown tables and writes reports/bench.json (the Chromium run under `chromium`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { flag, pageOptions } from './bench/args';
import { measureBundle, type EntrySize } from './bench/bundle';
import { chromiumUnavailable, openChromiumBench, type ChromiumBench } from './bench/chromium';
import {
  f1,
  f2,
  PageRun,
  printComparison,
  printPages,
  summarisePages,
  table,
} from './bench/page-report';
import { measurePageInNode, pageId, readPage } from './bench/pages';
import { measureScaling, type ScalingRow } from './bench/scaling';
import { measureWorstCases, worstCaseTables } from './bench/worst-case';
import { REPO_ROOT } from './extraction-eval/data-dir';

const SCALING_WORDS = [1_000, 10_000, 100_000];
const CLOCKS = ['wall', 'cpu'] as const;
const WARM_UP_PAGES = 5;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function printScaling(rows: ScalingRow[]): void {
  console.log('\nScaling on generated articles (ms, fastest of the runs; wall / CPU):\n');
  const both = (row: ScalingRow, key: keyof ScalingRow['wall']) =>
    `${f1(row.wall[key])} / ${f1(row.cpu[key])}`;
  console.log(
    table(
      [
        'words',
        'Readability',
        'extract',
        'analysis',
        'pipeline',
        'pipeline ÷ Readability (CPU)',
        'analyzeText',
      ],
      rows.map((r) => [
        String(r.words),
        both(r, 'readability'),
        both(r, 'extract'),
        both(r, 'analysis'),
        both(r, 'pipeline'),
        f2(r.cpu.pipeline / r.cpu.readability),
        both(r, 'text'),
      ]),
    ),
  );
}

function printBundle(sizes: EntrySize[] | string): void {
  console.log('\nBundle (gzip -9 of every file each entry loads; .output/chrome-mv3):\n');
  if (typeof sizes === 'string') {
    console.log(`  not measured: ${sizes}`);
    return;
  }
  console.log(
    table(
      ['entry', 'files', 'raw', 'gzip', 'budget', 'verdict'],
      sizes.map((s) => [
        s.entry,
        String(s.files.length),
        kb(s.rawBytes),
        kb(s.gzipBytes),
        kb(s.budgetBytes),
        s.withinBudget ? 'within' : 'OVER',
      ]),
    ),
  );
}

function bundleSizes(): EntrySize[] | string {
  const outDir = join(REPO_ROOT, '.output/chrome-mv3');
  if (!existsSync(outDir)) return 'no build (run npm run build first)';
  try {
    return measureBundle(outDir);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Chromium ready to measure, or why it is not (missing, or it would not start). */
async function openChromium(): Promise<ChromiumBench | string> {
  if (flag('no-browser')) return 'skipped (--no-browser)';
  const missing = chromiumUnavailable();
  if (missing) return missing;
  try {
    return await openChromiumBench();
  } catch (error) {
    return `Chromium did not start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function main(): Promise<void> {
  const { dataDir, repeat, files, out } = pageOptions('reports/bench.json');
  const loadBefore = loadavg()[0] ?? 0;
  const chromium = await openChromium();
  const browser = typeof chromium === 'string' ? null : chromium;
  console.log(
    `Benchmark: ${files.length} pages from ${dataDir}, ${repeat} runs per page; Node ${process.version}${browser ? ` and Chromium ${browser.version}` : ''}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)}`,
  );

  const node = new PageRun();
  const inBrowser = new PageRun();
  try {
    // Warm-up: let the JIT settle on a few pages before anything is measured.
    for (const file of files.slice(0, WARM_UP_PAGES)) {
      const html = readPage(file);
      measurePageInNode('warm-up', html, 1);
      await browser?.measure('warm-up', html, 1);
    }
    // Each page in Node, then in Chromium: both see the same load on a shared machine.
    for (const file of files) {
      const id = pageId(file);
      const html = readPage(file);
      await node.add(id, () => measurePageInNode(id, html, repeat));
      if (browser) await inBrowser.add(id, () => browser.measure(id, html, repeat));
    }
  } finally {
    await browser?.close();
  }
  if (node.pages.length === 0) {
    console.error('No page could be measured.', node.failures);
    process.exit(1);
  }
  const nodeSummary = summarisePages(node.pages);
  printPages('in Node (linkedom DOM)', node, nodeSummary);
  const browserSummary = inBrowser.pages.length > 0 ? summarisePages(inBrowser.pages) : null;
  if (browser && browserSummary) {
    printPages(
      `in Chromium ${browser.version} (DOMParser DOM; wall clock only)`,
      inBrowser,
      browserSummary,
    );
    printComparison(nodeSummary, browserSummary);
  } else {
    const why = typeof chromium === 'string' ? chromium : 'no page could be measured';
    console.log(`\nPer stage in Chromium: not measured (${why}).`);
    if (inBrowser.failures.length > 0) console.log(inBrowser.failures);
  }

  const scaling = flag('no-scaling') ? [] : measureScaling(SCALING_WORDS, repeat);
  if (scaling.length > 0) printScaling(scaling);
  const bundle = bundleSizes();
  printBundle(bundle);
  const worstCase = flag('no-worst-case') ? null : measureWorstCases();
  if (worstCase) console.log(`\n${worstCaseTables(worstCase)}`);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    load: { before: loadBefore, after: loadavg()[0] ?? 0 },
    dataDir,
    repeat,
    clocks: CLOCKS,
    pages: nodeSummary.pages,
    failures: node.failures,
    stages: nodeSummary.stages,
    ratios: nodeSummary.ratios,
    slowPages: nodeSummary.slowPages,
    scaling,
    bundle,
    worstCase,
    perPage: node.pages,
    chromium:
      browser && browserSummary
        ? {
            version: browser.version,
            clocks: ['wall'],
            failures: inBrowser.failures,
            ...browserSummary,
            perPage: inBrowser.pages,
          }
        : { notMeasured: typeof chromium === 'string' ? chromium : inBrowser.failures },
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nWrote ${out}`);
}

await main();
