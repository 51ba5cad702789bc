import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Actor, Sentence } from '../types';
import { escapeMarkdown, linkTarget, toHtml, toMarkdown, toPlainText, type Summarised } from '.';

function sentence(text: string, start = 0): Sentence {
  return { text, start, end: start + text.length, paragraph: 0 };
}

function actor(name: string, type: Actor['type']): Actor {
  return { name, type, aliases: [], count: 1, mentions: [], context: '', score: 1 };
}

const analysis: Summarised = {
  title: 'Harbour council approves new ferry line',
  summary: [
    sentence('The council voted to open a ferry line.'),
    sentence('Mayor Ingrid Haller said service starts in spring.', 40),
  ],
  actors: [
    actor('Ingrid Haller', 'person'),
    actor('Port Elmsley', 'place'),
    actor('Harbour Council', 'organization'),
  ],
};
const URL_ = 'https://news.example/ferry?id=1';

const HOSTILE = `Evil <script>alert("x")</script> & <img src=x onerror=alert(1)> 'quoted' [link](javascript:alert(1)) ![img](http://t/x.png) *bold* _it_ \`code\``;
const hostile: Summarised = {
  title: `<script>alert('title')</script>"><a href="javascript:alert(1)">`,
  summary: [
    sentence(HOSTILE),
    sentence('# not a heading'),
    sentence('1. not a list'),
    sentence('> not a quote'),
  ],
  actors: [actor('<b>Bold</b> & Co', 'organization')],
};

/** The elements a browser would build from a copied HTML fragment. */
function parseFragment(html: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

describe('linkTarget', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['http://a.example', 'http://a.example/'],
    ['  https://a.example/p q  ', 'https://a.example/p%20q'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['file:///etc/passwd', null],
    ['/relative/path', null],
    ['', null],
  ])('%s → %s', (url, expected) => {
    expect(linkTarget(url)).toBe(expected);
  });
});

describe('plain text', () => {
  it('gives the title, the URL and the sentences', () => {
    expect(toPlainText(analysis, URL_)).toBe(
      [
        'Harbour council approves new ferry line',
        URL_,
        '',
        '- The council voted to open a ferry line.',
        '- Mayor Ingrid Haller said service starts in spring.',
        '',
      ].join('\n'),
    );
  });

  it('adds the key actors only when asked', () => {
    expect(toPlainText(analysis, URL_)).not.toContain('Key actors');
    expect(toPlainText(analysis, URL_, { keyActors: 2 })).toContain(
      '\n\nKey actors: Ingrid Haller, Port Elmsley\n',
    );
  });

  it('keeps each sentence on one line and falls back to the URL for a missing title', () => {
    const text = toPlainText({ ...analysis, title: '  ', summary: [sentence('Two\nlines')] }, URL_);
    expect(text.split('\n')[0]).toBe(URL_);
    expect(text).toContain('- Two lines\n');
  });

  it('never prints a string that is not a URL as the source line', () => {
    // Found by the property test: a "URL" of "- !" printed on its own line read as a bullet.
    const text = toPlainText({ ...analysis, title: '', summary: [] }, '- !');
    expect(text).toBe('Untitled\n\n');
    expect(toPlainText({ ...analysis, summary: [] }, 'file:///tmp/a.html')).toContain(
      '\nfile:///tmp/a.html\n',
    );
  });
});

describe('Markdown', () => {
  it('links the title to the source and lists the sentences as bullets', () => {
    expect(toMarkdown(analysis, URL_, { keyActors: 3 })).toBe(
      [
        `[Harbour council approves new ferry line](${URL_})`,
        '',
        '- The council voted to open a ferry line.',
        '- Mayor Ingrid Haller said service starts in spring.',
        '',
        '**Key actors:** Ingrid Haller, Port Elmsley, Harbour Council',
        '',
      ].join('\n'),
    );
  });

  it('does not link a javascript: URL', () => {
    const md = toMarkdown(analysis, 'javascript:alert(1)');
    expect(md).not.toContain('](');
    expect(md.split('\n')[0]).toBe('Harbour council approves new ferry line');
  });

  it('encodes characters that would break out of the link destination', () => {
    const md = toMarkdown(analysis, 'https://a.example/x)(y"<z>');
    const first = md.split('\n')[0] ?? '';
    expect(first).toBe(
      '[Harbour council approves new ferry line](https://a.example/x%29%28y%22%3Cz%3E)',
    );
  });

  it('escapes page text so it cannot become markup', () => {
    const md = toMarkdown(hostile, URL_, { keyActors: 1 });
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\[link\]/);
    expect(md).not.toMatch(/(?<!\\)!\[img/);
    expect(md).toContain('- \\# not a heading');
    expect(md).toContain('- 1\\. not a list');
    expect(md).toContain('- \\> not a quote');
    expect(md).toContain('\\<b\\>Bold\\</b\\> \\& Co');
  });

  it('leaves ordinary punctuation readable', () => {
    expect(escapeMarkdown('The U.S. said (on Monday) it would act - again.')).toBe(
      'The U.S. said (on Monday) it would act - again.',
    );
  });
});

describe('HTML', () => {
  it('links the title and lists the sentences', () => {
    const doc = parseFragment(toHtml(analysis, URL_, { keyActors: 1 }));
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe(URL_);
    expect(link?.textContent).toBe('Harbour council approves new ferry line');
    expect(Array.from(doc.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'The council voted to open a ferry line.',
      'Mayor Ingrid Haller said service starts in spring.',
    ]);
    expect(doc.body.textContent).toContain('Key actors: Ingrid Haller');
  });

  it('turns hostile page text into inert text, exactly as written', () => {
    const html = toHtml(hostile, URL_, { keyActors: 1 });
    const doc = parseFragment(html);
    expect(doc.querySelectorAll('script, img, b, [onerror]')).toHaveLength(0);
    const links = Array.from(doc.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([URL_]);
    expect(links[0]?.textContent).toBe(hostile.title);
    expect(doc.querySelector('li')?.textContent).toBe(HOSTILE);
    expect(html).not.toMatch(/<script|<img|<b>|javascript:alert\(1\)">/i);
  });

  it('never makes a link of a javascript: or data: URL', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', '"><script>']) {
      const doc = parseFragment(toHtml(analysis, url));
      expect(doc.querySelectorAll('a, script')).toHaveLength(0);
    }
  });

  it('escapes quotes in the link so the attribute cannot be closed', () => {
    const html = toHtml(analysis, 'https://a.example/?q="onmouseover=alert(1)');
    const doc = parseFragment(html);
    const link = doc.querySelector('a');
    expect(link?.getAttributeNames()).toEqual(['href']);
    expect(link?.getAttribute('href')).toBe('https://a.example/?q=%22onmouseover=alert(1)');
  });
});
