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
/** The story without the <article> element that marks it. */
const undeclared = (n: number) => story(n).replace(/<(\/?)article>/g, '<$1div>');
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

  it('reads one <article> element as the mark of an article, and several as none', () => {
    expect(declaredKind(page('', story(1)))).toBe('marked');
    expect(declaredKind(page('', story(1) + story(1)))).toBeNull();
    expect(declaredKind(page(og('website'), story(1)))).toBe('other');
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
    expect(extractArticle(page('', undeclared(3))).readerable).toBe(true);
  });

  it('takes a short story set in one <article> element, not the same text in a <div>', () => {
    const short = `<h1>Pier closed</h1><p>${sentence(1)}</p><p>${sentence(2)}</p>`;
    expect(extractArticle(page('', `<article>${short}</article>`)).readerable).toBe(true);
    expect(extractArticle(page('', `<div>${short}</div>`)).readerable).toBe(false);
    expect(extractArticle(page('', `<article>${teasers(30)}</article>`)).readerable).toBe(false);
  });

  it('takes a story in short sections under subheadings', () => {
    const sections = Array.from(
      { length: 5 },
      (_, i) => `<h2>Part ${i + 1}</h2><p>${sentence(i)}</p>`,
    ).join('');
    expect(extractArticle(page('', `<div><h1>Ferry delays</h1>${sections}</div>`)).readerable).toBe(
      true,
    );
  });

  it('counts links to the site’s own pages as teasers, links to other sites as sources', () => {
    const notes = (href: (i: number) => string) => {
      const items = Array.from(
        { length: 12 },
        (_, i) =>
          `<li><a href="${href(i)}">Crash when a tide table opens offline, case ${i}</a> (fixed)</li>`,
      ).join('');
      return page(
        '<link rel="canonical" href="https://blog.tidewatch.example/2024/04/release/">',
        `<div><h1>Release 3.2</h1><p>${sentence(1)} ${sentence(2)}</p><p>${sentence(3)} ${sentence(4)}</p><h2>Fixed</h2><ul>${items}</ul></div>`,
      );
    };
    const sources = notes((i) => `https://bugs.harbour-tools.example/show?id=${i}`);
    expect(extractArticle(sources).readerable).toBe(true);
    expect(extractArticle(notes((i) => `/2024/03/story-${i}/`)).readerable).toBe(false);
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

  it('takes a story on a page laid out in tables, beside a column of links in one-cell rows', () => {
    // The old way to lay out a page: rows of one cell, each a link, around the story. Readability
    // takes the column in with the story; it is neither a grid of data nor a listing's teasers.
    const links = Array.from(
      { length: 14 },
      (_, i) => `Today: <a href="/tales/${i}.html">the fox and the crow, tale ${i}</a>`,
    );
    const around = (column: string) =>
      page(
        '',
        `<div><h1>The greedy dog</h1><p>${sentence(1)} ${sentence(2)}</p><p>${sentence(3)}</p>${column}</div>`,
      );
    const rows = links.map((link) => `<tr><td>${link}</td></tr>`).join('');
    expect(extractArticle(around(`<table>${rows}</table>`)).readerable).toBe(true);
    // The same links in the flow of the page are a listing's teasers.
    const items = links.map((link) => `<li>${link}</li>`).join('');
    expect(extractArticle(around(`<ul>${items}</ul>`)).readerable).toBe(false);
  });

  it('takes a long story on a page that declares itself a website (some news sites do)', () => {
    expect(extractArticle(page(og('website'), story(6))).readerable).toBe(true);
  });
  it('turns away a sign-up form whose terms are long prose, not a story beside a log-in box', () => {
    const terms = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Renewal ${i}. Your plan renews at the standard rate at the end of each billing period until you cancel it online, and we email you a week before any charge to the card on file.</p>`,
    ).join('');
    const fields =
      '<label>Email</label><input type="email"><label>Password</label><input type="password">';
    const signUp = `<h1>Subscribe</h1><form><h2>Create your account</h2>${fields}<div class="terms">${terms}</div><button>Continue</button></form>`;
    expect(extractArticle(page('', signUp)).readerable).toBe(false);
    // The same prose in a form that wraps the whole page, headline included (a site builder's
    // layout), and a story beside a log-in box: the form is not what the page is.
    expect(
      extractArticle(page('', `<form><h1>Renewals</h1>${terms}${fields}</form>`)).readerable,
    ).toBe(true);
    const login = `<aside><form><h3>Log in</h3>${fields}<button>Log in</button></form></aside>`;
    expect(extractArticle(page('', undeclared(3) + login)).readerable).toBe(true);
  });
});
