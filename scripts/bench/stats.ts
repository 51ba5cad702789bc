/** Order statistics and clocks for benchmark timings. */

export interface Summary {
  median: number;
  p95: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summarise(values: readonly number[]): Summary {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    median: percentile(values, 50),
    p95: percentile(values, 95),
    mean,
    max: Math.max(...values),
  };
}

export interface Timing<T> {
  result: T;
  /** Elapsed wall-clock ms: what a reader waits. */
  wall: number;
  /**
   * CPU ms the process spent (user + system): on a machine shared with other jobs this barely
   * moves when the wall clock is stretched by waiting for a core.
   */
  cpu: number;
}

export function timed<T>(fn: () => T): Timing<T> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { result, wall, cpu: (cpu.user + cpu.system) / 1000 };
}
