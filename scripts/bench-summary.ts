/**
 * `npm run bench:summary`: time of sentence splitting + summarising (what the pipeline runs
 * for the summary), per 1000 words, and its scaling at 1k / 10k / 100k words. Inputs are built
 * from generated text (no evaluation data), so the numbers are reproducible anywhere.
 * Prints medians of several runs after a warm-up; the machine is shared, so expect ±30 %.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { summarize } from '../core/summary';
import { splitSentences } from '../core/text/sentences';
import { fromPlainText } from '../core/text/source-text';
import { countWords } from '../core/text/tokens';
import { seededRandom } from './eval/bootstrap';

const SUBJECTS = [
  'The council',
  'Dr. Smith',
  'The company',
  'Police',
  'The U.S. team',
  'Residents',
  'The minister',
  'Scientists',
];
const VERBS = [
  'approved',
  'rejected',
  'discussed',
  'announced',
  'questioned',
  'funded',
  'delayed',
  'praised',
];
const OBJECTS = [
  'a new bridge',
  'the budget for 2025',
  'a study of 3.5 million records',
  'the plan',
  'a report on river pollution',
  'the hospital project',
  'new rules for schools',
  'the election results',
];
const TAILS = [
  'on Tuesday',
  'after a long debate',
  'despite protests',
  'according to officials',
  'in a statement',
  '',
  'for the second time',
  'late on Friday',
];

/** Generated news-like text of about `words` words, in paragraphs of 3–6 sentences. */
export function generateText(words: number, seed = 7): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) {
      const s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`.trim() + '.';
      sentences.push(random() < 0.15 ? `"${s.slice(0, -1)}," said Mr. Jones.` : s);
    }
    const p = sentences.join(' ');
    total += countWords(p);
    paragraphs.push(p);
  }
  return paragraphs.join('\n\n');
}

/** Splitting + summarising, the summary's share of the pipeline. */
function timeOnce(text: string): number {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const source = fromPlainText(text);
  const sentences = splitSentences(source, 'en');
  summarize(source, sentences, { lang: 'en' });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  return ms;
}

/**
 * CPU time of the same runs (user + system, ms). Less disturbed than wall time when other
 * processes compete for the cores, so the two together bracket the cost on an idle machine.
 */
let cpuTimes: number[] = [];

/**
 * Baseline measured in the same run: bare Intl.Segmenter sentence segmentation of the same
 * paragraphs — the floor any Segmenter-based summariser pays. On a shared machine the ratio
 * to it is steadier than milliseconds.
 */
function timeSegmenterOnly(text: string): number {
  const t0 = performance.now();
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let segments = 0;
  for (const p of fromPlainText(text).paragraphs) segments += [...segmenter.segment(p.text)].length;
  const ms = performance.now() - t0;
  if (segments === 0) throw new Error('the generated text has no sentences');
  return ms;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  const runs = Number(values.runs ?? 15);
  const sizes = [1_000, 10_000, 100_000];
  const texts = sizes.map((n) => generateText(n));
  for (const text of texts) timeOnce(text); // warm-up: JIT, Intl data, caches
  console.log(
    'words      median ms  ms/1000 words  CPU ms/1000 words  per-word ratio to 1k  Segmenter-only ms  ratio to it',
  );
  let base = 0;
  const results = sizes.map((size, i) => {
    const text = texts[i] ?? '';
    const words = countWords(text);
    const n = size >= 100_000 ? Math.max(3, Math.ceil(runs / 3)) : runs;
    const times: number[] = [];
    cpuTimes = [];
    const baseline: number[] = [];
    for (let r = 0; r < n; r++) {
      times.push(timeOnce(text));
      baseline.push(timeSegmenterOnly(text));
    }
    const ms = median(times);
    const cpuMs = median(cpuTimes);
    const segMs = median(baseline);
    const per1000 = (ms / words) * 1000;
    if (i === 0) base = per1000;
    console.log(
      [
        String(words).padEnd(9),
        ms.toFixed(2).padStart(10),
        per1000.toFixed(3).padStart(14),
        ((cpuMs / words) * 1000).toFixed(3).padStart(18),
        (per1000 / base).toFixed(2).padStart(21),
        segMs.toFixed(2).padStart(18),
        (ms / segMs).toFixed(2).padStart(12),
      ].join(' '),
    );
    return {
      words,
      medianMs: ms,
      msPer1000Words: per1000,
      cpuMedianMs: cpuMs,
      cpuMsPer1000Words: (cpuMs / words) * 1000,
      segmenterOnlyMs: segMs,
    };
  });
  console.log(JSON.stringify({ runs, results }));
}

if (process.argv[1]?.endsWith('bench-summary.ts')) main();
