import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { extractArticle } from './index';

/** Pages that are not articles, built like real ones (a home page, a listing, a sign-in form...). */
const NOT_ARTICLES = resolve(__dirname, '../../tests/fixtures/not-articles');
const EXTRACT_FIXTURES = resolve(__dirname, '../../tests/fixtures/extract');

const readerable = (html: string) => extractArticle(parseDocument(html)).readerable;

const paragraph = (i: number, words = 30) =>
  `<p>${Array.from({ length: words }, (_, w) => (w === 0 ? `Paragraph${i}` : 'word')).join(' ')}.</p>`;

describe('readerable', () => {
  it.each(readdirSync(NOT_ARTICLES).sort())('says no to a page that lists others: %s', (name) => {
    expect(readerable(readFileSync(join(NOT_ARTICLES, name), 'utf8'))).toBe(false);
  });

  it.each(readdirSync(EXTRACT_FIXTURES).sort())('says yes to the article fixture %s', (name) => {
    expect(readerable(readFileSync(join(EXTRACT_FIXTURES, name, 'input.html'), 'utf8'))).toBe(true);
  });

  it('says yes to a short article that declares itself one (og:type)', () => {
    const page = (ogType: string) =>
      `<html><head><meta property="og:type" content="${ogType}"></head><body><div>${paragraph(1, 35)}${paragraph(2, 30)}</div></body></html>`;
    expect(readerable(page('article'))).toBe(true);
    expect(readerable(page('website'))).toBe(false);
  });

  it('says no to a few linked headlines with blurbs, yes when long paragraphs follow them', () => {
    const teasers = Array.from(
      { length: 5 },
      (_, i) => `<h3><a href="/story/${i}">Headline of story ${i}</a></h3>${paragraph(i, 25)}`,
    ).join('');
    const long = Array.from({ length: 6 }, (_, i) => paragraph(i, 60)).join('');
    expect(readerable(`<html><body><main>${teasers}</main></body></html>`)).toBe(false);
    expect(readerable(`<html><body><main>${long}${teasers}</main></body></html>`)).toBe(true);
  });
});
