import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `entry`, a TypeScript module, from source as the CLI itself runs (tsx,
 * registered in the thread; without tsx the module must be loadable as it is). `data` is given to
 * the thread as its workerData, beside the bootstrap's own `entry` and `tsx`.
 */
export function startSourceWorker(entry: URL, data: Record<string, unknown>): Worker {
  let tsx: string | null = null;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    // Without tsx the module must be loadable as it is.
  }
  const bootstrap = `
    const { workerData } = require('node:worker_threads');
    (async () => {
      if (workerData.tsx) (await import(workerData.tsx)).register();
      await import(workerData.entry);
    })();`;
  return new Worker(bootstrap, {
    eval: true,
    execArgv: [],
    workerData: { ...data, entry: entry.href, tsx },
  });
}
