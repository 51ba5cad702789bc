/**
 * `npm run eval:summaries [-- --data DIR] [--out FILE]`: stemmed ROUGE-1 / ROUGE-2 / ROUGE-Lsum
 * F1 with 95 % bootstrap intervals (../shared/eval/BASELINES.md §2) for the summariser and the
 * baselines, all in one run; prints a table and writes a JSON report (default
 * reports/summaries.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSummaryDataDir, loadSummaryDocs } from './eval/data';
import {
  evaluateSystem,
  leadSystem,
  nutshellSystem,
  textRankSystem,
  type SystemResult,
} from './eval/evaluate';

export const SUITES = [
  {
    file: 'cnndm_test_frank.jsonl',
    systems: () => [
      nutshellSystem('Nutshell (default length)'),
      nutshellSystem('Nutshell, 3 sentences', { sentences: 3 }),
      leadSystem(3),
      textRankSystem(3),
    ],
  },
  {
    file: 'xsum_test_frank.jsonl',
    systems: () => [
      nutshellSystem('Nutshell, 1 sentence', { sentences: 1 }),
      leadSystem(1),
      textRankSystem(1),
    ],
  },
];

function formatRow(r: SystemResult): string {
  const ci = (i: SystemResult['rouge1']) =>
    `${i.mean.toFixed(2)} (${i.low.toFixed(1)}–${i.high.toFixed(1)})`;
  return [
    r.system.padEnd(28),
    ci(r.rouge1).padEnd(20),
    ci(r.rouge2).padEnd(20),
    ci(r.rougeLsum).padEnd(20),
    r.meanSentences.toFixed(2).padStart(6),
    r.meanWords.toFixed(1).padStart(7),
    r.msPerDocument.toFixed(2).padStart(8),
  ].join(' ');
}

function main(): void {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, out: { type: 'string' } },
  });
  const dataDir = values.data ?? defaultSummaryDataDir();
  const out = values.out ?? join('reports', 'summaries.json');
  const report: Record<string, SystemResult[]> = {};
  for (const suite of SUITES) {
    const docs = loadSummaryDocs(join(dataDir, suite.file));
    console.log(`\n${suite.file} — ${docs.length} articles, stemmed F1 × 100 (95 % CI)`);
    console.log(
      `${'system'.padEnd(28)} ${'ROUGE-1'.padEnd(20)} ${'ROUGE-2'.padEnd(20)} ${'ROUGE-Lsum'.padEnd(20)} ${'sent.'.padStart(6)} ${'words'.padStart(7)} ${'ms/doc'.padStart(8)}`,
    );
    report[suite.file] = suite.systems().map((system) => {
      const result = evaluateSystem(docs, system);
      console.log(formatRow(result));
      return result;
    });
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ dataDir, generated: new Date().toISOString(), report }, null, 2),
  );
  console.log(`\nreport: ${out}`);
}

main();
