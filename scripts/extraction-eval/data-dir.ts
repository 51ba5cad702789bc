import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `../shared/eval` next to the repo, unless NUTSHELL_EVAL_DIR names the eval root. */
export function evalRoot(): string {
  return process.env.NUTSHELL_EVAL_DIR ?? resolve(REPO_ROOT, '../shared/eval');
}

/** The news benchmark in the eval root. */
export function defaultExtractionDir(): string {
  return join(evalRoot(), 'extraction');
}

export function hasExtractionData(dir: string): boolean {
  return existsSync(join(dir, 'ground-truth.json')) && existsSync(join(dir, 'html'));
}
