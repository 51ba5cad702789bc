/**
 * Readability's own test pages (mozilla/readability `test/test-pages`, in
 * ../shared/eval/readability-tests): plain Readability 0.6.0 and core/extract on every case, in
 * one run, scored against the expected article the suite ships (its text with one line per
 * block), with title exact match and `readerable` agreement against the expected metadata.
 * The command line (scripts/eval-extraction.ts --suite readability) and the CI test
 * (tests/unit/eval-readability-suite.test.ts) share it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/dom';
import { extractArticle } from '../../core/extract';
import { blocksOf } from '../../core/extract/blocks';
import { evalRoot } from './data-dir';
import { shingleCounts, shinglePage, tokenBagCounts, tokenBagPage, type PRF } from './metrics';

export function defaultSuiteDir(): string {
  return join(evalRoot(), 'readability-tests');
}

export function hasSuiteData(dir: string): boolean {
  return existsSync(join(dir, '001', 'source.html.gz'));
}

export interface SuiteCase {
  name: string;
  source: string;
  /** The expected article's text, one line per block. */
  expected: string;
  title: string;
  /** Absent in the few cases whose metadata does not say. */
  readerable?: boolean;
}

const gunzip = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');

/** Text of an element with one line per block (blocks.ts decides what a block is). */
export function linesOf(root: Element): string {
  return blocksOf(root)
    .map((b) => b.text)
    .join('\n');
}

/** The cases in `dir`, sorted by name; `only` keeps those names. */
export function loadSuite(dir: string, only?: ReadonlySet<string>): SuiteCase[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html.gz')))
    .filter((name) => !only || only.has(name))
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as {
        title?: string;
        readerable?: boolean;
      };
      const expectedDoc = parseDocument(gunzip(join(dir, name, 'expected.html.gz')));
      return {
        name,
        source: gunzip(join(dir, name, 'source.html.gz')),
        expected: linesOf(expectedDoc.body),
        title: meta.title ?? '',
        ...(typeof meta.readerable === 'boolean' ? { readerable: meta.readerable } : {}),
      };
    });
}

export interface SuiteOutput {
  text: string;
  title: string;
  readerable: boolean;
  ms: number;
}

/** Plain Readability as the suite runs it: `isProbablyReaderable`, then `parse()` on the page. */
function runReadability(source: string): SuiteOutput {
  const doc = parseDocument(source);
  const started = performance.now();
  const readerable = isProbablyReaderable(doc);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(doc).parse();
  } catch {
    article = null;
  }
  const ms = performance.now() - started;
  const content = article?.content ? parseDocument(article.content).body : null;
  return {
    text: content ? linesOf(content) : '',
    title: article?.title ?? '',
    readerable,
    ms,
  };
}

