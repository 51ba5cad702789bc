/**
 * Every regular expression literal in the code that runs on page text (core/, lib/, cli/,
 * entrypoints/; tests and build scripts aside), read from the source with the TypeScript parser,
 * so the stress suite can drive each of them with pathological text — including the ones no
 * stage reaches with a given shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const REGEX_DIRS = ['core', 'lib', 'cli', 'entrypoints'] as const;

export interface SourceRegex {
  /** file:line, for the report. */
  where: string;
  source: string;
  regex: RegExp;
}

/**
 * Tests, and the generators that write word lists at build time (core/actors/lexicon/build*.ts,
 * run by hand on package data, never on a page): neither runs on page text.
 */
const NOT_RUNTIME = /\.test\.tsx?$|^build(?:-[\w-]+)?\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !NOT_RUNTIME.test(entry.name) ? [path] : [];
  });
}

/** The literal `/…/flags` as a RegExp (the pattern is everything up to the last slash). */
function toRegExp(literal: string): RegExp {
  const end = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

export function sourceRegexes(root: string): SourceRegex[] {
  const found: SourceRegex[] = [];
  for (const dir of REGEX_DIRS) {
    for (const file of sourceFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.push({
            where: `${relative(root, file)}:${line}`,
            source: literal,
            regex: toRegExp(literal),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/**
 * Shapes made from the regex itself: the literal words and tag openings in its pattern ("<meta",
 * "<title", "updated"), alone and with a space, so that a regex waiting for something after its
 * own opening (a ">", a "</title>") meets that opening again and again without the rest.
 */
export function fragmentsOf(regex: RegExp): string[] {
  const literal = regex.source
    .replace(/\(\?(?:[:=!]|<[=!])/g, ' ')
    .replace(/\\[pP]\{[^}]*\}/g, ' ')
    .replace(/\\[a-zA-Z]/g, ' ')
    .replace(/\\(.)/g, '$1');
  const words = literal.split(/[\s^$.|?*+()[\]{}]+/).filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 4).flatMap((w) => [w, `${w} `]);
}

/**
 * The regex over the whole text as the code uses it: every match of a global or sticky one (as
 * matchAll, replace and split do), else one search (test, exec, match, search).
 */
export function runRegex(regex: RegExp, text: string): number {
  if (!regex.global && !regex.sticky) return regex.test(text) ? 1 : 0;
  const re = new RegExp(regex.source, regex.flags);
  let matches = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    matches++;
    if (m[0] === '') re.lastIndex++;
  }
  return matches;
}
