import type { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/pipeline';
import type { Command } from './args';
import {
  BATCH_WORKER,
  failedLine,
  idOf,
  parseJson,
  type LineAnswer,
  type LineRequest,
} from './batch-line';
import { startSourceWorker } from './source-worker';

export { toBatchItem } from './batch-line';

/**
 * How long one line may take. A page of the CLI's largest input takes seconds in linkedom; a
 * line that runs longer is stopped (its worker thread ended, a new one started) and answered
 * with an error, and the batch goes on.
 */
export const LINE_TIME_LIMIT_MS = 30_000;

/** Starts cli/batch-line.ts in a worker thread. */
const startWorker = (): Worker =>
  startSourceWorker(new URL('./batch-line.ts', import.meta.url), { role: BATCH_WORKER });

/** Lines answered one at a time in a worker thread, each within a time limit. */
class LineRunner {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly lineMs: number) {}

  private start(): Promise<Worker> {
    const worker = (this.worker ??= startWorker());
    this.ready ??= new Promise<void>((resolve, reject) => {
      // Errors between lines are seen by the next line's answer (the thread has exited).
      worker.on('error', () => undefined);
      worker.once('message', () => resolve());
      worker.once('exit', () => reject(new Error('the worker thread did not start')));
    });
    return this.ready.then(() => worker);
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    await worker?.terminate();
  }

  async answer(request: LineRequest): Promise<LineAnswer> {
    const worker = await this.start();
    let settle: (outcome: LineAnswer | 'late' | Error) => void = () => undefined;
    const onMessage = (answer: LineAnswer) => settle(answer);
    const onError = (error: Error) => settle(error);
    const onExit = () => settle(new Error('the worker thread stopped'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await new Promise<LineAnswer | 'late' | Error>((resolve) => {
      settle = resolve;
      timer = setTimeout(() => resolve('late'), this.lineMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(request);
    });
    clearTimeout(timer);
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    if (outcome !== 'late' && !(outcome instanceof Error)) return outcome;
    await this.stop();
    const id = idOf(parseJson(request.line));
    const message =
      outcome === 'late'
        ? `took longer than ${this.lineMs / 1000} s, stopped`
        : `could not be answered (${outcome.message})`;
    return failedLine(id, request.lineNumber, message);
  }

  close(): Promise<void> {
    return this.stop();
  }
}

export interface BatchReport {
  answered: number;
  failed: number;
}

/**
 * Answers every non-blank line with one JSON line carrying the same id. A failing line, or one
 * that runs past `lineMs`, is answered with `{"id", "error"}` and reported on stderr with its
 * number; the rest go on.
 */
export async function runBatch(
  text: string,
  command: Command,
  options: AnalyzeOptions,
  out: (line: string) => void,
  warn: (message: string) => void,
  lineMs = LINE_TIME_LIMIT_MS,
): Promise<BatchReport> {
  const report: BatchReport = { answered: 0, failed: 0 };
  const runner = new LineRunner(lineMs);
  try {
    const lines = text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const answer = await runner.answer({ line, lineNumber: index + 1, command, options });
      out(answer.json);
      if (answer.error === undefined) report.answered++;
      else {
        warn(answer.error);
        report.failed++;
      }
    }
  } finally {
    await runner.close();
  }
  return report;
}
