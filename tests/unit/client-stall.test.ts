import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestAnalysis, requestHighlight } from '@/lib/view/client';
import { PAGE_DEADLINE_MS, readPage, sendToContent } from '@/lib/worker/page-access';

/**
 * Issue 17: when the answer is late, the reader is told who is late. The worker serves every
 * tab: when one page's analysis keeps it busy, another tab's popup must not blame its own page;
 * when a page's own script never yields, the worker gives up on it first and says so.
 */
describe('a late answer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** A worker whose answers never come. */
  const busyWorker = () =>
    vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation((() => new Promise(() => undefined)) as never);

  it('from the worker: the popup says the worker is busy, not the page', async () => {
    busyWorker();
    const reply = requestAnalysis(3, { force: false });
    await vi.advanceTimersByTimeAsync(12_000);
    const answer = await reply;
    expect(answer).toMatchObject({ status: 'problem', problem: 'failed' });
    expect(JSON.stringify(answer)).toContain('Nutshell is busy with another page');
    expect(JSON.stringify(answer)).not.toContain("The page isn't responding");
  });

  it('says the same for a highlight request', async () => {
    busyWorker();
    const reply = requestHighlight(3, ['person']);
    await vi.advanceTimersByTimeAsync(12_000);
    expect((await reply).message).toContain('Nutshell is busy with another page');
  });

  it("from the page: the worker says the page isn't responding, before the popup's deadline", async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(
      (() => new Promise(() => undefined)) as never,
    );
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
      (() => new Promise(() => undefined)) as never,
    );
    expect(PAGE_DEADLINE_MS).toBeLessThan(10_000);
    const reading = readPage(3).catch((error: unknown) => error);
    const talking = sendToContent(3, { type: 'backgroundToContent:clear' }).catch(
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(PAGE_DEADLINE_MS - 1);
    let settled = false;
    void reading.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(String(await reading)).toContain("The page isn't responding");
    expect(String(await talking)).toContain("The page isn't responding");
  });
});
