import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { CheapChecksFirstReadability } from './readability';

const STORY = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i} of the story tells how the harbour council met again on Tuesday, and how the ferry line it approved will run from spring.</p>`,
).join('');

/** Pages whose byline Readability finds (or must not find) in different ways. */
const PAGES = {
  relAuthor: `<a rel="author" href="/ana">Ana Silva</a>`,
  itempropAuthor: `<div itemprop="author"><span itemprop="name">Ana Silva</span>, Lisbon</div>`,
  bylineClass: `<p class="article-byline">By Ana Silva and Tom Weiss</p>`,
  tooLong: `<p class="byline">${'A very long line that is no byline at all. '.repeat(4)}</p>`,
  emptyByline: `<div class="byline">   </div>`,
  none: `<p class="lede">No byline on this page.</p>`,
};

/** Hidden (or not) in each of the ways Readability's visibility test knows. */
const HIDDEN = `
  <p style="display: none">Hidden by display, a paragraph that no reader sees on the page.</p>
  <p style="visibility:hidden">Hidden by visibility, a paragraph no reader sees either.</p>
  <p style="color: red; display: block">Shown with a style, a paragraph every reader sees.</p>
  <p hidden>Hidden by the hidden attribute, a paragraph nobody sees on the page at all.</p>
  <p aria-hidden="true">Hidden from assistive technology, a paragraph Readability drops.</p>
  <p aria-hidden="false">Not hidden from anyone, a paragraph Readability keeps in the text.</p>
  <p aria-hidden="true" class="mwe-math-fallback-image-inline">A formula image kept.</p>
  <svg aria-hidden="true" class="fallback-image"><text>A drawing's text</text></svg>`;

function parse(Reader: new (doc: Document) => { parse(): unknown }, body: string): unknown {
  const doc = parseDocument(
    `<html><head><title>Ferry</title></head><body><article>${body}${STORY}</article></body></html>`,
  );
  return new Reader(doc).parse();
}

describe('CheapChecksFirstReadability', () => {
  it.each(['_isValidByline', '_isProbablyVisible', '_getArticleTitle'])(
    'overrides %s, a method Readability really has (a rename upstream would make it plain Readability)',
    (method) => {
      const base = Readability.prototype as unknown as Record<string, unknown>;
      const ours = CheapChecksFirstReadability.prototype as unknown as Record<string, unknown>;
      expect(typeof base[method]).toBe('function');
      expect(ours[method]).not.toBe(base[method]);
    },
  );

  it.each(Object.entries(PAGES))('gives what Readability gives: %s', (name, byline) => {
    const plain = parse(Readability as never, byline) as { byline: string | null };
    const ours = parse(CheapChecksFirstReadability as never, byline);
    expect(ours).toEqual(plain);
    if (name === 'relAuthor') expect(plain.byline).toBe('Ana Silva');
    if (name === 'tooLong' || name === 'none') expect(plain.byline).toBeNull();
  });

  it('keeps and drops the same elements as Readability for every kind of hiding', () => {
    const plain = parse(Readability as never, HIDDEN) as { textContent: string };
    expect(parse(CheapChecksFirstReadability as never, HIDDEN)).toEqual(plain);
    expect(plain.textContent).toContain('Shown with a style');
    expect(plain.textContent).toContain('Not hidden from anyone');
    expect(plain.textContent).not.toContain('Hidden by display');
    expect(plain.textContent).not.toContain('Hidden by the hidden attribute');
  });

  it.each([
    ['Lorem ipsum dolor sit amet – My website', 'Lorem ipsum dolor sit amet'],
    ['Ferry line to run from spring — The Courier', 'Ferry line to run from spring'],
    ['Ferry line to run from spring · The Courier', 'Ferry line to run from spring'],
    ['Ferry line to run from spring | The Courier', 'Ferry line to run from spring'],
    ['Ferry line to run from spring - The Courier', 'Ferry line to run from spring'],
    // Cut to four words or fewer: the title stays whole (the cut part may be the story's).
    [
      'Evolve: Shared Mutable History — evolve extension',
      'Evolve: Shared Mutable History — evolve extension',
    ],
    // Too short before the separator: the site's name comes first, and goes.
    ['The Courier – Ferry line to run from spring', 'Ferry line to run from spring'],
  ])('takes the title from <title> %j as %j', (title, expected) => {
    const doc = parseDocument(
      `<html><head><title>${title}</title></head><body><article>${STORY}</article></body></html>`,
    );
    expect(new CheapChecksFirstReadability(doc).parse()?.title).toBe(expected);
  });
});
