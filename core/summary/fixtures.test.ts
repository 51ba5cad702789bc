import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import { fromParagraphs } from '../text/source-text';
import { detectLanguage } from '../text/language';
import { summarize } from './index';

/** Articles written for these tests in German, French and Japanese, with their sentences. */
interface Fixture {
  lang: string;
  title: string;
  joiner?: string;
  paragraphs: string[][];
  summary: { must_include_one_of: string[]; must_not_include: string[] };
}

const DIR = join(import.meta.dirname, '../../tests/fixtures/summary');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture] as const);

describe.each(fixtures)('fixture %s', (_name, fx) => {
  const source = fromParagraphs(
    fx.paragraphs.map((p) => ({ text: p.join(fx.joiner ?? ' '), kind: 'paragraph' as const })),
  );

  it('splits into exactly the expected sentences, with paragraph indices and offsets', () => {
    const sentences = splitSentences(source, fx.lang);
    expect(sentences.map((s) => s.text)).toEqual(fx.paragraphs.flat());
    expect(sentences.map((s) => s.paragraph)).toEqual(
      fx.paragraphs.flatMap((p, i) => p.map(() => i)),
    );
    for (const s of sentences) expect(source.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives a sensible default summary: the key fact, no clutter, in document order', () => {
    const sentences = splitSentences(source, fx.lang);
    const summary = summarize(source, sentences, { lang: fx.lang, title: fx.title });
    const texts = summary.map((s) => s.text);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.some((t) => fx.summary.must_include_one_of.includes(t))).toBe(true);
    for (const bad of fx.summary.must_not_include) expect(texts).not.toContain(bad);
    const starts = summary.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('is recognised as its language when the page declares none', () => {
    expect(detectLanguage(source.text)).toBe(fx.lang);
  });
});
