/**
 * `npm run eval:entities [-- --data FILE] [--out FILE] [--repeat N]`: strict-span and per-document unique-name
 * P / R / F1 for PER, ORG, LOC on CoNLL-2003 (../shared/eval/entities/valid.txt by default), for
 * core/actors and plain compromise in the same run, with the time per 1000 tokens. Prints a table
 * and writes a JSON report (reports/entities.json). Times are each document's fastest of
 * `--repeat` runs (default 3), as in eval:extraction.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from './entities/conll';
import { evaluate, type SystemReport } from './entities/evaluate';
import { SCORED_TYPES, type PRF, type ScoreKey } from './entities/score';
import { runActors, runCompromise } from './entities/systems';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function defaultData(): string {
  const evalRoot = process.env.NUTSHELL_EVAL_DIR ?? resolve(repoRoot, '../shared/eval');
  return resolve(evalRoot, 'entities/valid.txt');
}

const fmt = (x: number): string => x.toFixed(1);
const cell = (s: PRF): string => `${fmt(s.precision)} / ${fmt(s.recall)} / **${fmt(s.f1)}**`;

function table(reports: readonly SystemReport[], metric: 'strict' | 'docUnique'): string {
  const keys: ScoreKey[] = [...SCORED_TYPES, 'ALL'];
  const head = `| system | ${keys.map((k) => `${k === 'ALL' ? 'all three' : k} P / R / F1`).join(' | ')} |`;
  const rule = `| --- | ${keys.map(() => '---').join(' | ')} |`;
  const rows = reports.map(
    (r) => `| ${r.system} | ${keys.map((k) => cell(r[metric][k])).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}

function main(): void {
  const data = resolve(option('--data') ?? defaultData());
  const out = resolve(option('--out') ?? resolve(repoRoot, 'reports/entities.json'));
  let raw: string;
  try {
    raw = readFileSync(data, 'utf8');
  } catch {
    console.error(`eval:entities: cannot read ${data} (give --data FILE or set NUTSHELL_EVAL_DIR)`);
    process.exit(1);
  }
  const repeat = Number(option('--repeat') ?? 3);
  if (!Number.isInteger(repeat) || repeat < 1) {
    console.error('eval:entities: --repeat takes a whole number ≥ 1');
    process.exit(2);
  }
  const documents = readConll(raw);
  const tokens = documents.reduce((n, d) => n + d.tokenCount, 0);
  const reports = [
    evaluate('core/actors', documents, runActors, repeat),
    evaluate('compromise 14.17.0', documents, runCompromise, repeat),
  ];
  console.log(`${data}: ${documents.length} documents, ${tokens} tokens\n`);
  console.log('Strict span (exact character span and type)\n');
  console.log(table(reports, 'strict'));
  console.log('\nPer-document unique names (distinct lowercased names per type)\n');
  console.log(table(reports, 'docUnique'));
  console.log(`\nTime per 1000 tokens (ms; each document's fastest of ${repeat} runs)\n`);
  for (const r of reports) {
    const shared = r.sharedMsPer1000Tokens
      ? ` (+ ${r.sharedMsPer1000Tokens.toFixed(2)} shared text analysis)`
      : '';
    console.log(`- ${r.system}: ${r.msPer1000Tokens.toFixed(2)}${shared}`);
  }
  const [ours, baseline] = reports;
  if (ours && baseline?.msPer1000Tokens) {
    const ratio = ours.msPer1000Tokens / baseline.msPer1000Tokens;
    console.log(
      `- core/actors takes ${(100 * ratio).toFixed(1)} % of compromise's time in this run`,
    );
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ data, documents: documents.length, tokens, reports }, null, 2) + '\n',
  );
  console.log(`\nreport: ${out}`);
}

main();
