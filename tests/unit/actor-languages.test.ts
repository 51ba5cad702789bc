import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceFor, NO_EVIDENCE } from '../../core/actors/evidence';
import { LANGUAGES } from '../../core/actors/evidence/languages';
import { articleLanguage } from '../../core/pipeline';
import type { ExtractedArticle } from '../../core/types';
import { loadActorLanguage, SCRIPT_LANGUAGES } from '../../lib/worker/actor-languages';

/**
 * The worker loads each language's actor evidence from a script of its own (the built
 * extension's side: tests/unit/bundle-budget.test.ts, tests/e2e/actors-languages.test.ts). Here:
 * the lists agree, so no language is left without a script or a script without its language.
 */
const ROOT = join(import.meta.dirname, '../..');

describe('actor evidence languages', () => {
  it('gives every language besides English a script of its own', () => {
    expect([...SCRIPT_LANGUAGES].sort()).toEqual(Object.keys(LANGUAGES).sort());
    for (const code of SCRIPT_LANGUAGES) {
      expect(existsSync(join(ROOT, `entrypoints/actors-${code}.ts`)), code).toBe(true);
      expect(evidenceFor(code), code).toBe(LANGUAGES[code]);
    }
  });

  it('reads a table by the tag’s language, none for a language without one or a bad key', () => {
    expect(evidenceFor('de-AT')).toBe(LANGUAGES.de);
    expect(evidenceFor('ja')).toBe(NO_EVIDENCE);
    expect(evidenceFor('constructor')).toBe(NO_EVIDENCE);
  });

  it('has nothing to load in Node, where every table is in the code', async () => {
    await expect(loadActorLanguage('ru-RU')).resolves.toBeUndefined();
    await expect(loadActorLanguage('xx')).resolves.toBeUndefined();
  });

  it('takes the language the analysis will use, so the worker loads the right one first', () => {
    const article = (lang: string, text: string): ExtractedArticle => ({
      title: '',
      byline: null,
      siteName: null,
      lang,
      publishedTime: null,
      readerable: true,
      paragraphs: [{ text, kind: 'paragraph' }],
    });
    const german =
      'Die Stadt hat eine neue Bürgermeisterin, und sie will mit dem Landkreis arbeiten.';
    expect(articleLanguage(article('de-DE', 'Hello.'))).toBe('de-DE');
    expect(articleLanguage(article('', german))).toBe('de');
    expect(articleLanguage(article('', german), 'fr')).toBe('fr');
    expect(articleLanguage(article('', '12 34'))).toBe('en');
  });
});
