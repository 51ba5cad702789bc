/**
 * `work`, or `late()`'s error once `ms` have passed without an answer: how the popup waits for the
 * worker and the worker for a page, so that neither waits for good. The timer is cleared either
 * way (a settled request leaves nothing running).
 */
export function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
