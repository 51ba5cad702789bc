import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { copyForReading } from './copy';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the story tells what the council decided, who argued for it and against it, and what happens next on the road that runs past the harbour.</p>`;

const copyOf = (body: string, head = '<title>Story</title>') =>
  copyForReading(doc(`<html lang="en"><head>${head}</head><body>${body}</body></html>`)).doc;

describe('copyForReading', () => {
  it('keeps a clutter-named wrapper that holds most of the page, and drops a small one', () => {
    const copy = copyOf(
      `<div class="post has-comments">${[1, 2, 3].map(paragraph).join('')}</div><div class="comments"><p>Nice.</p></div>`,
    );
    expect(copy.querySelector('.has-comments')).not.toBeNull();
    expect(copy.querySelector('div.comments')).toBeNull();
  });

  it('measures the share of the page without the furniture', () => {
    // The form holds a third of all text, but half of the text a reader reads: it stays.
    const copy = copyOf(
      `<nav>${paragraph(0)}${paragraph(1)}</nav><form>${paragraph(2)}</form>${paragraph(3)}`,
    );
    expect(copy.querySelector('nav')).toBeNull();
    expect(copy.querySelector('form')).not.toBeNull();
  });

  it('leaves out furniture, comments, inline SVG and blank text at block edges', () => {
    const copy = copyOf(
      '\n  <div>\n    <p>One <b>bold</b> <i>word</i>.</p>\n    <!-- note --><script>x()</script><svg><title>Icon</title></svg>\n  </div>\n',
    );
    expect(copy.body.innerHTML).toBe('<div><p>One <b>bold</b> <i>word</i>.</p></div>');
  });

  it('keeps the blank text of preformatted text', () => {
    const copy = copyOf('<pre>\n  <code>a</code>\n  <code>b</code>\n</pre>');
    expect(copy.querySelector('pre')?.textContent).toBe('\n  a\n  b\n');
  });

  it('copies only the attributes that are read, except on media', () => {
    const copy = copyOf(
      '<p class="lede" id="top" data-track="x" onclick="steal()" aria-label="Intro" lang="fr">Text</p><img data-src="a.jpg" alt="A">',
    );
    const p = copy.querySelector('p') as Element;
    expect(p.getAttributeNames().sort()).toEqual(['class', 'id', 'lang']);
    expect(copy.querySelector('img')?.getAttribute('data-src')).toBe('a.jpg');
  });

  it('copies the head whole and never touches the page', () => {
    const page = doc(
      '<html><head><title>Story</title><meta name="author" content="Maria"><script type="application/ld+json">{}</script></head><body><nav>Menu</nav><p data-x="1">Text</p></body></html>',
    );
    const before = page.documentElement.outerHTML;
    const copy = copyForReading(page).doc;
    expect(copy.head.innerHTML).toBe(page.head.innerHTML);
    expect(copy.title).toBe('Story');
    expect(page.documentElement.outerHTML).toBe(before);
  });

  describe('name cards', () => {
    const name = '<a href="/people/ann-lee">Ann Lee</a>';
    const card = (extra = '') =>
      `<span class="card"><img src="/ann.jpg"><a href="/people/ann-lee">Ann Lee</a><a href="/story/1">Lee backs the ferry plan</a>${extra}</span>`;
    const text = (body: string) => copyOf(`<p>Rep. ${body} said so.</p>`).body.textContent;

    it('leaves out the card after a name', () => {
      expect(text(`${name}${card()}`)).toBe('Rep. Ann Lee said so.');
    });

    it('reads an element too large to be a card (only a small one is read)', () => {
      // 100 empty elements besides the card's own: past the 100 nodes a card may hold.
      const large = text(`${name}${card('<i><b></b></i>'.repeat(50))}`);
      expect(large).toContain('Lee backs the ferry plan');
      // Nor is a link of more than 100 nodes a name.
      const longName = `<a href="/people/ann-lee">Ann Lee${'<b></b>'.repeat(100)}</a>`;
      expect(text(`${longName}${card()}`)).toContain('Lee backs the ferry plan');
    });

    it('reads a page of nested would-be cards, none a card for the story below them', () => {
      const depth = 1_000;
      const story = [1, 2, 3, 4, 5, 6].map(paragraph).join('');
      const copy = copyOf(
        `<p>${`${name}<span>`.repeat(depth)}${story}${'</span>'.repeat(depth)}</p>`,
      );
      const read = copy.body.textContent ?? '';
      expect(read.split('Ann Lee')).toHaveLength(depth + 1);
      expect(read).toContain('Paragraph 6 of the story');
    });
  });

  describe('a story kept out of sight', () => {
    const story = [1, 2, 3].map(paragraph).join('');
    const shell = (hidden: string) =>
      `<div id="app">Loading…</div>${hidden}<footer>© Courier</footer>`;
    const text = (copy: Document) => copy.body.textContent ?? '';

    it('reads a <noscript> that holds the story (parsed as elements, as without scripting)', () => {
      expect(text(copyOf(shell(`<noscript><article>${story}</article></noscript>`)))).toContain(
        'Paragraph 3 of the story',
      );
    });

    it('reads a <noscript> whose story is text (as a browser with scripting keeps it)', () => {
      const page = doc(`<html><head></head><body>${shell('<noscript></noscript>')}</body></html>`);
      (page.querySelector('noscript') as Element).textContent = `<article>${story}</article>`;
      const copy = copyForReading(page).doc;
      expect(copy.querySelectorAll('p')).toHaveLength(3);
    });

    it('reads an HTML template in a script, never one of JSON, never its scripts', () => {
      const page = doc(
        `<html><head></head><body>${shell('<script type="text/template"></script>')}</body></html>`,
      );
      (page.querySelector('script') as Element).textContent =
        `<article>${story}<script>steal()</script></article>`;
      const copy = copyForReading(page).doc;
      expect(copy.querySelectorAll('p')).toHaveLength(3);
      expect(copy.querySelector('script')).toBeNull();
      const json = `<script type="text/template">{"html": "${story.replace(/"/g, "'")}"}</script>`;
      expect(copyOf(shell(json)).querySelectorAll('p')).toHaveLength(0);
    });

    it('leaves a <noscript> alone on a page that shows its story', () => {
      const copy = copyOf(
        `${story}<noscript><p>Please turn on JavaScript to comment.</p></noscript>`,
      );
      expect(text(copy)).not.toContain('JavaScript');
      const twice = copyOf(
        `<article>${story}</article><noscript><article>${story}</article></noscript>`,
      );
      expect(twice.querySelectorAll('p')).toHaveLength(3);
    });
  });
});

describe('extractArticle with the page’s hidden test', () => {
  it('reads nothing the reader cannot see: summary and actors then share one text', async () => {
    const { extractArticle } = await import('./index');
    const page = doc(
      `<html lang="en"><head><title>Story</title></head><body><article>${[1, 2, 3, 4].map(paragraph).join('')}` +
        `<div class="locked"><p>Subscribers read that Margot Ellery met the Harbour Board in Tarnwick.</p>${[5, 6].map(paragraph).join('')}</div></article></body></html>`,
    );
    const hidden = (el: Element) => el.classList.contains('locked');
    const seen = extractArticle(page, { isHidden: hidden });
    expect(seen.paragraphs.map((p) => p.text).join(' ')).not.toContain('Margot Ellery');
    expect(seen.paragraphs.length).toBe(4);
    // Without the test (the CLI, which has no style), the markup decides as before.
    expect(
      extractArticle(page)
        .paragraphs.map((p) => p.text)
        .join(' '),
    ).toContain('Margot Ellery');
  });
});
