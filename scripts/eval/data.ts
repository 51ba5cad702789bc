/** Loading the summary evaluation sets (read-only, never copied into the repo). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SummaryDoc {
  id: string;
  article: string;
  /** One reference summary sentence per line. */
  reference: string;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `--data DIR`, else `$NUTSHELL_EVAL_DIR/summaries`, else `../shared/eval/summaries`. */
export function defaultSummaryDataDir(): string {
  const evalRoot = process.env.NUTSHELL_EVAL_DIR ?? join(REPO_ROOT, '..', 'shared', 'eval');
  return join(evalRoot, 'summaries');
}

export function hasSummaryData(dir = defaultSummaryDataDir()): boolean {
  return existsSync(join(dir, 'cnndm_test_frank.jsonl'));
}

export function loadSummaryDocs(file: string): SummaryDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      if (typeof raw.article !== 'string' || typeof raw.reference !== 'string') {
        throw new Error(`${file}: a line lacks "article" or "reference"`);
      }
      return { id: String(raw.id), article: raw.article, reference: raw.reference };
    });
}
