/**
 * ROUGE as specified in ../shared/eval/BASELINES.md §2, modelled on Google's `rouge-score`:
 * lowercase, every character outside [a-z0-9] becomes a space, Porter stemming (npm `stemmer`)
 * for tokens longer than 3 characters. ROUGE-1/2: clipped n-gram overlap F1. ROUGE-Lsum:
 * summary-level union-LCS (Lin 2004), reference split into sentences on newlines, candidate =
 * the extracted sentences.
 */
import { stemmer } from 'stemmer';

export interface Prf {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeLsum: Prf;
}

const stemCache = new Map<string, string>();

function stem(token: string): string {
  if (token.length <= 3) return token;
  let s = stemCache.get(token);
  if (s === undefined) {
    s = stemmer(token);
    stemCache.set(token, s);
  }
  return s;
}

/** rouge-score's default tokenizer with stemming on. */
export function rougeTokens(text: string, useStemmer = true): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0);
  return useStemmer ? tokens.map(stem) : tokens;
}

function prf(hits: number, predicted: number, reference: number): Prf {
  const precision = predicted > 0 ? hits / predicted : 0;
  const recall = reference > 0 ? hits / reference : 0;
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): Prf {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(hits, total(c), total(r));
}

/** Indices into `ref` of one longest common subsequence with `can` (rouge-score's backtrack). */
function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const rows = ref.length + 1;
  const cols = can.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? (table[(i - 1) * cols + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * cols + j] ?? 0, table[i * cols + j - 1] ?? 0);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] ?? 0) > (table[(i - 1) * cols + j] ?? 0)) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Summary-level union-LCS F1 over sentence lists (rouge-score's `_summary_level_lcs`). */
export function rougeLsum(
  candidate: readonly (readonly string[])[],
  reference: readonly (readonly string[])[],
): Prf {
  const m = reference.reduce((a, s) => a + s.length, 0);
  const n = candidate.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f: 0 };
  const leftRef = countTokens(reference);
  const leftCan = countTokens(candidate);
  let hits = 0;
  for (const r of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i] ?? '';
      const cr = leftRef.get(t) ?? 0;
      const cc = leftCan.get(t) ?? 0;
      if (cr > 0 && cc > 0) {
        hits++;
        leftRef.set(t, cr - 1);
        leftCan.set(t, cc - 1);
      }
    }
  }
  return prf(hits, n, m);
}

/**
 * Scores one candidate (its sentences) against one reference (one summary sentence per line).
 */
export function scoreSummary(
  candidateSentences: readonly string[],
  reference: string,
  useStemmer = true,
): RougeScores {
  const canSents = candidateSentences
    .filter((s) => s.length > 0)
    .map((s) => rougeTokens(s, useStemmer));
  const refSents = reference
    .split('\n')
    .filter((s) => s.length > 0)
    .map((s) => rougeTokens(s, useStemmer));
  const can = canSents.flat();
  const ref = refSents.flat();
  return {
    rouge1: rougeN(can, ref, 1),
    rouge2: rougeN(can, ref, 2),
    rougeLsum: rougeLsum(canSents, refSents),
  };
}
