import { STAGES, type PageTimes, type Stage } from './measure';
import { summarise, type Summary } from './stats';

/** Issue 7's target: no page's pipeline over this. */
export const SLOW_MS = 100;

type Clock = 'wall' | 'cpu';
export type StageSummaries = Record<Stage, Summary>;

export interface Ratios {
  /** median(extract + analysis) ÷ median(Readability): target ≤ 2. */
  pipelineVsReadability: number;
  /** median(analysis: sentences + summary + actors + stats) ÷ median(Readability): target ≤ 1. */
  analysisVsReadability: number;
  /** (median(summary) + median(actors)) ÷ median(Readability). */
  summaryPlusActorsVsReadability: number;
}

export interface SlowPage {
  id: string;
  words: number;
  wall: number;
  cpu: number | null;
  /** Plain Readability on the same page, same run (wall). */
  readability: number;
}

/** The figures of one run over the pages; `cpu` is null where no CPU clock was read. */
export interface PagesSummary {
  pages: number;
  stages: { wall: StageSummaries; cpu: StageSummaries | null };
  ratios: { wall: Ratios; cpu: Ratios | null };
  /** Pages whose pipeline took over SLOW_MS on the wall clock, slowest first. */
  slowPages: SlowPage[];
  /** Pages over SLOW_MS in CPU time (null without a CPU clock). */
  slowByCpu: number | null;
}

/** Pages measured so far, and the ones whose measurement threw. */
export class PageRun {
  readonly pages: PageTimes[] = [];
  readonly failures: { id: string; error: string }[] = [];

