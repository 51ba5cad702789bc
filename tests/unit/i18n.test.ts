/**
 * Nutshell's own words in eight languages (public/_locales): every language has every message,
 * every plural form its language needs (Intl.PluralRules), the same placeholders as English, and
 * no English left in; and no view or worker writes an English sentence of its own instead of a
 * message (the scan below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatPercent, plural, t, useLanguage } from '@/lib/shared/i18n';
import { readingFigures } from '@/lib/protocol/reading-figures';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');

type Catalog = Record<string, { message: string; description?: string }>;

const read = (folder: string): Catalog =>
  JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Catalog;

const FOLDERS = readdirSync(LOCALES).sort();
const english = read('en');
/** Plural families: the messages English has an `_other` form of. */
const families = Object.keys(english)
  .filter((key) => key.endsWith('_other'))
  .map((key) => key.slice(0, -'_other'.length));
const familyOf = (key: string) => families.find((base) => key.startsWith(`${base}_`));
const tagOf = (folder: string) => folder.replace('_', '-');
const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('the locales', () => {
  it('are the eight languages the options offer', () => {
    expect(FOLDERS).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt_BR', 'ru']);
  });

  it.each(FOLDERS)('%s has every message, and no other', (folder) => {
    const catalog = read(folder);
    const categories = new Intl.PluralRules(tagOf(folder)).resolvedOptions().pluralCategories;
    const expected = [
      ...Object.keys(english).filter((key) => !familyOf(key)),
      ...families.flatMap((base) => categories.map((category) => `${base}_${category}`)),
    ].sort();
    expect(Object.keys(catalog).sort()).toEqual(expected);
    for (const [key, { message }] of Object.entries(catalog)) {
      expect(message.trim(), `${folder}: ${key}`).not.toBe('');
    }
  });

  it.each(FOLDERS)('%s names its own language in "locale"', (folder) => {
    expect(read(folder).locale?.message).toBe(tagOf(folder));
  });

  it.each(FOLDERS)('%s keeps the placeholders of English', (folder) => {
    for (const [key, { message }] of Object.entries(read(folder))) {
      const base = familyOf(key);
      const source = english[base ? `${base}_other` : key]?.message ?? '';
      expect(placeholders(message), `${folder}: ${key}`).toEqual(placeholders(source));
    }
  });

  it.each(FOLDERS.filter((folder) => folder !== 'en'))(
    '%s leaves no sentence in English',
    (folder) => {
      for (const [key, { message }] of Object.entries(read(folder))) {
        // Names, loanwords and bare placeholders may be the same in every language.
        if (message.split(' ').length < 3 || !/\p{L}/u.test(message)) continue;
        expect(message, `${folder}: ${key}`).not.toBe(english[key]?.message);
      }
    },
  );
});

describe("messages in the reader's language (lib/shared/i18n.ts)", () => {
  beforeAll(() => {
    // The extension's own files, as fetch reads them in the browser.
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url).pathname;
      return new Response(readFileSync(join(ROOT, 'public', path)));
    });
  });

  afterEach(() => useLanguage('auto'));

  it('speaks the browser language by default, and a chosen one after useLanguage', async () => {
    expect(t('copySummary')).toBe('Copy summary');
    await useLanguage('de');
    expect(t('copySummary')).toBe('Zusammenfassung kopieren');
    await useLanguage('auto');
    expect(t('copySummary')).toBe('Copy summary');
  });

  it('chooses the plural form the language needs, and writes its numbers', async () => {
    expect(plural('words', 1)).toBe('1 word');
    expect(plural('words', 12345)).toBe('12,345 words');
    await useLanguage('ru');
    expect([1, 3, 5, 21, 1.5].map((n) => plural('words', n))).toEqual([
      '1 слово',
      '3 слова',
      '5 слов',
      '21 слово',
      '1,5 слова',
    ]);
    await useLanguage('de');
    expect(plural('words', 12345)).toBe('12.345 Wörter');
    await useLanguage('fr');
    // French groups digits with a narrow no-break space, sets % apart with a no-break space,
    // and says "de" after a round million.
    expect(plural('words', 1_000_000)).toBe('1\u202f000\u202f000 de mots');
    expect(formatPercent(0.21)).toBe('21\u00a0%');
  });

  it('writes the reading figures in the chosen language', async () => {
    await useLanguage('de');
    const stats = {
      words: 1234,
      sentences: 60,
      readingMinutes: 6,
      summaryWords: 1,
      summaryReadingSeconds: 65,
    };
    expect(readingFigures(stats)).toEqual([
      [
        'Artikel',
        '1.234 Wörter',
        '6 Min. Lesezeit',
        'Der Artikel hat 1.234 Wörter: etwa 6 Min. Lesezeit.',
      ],
      [
        'Zusammenfassung',
        '1 Wort',
        '1 Min., 5 Sek. Lesezeit',
        'Die Zusammenfassung hat 1 Wort: etwa 1 Min., 5 Sek. Lesezeit.',
      ],
      [
        'Anteil',
        '1\u00a0%',
        'der Wörter des Artikels',
        'Die Zusammenfassung umfasst 1\u00a0% der Wörter des Artikels.',
      ],
    ]);
  });
});

