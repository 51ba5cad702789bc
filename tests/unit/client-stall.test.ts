import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestAnalysis, requestHighlight } from '@/lib/view/client';

/**
 * Issue 17: when the answer is late, the popup says who is late. The worker serves every tab:
 * when one page's analysis keeps it busy, another tab's popup must not blame its own page.
 */
type Status = 'busy' | 'reading' | 'idle';

/** A worker whose answers to analyze and highlight never come; to status, as `status` says. */
function lateWorker(status: Status) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: { type: string }) => {
    if (message.type === 'popupToBackground:status' && status !== 'busy') {
      return Promise.resolve({ readingPage: status === 'reading' });
    }
    return new Promise(() => undefined);
  }) as never);
}

describe('a late answer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each([
    ['busy', 'Nutshell is busy with another page', 'failed'],
    ['reading', "The page isn't responding", 'injectionFailed'],
    ['idle', "Nutshell's background didn't answer", 'failed'],
  ] as const)('worker %s: "%s"', async (status, message, problem) => {
    lateWorker(status);
    const reply = requestAnalysis(3, { force: false });
    await vi.advanceTimersByTimeAsync(12_000);
    expect(await reply).toMatchObject({
      status: 'problem',
      problem,
      message: expect.stringContaining(message),
    });
  });

  it('says the same for a highlight request', async () => {
    lateWorker('busy');
    const reply = requestHighlight(3, ['person']);
    await vi.advanceTimersByTimeAsync(12_000);
    expect((await reply).message).toContain('Nutshell is busy with another page');
  });
});
