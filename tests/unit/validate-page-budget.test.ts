/**
 * lib/page/page-budget.ts on a DOM in Node (linkedom): the first part of a page past the budget, the
 * page itself untouched, wrapper chains unwrapped only on a deep page. In the browser, on real
 * 5 MB / 200,000-node / 3,000-deep pages: tests/e2e/hostile-size.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { pageSize, PAGE_BUDGET, readablePart } from '@/lib/page/page-budget';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} has some words in it.</p>`).join('');
const doc = (body: string) =>
  parseDocument(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`);

describe('readablePart', () => {
  it('leaves a page within budget alone', () => {
    expect(
      readablePart(doc(paragraphs(10)), { chars: 10_000, elements: 1_000, depth: 50 }),
    ).toBeNull();
  });

  it('cuts a page past its character budget after the first part, keeping the head', () => {
    const page = doc(paragraphs(1_000));
    const before = page.body.innerHTML;
    const part = readablePart(page, { chars: 3_000, elements: 100_000, depth: 50 });
    expect(part?.truncated).toBe(true);
    const text = part?.doc.body.textContent ?? '';
    expect(text.length).toBe(3_000);
    expect(text.startsWith('Paragraph 0 ')).toBe(true);
    expect(part?.doc.title).toBe('T');
    expect(page.body.innerHTML).toBe(before); // the page itself is untouched
  });

  it('cuts a page past its element budget', () => {
    const part = readablePart(doc(paragraphs(1_000)), { chars: 1e9, elements: 100, depth: 50 });
    expect(part?.truncated).toBe(true);
    expect(part?.doc.body.querySelectorAll('p').length).toBeLessThanOrEqual(100);
  });

  it('keeps only the budget of one huge text node', () => {
    const part = readablePart(doc(`<pre>${'word '.repeat(100_000)}</pre>`), {
      chars: 5_000,
      elements: 1e9,
      depth: 50,
    });
    expect(part?.truncated).toBe(true);
    expect(part?.doc.body.textContent?.length).toBe(5_000);
  });

  it('unwraps one-child wrapper chains of a too-deep page, keeping all its text', () => {
    const depth = 300;
    const deep = `${'<div>'.repeat(depth)}${paragraphs(3)}${'</div>'.repeat(depth)}`;
    const part = readablePart(doc(deep), { chars: 1e9, elements: 1e9, depth: 100 });
    expect(part?.truncated).toBe(false);
    expect(part?.doc.body.querySelectorAll('div').length).toBeLessThan(2);
    expect(part?.doc.body.querySelectorAll('p').length).toBe(3);
  });

  it('counts only what a reader sees: no script, style, template or SVG text, spaces as one', () => {
    const unseen =
      `<script>${'var x = 1;'.repeat(10_000)}</script><style>${'p{}'.repeat(10_000)}</style>` +
      `<noscript>${'x'.repeat(10_000)}</noscript><template><p>${'y'.repeat(10_000)}</p></template>` +
      `<svg><text>${'z'.repeat(10_000)}</text></svg>`;
    const page = doc(
      `${unseen}<div>${' '.repeat(50_000)}\n${'\t'.repeat(50_000)}</div><p>Seen  text.</p>`,
    );
    const size = pageSize(page);
    // The 100,000 blank characters count as one, "Seen  text." as "Seen text.".
    expect(size.chars).toBe(1 + 'Seen text.'.length);
    // The unseen text would have blown a 60,000-character budget before the article started.
    expect(readablePart(page, { chars: 1_000, elements: 100, depth: 50 })).toBeNull();
  });

  it('cuts an article that starts after a large inline script and deep indentation, never', () => {
    const article = paragraphs(300); // about 11,000 characters, a long real article
    const page = doc(`<script>${'x'.repeat(300_000)}</script>${' \n'.repeat(100_000)}${article}`);
    expect(readablePart(page, PAGE_BUDGET)).toBeNull();
  });

  it('leaves out what the hidden test hides, and counts none of it', () => {
    const page = doc(`${paragraphs(3)}<section class="paywall">${paragraphs(500)}</section>`);
    const hidden = (el: Element) => el.classList.contains('paywall');
    expect(pageSize(page, hidden).chars).toBeLessThan(200);
    // In a copy (a deep page), the hidden part is left out too: the copy has no style to ask.
    const deep = doc(
      `${'<div>'.repeat(60)}${paragraphs(3)}<section class="paywall">${paragraphs(5)}</section>${'</div>'.repeat(60)}`,
    );
    const part = readablePart(deep, { chars: 1e9, elements: 1e9, depth: 50 }, hidden);
    expect(part?.doc.body.textContent).toContain('Paragraph 2 ');
    expect(part?.doc.querySelector('.paywall')).toBeNull();
  });

  it('counts a text as a reader sees it: each run of whitespace as one character', () => {
    const text = fc.stringMatching(/^[ab \n\t]{0,60}$/);
    fc.assert(
      fc.property(text, (t) => {
        const size = pageSize(doc(`<p>${t}</p>`));
        const seen = t.replace(/[ \n\t]+/g, ' ');
        expect(size.chars).toBe(seen.length);
      }),
    );
  });
});
