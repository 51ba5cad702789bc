/** The command-line options the bench scripts share: `--name value` pairs and flags. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultExtractionDir, REPO_ROOT } from '../extraction-eval/data-dir';
import { listPages } from './pages';

export function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

export function positiveInt(name: string, fallback: number): number {
  const raw = argument(name);
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number of at least 1`);
    process.exit(2);
  }
  return n;
}

export interface PageOptions {
  dataDir: string;
  /** Runs per page (each stage keeps its fastest). */
  repeat: number;
  /** The page files, after `--limit`. */
  files: string[];
  /** Where the JSON report goes. */
  out: string;
}

/** `--data DIR` (or NUTSHELL_EVAL_DIR), `--repeat R`, `--limit N`, `--out FILE`; exits without pages. */
export function pageOptions(defaultReport: string): PageOptions {
  const dataDir = resolve(argument('data') ?? defaultExtractionDir());
  if (!existsSync(dataDir)) {
    console.error(`No benchmark pages at ${dataDir} (give --data DIR or set NUTSHELL_EVAL_DIR).`);
    process.exit(2);
  }
  return {
    dataDir,
    repeat: positiveInt('repeat', 3),
    files: listPages(dataDir).slice(0, positiveInt('limit', Number.MAX_SAFE_INTEGER)),
    out: resolve(argument('out') ?? join(REPO_ROOT, defaultReport)),
  };
}
