/**
 * npm run bench [-- --data DIR] [--limit N] [--repeat R] [--out FILE] [--no-scaling]
 *
 * Speed of the core pipeline in Node (linkedom DOM), issue 7:
 * - over the extraction benchmark pages (../shared/eval/extraction; NUTSHELL_EVAL_DIR may name
 *   the eval root): per stage median and p95, plain Readability's time in the same run, and
 *   the ratios the targets are stated in;
 * - pages whose pipeline takes over 100 ms;
 * - scaling on generated articles of 1k / 10k / 100k words;
 * - gzip sizes of the built extension (.output/chrome-mv3) against the budgets.
 * Every figure is given on two clocks: wall (what a reader waits) and CPU (what the process
 * spent; far steadier when other jobs share the machine). Prints Markdown tables and writes
 * reports/bench.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { measureBundle, type EntrySize } from './bench/bundle';
import {
  listPages,
  measurePage,
  readPage,
  STAGES,
  type PageTimes,
  type Stage,
} from './bench/pages';
import { measureScaling, type ScalingRow } from './bench/scaling';
import { summarise, type Summary } from './bench/stats';
import { defaultExtractionDir, REPO_ROOT } from './extraction-eval/data-dir';

const SLOW_MS = 100;
const SCALING_WORDS = [1_000, 10_000, 100_000];
type Clock = 'wall' | 'cpu';
const CLOCKS: Clock[] = ['wall', 'cpu'];

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
const f2 = (x: number) => x.toFixed(2);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

type StageSummaries = Record<Stage, Summary>;

interface Ratios {
  /** median(extract + analysis) ÷ median(Readability): target ≤ 2. */
  pipelineVsReadability: number;
  /** median(analysis: sentences + summary + actors + stats) ÷ median(Readability): target ≤ 1. */
  analysisVsReadability: number;
  /** (median(summary) + median(actors)) ÷ median(Readability). */
  summaryPlusActorsVsReadability: number;
}

function ratios(stages: StageSummaries): Ratios {
  const base = stages.readability.median;
  return {
    pipelineVsReadability: stages.pipeline.median / base,
    analysisVsReadability: stages.analysis.median / base,
    summaryPlusActorsVsReadability: (stages.summary.median + stages.actors.median) / base,
  };
}

function printStages(
  pages: number,
  by: Record<Clock, StageSummaries>,
  r: Record<Clock, Ratios>,
): void {
  console.log(`\nPer stage over ${pages} pages (ms; each page's fastest of its runs):\n`);
  console.log(
    table(
      ['stage', 'wall median', 'wall p95', 'CPU median', 'CPU p95'],
      STAGES.map((s) => [
        s,
        f1(by.wall[s].median),
        f1(by.wall[s].p95),
        f1(by.cpu[s].median),
        f1(by.cpu[s].p95),
      ]),
    ),
  );
  const verdict = (x: number, limit: number) => (x <= limit ? 'met' : 'MISSED');
  console.log('\nRatios to plain Readability (medians, same run):\n');
  console.log(
    table(
      ['ratio', 'wall', 'CPU', 'target'],
      [
        [
          'pipeline (extract + analysis) ÷ Readability',
          f2(r.wall.pipelineVsReadability),
          f2(r.cpu.pipelineVsReadability),
          `≤ 2: ${verdict(r.wall.pipelineVsReadability, 2)} (wall)`,
        ],
        [
          'analysis (sentences + summary + actors) ÷ Readability',
          f2(r.wall.analysisVsReadability),
          f2(r.cpu.analysisVsReadability),
          `≤ 1: ${verdict(r.wall.analysisVsReadability, 1)} (wall)`,
        ],
        [
          'summary + actors ÷ Readability',
          f2(r.wall.summaryPlusActorsVsReadability),
          f2(r.cpu.summaryPlusActorsVsReadability),
          '',
        ],
      ],
    ),
  );
}

function printSlow(pages: PageTimes[]): PageTimes[] {
  const slow = pages
    .filter((p) => p.wall.pipeline > SLOW_MS)
    .sort((a, b) => b.wall.pipeline - a.wall.pipeline);
  const slowCpu = pages.filter((p) => p.cpu.pipeline > SLOW_MS).length;
  console.log(
    `\nPages whose pipeline took over ${SLOW_MS} ms: ${slow.length} by the wall clock, ${slowCpu} in CPU time (target 0)`,
  );
  for (const p of slow.slice(0, 15)) {
    const w = p.wall;
    console.log(
      `  ${p.id.slice(0, 12)}  ${p.words} words  pipeline ${f1(w.pipeline)} (CPU ${f1(p.cpu.pipeline)}): extract ${f1(w.extract)}, analysis ${f1(w.analysis)}, actors ${f1(w.actors)}; Readability ${f1(w.readability)}`,
    );
  }
  if (slow.length > 15) console.log(`  … ${slow.length - 15} more in the JSON report`);
  return slow;
}

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
    `Benchmark: ${files.length} pages from ${dataDir}, ${repeat} runs per page; Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)}`,
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
  const stageSummaries = (clock: Clock) =>
    Object.fromEntries(
      STAGES.map((s) => [s, summarise(pages.map((p) => p[clock][s]))]),
    ) as StageSummaries;
  const stages = { wall: stageSummaries('wall'), cpu: stageSummaries('cpu') };
  const r = { wall: ratios(stages.wall), cpu: ratios(stages.cpu) };
  printStages(pages.length, stages, r);
  const slow = printSlow(pages);
  if (failures.length > 0) console.log(`\nPages that threw: ${failures.length}`, failures);

  const scaling = process.argv.includes('--no-scaling')
    ? []
    : measureScaling(SCALING_WORDS, repeat);
  if (scaling.length > 0) printScaling(scaling);
  const bundle = bundleSizes();
  printBundle(bundle);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    load: { before: loadBefore, after: loadavg()[0] ?? 0 },
    dataDir,
    repeat,
    clocks: CLOCKS,
    pages: pages.length,
    failures,
    stages,
    ratios: r,
    slowPages: slow.map(({ id, words, wall, cpu }) => ({
      id,
      words,
      wall: wall.pipeline,
      cpu: cpu.pipeline,
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
