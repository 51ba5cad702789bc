import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bundle sizes of a built extension (gzip, per entry point, counting every file the entry
 * loads: its HTML, scripts, styles and the chunks they import) against the budgets of issue 7.
 * Shared by `npm run bench` and tests/unit/bundle-budget.test.ts.
 */

/**
 * Budgets in bytes of gzip (1 KB = 1000 bytes). Every script injected into pages has the content
 * script budget: the extractor (run on the toolbar click) and the highlighter content script (run
 * when the reader first highlights or jumps) are injected separately, each on its own occasion.
 */
export const BUDGETS = {
  content: 20_000,
  extractor: 20_000,
  popup: 15_000,
  background: 400_000,
} as const;

export type EntryName = keyof typeof BUDGETS;

/**
 * Each language's actor evidence is a script of its own at the root of the build
 * (entrypoints/actors-<code>.ts), which the background worker runs only for pages in that
 * language: each has this budget, and none is counted in the background's.
 */
export const LANGUAGE_BUDGET = 150_000;
const LANGUAGE_SCRIPT = /^actors-[a-z]{2,3}\.js$/;

/** The build's language scripts, by file name (actors-de.js, …). */
export function languageScriptsOf(outDir: string): string[] {
  return readdirSync(outDir)
    .filter((f) => LANGUAGE_SCRIPT.test(f))
    .sort();
}

/** Where each entry starts in WXT's chrome-mv3 output. */
const ENTRY_FILES: Record<EntryName, string> = {
  content: 'content-scripts/content.js',
  extractor: 'extractor.js',
  popup: 'popup.html',
  background: 'background.js',
};

export interface EntrySize {
  /** An entry point, or a language script by its name without .js ("actors-de"). */
  entry: EntryName | `actors-${string}`;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

/** Local files an HTML page or a JS/CSS chunk loads (relative or root-relative URLs). */
function referencesOf(file: string, text: string): string[] {
  const refs: string[] = [];
  const patterns = file.endsWith('.html')
    ? [/(?:src|href)\s*=\s*"([^"]+\.(?:js|css))"/g]
    : [/(?:from|import)\s*\(?\s*["']([^"']+\.(?:js|css))["']/g, /url\(["']?([^"')]+\.css)["']?\)/g];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const ref = m[1];
      if (ref && !/^[a-z]+:/i.test(ref) && !ref.startsWith('//')) refs.push(ref);
    }
  }
  return refs;
}

/** Every file an entry loads, transitively, as paths relative to the output folder. */
export function filesOfEntry(outDir: string, entryFile: string): string[] {
  const seen = new Set<string>();
  const queue = [normalize(entryFile)];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    const path = join(outDir, file);
    if (!existsSync(path)) continue;
    seen.add(file);
    if (!/\.(?:html|js|css)$/.test(file)) continue;
    for (const ref of referencesOf(file, readFileSync(path, 'utf8'))) {
      const target = ref.startsWith('/')
        ? ref.slice(1)
        : relative(outDir, join(outDir, dirname(file), ref));
      queue.push(normalize(target));
    }
  }
  return [...seen].sort();
}

function measureEntry(
  outDir: string,
  entry: EntrySize['entry'],
  entryFile: string,
  budgetBytes: number,
): EntrySize {
  const files = filesOfEntry(outDir, entryFile);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { entry, files, rawBytes, gzipBytes, budgetBytes, withinBudget: gzipBytes <= budgetBytes };
}

/**
 * Sizes of the entries of a chrome-mv3 build, then of each language script; an entry that is
 * missing throws.
 */
export function measureBundle(outDir: string): EntrySize[] {
  const entries = (Object.keys(ENTRY_FILES) as EntryName[]).map((entry) => {
    const entryFile = ENTRY_FILES[entry];
    if (!existsSync(join(outDir, entryFile))) {
      throw new Error(`${entry}: ${entryFile} is missing from ${outDir}`);
    }
    return measureEntry(outDir, entry, entryFile, BUDGETS[entry]);
  });
  const languages = languageScriptsOf(outDir).map((file) =>
    measureEntry(outDir, `actors-${file.slice(7, -3)}`, file, LANGUAGE_BUDGET),
  );
  return [...entries, ...languages];
}

/**
 * Scripts of a build that run in pages (content scripts, and scripts at the root that are neither
 * the background nor a language script of the background: WXT's unlisted scripts, injected with
 * scripting.executeScript).
 */
export function pageScriptsOf(outDir: string): string[] {
  const contentDir = join(outDir, 'content-scripts');
  const content = existsSync(contentDir)
    ? readdirSync(contentDir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => `content-scripts/${f}`)
    : [];
  const unlisted = readdirSync(outDir).filter(
    (f) => f.endsWith('.js') && f !== 'background.js' && !LANGUAGE_SCRIPT.test(f),
  );
  return [...content, ...unlisted].sort();
}
