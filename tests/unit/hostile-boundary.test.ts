import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { languageTag, MAX_LANGUAGE_TAG } from '@/core/text/language';
import { analyzeArticle } from '@/core/pipeline';
import { cutText, METADATA_LIMITS, pageUrl, withinLimits } from '@/lib/protocol/validate-article';
import { analyzeTab } from '@/lib/worker/reader';
import { pageAnswers } from './fake-page';

/**
 * Issue 17: what a page writes into its metadata is taken only up to a limit where it enters the
 * worker (lib/protocol/validate-article.ts), and a language tag only when it is a well-formed
 * BCP 47 tag of at most 35 characters.
 */
const STORY = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i}: the harbour council of Lisbon met on Tuesday, and Mayor Ana Silva approved the new ferry line.`,
);

const article = (fields: Partial<Parameters<typeof withinLimits>[0]> = {}) => ({
  title: 'Ferry line approved',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  readerable: true,
  paragraphs: STORY.map((text) => ({ text, kind: 'paragraph' as const })),
  ...fields,
});

/** `<html lang>` of 100,000 variant subtags: Intl.Segmenter took 57 s to construct with it. */
const HOSTILE_LANG = `en${'-abcdefgh'.repeat(100_000)}`;

describe('language tags', () => {
  it.each(['en', 'en-US', 'zh-Hant-TW', 'de-CH-1996', 'sr-Latn', 'en-u-ca-gregory'])(
    'keeps the well-formed %s',
    (tag) => expect(languageTag(tag)).toBe(tag),
  );

  it.each(['', 'en_US', 'en--US', '12', `en-${'a'.repeat(40)}`, HOSTILE_LANG])(
    'refuses %s',
    (tag) => expect(languageTag(tag.slice(0, 60))).toBe(''),
  );

  it('refuses anything longer than 35 characters without reading it', () => {
    const valid36 = `en-US-x-${'abcdefgh-'.repeat(3)}abc`.slice(0, MAX_LANGUAGE_TAG + 1);
    expect(valid36).toHaveLength(36);
    expect(languageTag(valid36)).toBe('');
    const started = performance.now();
    expect(languageTag(HOSTILE_LANG)).toBe('');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('the pipeline detects the language of a page whose tag is unusable (and fast)', () => {
    const started = performance.now();
    const analysis = analyzeArticle(article({ lang: HOSTILE_LANG }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(analysis.lang).toBe('en');
    expect(analysis.summary.length).toBeGreaterThan(0);
  });
});

describe('metadata limits', () => {
  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('abcdefghij', 5)).toBe('abcd…');
    const emoji = '😀'.repeat(10);
    const cut = cutText(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1)).toBe('😀'.repeat(cut.slice(0, -1).length / 2));
  });

  it('keeps every field of an ordinary page as it is', () => {
    const page = article({
      byline: 'Ana Silva',
      siteName: 'Harbour Times',
      publishedTime: '2026-05-01',
    });
    expect(withinLimits(page)).toEqual(page);
  });

  it('bounds every field a page chooses', () => {
    const long = 'x'.repeat(1_000_000);
    const bounded = withinLimits(
      article({ title: long, byline: long, siteName: long, publishedTime: long, lang: long }),
    );
    expect(bounded.title.length).toBe(METADATA_LIMITS.title);
    expect(bounded.byline?.length).toBe(METADATA_LIMITS.byline);
    expect(bounded.siteName?.length).toBe(METADATA_LIMITS.siteName);
    expect(bounded.publishedTime).toBeNull();
    expect(bounded.lang).toBe('');
    expect(bounded.paragraphs).toEqual(article().paragraphs);
    expect(pageUrl(`https://news.example/${long}`)).toBe('');
    expect(pageUrl('https://news.example/ferry')).toBe('https://news.example/ferry');
  });
});

describe('the worker on a page with hostile metadata', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('answers within a second, with the metadata bounded', async () => {
    const long = 'Ana '.repeat(250_000);
    const url = `https://news.example/ferry?${'q'.repeat(20_000)}`;
    const tab = await fakeBrowser.tabs.create({ url });
    pageAnswers({
      status: 'ok',
      url,
      article: article({ lang: HOSTILE_LANG, byline: long, siteName: long, publishedTime: long }),
    });
    const started = performance.now();
    const reply = await analyzeTab(tab.id as number, { force: false });
    expect(performance.now() - started).toBeLessThan(1_000);
    if (reply.status !== 'ok') throw new Error(reply.status);
    const { page, analysis, meta } = reply.result;
    expect(analysis.lang).toBe('en');
    expect(page.byline?.length).toBe(METADATA_LIMITS.byline);
    expect(page.siteName?.length).toBe(METADATA_LIMITS.siteName);
    expect(page.publishedTime).toBeNull();
    expect(page.url).toBe('');
    expect(meta.site.length).toBeLessThanOrEqual(METADATA_LIMITS.siteName);
    expect(reply.result.copies.withActors.markdown.length).toBeLessThan(10_000);
  });
});
