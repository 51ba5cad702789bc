/**
 * `npm run eval:entities [-- --data PATH] [--out FILE] [--repeat N] [--limit N]`: entity scores
 * for core/actors and plain compromise in the same run, with the time per 1000 tokens:
 * strict-span P / R / F1 per type, per-document unique names, and the key-actor measures of the
 * first ten actors (recall@10, typed recall@10, junk@10), as ../shared/eval/entities-news/SOURCE.md
 * defines them. PATH is a CoNLL-2003 (IOB2) file, a JSONL set or a folder of JSONL sets
 * (../shared/eval/entities-news); CoNLL-2003 valid (../shared/eval/entities/valid.txt) is always
 * scored beside it. Each document is read in the language its JSONL line gives (`lang`; CoNLL is
 * English). Prints tables per set, then a summary line per set (strict F1 per type, recall@10,
 * junk@10), and writes a JSON report (reports/entities.json). Times are
 * each document's fastest of `--repeat` runs (default 3), as in eval:extraction.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, type EvalDocument } from './entities/conll';
import { evaluate, type SystemReport } from './entities/evaluate';
import { readJsonl } from './entities/jsonl';
import { SCORED_TYPES, type PRF, type ScoreKey } from './entities/score';
import { runActors, runCompromise } from './entities/systems';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function conllValid(): string {
  const evalRoot = process.env.NUTSHELL_EVAL_DIR ?? resolve(repoRoot, '../shared/eval');
  return resolve(evalRoot, 'entities/valid.txt');
}

interface DataSet {
  name: string;
  path: string;
  documents: EvalDocument[];
}

function fail(message: string, code = 1): never {
  console.error(`eval:entities: ${message}`);
  process.exit(code);
}

/** The sets a path names: a CoNLL file, a JSONL file, or every JSONL file of a folder. */
function readSets(path: string): DataSet[] {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(path, f))
      : [path];
  } catch {
    fail(`cannot read ${path} (give --data PATH or set NUTSHELL_EVAL_DIR)`);
  }
  if (!files.length) fail(`no .jsonl file in ${path}`);
  return files.map((file) => {
    const raw = readFileSync(file, 'utf8');
    const documents = file.endsWith('.jsonl') ? readJsonl(raw, basename(file)) : readConll(raw);
    return { name: basename(file), path: file, documents };
  });
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

function keyTable(reports: readonly SystemReport[]): string {
  const rows = reports.map((r) => {
    const k = r.keyActors;
    return `| ${r.system} | ${fmt(k.recall10)} | **${fmt(k.typedRecall10)}** | **${fmt(k.junk10)}** | ${fmt(k.untyped10)} | ${r.keyCounts.relevant} |`;
  });
  return [
    '| system | recall@10 | typed recall@10 | junk@10 | other names in top 10 | key names (R) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function report(set: DataSet, repeat: number): SystemReport[] {
  const { documents } = set;
  const tokens = documents.reduce((n, d) => n + d.tokenCount, 0);
  const reports = [
    evaluate('core/actors', documents, runActors, repeat),
    evaluate('compromise 14.17.0', documents, runCompromise, repeat),
  ];
  console.log(`\n## ${set.name}: ${documents.length} documents, ${tokens} tokens (${set.path})\n`);
  console.log('Strict span (exact character span and type)\n');
  console.log(table(reports, 'strict'));
  console.log('\nPer-document unique names (distinct lowercased names per type)\n');
  console.log(table(reports, 'docUnique'));
  console.log('\nKey actors: the first ten actors of each document\n');
  console.log(keyTable(reports));
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
  return reports;
}

/** The languages a set's documents declare (their `lang`), or "en" for CoNLL. */
function languages(documents: readonly EvalDocument[]): string {
  const langs = new Set(documents.map((d) => d.lang ?? 'en'));
  return [...langs].sort().join(', ');
}

/** One line per set: core/actors' strict F1 per type, recall@10 and junk@10. */
function summary(
  results: readonly { data: string; docs: readonly EvalDocument[]; reports: SystemReport[] }[],
): string {
  const rows = results.map(({ data, docs, reports }) => {
    const r = reports[0] as SystemReport;
    const f = (k: ScoreKey): string => fmt(r.strict[k].f1);
    return `| ${basename(data)} | ${languages(docs)} | ${f('PER')} | ${f('ORG')} | ${f('LOC')} | **${f('ALL')}** | ${fmt(r.keyActors.recall10)} | ${fmt(r.keyActors.junk10)} |`;
  });
  return [
    '\n## Summary: core/actors per set (strict F1, key actors)\n',
    '| set | lang | PER F1 | ORG F1 | LOC F1 | all F1 | recall@10 | junk@10 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function main(): void {
  const data = resolve(option('--data') ?? conllValid());
  const out = resolve(option('--out') ?? resolve(repoRoot, 'reports/entities.json'));
  const repeat = Number(option('--repeat') ?? 3);
  if (!Number.isInteger(repeat) || repeat < 1) fail('--repeat takes a whole number ≥ 1', 2);
  const limit = option('--limit') === undefined ? Infinity : Number(option('--limit'));
  if (!(limit >= 1)) fail('--limit takes a whole number ≥ 1', 2);
  const sets = readSets(data);
  // CoNLL valid is always scored beside the asked-for sets, so that no gain there hides a loss.
  const conll = conllValid();
  if (!sets.some((s) => resolve(s.path) === conll)) {
    if (existsSync(conll)) sets.push(...readSets(conll));
    else console.error(`eval:entities: CoNLL valid not found at ${conll}; scoring ${data} alone`);
  }
  const results = sets.map((set) => {
    const documents = set.documents.slice(0, limit);
    const tokens = documents.reduce((n, d) => n + d.tokenCount, 0);
    const reports = report({ ...set, documents }, repeat);
    return { data: set.path, docs: documents, documents: documents.length, tokens, reports };
  });
  console.log(summary(results));
  mkdirSync(dirname(out), { recursive: true });
  const json = results.map(({ docs, ...rest }) => ({ ...rest, lang: languages(docs) }));
  writeFileSync(out, JSON.stringify({ sets: json }, null, 2) + '\n');
  console.log(`\nreport: ${out}`);
}

main();
