import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const FIXTURES = resolve(__dirname, '../../tests/fixtures/extract');
const SEED = resolve(__dirname, '../../../shared/fixtures/pyongyang-visit');

function extract(html: string) {
  return extractArticle(parseHTML(html).document as unknown as Document);
}

const textOf = (article: ReturnType<typeof extract>) =>
  article.paragraphs.map((p) => p.text).join('\n\n');

describe('golden fixtures (input.html -> expected.txt)', () => {
  const names = readdirSync(FIXTURES).sort();

  it('has one fixture per clutter kind and per kept content kind', () => {
    expect(names.filter((n) => n.startsWith('clutter-')).length).toBeGreaterThanOrEqual(9);
    expect(names.filter((n) => n.startsWith('keep-')).length).toBeGreaterThanOrEqual(13);
  });

  for (const name of names) {
    it(name, () => {
      const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8');
      const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8').trim();
      const article = extract(html);
      expect(textOf(article)).toBe(expected);
      // As in mozilla/readability's fixtures: the title and readerable, where the fixture says.
      const metadata = join(FIXTURES, name, 'expected-metadata.json');
      if (existsSync(metadata)) {
        const { title, readerable } = JSON.parse(readFileSync(metadata, 'utf8')) as {
          title: string;
          readerable: boolean;
        };
        expect({ title: article.title, readerable: article.readerable }).toEqual({
          title,
          readerable,
        });
      }
    });
  }

  it('reads every one of them as an article', () => {
    const notReaderable = names.filter(
      (name) => !extract(readFileSync(join(FIXTURES, name, 'input.html'), 'utf8')).readerable,
    );
    expect(notReaderable).toEqual([]);
  });

  it('labels kept content with its kind', () => {
    const kinds = (name: string) =>
      extract(readFileSync(join(FIXTURES, name, 'input.html'), 'utf8')).paragraphs.map(
        (p) => p.kind,
      );
    expect(kinds('keep-quote')).toContain('quote');
    expect(kinds('keep-subheadings').filter((k) => k === 'heading')).toHaveLength(2);
    expect(kinds('keep-story-list').filter((k) => k === 'list-item')).toHaveLength(3);
  });
});

describe.skipIf(!existsSync(SEED) && !process.env.CI)('seed page pyongyang-visit', () => {
  it('extracts exactly the expected body: no Read More box, sidebar, captions, share, cookies', () => {
    const html = readFileSync(join(SEED, 'page.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as {
      title: string;
      body: string;
    };
    const article = extract(html);
    expect(textOf(article)).toBe(expected.body.trim());
    expect(article.title).toBe(expected.title);
    expect(article.readerable).toBe(true);
  });
});
