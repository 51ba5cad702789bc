import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf } from './blocks';
import { dropClutter, type ArticleMeta } from './clutter';

const META: ArticleMeta = {
  title: 'Harbourside approves cycle lane',
  byline: 'Maria Lopez',
  siteName: 'The Courier',
  urls: ['https://example.org/story'],
};

const STORY =
  'The council voted on Tuesday to build a protected cycle lane along the length of Quay Road.';

/** The texts that survive when `html` follows a paragraph of story. */
function kept(html: string): string[] {
  const { document } = parseHTML(
    `<html><body><div id="r"><p>${STORY}</p>${html}</div></body></html>`,
  );
  const blocks = blocksOf(document.getElementById('r') as unknown as Element);
  return dropClutter(blocks, META)
    .map((b) => b.text)
    .filter((t) => t !== STORY);
}

describe('dropClutter: what goes', () => {
  it.each([
    ['ad label', '<p>Advertisement</p>'],
    ['section label', '<h3>You may also like</h3>'],
    ['share label', '<p>Share this article</p>'],
    ['comment count', '<p>14 comments</p>'],
    ['pointer', '<p>Read more: <a href="/x">Ferry timetable to change next month</a></p>'],
    ['credit', '<p>Photo: Jane Roe/Getty Images</p>'],
    ['agency credit', '<p>Sam Reed/AFP</p>'],
    ['staff line', '<p>(Reporting by Maria Lopez; Editing by Tom Hale)</p>'],
    ['dateline', '<p>Updated 10:42 AM GMT, Tuesday, March 5, 2024</p>'],
    ['byline', '<p>By Maria Lopez</p>'],
    ['known byline', '<p>Maria Lopez</p>'],
    ['e-mail', '<p>maria.lopez@example.org</p>'],
    ['own URL', '<p>https://example.org/story</p>'],
    ['newsletter', '<p>Sign up for our daily newsletter to get the top stories.</p>'],
    ['cookie', '<p>We use cookies to improve your experience.</p>'],
    ['sign-in prompt', '<p><a href="/login">Log in</a> to reply.</p>'],
    ['sign-in prompt, long', '<p>You must be logged in to post a comment.</p>'],
    ['separator', '<p>* * *</p>'],
    ['title again', '<h2>Harbourside approves cycle lane</h2>'],
    ['capitals headline link', '<p><a href="/y">STORM CLOSES THE PIER FOR THE WEEKEND</a></p>'],
    [
      'run of links',
      '<ul><li><a href="/a">Ferry timetable to change</a></li><li><a href="/b">Market hall roof repaired</a></li></ul>',
    ],
    ['pull quote', `<blockquote><p>${STORY}</p></blockquote>`],
    [
      'tag list',
      '<p>Tags: <a href="/t/a">cycling</a>, <a href="/t/b">roads</a>, <a href="/t/c">council</a></p>',
    ],
    [
      'post meta line',
      '<p>05/10/2018 - Published by: Jane Roe - Category: Local - Tags: roads</p>',
    ],
  ])('%s', (_, html) => {
    expect(kept(html)).toEqual([]);
  });
});

describe('dropClutter: what stays', () => {
  it.each([
    [
      'story sentence with a date',
      '<p>The lane opened on March 5, 2024, after three years of argument.</p>',
    ],
    ['embedded post signature', '<p>— Jane Doe (@jane) November 18, 2019</p>'],
    [
      'sentence ending in an agency',
      '<p>A spokesperson declined to comment on the pricing to Reuters.</p>',
    ],
    [
      'a lone link in the story',
      '<p><a href="/p">Get the lock on Amazon for $39.99</a></p><p>More story text here.</p>',
    ],
    ['subheading', '<h2>What happens next</h2>'],
    // An author's note is the article's own end (and no better or worse for a summary than the
    // rest): the rule that took it helped no page of the news benchmark.
    ['author note', '<p>Maria Lopez is a reporter for The Courier.</p>'],
    ['list of facts', '<ul><li>Forty spaces go.</li><li>Two lanes are built.</li></ul>'],
    ['price with decimals', '<p>Get it for 39.99 today, down from 59.99.</p>'],
  ])('%s', (_, html) => {
    expect(kept(html).length).toBeGreaterThan(0);
  });

  it('keeps a short line that repeats (an interview question)', () => {
    expect(kept('<p>What inspires you?</p><p>The sea.</p><p>What inspires you?</p>')).toEqual([
      'What inspires you?',
      'The sea.',
      'What inspires you?',
    ]);
  });

  it('keeps a paragraph the article repeats, and a quote that is no repeat', () => {
    const { document } = parseHTML(
      `<html><body><div id="r"><p>${STORY}</p><p>${STORY}</p><blockquote>${STORY} Twice.</blockquote></div></body></html>`,
    );
    const blocks = blocksOf(document.getElementById('r') as unknown as Element);
    expect(dropClutter(blocks, META).map((b) => b.text)).toEqual([STORY, STORY, `${STORY} Twice.`]);
  });

  it('keeps a list of links to other sites (sources, bugs), and drops one to its own pages', () => {
    const list = (hrefs: string[]) =>
      `<ul>${hrefs.map((h, i) => `<li><a href="${h}">Bug ${i} fixes the ferry timetable page</a></li>`).join('')}</ul><p>${STORY} More.</p>`;
    expect(kept(list(['https://bugs.example.net/1', 'https://bugs.example.net/2']))).toHaveLength(
      3,
    );
    expect(kept(list(['https://example.org/a', 'https://www.example.org/b']))).toHaveLength(1);
    expect(kept(list(['/a', '/b']))).toHaveLength(1);
  });

  it('skips rules by name', () => {
    const { document } = parseHTML(
      '<html><body><div id="r"><p>Advertisement</p></div></body></html>',
    );
    const blocks = blocksOf(document.getElementById('r') as unknown as Element);
    expect(dropClutter(blocks, META, new Set(['label']))).toHaveLength(1);
  });
});
