import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, type Finding } from '../../scripts/bench/worst-case';
import { StressWatchdog, type Outcome } from './stress-watchdog';

/**
 * Issue 17, the stress suite: every stage that sees page text, and every regular expression in
 * the code that does, driven by pathological text of 10k to 100k characters; a stage whose time
 * grows faster than linearly fails (scripts/bench/worst-case.ts says how that is told apart
 * from noise). `npm run bench` runs every shape and prints the worst case of each stage; here a
 * selection covers each kind of shape, plus random ones, within the time CI allows.
 *
 * The measurements run in a worker thread (tests/unit/stress-worker.ts), one step at a time (a
 * regex on one unit, a stage on one shape, an example): a step still running after QUIET_MS is
 * ended and fails the test by name, since superlinear work on 100k characters can run for hours,
 * and in the test's own thread it could not be stopped.
 */
const ROOT = join(import.meta.dirname, '../..');

/**
 * Far above any step of linear work (the slowest take a few seconds on a loaded 2-core machine:
 * reports/stress.json), far below an hour-long one.
 */
const QUIET_MS = 30_000;
const watchdog = new StressWatchdog(QUIET_MS);

/** One or more of each kind: runs, pairs, separators, capitals, "&", "@.", line breaks, long words and names, nesting, nested name cards. */
const CI_SHAPES = [
  'a…',
  'line breaks',
  '。…',
  'a!',
  'a\\n',
  '"a." ',
  '「中。',
  '| ',
  'A. ',
  'U.S. ',
  'A & ',
  '@.',
  'one long word',
  'John Smith ',
  'one long name',
  'deep nesting',
  'name cards',
];

const findings: Finding[] = [];
const slowest: Outcome<unknown>['slowest'][] = [];

afterAll(async () => {
  await watchdog.close();
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  slowest.sort((a, b) => b.ms - a.ms);
  const report = { quietMs: QUIET_MS, slowestSteps: slowest.slice(0, 10), findings };
  writeFileSync(join(ROOT, 'reports/stress.json'), JSON.stringify(report, null, 2) + '\n');
});

const describeFinding = (f: Finding) =>
  `${f.stage} on "${f.shape}": ${f.small.toFixed(1)} ms at 10k, ${f.large.toFixed(1)} ms at 100k (×${f.ratio.toFixed(0)}), then ×${f.doublings.map((d) => d.toFixed(1)).join(', ×')} per doubling`;

/** The steps that were stuck, then what `slow` picks out of the findings: both must be empty. */
function problems<T>(outcome: Outcome<T>, slow: (finding: T) => string[]): string[] {
  slowest.push(outcome.slowest);
  return [...outcome.stuck.map((s) => watchdog.describe(s)), ...outcome.findings.flatMap(slow)];
}

function expectLinear(outcome: Outcome<Finding>): void {
  findings.push(...outcome.findings);
  expect(outcome.steps).toBeGreaterThan(0);
  expect(problems(outcome, (f) => (f.superlinear ? [describeFinding(f)] : []))).toEqual([]);
}

describe('stress: every stage stays linear on hostile text', () => {
  it.each(CI_SHAPES)('%s', { timeout: 600_000 }, async (name) => {
    expectLinear(await watchdog.run({ kind: 'shape', name }));
  });

  // Shapes nobody thought of: a random unit of up to 5 characters from those that matter to
  // the code (sentence ends, quotes, brackets, spaces, capitals, "&", "@", digits, CJK), repeated.
  it('random repeated units', { timeout: 600_000 }, async () => {
    const unit = fc.string({
      unit: fc.constantFrom(...'aA .!?\n"\'«»“”()「」。&@:,-1中é'.split('')),
      minLength: 1,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(unit, async (u) => {
        expectLinear(await watchdog.run({ kind: 'unit', unit: u }));
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});

describe('stress: every regular expression in the code stays linear', () => {
  it('none is superlinear on any shape', { timeout: 600_000 }, async () => {
    const outcome = await watchdog.run({ kind: 'regexes', root: ROOT });
    const read = outcome.findings.flatMap((f) => ('regexes' in f ? [f.regexes] : []));
    expect(read[0], 'the code’s regexes found').toBeGreaterThan(100);
    expect(outcome.steps).toBeGreaterThan(100 * 50);
    expect(problems(outcome, (f) => ('slow' in f ? [f.slow] : []))).toEqual([]);
  });
});

describe("stress: the issue's examples take less than a second of work in Node", () => {
  // CPU time, the fastest of three runs: what the worker (or the CLI) spends, whatever else runs.
  it.each(EXAMPLES.map((e) => e.name))('%s', { timeout: 600_000 }, async (name) => {
    const outcome = await watchdog.run({ kind: 'example', name });
    expect(outcome.findings).toHaveLength(1);
    expect(problems(outcome, (ms) => (ms < 1_000 ? [] : [`${name}: ${ms.toFixed(0)} ms`]))).toEqual(
      [],
    );
  });
});

describe('stress: the watchdog', () => {
  // Last: it ends the thread, and nothing after it needs a new one.
  it('ends a step still running past the limit, and names it', { timeout: 60_000 }, async () => {
    const outcome = await watchdog.run({ kind: 'spin' }, { maxStuck: 1, quietMs: 2_000 });
    expect(outcome.stuck.map((s) => watchdog.describe(s))).toEqual([
      'a step that never ends: still running after 2 s (its thread was ended)',
    ]);
  });
});
