/**
 * npm run bench:worst [-- --out FILE] [--shape NAME]...
 *
 * The worst-case table alone (npm run bench prints it too): every stage that sees page text on
 * every hostile shape of scripts/bench/worst-case.ts at 10k and 100k characters, beside the same
 * stage on ordinary prose in the same run; then the examples of issue 17 beside the same path on
 * an ordinary input of the same size. CPU clock of this process (steady when other jobs share the
 * machine). Writes reports/worst-case.json. `--shape NAME` (repeatable): only those shapes, and
 * no examples.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { argument } from './bench/args';
import { EXAMPLES, measureWorstCases, SHAPES, worstCaseTables } from './bench/worst-case';

const out = argument('out') ?? 'reports/worst-case.json';
const load = loadavg()[0] ?? 0;
console.log(
  `Worst cases: Node ${process.version}, ${cpus().length} CPUs, load average ${load.toFixed(1)}`,
);
const named = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--shape' ? [a] : []));
const shapes = named.length ? SHAPES.filter((s) => named.includes(s.name)) : SHAPES;
if (shapes.length < named.length) {
  console.error(`Unknown shape; the shapes are: ${SHAPES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const report = measureWorstCases(
  (line) => console.error(line),
  shapes,
  named.length ? [] : EXAMPLES,
);
console.log(`\n${worstCaseTables(report)}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), load, ...report }, null, 2) + '\n',
);
console.log(`\nWrote ${out}`);