  async add(id: string, measure: () => PageTimes | Promise<PageTimes>): Promise<void> {
    try {
      this.pages.push(await measure());
    } catch (error) {
      this.failures.push({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

function ratios(stages: StageSummaries): Ratios {
  const base = stages.readability.median;
  return {
    pipelineVsReadability: stages.pipeline.median / base,
    analysisVsReadability: stages.analysis.median / base,
    summaryPlusActorsVsReadability: (stages.summary.median + stages.actors.median) / base,
  };
}

const timesOn = (p: PageTimes, clock: Clock) => (clock === 'wall' ? p.wall : p.cpu);

function stageSummaries(pages: readonly PageTimes[], clock: Clock): StageSummaries | null {
  const times = pages.map((p) => timesOn(p, clock));
  if (times.some((t) => t === null)) return null;
  return Object.fromEntries(
    STAGES.map((s) => [s, summarise(times.map((t) => t?.[s] ?? NaN))]),
  ) as StageSummaries;
}

export function summarisePages(pages: readonly PageTimes[]): PagesSummary {
  const wall = stageSummaries(pages, 'wall') as StageSummaries;
  const cpu = stageSummaries(pages, 'cpu');
  const slowPages = pages
    .filter((p) => p.wall.pipeline > SLOW_MS)
    .sort((a, b) => b.wall.pipeline - a.wall.pipeline)
    .map(({ id, words, wall, cpu }) => ({
      id,
      words,
      wall: wall.pipeline,
      cpu: cpu?.pipeline ?? null,
      readability: wall.readability,
    }));
  return {
    pages: pages.length,
    stages: { wall, cpu },
    ratios: { wall: ratios(wall), cpu: cpu && ratios(cpu) },
    slowPages,
    slowByCpu: cpu && pages.filter((p) => (p.cpu?.pipeline ?? 0) > SLOW_MS).length,
  };
}

export const f1 = (x: number | null | undefined) => (x == null ? 'n/a' : x.toFixed(1));
export const f2 = (x: number | null | undefined) => (x == null ? 'n/a' : x.toFixed(2));

export function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** Per stage median and p95, then the ratios to plain Readability the targets are stated in. */
function printStages(s: PagesSummary): void {
  const { wall, cpu } = s.stages;
  console.log(
    table(
      ['stage', 'wall median', 'wall p95', 'CPU median', 'CPU p95'],
      STAGES.map((st) => [
        st,
        f1(wall[st].median),
        f1(wall[st].p95),
        f1(cpu?.[st].median),
        f1(cpu?.[st].p95),
      ]),
    ),
  );
  const r = s.ratios;
  const verdict = (x: number, limit: number) => (x <= limit ? 'met' : 'MISSED');
  console.log('\nRatios to plain Readability (medians, same run):\n');
  console.log(
    table(
      ['ratio', 'wall', 'CPU', 'target'],
      [
        [
          'pipeline (extract + analysis) ÷ Readability',
          f2(r.wall.pipelineVsReadability),
          f2(r.cpu?.pipelineVsReadability),
          `≤ 2: ${verdict(r.wall.pipelineVsReadability, 2)} (wall)`,
        ],
        [
          'analysis (sentences + summary + actors) ÷ Readability',
          f2(r.wall.analysisVsReadability),
          f2(r.cpu?.analysisVsReadability),
          `≤ 1: ${verdict(r.wall.analysisVsReadability, 1)} (wall)`,
        ],
        [
          'summary + actors ÷ Readability',
          f2(r.wall.summaryPlusActorsVsReadability),
          f2(r.cpu?.summaryPlusActorsVsReadability),
          '',
        ],
      ],
    ),
  );
}

/** The pages over SLOW_MS with their stages and plain Readability's time on them. */
function printSlow(s: PagesSummary, pages: readonly PageTimes[]): void {
  const cpuCount = s.slowByCpu === null ? '' : `, ${s.slowByCpu} in CPU time`;
  console.log(
    `\nPages whose pipeline took over ${SLOW_MS} ms: ${s.slowPages.length} by the wall clock${cpuCount} (target 0)`,
  );
  const byId = new Map(pages.map((p) => [p.id, p]));
  for (const slow of s.slowPages.slice(0, 15)) {
    const p = byId.get(slow.id);
    if (!p) continue;
    const w = p.wall;
    const cpu = p.cpu ? ` (CPU ${f1(p.cpu.pipeline)})` : '';
    console.log(
      `  ${p.id.slice(0, 12)}  ${p.words} words  pipeline ${f1(w.pipeline)}${cpu}: extract ${f1(w.extract)}, analysis ${f1(w.analysis)}, actors ${f1(w.actors)}; Readability ${f1(w.readability)}`,
    );
  }
  if (s.slowPages.length > 15)
    console.log(`  … ${s.slowPages.length - 15} more in the JSON report`);
  const slowest = [...pages].sort((a, b) => b.wall.pipeline - a.wall.pipeline)[0];
  if (slowest) {
    console.log(
      `Slowest page: ${slowest.id.slice(0, 12)}, pipeline ${f1(slowest.wall.pipeline)} ms (Readability ${f1(slowest.wall.readability)} ms), wall`,
    );
  }
}

/** The Markdown tables of one run over the pages (`where`: "in Node (linkedom)", …). */
export function printPages(where: string, run: PageRun, s: PagesSummary): void {
  console.log(
    `\nPer stage over ${s.pages} pages ${where} (ms; each page's fastest of its runs):\n`,
  );
  printStages(s);
  printSlow(s, run.pages);
  if (run.failures.length > 0)
    console.log(`\nPages that threw: ${run.failures.length}`, run.failures);
}

/** The same run's figures side by side: Node (linkedom) and Chromium, wall clock. */
export function printComparison(node: PagesSummary, browser: PagesSummary): void {
  const both = (f: (s: PagesSummary) => string) => [f(node), f(browser)];
  const stage = (st: Stage) => (s: PagesSummary) =>
    `${f1(s.stages.wall[st].median)} / ${f1(s.stages.wall[st].p95)}`;
  console.log('\nChromium and Node, same run (wall ms; median / p95 over the pages):\n');
  console.log(
    table(
      ['measure', 'Node (linkedom)', 'Chromium'],
      [
        ['pages', ...both((s) => String(s.pages))],
        ...(['parse', 'readability', 'extract', 'analysis', 'pipeline'] as const).map((st) => [
          st,
          ...both(stage(st)),
        ]),
        [
          'pipeline ÷ Readability (medians)',
          ...both((s) => f2(s.ratios.wall.pipelineVsReadability)),
        ],
        [`pages over ${SLOW_MS} ms`, ...both((s) => String(s.slowPages.length))],
        ['slowest page pipeline', ...both((s) => f1(s.stages.wall.pipeline.max))],
      ],
    ),
  );
}
