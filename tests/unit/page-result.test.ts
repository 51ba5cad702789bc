import { describe, expect, it } from 'vitest';
import { toHtml, toMarkdown, toPlainText } from '../../core/formats';
import { analyzeText } from '../../core/pipeline';
import { pageResult } from '../../lib/page-result';
import type { PageInfo } from '../../lib/protocol';

/** The copies the background makes are the core formats' output for the shown title and URL. */
describe('copy texts in a page result (lib/copy.ts, lib/page-result.ts)', () => {
  const analysis = analyzeText(
    'Mayor Ingrid Haller opened the ferry line in Port Elmsley on Monday. ' +
      'The Harbour Council had approved it in spring. Ingrid Haller said more lines would follow. ' +
      'Residents of Port Elmsley welcomed the service.',
    { title: 'From the text', lang: 'en', length: 'short' },
  );
  const page: PageInfo = {
    url: 'https://news.example/ferry',
    title: 'Ferry line opens',
    siteName: null,
    byline: null,
    publishedTime: null,
    readerable: true,
  };
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

describe('marks in a page result (lib/marks.ts, lib/page-result.ts)', () => {
  const analysis = analyzeText(
    'Mayor Ingrid Haller opened the ferry line in Port Elmsley on Monday. ' +
      'Ingrid Haller said more lines would follow soon.',
    { lang: 'en', length: 'short' },
  );
  const page: PageInfo = {
    url: 'https://news.example/ferry',
    title: 'Ferry line opens',
    siteName: null,
    byline: null,
    publishedTime: null,
    readerable: true,
  };
  const { marks } = pageResult(page, analysis);

  it('cuts each summary sentence at every actor mention, keeping its text', () => {
    expect(marks).toHaveLength(analysis.summary.length);
    analysis.summary.forEach((sentence, i) => {
      expect(marks[i]?.map((seg) => seg.text).join('')).toBe(sentence.text);
    });
    const marked = marks.flat().filter((seg) => seg.type);
    expect(marked.map((seg) => seg.text)).toContain('Ingrid Haller');
    for (const seg of marked) {
      expect(analysis.actors.some((a) => a.name === seg.actor && a.type === seg.type)).toBe(true);
    }
  });
});
