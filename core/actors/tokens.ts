/**
 * A fast word tokenizer for the actor tagger: one pass over the text, UTF-16 offsets into the
 * analysed text, with the few facts about each token that name finding needs (capitalisation,
 * sentence start, an all-capitals line around it, a possessive "'s" taken off).
 */

import {
  CHANGES_IN_LOWER_CASE,
  classAt,
  classesOfAll,
  codePointLength,
  endOfClassRun,
  LETTER,
  LOWER,
  MARK,
  NUMBER,
  SEVERAL_UPPER,
  SPACE,
  UPPER,
} from '../text/char-class';

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
  /**
   * Opens a sentence before a word the text also writes after it inside sentences, both
   * capitalised ("Star Wars heroes…" beside "other games, Star Wars Jedi"): part of that name.
   */
  opensWrittenName?: boolean;
}

/**
 * Tokens are what /[\p{L}\p{M}\p{N}]+(?:[.'’&-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu matches: a word
 * (letters, marks, digits, joined by . ' ’ & - inside, with one final full stop) or any other
 * non-space character. Found with the class table (char-class.ts) instead of that regex: its
 * exec and a match array per token were ~1.4 ms a run on a 7,600-word page.
 */
const WORD_CHAR = LETTER | MARK | NUMBER;

/** Where the next token starts at or after `i` (the text's length if none). */
export function nextTokenStart(text: string, i: number): number {
  return endOfClassRun(text, i, SPACE);
}

/** Where the token starting at `start` (not a space) ends. */
export function tokenEnd(text: string, start: number): number {
  if (!(classAt(text, start) & WORD_CHAR)) return start + codePointLength(text, start);
  let i = endOfClassRun(text, start, WORD_CHAR);
  while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) & WORD_CHAR) {
    i = endOfClassRun(text, i + 1, WORD_CHAR);
  }
  return i < text.length && text.charCodeAt(i) === 0x2e ? i + 1 : i;
}

/** . ' ’ & - */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x26 || c === 0x2d;
}
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', '«', '„', '‹']);

/** Abbreviations whose full stop belongs to the word ("Mr.", "Corp."), not to the sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st jr sr rev fr sen rep gov gen col lt capt sgt maj adm cmdr mt ft inc corp co ltd bros no vs messrs mm mgr jan feb mar apr aug sep sept oct nov dec'.split(
    ' ',
  ),
);

function keepsFullStop(word: string, title: (word: string) => boolean): boolean {
  const bare = word.slice(0, -1);
  return (
    bare.includes('.') ||
    bare.length === 1 ||
    // "l'A. S. Carcassonnaise": an elided article before an initial.
    /['’]\p{Lu}$/u.test(bare) ||
    ABBREVIATIONS.has(bare.toLowerCase()) ||
    title(word)
  );
}

/** Ends in "'s" or "’s" (either case of s): /['’]s$/i. */
export function endsInPossessive(text: string): boolean {
  const s = text.charCodeAt(text.length - 1);
  const apostrophe = text.charCodeAt(text.length - 2);
  return (s === 0x73 || s === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}

/**
 * What a token's letters say, in one pass over the class table (char-class.ts) instead of four
 * Unicode regexes per token (/^\p{L}/u, /^\p{Lu}/u, /\p{Ll}/u, /\p{Lu}.*\p{Lu}/u; a token holds
 * no line break, so "." spans it all) and a toLowerCase that mostly changes nothing: in the
 * profile of a 7,600-word page these cost ~3 ms of the ~4 ms makeToken took.
 */
export function tokenShape(t: string): Pick<Token, 'lower' | 'word' | 'cap' | 'allCaps'> {
  const first = classAt(t, 0);
  const all = classesOfAll(t);
  return {
    // A string none of whose characters changes in lower case is its own lower case.
    lower: all & CHANGES_IN_LOWER_CASE ? t.toLowerCase() : t,
    word: (first & LETTER) !== 0,
    cap: (first & UPPER) !== 0,
    allCaps: !(all & LOWER) && (all & SEVERAL_UPPER) !== 0,
  };
}

function makeToken(text: string, start: number): Token {
  const possessive = text.length > 3 && endsInPossessive(text) ? text.slice(-2) : '';
  const t = possessive ? text.slice(0, -2) : text;
  const { lower, word, cap, allCaps } = tokenShape(t);
  return {
    text: t,
    lower,
    start,
    end: start + t.length,
    word,
    cap,
    allCaps,
    atStart: false,
    capsLine: false,
    possessive,
    joined: false,
  };
}

/** A capital initial with its full stop ("W."): old print spaces a club's or firm's so. */
export const isInitial = (t: Token): boolean => /^\p{Lu}\.$/u.test(t.text);

/**
 * Words joined by single spaces, for a name's key (lower case) or its form as written. Most
 * names are one token: that token's own string is returned, without the two arrays and the copy
 * a map-and-join made for every candidate (~0.8 ms a run on a 10k-word article).
 */
export function joinWords(tokens: readonly Token[], field: 'lower' | 'text'): string {
  if (tokens.length === 1) return (tokens[0] as Token)[field];
  let joined = '';
  for (let i = 0; i < tokens.length; i++) {
    joined += i === 0 ? (tokens[i] as Token)[field] : ' ' + (tokens[i] as Token)[field];
  }
  return joined;
}

/**
 * Marks, again, lines written in Title Case now that the text's own ordinary words are known
 * (candidates.ts): "Zignal Labs Closes $15 Million in New Funding" capitalises "Closes",
 * "Million", "Funding", which the text writes in lower case elsewhere. Capitals say nothing there.
 */
export function markTitleLines(
  tokens: Token[],
  text: string,
  isOrdinary: (w: string) => boolean,
): void {
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1] as Token;
    const gapEnd = (tokens[i] as Token).start;
    for (let k = prev.end + prev.possessive.length; k < gapEnd; k++) {
      if (text.charCodeAt(k) === 10) {
        starts.push(i);
        break;
      }
    }
  }
  markCapsLines(tokens, starts, isOrdinary);
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

