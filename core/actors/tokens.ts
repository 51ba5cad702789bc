/**
 * A fast word tokenizer for the actor tagger: one regular-expression pass, UTF-16 offsets into the
 * analysed text, with the few facts about each token that name finding needs (capitalisation,
 * sentence start, an all-capitals line around it, a possessive "'s" taken off).
 */

export interface Token {
  /** The token as written, without a possessive "'s". */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a letter. */
  word: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Two or more letters, all uppercase ("UN", "NATO", "LONDON"). */
  allCaps: boolean;
  /** First word of a sentence, line or quotation: capitalised there by position alone. */
  atStart: boolean;
  /** On a line written mostly in capitals (a headline): capitals say nothing there. */
  capsLine: boolean;
  /** The possessive ending taken off ("'s" or "’s"), or ''. */
  possessive: string;
  /** Only spaces (no line break) between this token and the previous one, which has no "'s". */
  joined: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.'’&-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’]s$/i;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—']);

/** Abbreviations whose full stop belongs to the word ("Mr.", "Corp."), not to the sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st jr sr rev fr sen rep gov gen col lt capt sgt maj adm cmdr mt ft inc corp co ltd bros no vs messrs jan feb mar apr aug sep sept oct nov dec'.split(
    ' ',
  ),
);

function keepsFullStop(word: string): boolean {
  const bare = word.slice(0, -1);
  return bare.includes('.') || bare.length === 1 || ABBREVIATIONS.has(bare.toLowerCase());
}

function makeToken(text: string, start: number): Token {
  const possessive = text.length > 3 && POSSESSIVE.test(text) ? text.slice(-2) : '';
  const t = possessive ? text.slice(0, -2) : text;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return {
    text: t,
    lower: t.toLowerCase(),
    start,
    end: start + t.length,
    word: LETTER.test(t),
    cap: UPPER.test(t),
    allCaps: letters.length >= 2 && !HAS_LOWER.test(letters),
    atStart: false,
    capsLine: false,
    possessive,
    joined: false,
  };
}

/** Marks lines where most words are in capitals: headlines, datelines, shouting. */
function markCapsLines(tokens: Token[], text: string): void {
  let lineStart = 0;
  const flush = (end: number): void => {
    let words = 0;
    let caps = 0;
    for (let i = lineStart; i < end; i++) {
      const t = tokens[i];
      if (!t?.word || t.text.length < 2) continue;
      words++;
      if (t.allCaps) caps++;
    }
    const isCaps = words >= 2 && caps / words >= 0.6;
    if (isCaps) for (let i = lineStart; i < end; i++) (tokens[i] as Token).capsLine = true;
    lineStart = end;
  };
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1] as Token;
    const cur = tokens[i] as Token;
    if (text.slice(prev.end, cur.start).includes('\n')) flush(i);
  }
  flush(tokens.length);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (raw.length > 1 && raw.endsWith('.') && !keepsFullStop(raw)) {
      tokens.push(makeToken(raw.slice(0, -1), m.index));
      tokens.push(makeToken('.', m.index + raw.length - 1));
    } else tokens.push(makeToken(raw, m.index));
  }
  let start = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const gap = prev ? text.slice(prev.end + prev.possessive.length, t.start) : '\n';
    if (gap.includes('\n')) start = true;
    t.joined = !!prev && !prev.possessive && /^ +$/.test(gap);
    if (t.word) {
      t.atStart = start;
      start = false;
    } else if (SENTENCE_END.has(t.text)) start = true;
    else if (!OPENERS.has(t.text)) start = false;
  }
  markCapsLines(tokens, text);
  return tokens;
}
