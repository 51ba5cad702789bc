import { describe, expect, it, vi } from 'vitest';
import type { CacheEntry } from '@/lib/storage/cache';
import type { Known } from '@/lib/view/panel-state';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { decide } = await import('@/lib/view/panel-state');

const PAGE = 'https://news.example/story';
const entry = { url: PAGE } as CacheEntry;
const known = (over: Partial<Known>): Known => ({
  entry,
  request: null,
  url: undefined,
  version: 1,
  ...over,
});

describe('what the side panel shows', () => {
  it('loads until it knows the tab and the cache', () => {
    expect(decide(null, known({}), 0).kind).toBe('loading');
    expect(decide({ id: 1, navigations: 0 }, null, 0).kind).toBe('loading');
  });

  it("shows the cached summary while the tab's address is the entry's", () => {
    const tab = { id: 1, navigations: 3 };
    expect(decide(tab, known({ url: PAGE }), 0)).toMatchObject({ kind: 'summary', url: PAGE });
    expect(decide(tab, known({ url: `${PAGE}/next` }), 0).kind).toBe('waiting');
  });

  it('trusts a hidden address only while the tab has not navigated', () => {
    expect(decide({ id: 1, navigations: 0 }, known({}), 0).kind).toBe('summary');
    expect(decide({ id: 1, navigations: 1 }, known({}), 0).kind).toBe('waiting');
  });

  it('answers a context-menu request made after the last navigation only', () => {
    const tab = { id: 1, navigations: 1 };
    const request = { tabId: 1, at: 2_000 };
    expect(decide(tab, known({ entry: null, request }), 1_000).kind).toBe('summary');
    expect(decide(tab, known({ entry: null, request }), 3_000).kind).toBe('waiting');
    expect(decide(tab, known({ entry: null, request: { tabId: 2, at: 2_000 } }), 0).kind).toBe(
      'waiting',
    );
  });
});
