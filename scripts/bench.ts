/**
 * npm run bench [-- --data DIR] [--limit N] [--repeat R] [--out FILE] [--no-scaling]
 *
 * Speed of the core pipeline in Node (linkedom DOM), issue 7:
 * - over the extraction benchmark pages (../shared/eval/extraction; NUTSHELL_EVAL_DIR may name
 *   the eval root): per stage (extract, sentences, summary, actors, analysis) median and p95,
 *   plain Readability's time in the same run, and the ratios the targets are stated in;
 * - pages whose pipeline takes over 100 ms;
 * - scaling on generated articles of 1k / 10k / 100k words;
 * - gzip sizes of the built extension (.output/chrome-mv3) against the budgets.
 * Prints tables and writes reports/bench.json. Timings on a shared machine are noisy: the
 * ratios (same run, same conditions) are the numbers to compare.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { measureBundle, type EntrySize } from './bench/bundle';
import { listPages, measurePage, readPage, type PageTimes, type Stage } from './bench/pages';
import { measureScaling, type ScalingRow } from './bench/scaling';
import { summarise, type Summary } from './bench/stats';
import { defaultExtractionDir, REPO_ROOT } from './extraction-eval/data-dir';

const STAGES: Stage[] = [
  'parse',
  'readability',
  'extract',
  'sentences',
  'summary',
  'actors',
  'analysis',
  'pipeline',
];
const SLOW_MS = 100;
const SCALING_WORDS = [1_000, 10_000, 100_000];

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function positiveInt(name: string, fallback: number): number {
  const raw = argument(name);
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number of at least 1`);
    process.exit(2);
  }
  return n;
}

const f1 = (x: number) => x.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

interface Ratios {
  /** median(extract + analysis) ÷ median(Readability): target ≤ 2. */
  pipelineVsReadability: number;
  /** median(analysis: sentences + summary + actors) ÷ median(Readability): target ≤ 1. */
  analysisVsReadability: number;
  /** median(summary) + median(actors) ÷ median(Readability). */
  summaryPlusActorsVsReadability: number;
}

function ratios(stages: Record<Stage, Summary>): Ratios {
  const base = stages.readability.median;
  return {
    pipelineVsReadability: stages.pipeline.median / base,
    analysisVsReadability: stages.analysis.median / base,
    summaryPlusActorsVsReadability: (stages.summary.median + stages.actors.median) / base,
  };
}

function printPages(
  stages: Record<Stage, Summary>,
  r: Ratios,
  pages: PageTimes[],
  slow: PageTimes[],
): void {
  console.log(`\nPer stage over ${pages.length} pages (ms; each page's fastest of its runs):\n`);
  console.log(
    table(
      ['stage', 'median', 'p95', 'mean', 'max'],
      STAGES.map((s) => [
        s,
        f1(stages[s].median),
        f1(stages[s].p95),
        f1(stages[s].mean),
        f1(stages[s].max),
      ]),
    ),
  );
  const pass = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  console.log(`\nRatios to plain Readability (medians, same run):`);
  console.log(
    `  whole pipeline (extract + analysis) ÷ Readability: ${r.pipelineVsReadability.toFixed(2)} (target ≤ 2: ${pass(r.pipelineVsReadability <= 2)})`,
  );
  console.log(
    `  analysis (sentences + summary + actors) ÷ Readability: ${r.analysisVsReadability.toFixed(2)} (target ≤ 1: ${pass(r.analysisVsReadability <= 1)})`,
  );
  console.log(`  summary + actors ÷ Readability: ${r.summaryPlusActorsVsReadability.toFixed(2)}`);
  console.log(`\nPages whose pipeline took over ${SLOW_MS} ms: ${slow.length} (target 0)`);
  for (const p of slow) {
    console.log(
      `  ${p.id.slice(0, 12)}  ${p.words} words  extract ${f1(p.extract)}  analysis ${f1(p.analysis)}  (actors ${f1(p.actors)})  Readability ${f1(p.readability)}`,
    );
  }
}

function printScaling(rows: ScalingRow[]): void {
  console.log('\nScaling on generated articles (ms, fastest of the runs):\n');
  console.log(
    table(
      [
        'words',
        'Readability',
        'extract',
        'analysis',
        'pipeline',
        'pipeline ÷ Readability',
        'analyzeText',
      ],
      rows.map((r) => [
        String(r.words),
        f1(r.readability),
        f1(r.extract),
        f1(r.analysis),
        f1(r.pipeline),
        (r.pipeline / r.readability).toFixed(2),
        f1(r.text),
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

function main(): void {
  const dataDir = resolve(argument('data') ?? defaultExtractionDir());
  if (!existsSync(dataDir)) {
    console.error(`No benchmark pages at ${dataDir} (give --data DIR or set NUTSHELL_EVAL_DIR).`);
    process.exit(2);
  }
  const repeat = positiveInt('repeat', 3);
  const files = listPages(dataDir).slice(0, positiveInt('limit', Number.MAX_SAFE_INTEGER));
  const out = resolve(argument('out') ?? join(REPO_ROOT, 'reports/bench.json'));
  const loadBefore = loadavg()[0] ?? 0;
  console.log(
    `Benchmark: ${files.length} pages from ${dataDir}, ${repeat} runs per page; ${cpus().length} CPUs, load ${loadBefore.toFixed(1)}`,
  );

  // Warm-up: let the JIT settle on a few pages before anything is measured.
  for (const file of files.slice(0, 5)) measurePage('warm-up', readPage(file), 1);

  const pages: PageTimes[] = [];
  const failures: { id: string; error: string }[] = [];
  for (const file of files) {
    const id = basename(file).replace(/\.html(\.gz)?$/, '');
    try {
      pages.push(measurePage(id, readPage(file), repeat));
    } catch (error) {
      failures.push({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (pages.length === 0) {
    console.error('No page could be measured.');
    process.exit(1);
  }
  const stages = Object.fromEntries(
    STAGES.map((s) => [s, summarise(pages.map((p) => p[s]))]),
  ) as Record<Stage, Summary>;
  const r = ratios(stages);
  const slow = pages.filter((p) => p.pipeline > SLOW_MS).sort((a, b) => b.pipeline - a.pipeline);
  printPages(stages, r, pages, slow);
  if (failures.length > 0) console.log(`\nPages that threw: ${failures.length}`, failures);

  const scaling = process.argv.includes('--no-scaling')
    ? []
    : measureScaling(SCALING_WORDS, repeat);
  if (scaling.length > 0) printScaling(scaling);

  const outDir = join(REPO_ROOT, '.output/chrome-mv3');
  let bundle: EntrySize[] | string;
  try {
    bundle = existsSync(outDir) ? measureBundle(outDir) : 'no build (run npm run build first)';
  } catch (error) {
    bundle = error instanceof Error ? error.message : String(error);
  }
  printBundle(bundle);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    load: { before: loadBefore, after: loadavg()[0] ?? 0 },
    dataDir,
    repeat,
    pages: pages.length,
    failures,
    stages,
    ratios: r,
    slowPages: slow.map(({ id, words, pipeline, extract, analysis }) => ({
      id,
      words,
      pipeline,
      extract,
      analysis,
    })),
    scaling,
    bundle,
    perPage: pages,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nWrote ${out}`);
}

main();
