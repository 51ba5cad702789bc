/**
 * The stress suite's measurements (tests/unit/stress.test.ts), run in a worker thread. A
 * superlinear regex or stage runs synchronously, and on 100k characters a cubic one runs for
 * hours: in the test's own thread nothing could stop it (vitest's timeout is a timer of that
 * thread), and the run would hang instead of failing. Here each step (one regex on one unit, one
 * stage on one shape, one example) is announced before it runs, and the test ends the thread
 * when a step gives no sign of life for too long, naming it (tests/unit/stress-watchdog.ts).
 * The CPU clock the measurements read is the process's: the test's thread only waits meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fragmentsOf, runRegex, sourceRegexes } from '../../scripts/bench/regexes';
import {
  applies,
  EXAMPLES,
  LARGE,
  measureAll,
  measureExample,
  measureScaling,
  repeatTo,
  SHAPES,
  STAGES,
  type Finding,
  type Shape,
} from '../../scripts/bench/worst-case';
import { STRESS_WORKER } from './stress-watchdog';

/** What the test asks. */
export type JobSpec =
  | { kind: 'shape'; name: string }
  | { kind: 'unit'; unit: string }
  | { kind: 'regexes'; root: string }
  | { kind: 'example'; name: string }
  /** A step that never ends: the watchdog's own test. */
  | { kind: 'spin' };

/** A job as the thread is given it; `from`: the first step to run (after a step that was stopped). */
export type StressJob = JobSpec & { from: number };

/** What a job finds, by kind: the stages' scaling; the regexes read, then each slow one; CPU ms. */
export interface FindingOf {
  shape: Finding;
  unit: Finding;
  regexes: { regexes: number } | { slow: string };
  example: number;
  spin: never;
}

export type StressReport =
  | { type: 'ready' }
  /** A step begins; if it is stopped, the job goes on from step `resume`. */
  | { type: 'step'; resume: number; label: string }
  | { type: 'finding'; finding: FindingOf[keyof FindingOf] }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/** The units every regex is run on: every shape's, and a few more that regexes single out. */
const REGEX_UNITS = [
  ...SHAPES.flatMap((s) => (s.text ? [s.text(60)] : [])),
  ...['@', 'a@', 'Ab', 'aA', 'a-', '1:', '1.', '0.0', 'a/', '#a', '<a', ' \n', 'Ab Cd: '],
].map((u) => u.slice(0, 30));

type Say = (report: StressReport) => void;

/** Every stage that takes the shape, from the `from`-th on. */
function measureShape(shape: Shape, from: number, say: Say): void {
  const stages = STAGES.filter((stage) => applies(stage, shape));
  measureAll(
    [shape],
    stages.slice(from),
    (finding) => say({ type: 'finding', finding }),
    (stage) => {
      const resume = stages.indexOf(stage) + 1;
      say({ type: 'step', resume, label: `${stage.name} on ${shape.name}` });
    },
  );
}

/**
 * Every regex on every unit and on its own fragments, from the `from`-th pair on. A regex that
 * was stopped is not run on its other units: it is named already, and each would take as long.
 */
function measureRegexes(root: string, from: number, say: Say): void {
  const regexes = sourceRegexes(root);
  say({ type: 'finding', finding: { regexes: regexes.length } });
  let index = 0;
  for (const { where, source, regex } of regexes) {
    const units = [...REGEX_UNITS, ...fragmentsOf(regex)];
    const resume = index + units.length;
    for (const unit of units) {
      if (index++ < from) continue;
      const label = `${where} ${source} on ${JSON.stringify(unit)}`;
      say({ type: 'step', resume, label });
      const scaling = measureScaling((n) => {
        const text = repeatTo(unit, n);
        return () => runRegex(regex, text);
      });
      if (scaling.superlinear) {
        say({
          type: 'finding',
          finding: { slow: `${label}: ${scaling.large.toFixed(0)} ms at ${LARGE}` },
        });
      }
    }
  }
}

function run(job: StressJob, say: Say): void {
  switch (job.kind) {
    case 'shape': {
      const shape = SHAPES.find((s) => s.name === job.name);
      if (!shape) throw new Error(`no shape named ${job.name}`);
      return measureShape(shape, job.from, say);
    }
    case 'unit':
      return measureShape(
        { name: `random ${JSON.stringify(job.unit)}`, text: (n) => repeatTo(job.unit, n) },
        job.from,
        say,
      );
    case 'regexes':
      return measureRegexes(job.root, job.from, say);
    case 'example': {
      const example = EXAMPLES.find((e) => e.name === job.name);
      if (!example) throw new Error(`no example named ${job.name}`);
      // One step: past it (it was stopped), nothing is left.
      if (job.from > 0) return;
      say({ type: 'step', resume: 1, label: job.name });
      say({ type: 'finding', finding: measureExample(example) });
      return;
    }
    case 'spin':
      say({ type: 'step', resume: 1, label: 'a step that never ends' });
      for (;;);
  }
}

const port = parentPort;
if (port && workerData?.role === STRESS_WORKER) {
  const say: Say = (report) => port.postMessage(report);
  port.on('message', (job: StressJob) => {
    try {
      run(job, say);
      say({ type: 'done' });
    } catch (error) {
      say({
        type: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
  say({ type: 'ready' });
}
