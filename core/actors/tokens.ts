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
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;
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
  return {
    text: t,
    lower: t.toLowerCase(),
    start,
    end: start + t.length,
    word: LETTER.test(t),
    cap: UPPER.test(t),
    allCaps: !HAS_LOWER.test(t) && TWO_UPPER.test(t),
    atStart: false,
    capsLine: false,
    possessive,
    joined: false,
  };
}

/**
 * Marks lines where capitals say nothing about names: mostly in capitals (headlines, datelines,
 * shouting) or in Title Case (every longer word capitalised, common words among them).
 */
function markCapsLines(
  tokens: Token[],
  lineStarts: readonly number[],
  isCommon: (w: string) => boolean,
): void {
  for (let l = 0; l < lineStarts.length; l++) {
    const from = lineStarts[l] as number;
    const to = lineStarts[l + 1] ?? tokens.length;
    let words = 0;
    let caps = 0;
    let longLower = 0;
    let longCapitalised = 0;
    let commonCapitalised = 0;
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      if (!t.word || t.text.length < 2) continue;
      words++;
      if (t.allCaps) caps++;
      if (t.text.length < 4) continue;
      if (!t.cap) longLower++;
      else {
        longCapitalised++;
        if (!t.atStart && isCommon(t.lower)) commonCapitalised++;
      }
    }
    const shouted = words >= 2 && caps / words >= 0.6;
    const titleCase =
      longLower === 0 && commonCapitalised >= 2 && commonCapitalised >= 0.4 * longCapitalised;
    if (shouted || titleCase) for (let i = from; i < to; i++) (tokens[i] as Token).capsLine = true;
  }
}

export function tokenize(text: string, isCommon: (w: string) => boolean = () => false): Token[] {
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
  const lineStarts = [0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const gapStart = prev ? prev.end + prev.possessive.length : 0;
    let spaces = !!prev && !prev.possessive && gapStart < t.start;
    for (let k = gapStart; k < t.start; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 10) start = true;
      if (ch === 10 && lineStarts[lineStarts.length - 1] !== i) lineStarts.push(i);
      if (ch !== 32) spaces = false;
    }
    if (!prev) start = true;
    t.joined = spaces;
    if (t.word) {
      t.atStart = start;
      start = false;
    } else if (SENTENCE_END.has(t.text)) start = true;
    else if (!OPENERS.has(t.text)) start = false;
  }
  markCapsLines(tokens, lineStarts, isCommon);
  return tokens;
}
