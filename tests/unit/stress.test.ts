import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fragmentsOf, runRegex, sourceRegexes } from '../../scripts/bench/regexes';
import {
  EXAMPLES,
  LARGE,
  measureAll,
  measureExample,
  measureScaling,
  repeatTo,
  SHAPES,
  type Finding,
  type Shape,
} from '../../scripts/bench/worst-case';

/**
 * Issue 17, the stress suite: every stage that sees page text, and every regular expression in
 * the code that does, driven by pathological text of 10k to 100k characters; a stage whose time
 * grows faster than linearly fails (scripts/bench/worst-case.ts says how that is told apart
 * from noise). `npm run bench` runs every shape and prints the worst case of each stage; here a
 * selection covers each kind of shape, plus random ones, within the time CI allows.
 */
const ROOT = join(import.meta.dirname, '../..');

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

afterAll(() => {
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/stress.json'), JSON.stringify(findings, null, 2) + '\n');
});

const describeFinding = (f: Finding) =>
  `${f.stage} on "${f.shape}": ${f.small.toFixed(1)} ms at 10k, ${f.large.toFixed(1)} ms at 100k (×${f.ratio.toFixed(0)}), then ×${f.doublings.map((d) => d.toFixed(1)).join(', ×')} per doubling`;

function expectLinear(shapes: readonly Shape[]): void {
  const measured = measureAll(shapes);
  findings.push(...measured);
  expect(measured.filter((f) => f.superlinear).map(describeFinding)).toEqual([]);
}

describe('stress: every stage stays linear on hostile text', () => {
  it.each(CI_SHAPES)('%s', { timeout: 300_000 }, (name) => {
    const shape = SHAPES.find((s) => s.name === name);
    if (!shape) throw new Error(`no shape named ${name}`);
    expectLinear([shape]);
  });

  // Shapes nobody thought of: a random unit of up to 5 characters from those that matter to
  // the code (sentence ends, quotes, brackets, spaces, capitals, "&", "@", digits, CJK), repeated.
  it('random repeated units', { timeout: 300_000 }, () => {
    const unit = fc.string({
      unit: fc.constantFrom(...'aA .!?\n"\'«»“”()「」。&@:,-1中é'.split('')),
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(unit, (u) => {
        expectLinear([{ name: `random ${JSON.stringify(u)}`, text: (n) => repeatTo(u, n) }]);
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});

describe('stress: every regular expression in the code stays linear', () => {
  const regexes = sourceRegexes(ROOT);
  // The units of every shape, and a few more that regexes single out.
  const units = [
    ...SHAPES.flatMap((s) => (s.text ? [s.text(60)] : [])),
    ...['@', 'a@', 'Ab', 'aA', 'a-', '1:', '1.', '0.0', 'a/', '#a', '<a', ' \n', 'Ab Cd: '],
  ].map((u) => u.slice(0, 30));

  it('finds the code’s regexes', () => {
    expect(regexes.length).toBeGreaterThan(100);
  });

  it('none is superlinear on any shape', { timeout: 300_000 }, () => {
    const slow: string[] = [];
    for (const { where, source, regex } of regexes) {
      for (const unit of [...units, ...fragmentsOf(regex)]) {
        const scaling = measureScaling((n) => {
          const text = repeatTo(unit, n);
          return () => runRegex(regex, text);
        });
        if (scaling.superlinear) {
          slow.push(
            `${where} ${source} on ${JSON.stringify(unit)}: ${scaling.large.toFixed(0)} ms at ${LARGE}`,
          );
        }
      }
    }
    expect(slow).toEqual([]);
  });
});

describe("stress: the issue's examples take less than a second of work in Node", () => {
  // CPU time, the fastest of three runs: what the worker (or the CLI) spends, whatever else runs.
  it.each(EXAMPLES.map((e) => [e.name, e] as const))('%s', { timeout: 120_000 }, (_, example) => {
    expect(measureExample(example)).toBeLessThan(1_000);
  });
});
