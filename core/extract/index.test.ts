import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { looksLikeClutter } from './prepare';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the story tells what the council decided, who argued for it and against it, and what happens next on the road that runs past the harbour.</p>`;

describe('extractArticle', () => {
  it('never touches the page it reads', () => {
    const page = doc(
      `<html><head><title>Story</title></head><body><nav>Menu</nav><article>${[1, 2, 3, 4].map(paragraph).join('')}</article><div class="share">Share</div></body></html>`,
    );
    const before = page.documentElement.outerHTML;
    extractArticle(page);
    expect(page.documentElement.outerHTML).toBe(before);
  });

  it('does not throw on an empty page or a page without text', () => {
    for (const html of ['', '<html></html>', '<html><body><img src="x.png"></body></html>']) {
      const article = extractArticle(doc(html));
      expect(article.paragraphs).toEqual([]);
      expect(article.readerable).toBe(false);
    }
  });

  it('says readerable for a long text even when isProbablyReaderable would not', () => {
    // Text straight in <div>s: isProbablyReaderable looks at <p>/<pre>/<article> only.
    const divs = Array.from({ length: 12 }, (_, i) => `<div>${paragraph(i).slice(3, -4)}</div>`);
    const article = extractArticle(doc(`<html><body>${divs.join('')}</body></html>`));
    expect(article.readerable).toBe(true);
  });

  it('says not readerable for a short page', () => {
    const article = extractArticle(doc('<html><body><p>Just a line of text.</p></body></html>'));
    expect(article.readerable).toBe(false);
  });

  it('reads title, site name, byline and language', () => {
    const page = doc(
      `<html lang="en-GB"><head><title>Cycle lane approved | Courier</title><meta property="og:site_name" content="Courier"><meta name="author" content="Maria Lopez"></head><body><article><h1>Cycle lane approved</h1>${[1, 2, 3].map(paragraph).join('')}</article></body></html>`,
    );
    const article = extractArticle(page);
    expect(article.siteName).toBe('Courier');
    expect(article.byline).toBe('Maria Lopez');
    expect(article.lang).toBe('en-GB');
    expect(article.paragraphs.map((p) => p.text)).not.toContain('Cycle lane approved');
  });
});

describe('extractArticle: captions and metadata', () => {
  const story = [1, 2, 3, 4].map(paragraph).join('');

  it('drops captions after Readability, and keeps a paragraph that a caption repeats', () => {
    const lede =
      'The council voted to build a protected cycle lane along the whole of Quay Road on Tuesday.';
    const page = doc(
      `<html><body><article><figure><img src="a.jpg"><figcaption>${lede}</figcaption></figure>` +
        `<p>${lede}</p>${story}<div class="photo-caption">Quay Road at rush hour, seen from the bridge over the harbour. Photo: Sam Reed</div></article></body></html>`,
    );
    const texts = extractArticle(page).paragraphs.map((p) => p.text);
    expect(texts.filter((t) => t === lede)).toHaveLength(1);
    expect(texts.join(' ')).not.toContain('rush hour');
  });

  it('keeps a caption that is a sentence of the story, not a label or one with its credit', () => {
    const sentence = 'Quay Road at rush hour, when a thousand cyclists use it every morning.';
    const page = doc(
      `<html><body><article>${story}<div class="photo-caption">${sentence}</div>` +
        `<figure><img src="a.jpg"><figcaption>Quay Road, Tuesday</figcaption></figure>` +
        `<div class="caption">The new lane seen from the bridge over the harbour. Photo: Sam Reed</div></article></body></html>`,
    );
    const texts = extractArticle(page).paragraphs.map((p) => p.text);
    expect(texts).toContain(sentence);
    expect(texts.join(' ')).not.toMatch(/Tuesday|Sam Reed/);
  });

  it('keeps an element whose name says it has no caption', () => {
    const page = doc(
      `<html><body><article><div class="item no_caption"><h2>The lede of the story is set as a heading above its picture, a full sentence long.</h2><img src="a.jpg"></div>${story}</article></body></html>`,
    );
    expect(extractArticle(page).paragraphs.map((p) => p.text)[0]).toContain(
      'The lede of the story',
    );
  });

  it('reads the title from JSON-LD in the body', () => {
    const page = doc(
      `<html><head><title>Cycle lane - Courier</title></head><body><article>${story}</article>` +
        `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cycle lane approved"}</script></body></html>`,
    );
    expect(extractArticle(page).title).toBe('Cycle lane approved');
  });
});

describe('looksLikeClutter', () => {
  it('names clutter by whole class/id tokens, not by substrings', () => {
    const el = (attrs: string) =>
      doc(`<html><body><div ${attrs}></div></body></html>`).querySelector('div') as Element;
    expect(looksLikeClutter(el('class="social-share"'))).toBe(true);
    expect(looksLikeClutter(el('id="relatedStories"'))).toBe(true);
    expect(looksLikeClutter(el('class="read-more-box"'))).toBe(true);
    expect(looksLikeClutter(el('class="article-disclaimer"'))).toBe(true);
    expect(looksLikeClutter(el('id="affiliateDisclaimer"'))).toBe(true);
    expect(looksLikeClutter(el('class="commentary shared-header"'))).toBe(false);
    expect(looksLikeClutter(el('class="loader header"'))).toBe(false);
  });
});
