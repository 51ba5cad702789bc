import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf } from './blocks';

function root(html: string): Element {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root') as unknown as Element;
}

describe('blocksOf', () => {
  it('keeps loose text between blocks as blocks of its own', () => {
    const blocks = blocksOf(root('Loose lead text.<p>A paragraph.</p>Trailing <b>text</b>.'));
    expect(blocks.map((b) => b.text)).toEqual([
      'Loose lead text.',
      'A paragraph.',
      'Trailing text.',
    ]);
  });

  it('gives each block its kind from the nearest heading, list item or quote', () => {
    const blocks = blocksOf(
      root('<h2>Sub</h2><ul><li>Item</li></ul><blockquote><p>Quoted</p></blockquote><p>Plain</p>'),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Sub'],
      ['list-item', 'Item'],
      ['quote', 'Quoted'],
      ['paragraph', 'Plain'],
    ]);
  });

  it('reads a table row as one block with cells apart, and collapses whitespace', () => {
    const blocks = blocksOf(
      root('<table><tr><td>2023</td><td>11</td></tr></table><p> a \n b </p>'),
    );
    expect(blocks.map((b) => b.text)).toEqual(['2023 11', 'a b']);
  });

  it('keeps a line break as one newline, and the markup’s own newlines as spaces', () => {
    const [block] = blocksOf(
      root('<p>June 9 – Tampa\n  <br>\n  June 10 – Miami <br><br> June 14 – Atlanta<br></p>'),
    );
    expect(block?.text).toBe('June 9 – Tampa\nJune 10 – Miami\nJune 14 – Atlanta');
  });

  it('counts link characters', () => {
    const [block] = blocksOf(root('<p><a href="#">Read</a> on</p>'));
    expect(block?.linkChars).toBe(4);
    expect(block?.rawChars).toBe(6);
  });

  it('skips scripts and styles', () => {
    expect(blocksOf(root('<p>Text<script>var x = 1;</script><style>p{}</style></p>'))).toHaveLength(
      1,
    );
  });

  it('drops soft hyphens and zero-width spaces inside words, and keeps the joiners', () => {
    const blocks = blocksOf(
      root(
        '<p>Donau\u00ADdampf\u00ADschiff, zero\u200Bwidth, bom\uFEFFless, word\u2060joiner</p><p>می\u200Cخواهم</p>',
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Donaudampfschiff, zerowidth, bomless, wordjoiner',
      'می\u200Cخواهم',
    ]);
  });

  it('records where the first link of a block points', () => {
    const [block] = blocksOf(
      root('<p>See <a href="https://example.org/a">this</a> and <a href="/b">that</a></p>'),
    );
    expect(block?.href).toBe('https://example.org/a');
  });
});