export function runNutshell(source: string, skip: readonly string[] = []): SuiteOutput {
  const doc = parseDocument(source);
  const started = performance.now();
  const article = extractArticle(doc, { skip });
  const ms = performance.now() - started;
  return {
    text: article.paragraphs.map((p) => p.text).join('\n'),
    title: article.title,
    readerable: article.readerable,
    ms,
  };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface CaseScore {
  token: PRF;
  shingle: PRF;
  titleExact: boolean;
  /** Undefined where the metadata does not say. */
  readerableAgrees?: boolean;
  ms: number;
}

export function scoreCase(c: SuiteCase, out: SuiteOutput): CaseScore {
  return {
    token: tokenBagPage(tokenBagCounts(c.expected, out.text)),
    shingle: shinglePage(shingleCounts(c.expected, out.text)),
    titleExact: collapse(out.title) === collapse(c.title),
    ...(c.readerable !== undefined ? { readerableAgrees: out.readerable === c.readerable } : {}),
    ms: out.ms,
  };
}

/** A case is a loss when core/extract's token F1 is more than this below Readability's. */
export const LOSS_MARGIN = 0.05;

/**
 * The losses that are choices, with what core/extract leaves out there and Readability keeps
 * (docs/extraction.md gives the numbers). A loss not listed here is a defect.
 */
export const EXPLAINED_LOSSES: Readonly<Record<string, string>> = {
  'nytimes-5':
    'a section front: the teasers’ standfirsts, not their linked headlines, bylines and credits',
  'nytimes-3': 'picture captions followed by their credits',
  'firefox-nightly-blog': 'the readers’ comments under the post',
};

/**
 * Cases a rule repaired that every fourth case does not reach: the CI subset runs them too, so
 * that a return of the loss fails it (ehow-1: the captions of a how-to's step photos).
 */
export const REPAIRED_CASES: readonly string[] = ['ehow-1'];

/** Every `step`-th case by name, from the first: a fast subset spread over the suite. */
export function everyNth<T>(items: readonly T[], step: number): T[] {
  return items.filter((_, i) => i % step === 0);
}

export interface SuiteSummary {
  cases: number;
  tokenMacro: PRF;
  shingleMacroF1: number;
  titlesExact: number;
  readerableAgrees: number;
  /** Cases whose metadata says whether they are readerable. */
  readerableKnown: number;
  msTotal: number;
}

export interface SuiteCaseResult {
  name: string;
  readability: CaseScore;
  nutshell: CaseScore;
  /** Readability's token F1 minus core/extract's. */
  deficit: number;
  /** Titles as extracted, for the report. */
  titles: { expected: string; readability: string; nutshell: string };
  readerable: { expected?: boolean; readability: boolean; nutshell: boolean };
}

export interface SuiteReport {
  dataDir: string;
  systems: { readability: SuiteSummary; nutshell: SuiteSummary };
  cases: SuiteCaseResult[];
  /** Cases where core/extract is more than LOSS_MARGIN token F1 below Readability. */
  losses: string[];
  /** core/extract's total time over plain Readability's (DOM build excluded), same run. */
  timeRatio: number;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function summarise(scores: readonly CaseScore[]): SuiteSummary {
  const known = scores.filter((s) => s.readerableAgrees !== undefined);
  return {
    cases: scores.length,
    tokenMacro: {
      precision: mean(scores.map((s) => s.token.precision)),
      recall: mean(scores.map((s) => s.token.recall)),
      f1: mean(scores.map((s) => s.token.f1)),
    },
    shingleMacroF1: mean(scores.map((s) => s.shingle.f1)),
    titlesExact: scores.filter((s) => s.titleExact).length,
    readerableAgrees: known.filter((s) => s.readerableAgrees).length,
    readerableKnown: known.length,
    msTotal: scores.reduce((a, s) => a + s.ms, 0),
  };
}

export function evaluateSuite(cases: readonly SuiteCase[], dataDir = ''): SuiteReport {
  const results = cases.map((c): SuiteCaseResult => {
    const plain = runReadability(c.source);
    const ours = runNutshell(c.source);
    const readability = scoreCase(c, plain);
    const nutshell = scoreCase(c, ours);
    return {
      name: c.name,
      readability,
      nutshell,
      deficit: readability.token.f1 - nutshell.token.f1,
      titles: { expected: c.title, readability: plain.title, nutshell: ours.title },
      readerable: {
        ...(c.readerable !== undefined ? { expected: c.readerable } : {}),
        readability: plain.readerable,
        nutshell: ours.readerable,
      },
    };
  });
  const systems = {
    readability: summarise(results.map((r) => r.readability)),
    nutshell: summarise(results.map((r) => r.nutshell)),
  };
  return {
    dataDir,
    systems,
    cases: results,
    losses: results.filter((r) => r.deficit > LOSS_MARGIN).map((r) => r.name),
    timeRatio: systems.nutshell.msTotal / Math.max(1e-9, systems.readability.msTotal),
  };
}

export interface LossCause {
  name: string;
  deficit: number;
  /** Steps that, left out alone, raise core/extract's token F1 by more than 0.005, best first. */
  steps: { step: string; gain: number }[];
}

/**
 * For each loss, core/extract with each cleanup step left out in turn: which step costs the
 * case its text. A loss that no single step explains lists none.
 */
export function ablateLosses(
  cases: readonly SuiteCase[],
  report: SuiteReport,
  steps: readonly string[],
): LossCause[] {
  const byName = new Map(cases.map((c) => [c.name, c]));
  return report.losses.flatMap((name) => {
    const c = byName.get(name);
    const result = report.cases.find((r) => r.name === name);
    if (!c || !result) return [];
    const base = result.nutshell.token.f1;
    const gains = steps
      .map((step) => ({ step, gain: scoreCase(c, runNutshell(c.source, [step])).token.f1 - base }))
      .filter((g) => g.gain > 0.005)
      .sort((a, b) => b.gain - a.gain);
    return [{ name, deficit: result.deficit, steps: gains }];
  });
}
