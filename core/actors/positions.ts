/**
 * Places in a page where a name is not an actor of the story: datelines ("SAN FRANCISCO
 * (Reuters) -", "LONDON 1996-08-30"), agency sign-offs ("(AP) —"), bylines and reporting credits
 * ("By Jo Bloggs", "Editing by …") and picture credits ("Photographer: Jo Bloggs / Agency",
 * "Image source: Acme"). A name met only there founds no actor; met in the story too, these
 * mentions join it. All checks look at a few tokens around the mention: linear in the text.
 */
import type { Candidate } from './candidates';
import type { LanguageEvidence } from './evidence';
import type { Token } from './tokens';

const DASHES = new Set(['-', '—', '–', '--']);
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/;

export type Position = 'story' | 'dateline' | 'credit';

/** Index of the first token of each token's line (a line break in the gap before a token). */
export function lineStarts(tokens: readonly Token[], text: string): Int32Array {
  const first = new Int32Array(tokens.length);
  // The next line break at or after the previous token's end, found once per break: linear.
  let newline = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (prev && newline < prev.end && newline !== Infinity) {
      const at = text.indexOf('\n', prev.end);
      newline = at < 0 ? Infinity : at;
    }
    first[i] = !prev || newline < t.start ? i : (first[i - 1] as number);
  }
  return first;
}

function isCapitalWord(t: Token | undefined): boolean {
  return !!t?.word && t.cap;
}

/**
 * The first tokens of lines that cite a paper, as science news ends ("More information: A. Bloggs
 * et al. Title of the Paper, Journal (2018). DOI: 10.1000/xyz"): a line with a DOI, or with "et
 * al." and a year in brackets. The paper's title and authors are no actors of the story.
 */
export function citationLines(
  ev: LanguageEvidence,
  tokens: readonly Token[],
  lineStart: Int32Array,
): Set<number> {
  const out = new Set<number>();
  if (!ev.citations) return out;
  let line = -1;
  let etAl = false;
  let year = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const start = lineStart[i] as number;
    if (start !== line) [line, etAl, year] = [start, false, false];
    const next = tokens[i + 1];
    if (t.lower === 'doi' && next?.text === ':') out.add(line);
    else if (t.lower === 'et' && next?.lower === 'al') etAl = true;
    else if (t.text === '(' && /^(?:1[89]|20)\d\d$/.test(next?.text ?? '')) year = true;
    if (etAl && year) out.add(line);
  }
  return out;
}

export function positionOf(
  ev: LanguageEvidence,
  c: Candidate,
  tokens: readonly Token[],
  lineStart: Int32Array,
  bylines: ReadonlySet<number>,
  citations?: ReadonlySet<number>,
): Position {
  if (citations?.has(lineStart[c.first] as number)) return 'credit';
  const n = c.tokens.length;
  const prev = tokens[c.first - 1];
  const prev2 = tokens[c.first - 2];
  const prev3 = tokens[c.first - 3];
  const next = tokens[c.first + n];
  const next2 = tokens[c.first + n + 1];
  const next3 = tokens[c.first + n + 2];
  const opensLine = lineStart[c.first] === c.first;
  const shouted = c.tokens.every((t) => t.allCaps || t.capsLine || !t.word);
  // Datelines: "LONDON (Reuters) -", "SAN FRANCISCO —", "LONDON 1996-08-30", also after a byline.
  const afterByline = !!prev && bylines.has(c.first - 1);
  if ((opensLine || afterByline) && next) {
    const agency = next.text === '(' && next3?.text === ')';
    if (agency && (shouted || DASHES.has(tokens[c.first + n + 3]?.text ?? ''))) return 'dateline';
    if (shouted && (DASHES.has(next.text) || DATE.test(next.text))) return 'dateline';
    if (shouted && next.text === ',' && DATE.test(next2?.text ?? '')) return 'dateline';
  }
  // The agency of a sign-off: "(Reuters) -", "(AP) —".
  if (prev?.text === '(' && next?.text === ')' && DASHES.has(next2?.text ?? '')) return 'credit';
  // Picture credits: "Photographer: X", "Image source: X", "Photo by X", "X / Agency".
  if (prev && prev2 && (prev.text === ':' || prev.lower === 'by')) {
    const label = prev3?.word ? `${prev3.lower} ${prev2.lower}` : '';
    if (ev.creditLabels.has(prev2.lower) || ev.creditLabels.has(label)) return 'credit';
  }
  if (prev?.text === '/' && isCapitalWord(prev2)) return 'credit';
  if (next?.text === '/' && isCapitalWord(next2)) return 'credit';
  if (bylines.has(c.first)) return 'credit';
  return 'story';
}

/**
 * The first tokens of byline names: "By Jo Bloggs" opening a line, "Reporting by A and B;
 * Editing by C". The set holds the first token of each and, for the next one, the last.
 */
export function findBylines(
  ev: LanguageEvidence,
  candidates: readonly Candidate[],
  tokens: readonly Token[],
  lineStart: Int32Array,
): Set<number> {
  const out = new Set<number>();
  let chainEnd = -1;
  for (const c of candidates) {
    const prev = tokens[c.first - 1];
    const prev2 = tokens[c.first - 2];
    let byline = false;
    if (prev?.lower === 'by') {
      const opens = lineStart[c.first - 1] === c.first - 1;
      byline = opens || (!!prev2 && ev.bylineWords.has(`${prev2.lower} by`));
    } else if (chainEnd >= 0 && prev && (prev.text === ',' || prev.lower === 'and')) {
      byline = chainEnd === c.first - 2;
    }
    if (!byline) continue;
    out.add(c.first);
    const end = c.first + c.tokens.length - 1;
    out.add(end);
    chainEnd = end;
  }
  return out;
}
