import { afterEach, describe, expect, it, vi } from 'vitest';

/** The popup's extension API object (lib/view/browser-native.ts), read once when the module loads. */
async function load(): Promise<unknown> {
  vi.resetModules();
  return (await import('@/lib/view/browser-native')).browser;
}

describe("the popup's own browser object (no polyfill)", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is Firefox's browser when it is an extension's", async () => {
    const firefox = { runtime: { id: 'nutshell@example' } };
    vi.stubGlobal('browser', firefox);
    vi.stubGlobal('chrome', { runtime: { id: 'x' } });
    expect(await load()).toBe(firefox);
  });

  it("is Chrome's chrome otherwise", async () => {
    const chrome = { runtime: { id: 'abc' } };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chrome);
    expect(await load()).toBe(chrome);
    vi.stubGlobal('browser', {});
    expect(await load()).toBe(chrome);
  });
});
