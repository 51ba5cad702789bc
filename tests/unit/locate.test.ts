import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseTexts, TextLocator } from '@/lib/page/locate';

/** The page text a located span covers, read back through the node map. */
function pageSlice(datas: string[], at: { start: number; end: number }): string {
  const c = collapseTexts(datas);
  const a = { node: c.nodeOf[at.start] as number, offset: c.offsetOf[at.start] as number };
  const b = {
    node: c.nodeOf[at.end - 1] as number,
    offset: (c.offsetOf[at.end - 1] as number) + 1,
  };
  if (a.node === b.node) return (datas[a.node] as string).slice(a.offset, b.offset);
  return [
    (datas[a.node] as string).slice(a.offset),
    ...datas.slice(a.node + 1, b.node),
    (datas[b.node] as string).slice(0, b.offset),
  ].join('');
}

function must<T>(x: T | null): T {
  if (x === null) throw new Error('not located');
  return x;
}

describe('collapseTexts', () => {
  it('collapses whitespace across nodes as extraction does, keeping each char’s origin', () => {
    const c = collapseTexts(['\n  Hello ', 'Kim', '\u00a0 Jong\tUn. ', '\n']);
    expect(c.text).toBe('Hello Kim Jong Un.');
    expect(c.nodeOf.length).toBeGreaterThanOrEqual(c.text.length);
    expect([c.nodeOf[6], c.offsetOf[6]]).toEqual([1, 0]); // the K of Kim
  });

  it('maps every character of any text back to its node (whitespace runs to their first)', () => {
    const nodes = fc.array(
      fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '\u00a0', '.') }),
    );
    fc.assert(
      fc.property(nodes, (datas) => {
        const c = collapseTexts(datas);
        expect(c.text).toBe(datas.join('').replace(/\s+/g, ' ').trim());
        for (let i = 0; i < c.text.length; i++) {
          const origin = (datas[c.nodeOf[i] as number] as string)[c.offsetOf[i] as number] ?? '';
          expect(c.text[i] === ' ' ? /\s/.test(origin) : origin === c.text[i]).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('TextLocator', () => {
  // A page: clutter, then the article's two paragraphs split over inline nodes.
  const page = [
    'Menu Home World ',
    'Read more: Kim wins again. ',
    'North Korean leader ',
    'Kim Jong Un',
    ' greeted him.',
    '\n\n',
    'Putin’s visit to Pyongyang.',
  ];
  const analysed = 'North Korean leader Kim Jong Un greeted him.\n\nPutin’s visit to Pyongyang.';
  const locator = new TextLocator(analysed, collapseTexts(page));
  const find = (needle: string, from = 0) => {
    const start = analysed.indexOf(needle, from);
    return locator.locate({ start, end: start + needle.length });
  };

  it('maps a mention through its paragraph, not to an earlier match in the clutter', () => {
    const at = find('Kim');
    expect(at).not.toBeNull();
    expect(pageSlice(page, must(at))).toBe('Kim');
    expect(must(at).start).toBe(collapseTexts(page).text.indexOf('North Korean') + 20);
  });

  it('maps spans in later paragraphs and across nodes', () => {
    expect(pageSlice(page, must(find('Pyongyang')))).toBe('Pyongyang');
    expect(pageSlice(page, must(find('leader Kim Jong Un greeted')))).toBe(
      'leader Kim Jong Un greeted',
    );
  });

  it('falls back to the words themselves when extraction rewrote a paragraph', () => {
    const rewritten = 'Kim Jong Un greeted him.'; // dateline dropped by the cleanup
    const l = new TextLocator(rewritten, collapseTexts(page));
    const at = l.locate({ start: 0, end: 11 });
    expect(pageSlice(page, must(at))).toBe('Kim Jong Un');
  });

  it('finds a paragraph with line breaks, which the page’s text shows as spaces', () => {
    const lines = ['Dates: ', 'June 9 – Tampa', '\n', 'June 10 – Miami'];
    const text = 'June 9 – Tampa\nJune 10 – Miami';
    const l = new TextLocator(text, collapseTexts(lines));
    expect(pageSlice(lines, must(l.locate({ start: 9, end: 22 })))).toBe('Tampa\nJune 10');
    expect(must(l.locate({ start: 15, end: 19 })).start).toBe('Dates: June 9 – Tampa '.length);
  });

  it('answers null for what is not in the page or out of range', () => {
    const l = new TextLocator('Nothing like this here.', collapseTexts(page));
    expect(l.locate({ start: 0, end: 7 })).toBeNull();
    expect(locator.locate({ start: 5, end: 5 })).toBeNull();
    expect(locator.locate({ start: 0, end: analysed.length + 1 })).toBeNull();
  });
});
