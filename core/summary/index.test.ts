import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import { fromPlainText } from '../text/source-text';
import { countWords } from '../text/tokens';
import { summarize } from './index';

const ARTICLE = [
  'The city council approved a plan on Tuesday to build a new bridge across the river.',
  'The bridge will cost 40 million euros and open in 2027, the council said.',
  'Published: 10:02, 3 April | Updated: 11:40, 3 April',
  'Council members argued for hours about the cost of the bridge before the vote.',
  'Read more: Ten other bridges that changed their cities',
  'Residents have waited decades for a second crossing over the river.',
  'Traffic on the old bridge has doubled since 2010, according to the city.',
  'The city council approved a plan on Tuesday to build a new bridge across the river.',
  'Some shop owners fear the building work will keep customers away for years.',
  'The mayor said the new bridge would be built with as little disruption as possible.',
  'A cycling lane and a footpath are part of the design.',
  'Work is expected to begin next spring.',
].join(' ');

function run(options: Parameters<typeof summarize>[2] = {}) {
  const source = fromPlainText(ARTICLE);
  const sentences = splitSentences(source, 'en');
  return { source, sentences, summary: summarize(source, sentences, { lang: 'en', ...options }) };
}

describe('summarize', () => {
  it('returns article sentences in document order with their offsets', () => {
    const { source, summary } = run();
    expect(summary.length).toBeGreaterThan(0);
    for (let i = 1; i < summary.length; i++)
      expect(summary[i]?.start).toBeGreaterThan(summary[i - 1]?.start ?? Infinity);
    for (const s of summary) expect(source.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives exactly N sentences when asked', () => {
    for (const n of [1, 2, 3, 5]) expect(run({ sentences: n }).summary).toHaveLength(n);
  });

  it('never picks clutter lines or the same sentence twice', () => {
    const { summary } = run({ sentences: 6 });
    const texts = summary.map((s) => s.text);
    expect(texts.some((t) => t.startsWith('Published') || t.startsWith('Read more'))).toBe(false);
    expect(new Set(texts).size).toBe(texts.length);
    const first =
      'The city council approved a plan on Tuesday to build a new bridge across the river.';
    expect(texts.filter((t) => t === first)).toHaveLength(1);
  });

  it('orders lengths: short ≤ medium ≤ long, medium near its 75-word budget', () => {
    const words = (o: Parameters<typeof summarize>[2]) =>
      run(o).summary.reduce((n, s) => n + countWords(s.text), 0);
    const short = words({ length: 'short' });
    const medium = words({});
    const long = words({ length: 'long' });
    expect(short).toBeLessThanOrEqual(medium);
    expect(medium).toBeLessThanOrEqual(long);
    expect(medium).toBeGreaterThan(40);
    expect(medium).toBeLessThan(110);
  });

  it('prefers sentences on the title topic among equally placed ones', () => {
    const text =
      'Farmers in the valley harvested apples early this year. Storms damaged the old mill roof in the valley. ' +
      'The school in the valley opened a new library for children.';
    const source = fromPlainText(text);
    const sentences = splitSentences(source, 'en');
    const pick = (title: string) =>
      summarize(source, sentences, { lang: 'en', sentences: 1, title })[0]?.text ?? '';
    expect(pick('New library opens for valley school children')).toMatch(/library/);
    expect(pick('Storm damages historic mill')).toMatch(/mill/);
  });

  it('one sentence: the sentence that covers the key terms, not a short opener', () => {
    // No lead: the opener is a scene; the key terms (council, bridge, river, vote) recur later.
    const text = [
      'Rain fell all morning.',
      'The council voted to build a bridge over the river.',
      'The bridge over the river was approved after the council vote on Tuesday evening.',
      'The vote followed years of debate in the council about the river crossing.',
      'Some residents still doubt the bridge.',
      'Shops on the river bank hope for more customers.',
    ].join(' ');
    const source = fromPlainText(text);
    const [only, ...rest] = summarize(source, splitSentences(source, 'en'), {
      lang: 'en',
      sentences: 1,
    });
    expect(rest).toHaveLength(0);
    expect(only?.text).toMatch(/^The bridge over the river was approved/);
  });

  it('copes with empty input and texts of clutter only', () => {
    expect(summarize(fromPlainText(''), [], {})).toEqual([]);
    const source = fromPlainText('Home\n\nNews\n\nSport');
    expect(summarize(source, splitSentences(source, 'en'), { sentences: 2 })).toHaveLength(2);
  });
});
