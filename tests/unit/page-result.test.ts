import { describe, expect, it } from 'vitest';
import { toHtml, toMarkdown, toPlainText } from '../../core/formats';
import { analyzeText } from '../../core/pipeline';
import { pageResult } from '@/lib/worker/page-result';
import type { ArticleStats } from '../../core/types';
import type { PageInfo } from '@/lib/protocol/protocol';
import { readingFigures } from '@/lib/protocol/reading-figures';

/** The page every case below starts from. */
const PAGE: PageInfo = {
  url: 'https://news.example/ferry',
  title: 'Ferry line opens',
  siteName: null,
  byline: null,
  publishedTime: null,
  readerable: true,
};

/** The copies the background makes are the core formats' output for the shown title and URL. */
describe('copy texts in a page result (lib/worker/copy.ts, lib/worker/page-result.ts)', () => {
  const analysis = analyzeText(
    'Mayor Ingrid Haller opened the ferry line in Port Elmsley on Monday. ' +
      'The Harbour Council had approved it in spring. Ingrid Haller said more lines would follow. ' +
      'Residents of Port Elmsley welcomed the service.',
    { title: 'From the text', lang: 'en', length: 'short' },
  );
  const page = PAGE;
  const { copies } = pageResult(page, analysis);
  const source = { ...analysis, title: page.title };

  it('gives "Copy summary" the plain text without key actors', () => {
    expect(copies.withoutActors.plain).toBe(toPlainText(source, page.url));
    expect(copies.withoutActors.plain).not.toContain('Key actors');
  });

  it('gives each format with a line of five key actors, and without', () => {
    const five = { keyActors: 5 };
    expect(copies.withActors).toEqual({
      plain: toPlainText(source, page.url, five),
      markdown: toMarkdown(source, page.url, five),
      html: toHtml(source, page.url, five),
    });
    expect(copies.withActors.markdown).toContain('**Key actors:**');
    expect(copies.withoutActors.markdown).toBe(toMarkdown(source, page.url));
    expect(copies.withoutActors.html).toBe(toHtml(source, page.url));
  });

  it("uses the analysis' title when the page has none", () => {
    const untitled = pageResult({ ...page, title: '' }, analysis).copies;
    expect(untitled.withoutActors.plain.split('\n')[0]).toBe('From the text');
  });
});

describe('marks in a page result (lib/protocol/marks.ts, lib/worker/page-result.ts)', () => {
  const analysis = analyzeText(
    'Mayor Ingrid Haller opened the ferry line in Port Elmsley on Monday. ' +
      'Ingrid Haller said more lines would follow soon.',
    { lang: 'en', length: 'short' },
  );
  const { marks } = pageResult(PAGE, analysis);

  it('describes each actor in full: type, name, mentions in the article, aliases', () => {
    const { actorTitles } = pageResult(PAGE, analysis);
    expect(actorTitles).toHaveLength(analysis.actors.length);
    const haller = analysis.actors.findIndex((a) => a.name === 'Ingrid Haller');
    expect(actorTitles[haller]).toMatch(/^People: Ingrid Haller, \d+ mentions? in the article/);
  });

  it('cuts each summary sentence at every actor mention, keeping its text', () => {
    expect(marks).toHaveLength(analysis.summary.length);
    analysis.summary.forEach((sentence, i) => {
      expect(marks[i]?.map((seg) => seg.text).join('')).toBe(sentence.text);
    });
    const marked = marks.flat().filter((seg) => seg.type);
    expect(marked.map((seg) => seg.text)).toContain('Ingrid Haller');
    for (const seg of marked) {
      const actor = analysis.actors[seg.actor ?? -1];
      expect(actor?.type).toBe(seg.type);
      expect(seg.text.length).toBeGreaterThan(0);
    }
  });
});

describe('the site and date line in a page result (lib/worker/page-result.ts)', () => {
  const analysis = analyzeText('The council met on Monday. It approved the plan.', { lang: 'en' });
  const page: PageInfo = { ...PAGE, url: 'https://www.news.example/ferry' };
  const meta = (changes: Partial<PageInfo>) => pageResult({ ...page, ...changes }, analysis).meta;

  it("gives the site's name, else its host without www, else nothing", () => {
    expect(meta({ siteName: 'The Harbour News' }).site).toBe('The Harbour News');
    expect(meta({}).site).toBe('news.example');
    expect(meta({ url: 'not a url' }).site).toBe('');
  });

  it("gives the date in the reader's language only when the page has a valid one", () => {
    expect(meta({}).date).toBe('');
    expect(meta({ publishedTime: 'yesterday-ish' }).date).toBe('');
    expect(meta({ publishedTime: '2024-06-19T10:00:00Z' }).date).toBe('Jun 19, 2024');
    // Placeholders a site's software writes for "no date": none shown rather than a wrong one.
    for (const placeholder of [
      '0001-01-01T00:00:00Z',
      '1970-01-01T00:00:00Z',
      '1900-01-01',
      '9999-12-31T23:59:59Z',
    ]) {
      expect(meta({ publishedTime: placeholder }).date).toBe('');
    }
    expect(meta({ publishedTime: '1969-07-21T02:56:00Z' }).date).toBe('Jul 21, 1969');
  });

  it('gives the reading time', () => {
    expect(meta({}).reading).toBe(`${analysis.stats.readingMinutes} min read`);
  });
});

describe('reading figures (lib/protocol/reading-figures.ts)', () => {
  const stats: ArticleStats = {
    words: 12_345,
    sentences: 600,
    readingMinutes: 55,
    summaryWords: 80,
    summaryReadingSeconds: 20,
  };

  it("sets the article's words and time against the summary's, and its share", () => {
    expect(readingFigures(stats)).toEqual([
      [
        'Article',
        '12,345 words',
        '55 min read',
        'The article has 12,345 words: about 55 min to read.',
      ],
      ['Summary', '80 words', '20 sec read', 'The summary has 80 words: about 20 sec to read.'],
      [
        'Share',
        '1%',
        "of the article's words",
        'The summary is 1% as long as the article, in words.',
      ],
    ]);
  });

  it('writes minutes and seconds, one word in the singular, and a share of 0 for an empty article', () => {
    const figures = readingFigures({
      ...stats,
      words: 0,
      summaryWords: 1,
      summaryReadingSeconds: 125,
    });
    expect(figures[1]?.[1]).toBe('1 word');
    expect(figures[1]?.[2]).toBe('2 min 5 sec read');
    expect(figures[2]?.[1]).toBe('0%');
    expect(readingFigures({ ...stats, summaryReadingSeconds: 120 })[1]?.[2]).toBe('2 min read');
  });
});