/** Prefixes written before a name with a hyphen: "anti-Trump", "ex-Barclays". */
const NAME_PREFIXES = new Set(['anti', 'pro', 'ex', 'non', 'post', 'pre', 'mid', 'pan']);

/**
 * Where a hyphenated word splits into a name and what describes it, or 0: "Kenya-based",
 * "Australian-born", "Cirilli-09" (a name, then a common lower-case word or digits) and
 * "anti-Trump" (a prefix, then a name). "Coca-Cola", "Wal-Mart", "Kyung-Hoon" and "Chun-yeh"
 * stay whole.
 */
function hyphenCut(word: string, isCommon: (w: string) => boolean): number {
  const h = word.lastIndexOf('-');
  if (h <= 0 || h >= word.length - 1) return 0;
  const head = classesOfAll(word.slice(0, h));
  const tail = classesOfAll(word.slice(h + 1));
  const first = classAt(word, 0);
  if (first & UPPER) {
    if (tail & LETTER && !(tail & (UPPER | NUMBER)) && word.length - h > 4) {
      return isCommon(word.slice(h + 1)) ? h : 0;
    }
    if (!(tail & LETTER) && tail & NUMBER && head & LOWER) return h;
    return 0;
  }
  const prefix = word.slice(0, h);
  return classAt(word, h + 1) & UPPER && NAME_PREFIXES.has(prefix.toLowerCase()) ? h + 1 : 0;
}

/** Capitals before the hyphen, a capitalised word after it: "PRAGUE-Czech". */
function datelineGlue(word: string, dash: number): boolean {
  const head = classesOfAll(word.slice(0, dash));
  return (
    !(head & (LOWER | NUMBER)) &&
    (head & SEVERAL_UPPER) !== 0 &&
    (classAt(word, dash + 1) & UPPER) !== 0 &&
    (classAt(word, dash + 2) & LOWER) !== 0
  );
}

/**
 * Where an elided article or preposition ends before a capitalised name, or 0: "l'Italia",
 * "dell'Unione", "d’Orsay", "L'Unione" (French, Italian). Other capitals before the apostrophe
 * ("O'Brien", "D'Alema") keep the word whole.
 */
const CAPITAL_ELISIONS = new Set(['L', 'Dell', 'Nell', 'All', 'Dall', 'Sull', 'Un', 'Qu']);

