import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPage, RestrictedPageError } from '@/lib/worker/page-access';

/**
 * The read made at the reader's click can reach the page before the click's activeTab grant does
 * (in Chromium, on the first page after a browser page, on a busy machine). That refusal is not a
 * protected page: the read waits for the grant, briefly, and says "can't read this page" only for
 * a page that is off limits.
 */
const NO_GRANT =
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

describe('a read refused for want of a grant', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** executeScript refuses with `errors` in turn, then reads the page. */
  function injection(...errors: string[]) {
    const refusals = [...errors];
    return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
      const error = refusals.shift();
      if (error !== undefined) throw new Error(error);
      return [{ frameId: 0, documentId: 'd', result: { status: 'ok' } }];
    }) as never);
  }

  it('at a click: the page is read once the grant arrives', async () => {
    const executeScript = injection(NO_GRANT, NO_GRANT);
    const reading = readPage(3, true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await reading).toEqual({ status: 'ok' });
    expect(executeScript).toHaveBeenCalledTimes(3);
  });

  it('at a click: a page still refused after the waits is said to be off limits', async () => {
    const executeScript = injection(...Array<string>(10).fill(NO_GRANT));
    const reading = readPage(3, true).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await reading;
    expect(error).toBeInstanceOf(RestrictedPageError);
    expect((error as RestrictedPageError).grantMissing).toBe(true);
    expect(executeScript.mock.calls.length).toBeGreaterThan(1);
    expect(executeScript.mock.calls.length).toBeLessThan(10);
  });

  it('a protected page is refused at once, without waiting', async () => {
    const executeScript = injection('The extensions gallery cannot be scripted.');
    const reading = readPage(3, true).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    const error = await reading;
    expect(error).toBeInstanceOf(RestrictedPageError);
    expect((error as RestrictedPageError).grantMissing).toBe(false);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('not at a click (no grant is on its way): refused at once', async () => {
    const executeScript = injection(NO_GRANT);
    const reading = readPage(3).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(await reading).toBeInstanceOf(RestrictedPageError);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
