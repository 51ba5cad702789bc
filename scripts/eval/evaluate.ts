/** Runs summarisers over an evaluation set and aggregates ROUGE with bootstrap intervals. */
import { performance } from 'node:perf_hooks';
import { summarize } from '../../core/summary';
import { splitSentences } from '../../core/text/sentences';
import { fromPlainText } from '../../core/text/source-text';
import type { SummaryOptions } from '../../core/types';
import { leadK, sbdSentences, textRankK } from './baselines';
import { bootstrapInterval, mean, type Interval } from './bootstrap';
import type { SummaryDoc } from './data';
import { scoreSummary } from './rouge';

/** A summariser under test: article text in, the chosen sentences out. */
export interface System {
  name: string;
  run: (article: string) => string[];
}

export interface SystemResult {
  system: string;
  documents: number;
  /** Stemmed F1 × 100, mean and 95 % bootstrap interval. */
  rouge1: Interval;
  rouge2: Interval;
  rougeLsum: Interval;
  meanSentences: number;
  meanWords: number;
  msPerDocument: number;
}

export function nutshellSystem(name: string, options: SummaryOptions = {}): System {
  return {
    name,
    run: (article) => {
      const source = fromPlainText(article);
      const sentences = splitSentences(source, 'en');
      return summarize(source, sentences, { lang: 'en', ...options }).map((s) => s.text);
    },
  };
}

export function leadSystem(k: number): System {
  return { name: `Lead-${k}`, run: (article) => leadK(sbdSentences(article), k) };
}

export function textRankSystem(k: number): System {
  return { name: `TextRank-${k}`, run: (article) => textRankK(sbdSentences(article), k) };
}

const percent = (values: number[]): Interval => {
  const i = bootstrapInterval(values);
  return { mean: 100 * i.mean, low: 100 * i.low, high: 100 * i.high };
};

export function evaluateSystem(docs: readonly SummaryDoc[], system: System): SystemResult {
  const r1: number[] = [];
  const r2: number[] = [];
  const rl: number[] = [];
  const sentenceCounts: number[] = [];
  const wordCounts: number[] = [];
  let elapsed = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const picked = system.run(doc.article);
    elapsed += performance.now() - t0;
    const sentences = picked.map((s) => s.replace(/\s+/g, ' ').trim());
    const scores = scoreSummary(sentences, doc.reference);
    r1.push(scores.rouge1.f);
    r2.push(scores.rouge2.f);
    rl.push(scores.rougeLsum.f);
    sentenceCounts.push(sentences.length);
    wordCounts.push(sentences.join(' ').split(/\s+/).filter(Boolean).length);
  }
  return {
    system: system.name,
    documents: docs.length,
    rouge1: percent(r1),
    rouge2: percent(r2),
    rougeLsum: percent(rl),
    meanSentences: mean(sentenceCounts),
    meanWords: mean(wordCounts),
    msPerDocument: elapsed / Math.max(1, docs.length),
  };
}
