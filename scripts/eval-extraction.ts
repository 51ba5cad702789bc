/**
 * npm run eval:extraction [-- --data DIR] [--out FILE] [--worst N] [--repeat N] [--ablate]
 *
 * Plain Readability 0.6.0 and core/extract on every benchmark page (linkedom DOM), in one run:
 * shingle and token-bag P/R/F1 against the human ground truth, time per page, the time ratio,
 * and the worst pages with what went wrong. Writes the full report as JSON.
 * --ablate: instead, core/extract with each cleanup step left out in turn (does it help broadly?).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ablate } from './extraction-eval/ablation';
import { defaultExtractionDir, hasExtractionData, REPO_ROOT } from './extraction-eval/data-dir';
import type { PRF } from './extraction-eval/metrics';
import { evaluate, SYSTEMS, type EvaluationReport } from './extraction-eval/run';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const f3 = (x: number) => x.toFixed(3);
const prf = (m: PRF) => `${f3(m.precision)} / ${f3(m.recall)} / ${f3(m.f1)}`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function printReport(report: EvaluationReport): void {
  console.log(`Extraction benchmark: ${report.pages} pages from ${report.dataDir}\n`);
  console.log(
    '| system | ok / empty / threw | shingle P / R / F1 | token bag macro P / R / F1 | token bag micro P / R / F1 | exact | not readerable | time mean / median / p95 |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const name of SYSTEMS) {
    const s = report.systems[name];
    const label = name === 'readability' ? 'Readability 0.6.0 (plain)' : 'core/extract (Nutshell)';
    console.log(
      `| ${label} | ${s.ok} / ${s.empty} / ${s.threw} | ${prf(s.shingle)} | ${prf(s.tokenBagMacro)} | ` +
        `${prf(s.tokenBagMicro)} | ${f3(s.exact)} | ${s.notReaderable} | ` +
        `${ms(s.ms.mean)} / ${ms(s.ms.median)} / ${ms(s.ms.p95)} |`,
    );
  }
  console.log(
    `\nTime ratio core/extract ÷ Readability (sum over pages, DOM build excluded, fastest of ` +
      `${report.repeat} run(s) per page): wall ${report.timeRatio.toFixed(2)}, CPU ${report.cpuTimeRatio.toFixed(2)}`,
  );
  console.log(`\nWorst ${report.worst.length} pages for core/extract (shingle F1):`);
  for (const w of report.worst) {
    const d = w.diagnosis;
    console.log(
      `\n- ${w.id.slice(0, 12)} ${w.url}\n  core/extract P/R/F1 ${prf(w.nutshell)}; Readability ${prf(w.readability)}; ` +
        `status ${d.status}${d.error ? ` (${d.error})` : ''}; ${d.extraWords} words of clutter kept, ${d.missingWords} words lost`,
    );
    for (const line of d.extra) console.log(`    + ${line}`);
    for (const line of d.missing) console.log(`    - ${line}`);
  }
}

function printAblation(dataDir: string): void {
  const { f1, steps } = ablate(dataDir);
  console.log(`core/extract shingle F1 with every step: ${f3(f1)}\n`);
  console.log(
    '| step left out | shingle F1 without it | gain from the step | pages helped | pages hurt |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const s of steps) {
    console.log(
      `| ${s.step} | ${f3(s.f1Without)} | ${s.gain >= 0 ? '+' : ''}${s.gain.toFixed(4)} | ${s.pagesHelped} | ${s.pagesHurt} |`,
    );
  }
}

function main(): void {
  const dataDir = resolve(argument('data') ?? defaultExtractionDir());
  if (!hasExtractionData(dataDir)) {
    console.error(`No extraction data in ${dataDir} (expected ground-truth.json and html/).`);
    process.exit(2);
  }
  if (process.argv.includes('--ablate')) {
    printAblation(dataDir);
    return;
  }
  const out = resolve(argument('out') ?? resolve(REPO_ROOT, 'reports/extraction.json'));
  const report = evaluate(dataDir, {
    worst: Number(argument('worst') ?? 10),
    repeat: Number(argument('repeat') ?? 1),
  });
  printReport(report);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(`\nJSON report: ${out}`);
}

main();
