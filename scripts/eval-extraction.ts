/**
 * npm run eval:extraction [-- --data DIR] [--out FILE] [--worst N] [--repeat N] [--ablate]
 * npm run eval:extraction -- --suite readability [--data DIR] [--out FILE]
 *
 * Plain Readability 0.6.0 and core/extract on every benchmark page (linkedom DOM), in one run:
 * shingle and token-bag P/R/F1 against the human ground truth, time per page, the time ratio,
 * and the worst pages with what went wrong. Writes the full report as JSON.
 * --ablate: instead, core/extract with each cleanup step left out in turn (does it help broadly?).
 * --suite readability: instead, Readability's own 130 test pages (../shared/eval/readability-tests),
 * both systems against the expected article: per case token P/R/F1 and shingle F1, title exact
 * match, `readerable` agreement, and the cases where core/extract is more than 0.05 token F1 below
 * Readability with the cleanup step responsible (each step left out in turn).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ablate } from './extraction-eval/ablation';
import { defaultExtractionDir, hasExtractionData, REPO_ROOT } from './extraction-eval/data-dir';
import type { PRF } from './extraction-eval/metrics';
import {
  ablateLosses,
  defaultSuiteDir,
  evaluateSuite,
  EXPLAINED_LOSSES,
  hasSuiteData,
  LOSS_MARGIN,
  loadSuite,
  type SuiteReport,
  type SuiteSummary,
} from './extraction-eval/readability-suite';
import { evaluate, SYSTEMS, type EvaluationReport } from './extraction-eval/run';
import { STEPS } from './extraction-eval/ablation';

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

function printSuite(report: SuiteReport, causes: ReturnType<typeof ablateLosses>): void {
  const { readability, nutshell } = report.systems;
  console.log(`Readability's test pages: ${readability.cases} cases from ${report.dataDir}\n`);
  console.log(
    '| system | token P / R / F1 (mean of cases) | shingle F1 (mean) | titles exact | readerable agrees | time, total |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  const row = (label: string, s: SuiteSummary) =>
    console.log(
      `| ${label} | ${prf(s.tokenMacro)} | ${f3(s.shingleMacroF1)} | ${s.titlesExact} / ${s.cases} | ` +
        `${s.readerableAgrees} / ${s.readerableKnown} | ${ms(s.msTotal)} |`,
    );
  row('Readability 0.6.0 (plain)', readability);
  row('core/extract (Nutshell)', nutshell);
  console.log(
    `\nTime ratio core/extract ÷ Readability (sum over cases, DOM build excluded): ${report.timeRatio.toFixed(2)}`,
  );
  console.log(
    `\nCases more than ${LOSS_MARGIN} token F1 below Readability: ${report.losses.length}` +
      (causes.length ? ' (steps that, left out alone, give back more than 0.005)' : ''),
  );
  for (const c of causes) {
    const steps = c.steps.map((s) => `${s.step} +${f3(s.gain)}`).join(', ') || 'no single step';
    const why = EXPLAINED_LOSSES[c.name];
    console.log(
      `- ${c.name}: ${f3(c.deficit)} below; ${steps}; ${why ? `left out: ${why}` : 'NOT EXPLAINED'}`,
    );
  }
  const titles = report.cases.filter((c) => !c.nutshell.titleExact);
  if (titles.length) console.log('\nTitles not exact:');
  for (const c of titles) {
    console.log(
      `- ${c.name}: ${JSON.stringify(c.titles.nutshell)}, expected ${JSON.stringify(c.titles.expected)}`,
    );
  }
  const readerable = report.cases.filter((c) => c.nutshell.readerableAgrees === false);
  if (readerable.length) console.log('\nreaderable not as expected:');
  for (const c of readerable) {
    console.log(`- ${c.name}: ${c.readerable.nutshell}, expected ${c.readerable.expected}`);
  }
}

function runSuite(): void {
  const dataDir = resolve(argument('data') ?? defaultSuiteDir());
  if (!hasSuiteData(dataDir)) {
    console.error(`No Readability test pages in ${dataDir} (expected <case>/source.html.gz).`);
    process.exit(2);
  }
  const cases = loadSuite(dataDir);
  const report = evaluateSuite(cases, dataDir);
  const causes = ablateLosses(cases, report, STEPS);
  printSuite(report, causes);
  const out = resolve(argument('out') ?? resolve(REPO_ROOT, 'reports/readability-suite.json'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ ...report, causes }, null, 2));
  console.log(`\nJSON report: ${out}`);
}

function main(): void {
  const suite = argument('suite');
  if (suite !== undefined) {
    if (suite !== 'readability') {
      console.error(`Unknown suite ${suite} (known: readability).`);
      process.exit(2);
    }
    runSuite();
    return;
  }
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
