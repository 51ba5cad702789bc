import type { Worker } from 'node:worker_threads';
import { startSourceWorker } from '../../cli/source-worker';
import type { FindingOf, JobSpec, StressJob, StressReport } from './stress-worker';

/** Marks the thread the watchdog starts (workerData), so importing the worker elsewhere does nothing. */
export const STRESS_WORKER = 'nutshell-stress';

/** A step that gave no sign of life within the quiet limit: its thread was ended. */
export interface Stuck {
  label: string;
  /** How long it had run. */
  quietMs: number;
  /** The step the job goes on from. */
  resume: number;
}

export interface Outcome<T> {
  findings: T[];
  stuck: Stuck[];
  /** Steps started. */
  steps: number;
  /** The longest step that ended, in wall ms: how near the run came to the quiet limit. */
  slowest: { label: string; ms: number };
}

/**
 * Runs the stress suite's jobs in one worker thread (tests/unit/stress-worker.ts), started once
 * and used again, and ends it when a step has not finished `quietMs` after it began: the step is
 * reported as stuck, and a new thread goes on with the steps after it.
 */
export class StressWatchdog {
  #worker: Worker | null = null;
  #ready: Promise<Worker> | null = null;

  constructor(
    readonly quietMs: number,
    /** Starting the thread compiles the pipeline from source (tsx): slow on a loaded machine. */
    readonly startMs = 180_000,
  ) {}

  #start(): Promise<Worker> {
    this.#ready ??= new Promise<Worker>((resolve, reject) => {
      const worker = startSourceWorker(new URL('./stress-worker.ts', import.meta.url), {
        role: STRESS_WORKER,
      });
      this.#worker = worker;
      // A thread that ends between jobs is replaced at the next job, and its error is not thrown
      // in the test's thread (a job's own listeners report what happens while it runs).
      worker.on('error', () => undefined);
      worker.once('exit', () => {
        if (this.#worker !== worker) return;
        this.#worker = null;
        this.#ready = null;
      });
      const fail = (error: Error) => {
        clearTimeout(timer);
        void this.#stop();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new Error(`the stress worker did not start within ${this.startMs / 1000} s`)),
        this.startMs,
      );
      const exited = (code: number) =>
        fail(new Error(`the stress worker stopped (exit code ${code}) before it started`));
      worker.once('error', fail).once('exit', exited);
      worker.once('message', () => {
        clearTimeout(timer);
        worker.off('error', fail).off('exit', exited);
        resolve(worker);
      });
    });
    return this.#ready;
  }

  async #stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    this.#ready = null;
    await worker?.terminate();
  }

  /** The job's steps from `job.from` on, until done (null) or one is stuck (that one). */
  async #attempt<T>(job: StressJob, outcome: Outcome<T>, quietMs: number): Promise<Stuck | null> {
    const worker = await this.#start();
    return new Promise<Stuck | null>((resolve, reject) => {
      let current: Stuck = {
        label: `${job.kind}: before its first step`,
        quietMs,
        resume: job.from,
      };
      let began = performance.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const lap = () => {
        const ms = performance.now() - began;
        if (ms > outcome.slowest.ms) outcome.slowest = { label: current.label, ms };
        began = performance.now();
      };
      const settle = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      const onQuiet = () => {
        settle();
        void this.#stop().then(() => resolve(current));
      };
      const onMessage = (report: StressReport) => {
        if (report.type === 'step') {
          lap();
          current = { label: report.label, quietMs, resume: report.resume };
          outcome.steps++;
          clearTimeout(timer);
          timer = setTimeout(onQuiet, quietMs);
        } else if (report.type === 'finding') {
          outcome.findings.push(report.finding as T);
        } else if (report.type === 'done') {
          lap();
          settle();
          resolve(null);
        } else if (report.type === 'failed') {
          settle();
          reject(new Error(`${current.label}: ${report.message}`));
        }
      };
      const onError = (error: Error) => {
        settle();
        void this.#stop();
        reject(error);
      };
      const onExit = (code: number) => {
        settle();
        this.#worker = null;
        this.#ready = null;
        reject(new Error(`the stress worker stopped (exit code ${code}) during ${current.label}`));
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      timer = setTimeout(onQuiet, quietMs);
      worker.postMessage(job);
    });
  }

  /**
   * Every step of the job, each within the quiet limit: a stuck step is ended and the job goes
   * on after it (where the worker said), up to `maxStuck` stuck steps.
   */
  async run<J extends JobSpec>(
    job: J,
    { maxStuck = 3, quietMs = this.quietMs } = {},
  ): Promise<Outcome<FindingOf[J['kind']]>> {
    const outcome: Outcome<FindingOf[J['kind']]> = {
      findings: [],
      stuck: [],
      steps: 0,
      slowest: { label: '', ms: 0 },
    };
    let from = 0;
    while (outcome.stuck.length < maxStuck) {
      const stuck = await this.#attempt({ ...job, from }, outcome, quietMs);
      if (!stuck) break;
      outcome.stuck.push(stuck);
      from = stuck.resume;
    }
    return outcome;
  }

  /** What a stuck step is reported as. */
  describe(stuck: Stuck): string {
    return `${stuck.label}: still running after ${stuck.quietMs / 1000} s (its thread was ended)`;
  }

  close(): Promise<void> {
    return this.#stop();
  }
}
