/**
 * The reference baselines of ../shared/eval/BASELINES.md §2, written to its description so that
 * our numbers can be compared with its table: sentences from npm `sbd` 1.0.19 (newline
 * boundaries, whitespace collapsed), Lead-k, and TextRank-k (Mihalcea & Tarau 2004).
 * Nothing here is used by the extension.
 */
import sbd from 'sbd';
import { stemmer } from 'stemmer';

/** The baseline's sentence splitting. */
export function sbdSentences(text: string): string[] {
  return sbd
    .sentences(text, { newline_boundaries: true, sanitize: false })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

export function leadK(sentences: readonly string[], k: number): string[] {
  return sentences.slice(0, k);
}

/** A 141-word English stop list, as the baseline description calls for. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further ' +
    'had has have having he her here hers herself him himself his how i if in into is it its itself ' +
    'just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself yourselves said says also upon may ' +
    'might must shall us one two new like get got'
  ).split(' '),
);

function textRankWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const t of sentence.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (STOP_WORDS.has(t) || /^[0-9]+$/.test(t)) continue;
    words.add(t.length > 3 ? stemmer(t) : t);
  }
  return words;
}

/**
 * Weighted PageRank (d = 0.85, until the largest change is below 1e-7, at most 200 iterations)
 * over sentence similarity |shared words| / (ln|Si| + ln|Sj|); top k by score, ties to the
 * earlier sentence, returned in document order.
 */
export function textRankK(sentences: readonly string[], k: number): string[] {
  const words = sentences.map(textRankWords);
  const n = sentences.length;
  const weight = new Float64Array(n * n);
  words.forEach((a, i) => {
    words.forEach((b, j) => {
      if (j <= i) return;
      const norm = Math.log(a.size) + Math.log(b.size);
      if (norm <= 0) return;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      weight[i * n + j] = weight[j * n + i] = shared / norm;
    });
  });
  const outSum = new Float64Array(n);
  for (let i = 0; i < n * n; i++) {
    const row = Math.floor(i / n);
    outSum[row] = (outSum[row] ?? 0) + (weight[i] ?? 0);
  }
  let score = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let iter = 0; iter < 200; iter++) {
    const next = new Float64Array(n);
    let change = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const w = weight[j * n + i] ?? 0;
        if (w > 0) s += (w / (outSum[j] ?? 1)) * (score[j] ?? 0);
      }
      next[i] = 0.15 / n + 0.85 * s;
      change = Math.max(change, Math.abs((next[i] ?? 0) - (score[i] ?? 0)));
    }
    score = next;
    if (change < 1e-7) break;
  }
  return [...score]
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, k)
    .sort((a, b) => a.i - b.i)
    .map(({ i }) => sentences[i] ?? '');
}