/**
 * Where the extension's own words are written in code: the views (components, the pages of
 * entrypoints) and the browser-side code that makes text for them (lib, the page scripts).
 */
const SCANNED = ['components', 'entrypoints', 'lib'];

/** Attributes whose value is never read by a person. */
const NOT_TEXT =
  /^(class|id|key|type|role|style|href|src|name|for|dir|lang|value|d|viewBox|fill-rule|width|height|popover\w*|data-[\w-]+|aria-(labelledby|describedby|controls|hidden|pressed|checked|busy|live))$/;

/**
 * Strings that are not the extension's words: said to the browser's built-in model (English is
 * the language it is prompted in), keyboard keys, and the one name written in English that is
 * the same in every language.
 */
const ALLOWED = new Set([
  'A news or magazine article, summarised for a reader deciding what to read.',
  'Article title: ',
  'Escape',
]);

/** An English article the worker analyses once to warm up (never shown). */
const NOT_SCANNED = new Set(['lib/worker/warm-up.ts']);

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    const scanned = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return scanned && !NOT_SCANNED.has(path) ? [path] : [];
  });
}

/**
 * A sentence (two words or more, capitalised or ending like one) or, in a view, a capitalised
 * word: how words for a person look in code. Ids, class lists, paths and CSS do not.
 */
function looksLikeEnglish(text: string, inView: boolean): boolean {
  const words = text.split(/\s+/).filter((token) => /^\p{L}[\p{L}'’-]*[.,:;!?…]?$/u.test(token));
  if (words.length >= 2 && (/^\s*\p{Lu}/u.test(text) || /[.!?…:]\s*$/.test(text))) return true;
  return inView && /^\p{Lu}\p{Ll}+$/u.test(text.trim());
}

/** Every hard-coded English text in a source file, with its line. */
function englishIn(path: string, source = readFileSync(join(ROOT, path), 'utf8')): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const inView = path.endsWith('.tsx');
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path}:${line + 1}: ${JSON.stringify(text)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxAttribute(node)) {
      if (NOT_TEXT.test(node.name.getText(file))) return;
      // title, aria-label, alt, placeholder…: a written value with a letter is read by a person.
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) {
        if (/\p{L}/u.test(value.text)) report(value, value.text);
        return;
      }
    }
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text.trim());
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      !ALLOWED.has(node.text) &&
      !(
        ts.isCallExpression(node.parent) &&
        /^(t|plural|Error)$/.test(node.parent.expression.getText(file)) &&
        node.parent.arguments[0] === node &&
        /^[\w$`{}]+$/.test(node.text)
      ) &&
      looksLikeEnglish(node.text, inView)
    ) {
      report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no English written in code', () => {
  it('finds none in the views, the worker or the page scripts', () => {
    const found = SCANNED.flatMap(files).flatMap((path) => englishIn(path));
    expect(found).toEqual([]);
  });

  it('catches a sentence, a label and an attribute planted in a component', () => {
    const planted = [
      `export const A = () => <p title="Show it">Copy summary</p>;`,
      `const message = 'The page did not answer.';`,
      `const label = (done: boolean) => (done ? 'Retry' : t('retry'));`,
    ].join('\n');
    expect(englishIn('components/Planted.tsx', planted)).toEqual([
      'components/Planted.tsx:1: "Show it"',
      'components/Planted.tsx:1: "Copy summary"',
      'components/Planted.tsx:2: "The page did not answer."',
      'components/Planted.tsx:3: "Retry"',
    ]);
  });
});
