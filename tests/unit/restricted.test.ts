import { describe, expect, it } from 'vitest';
import {
  isMissingGrantError,
  isRestrictedInjectionError,
  isRestrictedUrl,
} from '@/lib/worker/restricted';

describe('isRestrictedUrl', () => {
  it('knows the pages no extension may read', () => {
    for (const url of [
      'chrome://settings/',
      'chrome-extension://abc/popup.html',
      'about:blank',
      'edge://newtab/',
      'view-source:https://example.com/',
      'https://chromewebstore.google.com/detail/x/abc',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
  });

  it('leaves ordinary pages alone', () => {
    for (const url of [
      'https://example.com/news/story.html',
      'http://127.0.0.1:8080/article.html',
      'https://chrome.google.com/search',
      'https://www.mozilla.org/about/',
      undefined,
    ]) {
      expect(isRestrictedUrl(url), String(url)).toBe(false);
    }
  });
});

describe('isRestrictedInjectionError', () => {
  it("recognises the browser's refusals", () => {
    expect(isRestrictedInjectionError('Cannot access a chrome:// URL')).toBe(true);
    expect(isRestrictedInjectionError('The extensions gallery cannot be scripted.')).toBe(true);
    expect(
      isRestrictedInjectionError(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toBe(true);
    expect(isRestrictedInjectionError('No tab with id: 12.')).toBe(false);
  });
});

describe('isMissingGrantError', () => {
  it('tells a page not granted (yet) from a protected one', () => {
    expect(
      isMissingGrantError(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toBe(true);
    // Firefox's refusal is read as a page it keeps extensions out of: no waiting there.
    expect(isMissingGrantError('Missing host permission for the tab')).toBe(false);
    expect(isMissingGrantError('Cannot access a chrome:// URL')).toBe(false);
    expect(isMissingGrantError('The extensions gallery cannot be scripted.')).toBe(false);
  });
});