/** Elided words that open sentences before a lower-case word (French, Italian). */
const OPENING_ELISIONS = new Set([...CAPITAL_ELISIONS, 'D', 'C', 'J', 'S', 'N', 'Quell', 'Quest']);

function elision(word: string): number {
  for (let k = 1; k <= 4 && k < word.length - 1; k++) {
    const c = word.charCodeAt(k);
    if (c !== 0x27 && c !== 0x2019) continue;
    const head = classesOfAll(word.slice(0, k));
    const lowerOnly = (head & LOWER) !== 0 && !(head & (UPPER | NUMBER | MARK));
    // "L'Unione", "Dell'Italia" opening a sentence: the article's elided forms, capitalised.
    const article = CAPITAL_ELISIONS.has(word.slice(0, k));
    if ((lowerOnly || article) && classAt(word, k + 1) & UPPER) return k + 1;
    // "L'annuncio", "D'abord", "C'est" opening a sentence: no name at all.
    return OPENING_ELISIONS.has(word.slice(0, k)) && classAt(word, k + 1) & LOWER ? k + 1 : 0;
  }
  return 0;
}

const PARTY_STATE = /^[DRI]-\p{Lu}[\p{L}.]/u;
const PARTY_OPENERS = new Set(['(', ',']);

function pushWord(
  tokens: Token[],
  word: string,
  at: number,
  isCommon: (w: string) => boolean,
): void {
  const dash = word.indexOf('-');
  // "(D-Calif.)", ", R-Texas,": a lawmaker's party and state; the state is a place.
  if (
    dash === 1 &&
    PARTY_STATE.test(word) &&
    PARTY_OPENERS.has(tokens[tokens.length - 1]?.text ?? '')
  ) {
    tokens.push(makeToken(word.slice(0, 1), at));
    tokens.push(makeToken('-', at + 1));
    pushWord(tokens, word.slice(2), at + 2, isCommon);
    return;
  }
  // "PRAGUE-Czech National Bank": a dateline in capitals glued to the story's first name.
  if (dash >= 3 && dash === word.lastIndexOf('-') && datelineGlue(word, dash)) {
    tokens.push(makeToken(word.slice(0, dash), at));
    tokens.push(makeToken('-', at + dash));
    tokens.push(makeToken(word.slice(dash + 1), at + dash + 1));
    return;
  }
  const elided = elision(word);
  if (elided) {
    tokens.push(makeToken(word.slice(0, elided), at));
    pushWord(tokens, word.slice(elided), at + elided, isCommon);
    return;
  }
  const cut = dash > 0 ? hyphenCut(word, isCommon) : 0;
  if (!cut) {
    tokens.push(makeToken(word, at));
    return;
  }
  tokens.push(makeToken(word.slice(0, cut), at));
  tokens.push(makeToken(word.slice(cut), at + cut));
}

/**
 * `title` tells the text language's own abbreviated titles ("Frl.", "Hrn.", "Abg." in German;
 * core/text/abbreviations.ts): their full stop is the word's, so "Frl. Zink" is a title before a
 * name, not a sentence ending in a word "Frl".
 */
export function tokenize(
  text: string,
  isCommon: (w: string) => boolean = () => false,
  title: (word: string) => boolean = () => false,
): Token[] {
  const tokens: Token[] = [];
  for (let at = nextTokenStart(text, 0); at < text.length;) {
    const end = tokenEnd(text, at);
    const raw = text.slice(at, end);
    if (raw.length > 1 && raw.endsWith('.') && !keepsFullStop(raw, title)) {
      pushWord(tokens, raw.slice(0, -1), at, isCommon);
      tokens.push(makeToken('.', end - 1));
    } else pushWord(tokens, raw, at, isCommon);
    at = nextTokenStart(text, end);
  }
  let start = true;
  const lineStarts = [0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const gapStart = prev ? prev.end + prev.possessive.length : 0;
    // "d'" + "Italia" split off one word: joined as if by a space ("Fratelli d'Italia").
    const elided = !!prev && gapStart === t.start && /['’]$/.test(prev.text);
    let spaces = elided || (!!prev && !prev.possessive && gapStart < t.start);
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
