import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { BylineFirstReadability } from './readability';

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

function parse(Reader: new (doc: Document) => { parse(): unknown }, body: string): unknown {
  const doc = parseDocument(
    `<html><head><title>Ferry</title></head><body><article>${body}${STORY}</article></body></html>`,
  );
  return new Reader(doc).parse();
}

describe('BylineFirstReadability', () => {
  it('overrides a method Readability really has (a rename upstream would make it plain Readability)', () => {
    const base = Readability.prototype as unknown as Record<string, unknown>;
    const ours = BylineFirstReadability.prototype as unknown as Record<string, unknown>;
    expect(typeof base._isValidByline).toBe('function');
    expect(ours._isValidByline).not.toBe(base._isValidByline);
  });

  it.each(Object.entries(PAGES))('gives what Readability gives: %s', (name, byline) => {
    const plain = parse(Readability as never, byline) as { byline: string | null };
    const ours = parse(BylineFirstReadability as never, byline);
    expect(ours).toEqual(plain);
    if (name === 'relAuthor') expect(plain.byline).toBe('Ana Silva');
    if (name === 'tooLong' || name === 'none') expect(plain.byline).toBeNull();
  });
});
