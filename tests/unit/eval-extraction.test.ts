/**
 * The extraction targets of issue 3, checked on the benchmark in ../shared/eval/extraction.
 * Skips locally when the data is absent; under CI it must run (and fails loudly without data).
 * Timing is not asserted here (it is printed by `npm run eval:extraction`).
 */
import { describe, expect, it } from 'vitest';
import { defaultExtractionDir, hasExtractionData } from '../../scripts/extraction-eval/data-dir';
import { evaluate, type EvaluationReport } from '../../scripts/extraction-eval/run';

const dataDir = defaultExtractionDir();
const present = hasExtractionData(dataDir);
const mustRun = Boolean(process.env.CI);

describe.runIf(present || mustRun)('extraction benchmark targets', () => {
  let report: EvaluationReport;

  it('has the benchmark data', () => {
    expect(present, `no extraction data in ${dataDir}`).toBe(true);
    report = evaluate(dataDir, { warmup: 0 });
    expect(report.pages).toBeGreaterThan(0);
  }, 300_000);

  it('reproduces plain Readability at shingle F1 0.948 ± 0.002', () => {
    expect(report.systems.readability.shingle.f1).toBeGreaterThanOrEqual(0.946);
    expect(report.systems.readability.shingle.f1).toBeLessThanOrEqual(0.95);
  });

  it('core/extract reaches shingle F1 >= 0.975', () => {
    expect(report.systems.nutshell.shingle.f1).toBeGreaterThanOrEqual(0.975);
  });

  it('core/extract loses no more than 0.005 recall against plain Readability', () => {
    const { nutshell, readability } = report.systems;
    expect(nutshell.shingle.recall).toBeGreaterThanOrEqual(readability.shingle.recall - 0.005);
  });

  it('says every benchmark page (all are articles) reads as an article', () => {
    const notReaderable = report.perPage.nutshell.filter((p) => !p.readerable).map((p) => p.url);
    expect(notReaderable).toEqual([]);
  });

  it('no page throws', () => {
    expect(report.systems.nutshell.threw).toBe(0);
    expect(report.systems.readability.threw).toBe(0);
  });
});
