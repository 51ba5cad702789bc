import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { coveredText, indexText, toRange, type Located } from './locate';

function page(body: string): Document {
  return parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
}

describe('indexText / find', () => {
  it('finds a sentence across inline elements and raw whitespace', () => {
    const doc = page(
      '<p>Intro.</p><p>Kim   <b>greeted</b>\n  him on the <a href="#">tarmac</a>.</p>',
    );
    const found = indexText(doc.body).find('Kim greeted him on the tarmac.');
    expect(found).not.toBeNull();
    const located = found as Located;
    expect(located.start.node.nodeValue).toBe('Kim   ');
    expect(located.start.offset).toBe(0);
    expect(located.end.node.nodeValue).toBe('.');
    expect(located.end.offset).toBe(1);
    expect(coveredText(located).replace(/\s+/g, ' ')).toBe('Kim greeted him on the tarmac.');
  });

  it('starts and ends inside text nodes', () => {
    const doc = page('<p>First sentence here. Second one follows. Third.</p>');
    const located = indexText(doc.body).find('Second one follows.') as Located;
    expect(located.start.offset).toBe('First sentence here. '.length);
    expect(coveredText(located)).toBe('Second one follows.');
  });

  it('finds the next occurrence after `next`, and null when absent', () => {
    const doc = page('<p>Same line.</p><div>other</div><p>Same line.</p>');
    const index = indexText(doc.body);
    const first = index.find('Same line.') as Located;
    const second = index.find('Same line.', first.next) as Located;
    expect(second.start.node).not.toBe(first.start.node);
    expect(index.find('Same line.', second.next)).toBeNull();
    expect(index.find('Not on the page')).toBeNull();
    expect(index.find('   ')).toBeNull();
  });

  it('ignores script and style text', () => {
    const doc = page('<script>var hidden = "needle";</script><p>visible</p>');
    expect(indexText(doc.body).find('needle')).toBeNull();
  });

  it('toRange sets the boundary points on a DOM Range', () => {
    const doc = page('<p>Alpha beta gamma.</p>');
    const located = indexText(doc.body).find('beta') as Located;
    const calls: unknown[][] = [];
    const fakeRange = {
      setStart: (...args: unknown[]) => calls.push(['start', ...args]),
      setEnd: (...args: unknown[]) => calls.push(['end', ...args]),
    };
    const fakeDoc = { createRange: () => fakeRange } as unknown as Document;
    expect(toRange(fakeDoc, located)).toBe(fakeRange);
    expect(calls).toEqual([
      ['start', located.start.node, 6],
      ['end', located.end.node, 10],
    ]);
  });
});
