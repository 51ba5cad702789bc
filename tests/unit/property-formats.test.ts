import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toHtml, toMarkdown, toPlainText, type Summarised } from '../../core/formats';
import type { Actor, Sentence } from '../../core/types';
import { textArb } from './property-html';

/**
 * The copy formats on arbitrary page text and URLs: the HTML never holds an element or an
 * attribute the format did not write itself, links only ever point at http(s), and the text a
 * reader sees is the page's text exactly (whitespace collapsed).
 */
const ALLOWED_TAGS = new Set(['P', 'STRONG', 'A', 'UL', 'LI']);

const pageText = fc.oneof(
  textArb,
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '[x](javascript:alert(1))',
    '&lt;b&gt; &amp; &#60;',
  ),
);
const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://a.example/"onmouseover="alert(1)',
    "https://a.example/')<script>",
    '',
  ),
  fc.string(),
);

const summarisedArb: fc.Arbitrary<Summarised> = fc.record({
  title: pageText,
  summary: fc.array(
    pageText.map((text): Sentence => ({ text, start: 0, end: text.length, paragraph: 0 })),
    { maxLength: 5 },
  ),
  actors: fc.array(
    pageText.map((name): Actor => ({
      name,
      type: 'person',
      aliases: [],
      count: 1,
      mentions: [],
      context: '',
      score: 1,
    })),
    { maxLength: 3 },
  ),
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('property: copy formats on hostile text', () => {
  it(
    'HTML holds only its own elements, http(s) links, and the page text as text',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(summarisedArb, urlArb, (analysis, url) => {
          const html = toHtml(analysis, url, { keyActors: 3 });
          const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
          for (const el of Array.from(document.body.querySelectorAll('*'))) {
            expect(ALLOWED_TAGS.has(el.tagName)).toBe(true);
            expect(el.getAttributeNames()).toEqual(el.tagName === 'A' ? ['href'] : []);
          }
          for (const a of Array.from(document.querySelectorAll('a'))) {
            expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
          }
          const items = Array.from(document.querySelectorAll('li')).map((li) => li.textContent);
          expect(items).toEqual(analysis.summary.map((s) => oneLine(s.text)));
        }),
        { numRuns: 2_000 },
      );
    },
  );

  it(
    'Markdown and plain text keep each sentence on its own bullet line',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(summarisedArb, urlArb, (analysis, url) => {
          for (const out of [toMarkdown(analysis, url), toPlainText(analysis, url)]) {
            const bullets = out.split('\n').filter((l) => l.startsWith('- '));
            expect(bullets).toHaveLength(analysis.summary.length);
          }
          const md = toMarkdown(analysis, url);
          expect(md).not.toMatch(/(?<!\\)</);
          expect(md).not.toMatch(/(?<!\\)\]\((?!https?:\/\/)/);
        }),
        { numRuns: 2_000 },
      );
    },
  );
});
