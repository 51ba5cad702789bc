import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { extractArticle } from './index';
import { declaredKind } from './page-kind';

const page = (head: string, body: string) =>
  parseDocument(
    `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`,
  );
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const og = (type: string) => `<meta property="og:type" content="${type}">`;

const sentence = (i: number) =>
  `The ferry between Tarnwick and the island ran late again on day ${i}, and passengers waited on the quay for almost an hour before the crew explained the fault.`;
const story = (n: number) =>
  `<article><h1>Ferry delays</h1>${Array.from({ length: n }, (_, i) => `<p>${sentence(i)} ${sentence(i + 100)}</p>`).join('')}</article>`;
const teasers = (n: number) =>
  `<main>${Array.from(
    { length: n },
    (_, i) =>
      `<div class="card"><h3><a href="/story/${i}">Council approves harbour plan number ${i} after long debate</a></h3><p>Councillors voted on plan ${i} late on Tuesday evening.</p></div>`,
  ).join('')}</main>`;

describe('declaredKind', () => {
  it('reads og:type and top-level JSON-LD, @graph included', () => {
    expect(declaredKind(page(og('article'), ''))).toBe('article');
    expect(declaredKind(page(og('website'), ''))).toBe('other');
    expect(
      declaredKind(
        page(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['NewsArticle'] }] }), ''),
      ),
    ).toBe('article');
    expect(declaredKind(page(ld({ '@type': 'SearchResultsPage' }), ''))).toBe('other');
    expect(declaredKind(page('', ''))).toBeNull();
  });

  it('calls a page declaring many articles a listing, and ignores broken JSON-LD', () => {
    const many = Array.from({ length: 6 }, () => ({ '@type': 'NewsArticle' }));
    expect(declaredKind(page(ld(many), ''))).toBe('other');
    expect(
      declaredKind(page(`<script type="application/ld+json">{"@type": "NewsArt`, '')),
    ).toBeNull();
    // An article's nested parts (its publisher, a product it mentions) are not the page's type.
    expect(declaredKind(page(ld({ '@type': 'Article', about: { '@type': 'Product' } }), ''))).toBe(
      'article',
    );
  });
});

describe('whether a page reads as an article', () => {
  it('takes a two-paragraph news brief that declares itself an article', () => {
    const brief = `<article><h1>Pier closed</h1><p>${sentence(1)}</p><p>${sentence(2)}</p></article>`;
    expect(extractArticle(page(og('article'), brief)).readerable).toBe(true);
  });

  it('turns away a page that declares an article but shows only an error message', () => {
    const error = `<div id="content"><h2>This page is not available right now</h2><p>This can sometimes happen if you have connection problems or run software that affects your traffic.</p><p><a href="/">Click here</a> to try again.</p></div>`;
    expect(extractArticle(page(og('article'), error)).readerable).toBe(false);
  });

  it('takes a story that declares nothing', () => {
    expect(extractArticle(page('', story(3))).readerable).toBe(true);
  });

  it('turns away a front page of teasers, declared or not', () => {
    expect(extractArticle(page(og('website'), teasers(30))).readerable).toBe(false);
    expect(extractArticle(page('', teasers(30))).readerable).toBe(false);
  });

  it('turns away a table of data with a line of prose above it', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `<tr><td>${i}:00</td><td>Sunny</td><td>${12 + (i % 9)}°</td><td>10 km/h NE</td></tr>`,
    ).join('');
    const data = `<main><h1>Forecast</h1><p>${sentence(1)}</p><table>${rows}</table></main>`;
    expect(extractArticle(page('', data)).readerable).toBe(false);
  });

  it('takes a long story on a page that declares itself a website (some news sites do)', () => {
    expect(extractArticle(page(og('website'), story(6))).readerable).toBe(true);
  });
});
