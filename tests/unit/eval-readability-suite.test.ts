/**
 * Issue 14's targets on a fast subset of Readability's own test pages (every fourth case of
 * ../shared/eval/readability-tests, 33 of 130, and the repaired cases that those miss;
 * `npm run eval:extraction -- --suite readability` runs all of them). Skips locally when the
 * data is absent; under CI it must run.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultSuiteDir,
  evaluateSuite,
  everyNth,
  EXPLAINED_LOSSES,
  hasSuiteData,
  loadSuite,
  REPAIRED_CASES,
  type SuiteReport,
} from '../../scripts/extraction-eval/readability-suite';

const dataDir = defaultSuiteDir();
const present = hasSuiteData(dataDir);
const mustRun = Boolean(process.env.CI);

describe.runIf(present || mustRun)("Readability's test pages (a fast subset)", () => {
  let report: SuiteReport;

  it('has the test pages', () => {
    expect(present, `no Readability test pages in ${dataDir}`).toBe(true);
    const all = loadSuite(dataDir);
    const subset = everyNth(all, 4);
    const repaired = all.filter((c) => REPAIRED_CASES.includes(c.name) && !subset.includes(c));
    expect(repaired.map((c) => c.name)).toEqual(REPAIRED_CASES);
    const cases = [...subset, ...repaired];
    expect(subset.length).toBeGreaterThanOrEqual(30);
    report = evaluateSuite(cases, dataDir);
  }, 300_000);

  it('reproduces plain Readability on its own pages (mean token F1 >= 0.98)', () => {
    expect(report.systems.readability.tokenMacro.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('has no case more than 0.05 token F1 below Readability but the explained ones, at most 3', () => {
    expect(report.losses.filter((name) => !(name in EXPLAINED_LOSSES))).toEqual([]);
    expect(report.losses.length).toBeLessThanOrEqual(3);
  });

  it('gets the titles exact but for at most one case', () => {
    const { titlesExact, cases } = report.systems.nutshell;
    expect(titlesExact).toBeGreaterThanOrEqual(cases - 1);
  });

  it('agrees on readerable but for at most one case', () => {
    const { readerableAgrees, readerableKnown } = report.systems.nutshell;
    expect(readerableAgrees).toBeGreaterThanOrEqual(readerableKnown - 1);
  });

  it('stays within 0.01 mean token F1 of Readability on the other cases', () => {
    const others = report.cases.filter((c) => !(c.name in EXPLAINED_LOSSES));
    const mean = (f1s: number[]) => f1s.reduce((a, b) => a + b, 0) / f1s.length;
    const ours = mean(others.map((c) => c.nutshell.token.f1));
    const theirs = mean(others.map((c) => c.readability.token.f1));
    expect(ours).toBeGreaterThanOrEqual(theirs - 0.01);
  });
});
