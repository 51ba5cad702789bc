/**
 * Runs plain Readability and core/extract on every page of the extraction benchmark, in one run,
 * and scores both against the human ground truth. Pure data in, report out: the command line
 * (scripts/eval-extraction.ts) and the CI test (tests/unit/eval-extraction.test.ts) share it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../core/extract';
import { PARAGRAPH_SEPARATOR } from '../../core/text/source-text';
import { diagnose, type Diagnosis } from './diagnose';
import {
  exactMatch,
  shingleAggregate,
  shingleCounts,
  shinglePage,
  tokenBagCounts,
  tokenBagMacro,
  tokenBagMicro,
  tokenBagPage,
  type BagCounts,
  type Counts,
  type PRF,
} from './metrics';

export const SYSTEMS = ['readability', 'nutshell'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface PageResult {
  id: string;
  url: string;
  status: 'ok' | 'empty' | 'threw';
  error?: string;
  ms: number;
  /** CPU time of the call (user + system): steadier than wall time on a shared machine. */
  cpuMs: number;
  readerable: boolean;
  shingle: Counts;
  bag: BagCounts;
  exact: boolean;
  text: string;
}

export interface SystemSummary {
  pages: number;
  ok: number;
  empty: number;
  threw: number;
  shingle: PRF;
  tokenBagMacro: PRF;
  tokenBagMicro: PRF;
  exact: number;
  notReaderable: number;
  ms: { total: number; mean: number; median: number; p95: number; max: number };
  cpuMsTotal: number;
}

export interface WorstPage {
  id: string;
  url: string;
  nutshell: PRF;
  readability: PRF;
  diagnosis: Diagnosis;
}

export interface EvaluationReport {
  dataDir: string;
  pages: number;
  repeat: number;
  systems: Record<SystemName, SystemSummary>;
  /** core/extract's total extraction time over plain Readability's, same run (DOM build excluded). */
  timeRatio: number;
  /** The same ratio on CPU time. */
  cpuTimeRatio: number;
  worst: WorstPage[];
  perPage: Record<SystemName, Omit<PageResult, 'text'>[]>;
}

interface GroundTruthItem {
  articleBody: string;
  url: string;
}

interface Page {
  id: string;
  url: string;
  gold: string;
  html: string;
}

export function loadPages(dataDir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    GroundTruthItem
  >;
  return Object.entries(truth).map(([id, item]) => ({
    id,
    url: item.url,
    gold: item.articleBody ?? '',
    html: gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

interface Extraction {
  text: string;
  readerable: boolean;
}

/** Plain Readability 0.6.0 exactly as the baseline in BASELINES.md: default options, textContent. */
function runReadability(doc: Document): Extraction {
  const readerable = isProbablyReaderable(doc);
  const article = new Readability(doc).parse();
  return { text: article?.textContent ?? '', readerable };
}

/** core/extract: the text the summariser sees, paragraphs joined by a blank line. */
function runNutshell(doc: Document): Extraction {
  const article = extractArticle(doc);
  return {
    text: article.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR),
    readerable: article.readerable,
  };
}

const RUNNERS: Record<SystemName, (doc: Document) => Extraction> = {
  readability: runReadability,
  nutshell: runNutshell,
};

function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function runOne(system: SystemName, page: Page): PageResult {
  const doc = documentOf(page.html);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let extraction: Extraction = { text: '', readerable: false };
  let error: string | undefined;
  try {
    extraction = RUNNERS[system](doc);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const { text } = extraction;
  return {
    id: page.id,
    url: page.url,
    status: error !== undefined ? 'threw' : text.trim() ? 'ok' : 'empty',
    ...(error !== undefined ? { error } : {}),
    ms,
    cpuMs,
    readerable: extraction.readerable,
    shingle: shingleCounts(page.gold, text),
    bag: tokenBagCounts(page.gold, text),
    exact: exactMatch(page.gold, text),
    text,
  };
}

function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function summarise(results: readonly PageResult[]): SystemSummary {
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return {
    pages: results.length,
    ok: results.filter((r) => r.status === 'ok').length,
    empty: results.filter((r) => r.status === 'empty').length,
    threw: results.filter((r) => r.status === 'threw').length,
    shingle: shingleAggregate(results.map((r) => r.shingle)),
    tokenBagMacro: tokenBagMacro(results.map((r) => r.bag)),
    tokenBagMicro: tokenBagMicro(results.map((r) => r.bag)),
    exact: results.filter((r) => r.exact).length / Math.max(1, results.length),
    notReaderable: results.filter((r) => !r.readerable).length,
    cpuMsTotal: results.reduce((a, r) => a + r.cpuMs, 0),
    ms: {
      total,
      mean: total / Math.max(1, times.length),
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      max: times[times.length - 1] ?? 0,
    },
  };
}

export interface EvaluateOptions {
  /** Pages run before measuring, so that both systems are compiled by the JIT alike. */
  warmup?: number;
  worst?: number;
  /** Runs per page and system; the fastest is kept (the machine is shared: timings are noisy). */
  repeat?: number;
}

export function evaluate(dataDir: string, options: EvaluateOptions = {}): EvaluationReport {
  const pages = loadPages(dataDir);
  for (const page of pages.slice(0, options.warmup ?? 5)) {
    for (const system of SYSTEMS) runOne(system, page);
  }
  const results: Record<SystemName, PageResult[]> = { readability: [], nutshell: [] };
  const repeat = Math.max(1, options.repeat ?? 1);
  pages.forEach((page, i) => {
    const runs: Record<SystemName, PageResult[]> = { readability: [], nutshell: [] };
    for (let r = 0; r < repeat; r++) {
      // Alternate the order, so that neither system always runs on a warm cache.
      const order = (i + r) % 2 ? [...SYSTEMS].reverse() : SYSTEMS;
      for (const system of order) runs[system].push(runOne(system, page));
    }
    for (const system of SYSTEMS) {
      const [first, ...rest] = runs[system];
      if (!first) continue;
      results[system].push({
        ...first,
        ms: Math.min(first.ms, ...rest.map((x) => x.ms)),
        cpuMs: Math.min(first.cpuMs, ...rest.map((x) => x.cpuMs)),
      });
    }
  });
  const systems = {
    readability: summarise(results.readability),
    nutshell: summarise(results.nutshell),
  };
  const worst = pages
    .map((page, i) => ({ page, ours: results.nutshell[i], theirs: results.readability[i] }))
    .filter((x): x is { page: Page; ours: PageResult; theirs: PageResult } =>
      Boolean(x.ours && x.theirs),
    )
    .map(({ page, ours, theirs }) => ({
      id: page.id,
      url: page.url,
      nutshell: shinglePage(ours.shingle),
      readability: shinglePage(theirs.shingle),
      diagnosis: diagnose(page.gold, ours),
    }))
    .sort((a, b) => a.nutshell.f1 - b.nutshell.f1)
    .slice(0, options.worst ?? 10);
  // The per-page record leaves out the extracted text (the report stays small).
  const strip = (r: PageResult) => ({
    ...r,
    text: undefined,
    tokenBag: tokenBagPage(r.bag),
    shinglePRF: shinglePage(r.shingle),
  });
  return {
    dataDir,
    pages: pages.length,
    repeat,
    systems,
    timeRatio: systems.nutshell.ms.total / Math.max(1e-9, systems.readability.ms.total),
    cpuTimeRatio: systems.nutshell.cpuMsTotal / Math.max(1e-9, systems.readability.cpuMsTotal),
    worst,
    perPage: {
      readability: results.readability.map(strip),
      nutshell: results.nutshell.map(strip),
    },
  };
}
