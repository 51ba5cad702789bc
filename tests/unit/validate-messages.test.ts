/**
 * Issue 7, messages: who may talk to whom (the sender checks in lib/protocol/messaging.ts) and the
 * content script's extraction checked field by field (lib/protocol/validate-article.ts) before the
 * worker analyses it. The message shapes themselves: tests/unit/protocol.test.ts.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { isOwnBackground, isOwnExtensionPage } from '@/lib/protocol/messaging';
import { isExtractReply } from '@/lib/protocol/protocol';
import { isExtractedArticle, MAX_ARTICLE_CHARS } from '@/lib/protocol/validate-article';

const ID = fakeBrowser.runtime.id;
const OWN = `chrome-extension://${ID}`;

describe('sender checks', () => {
  it("the worker trusts only the extension's own pages", () => {
    expect(isOwnExtensionPage({ id: ID, url: `${OWN}/popup.html` })).toBe(true);
    expect(
      isOwnExtensionPage({ id: ID, url: `${OWN}/sidepanel.html`, tab: { id: 3 } as never }),
    ).toBe(true);
    // A content script: our id, but the page's URL and a tab.
    expect(
      isOwnExtensionPage({ id: ID, url: 'https://example.com/', tab: { id: 3 } as never }),
    ).toBe(false);
    // Another extension, a page pretending with our URL but another id, no id at all.
    expect(isOwnExtensionPage({ id: 'other', url: 'chrome-extension://other/popup.html' })).toBe(
      false,
    );
    expect(isOwnExtensionPage({ id: 'other', url: `${OWN}/popup.html` })).toBe(false);
    expect(isOwnExtensionPage({ url: `${OWN}/popup.html` })).toBe(false);
    // A look-alike origin.
    expect(isOwnExtensionPage({ id: ID, url: `${OWN}.evil.example/popup.html` })).toBe(false);
  });

  it('the content script trusts only our own background (no tab)', () => {
    expect(isOwnBackground({ id: ID })).toBe(true);
    expect(isOwnBackground({ id: ID, tab: { id: 1 } as never })).toBe(false);
    expect(isOwnBackground({ id: 'other' })).toBe(false);
    expect(isOwnBackground({})).toBe(false);
  });
});

const ARTICLE = {
  title: 'A title',
  byline: null,
  siteName: 'Site',
  lang: 'en',
  publishedTime: null,
  readerable: true,
  paragraphs: [
    { text: 'First paragraph.', kind: 'paragraph' },
    { text: 'A heading', kind: 'heading' },
  ],
};

describe('extraction replies', () => {
  it('accepts a well-formed article and reply', () => {
    expect(isExtractedArticle(ARTICLE)).toBe(true);
    expect(isExtractReply({ status: 'ok', url: 'https://a.example/', article: ARTICLE })).toBe(
      true,
    );
    expect(
      isExtractReply({
        status: 'ok',
        url: 'https://a.example/',
        article: ARTICLE,
        truncated: true,
      }),
    ).toBe(true);
  });

  it('refuses every field of the wrong type', () => {
    const broken: Record<string, unknown>[] = [
      { title: 3 },
      { byline: 5 },
      { siteName: {} },
      { lang: null },
      { publishedTime: [] },
      { readerable: 'yes' },
      { paragraphs: 'text' },
      { paragraphs: [{ text: 1, kind: 'paragraph' }] },
      { paragraphs: [{ text: 'x', kind: 'script' }] },
      { paragraphs: [null] },
    ];
    for (const change of broken) {
      const article = { ...ARTICLE, ...change };
      expect(isExtractedArticle(article), JSON.stringify(change)).toBe(false);
      expect(isExtractReply({ status: 'ok', url: 'u', article })).toBe(false);
    }
    expect(isExtractReply({ status: 'ok', url: 'u', article: ARTICLE, truncated: 'no' })).toBe(
      false,
    );
  });

  it('refuses more text than the worker will analyse', () => {
    const long = { text: 'x'.repeat(MAX_ARTICLE_CHARS / 2), kind: 'paragraph' };
    expect(isExtractedArticle({ ...ARTICLE, paragraphs: [long] })).toBe(true);
    expect(isExtractedArticle({ ...ARTICLE, paragraphs: [long, long, long] })).toBe(false);
  });

  it('refuses arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (x) => !isExtractedArticle(x) && !isExtractReply(x)));
  });
});
