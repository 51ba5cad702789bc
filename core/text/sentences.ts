import type { Sentence } from '../types';
import { abbreviationKind } from './abbreviations';
import {
  classAt,
  codePointLength,
  LOWER as LOWER_CASE,
  onlyLatin1,
  UPPER as UPPER_CASE,
} from './char-class';
import type { SourceText } from './source-text';
import { baseLanguage, stopwords } from './stopwords';

/**
 * Sentences of every paragraph, with offsets into the analysed text. Intl.Segmenter underneath,
 * so any language the runtime knows is split by its own rules; on top of it we undo the breaks
 * ICU makes without its abbreviation data (see `continuesAfter`).
 */
export function splitSentences(source: SourceText, lang = 'en'): Sentence[] {
  const segmenter = sentenceSegmenter(lang);
  const base = baseLanguage(lang);
  const out: Sentence[] = [];
  source.paragraphs.forEach((p, paragraph) => {
    for (const piece of splitParagraph(p.text, segmenter, base)) {
      const start = p.start + piece.start;
      out.push({ text: piece.text, start, end: start + piece.text.length, paragraph });
    }
  });
  return out;
}

interface Piece {
  text: string;
  start: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  const key = lang || 'en';
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, s);
  }
  return s;
}

/** Trimmed sentences of one paragraph, offsets relative to the paragraph. */
export function splitParagraph(text: string, segmenter: Intl.Segmenter, lang: string): Piece[] {
  const raw = icuSegments(text, segmenter);
  const merged: Piece[] = [];
  for (const { text: segment, start } of raw) {
    const last = merged[merged.length - 1];
    // A closing quote ICU left at the start of the next piece ("« Pourquoi ? » demanda") belongs
    // to the sentence it closes.
    const closing = last ? (LEADING_CLOSER.exec(segment)?.[0] ?? '') : '';
    const rest = segment.slice(closing.length);
    if (last && !rest.trim()) {
      last.text += segment;
    } else if (last && continuesAfter(last.text + closing, rest, lang)) {
      last.text += segment;
    } else if (last && closing) {
      last.text += closing;
      merged.push({ text: rest, start: start + closing.length });
    } else {
      merged.push({ text: segment, start });
    }
  }
  const out: Piece[] = [];
  for (const m of merged) {
    for (const part of splitAtMissingBoundaries(m, lang)) {
      const lead = part.text.length - part.text.trimStart().length;
      const trimmed = part.text.trim();
      if (trimmed) out.push({ text: trimmed, start: part.start + lead });
    }
  }
  return out;
}

/**
 * Where text from separate blocks was run together without punctuation (a photo caption glued to
 * the next sentence, "Scroll down for video" before a caption), the sentence end left no mark
 * but the next sentence still opens like one. Signs, the first two needing a stop list:
 * - a capitalised function word right after a lower-case word or digit, followed by a lower-case
 *   word ("… a colleague The cost of divorce …"); "The Times", "I" are not cut;
 * - a short capitalised label with a colon after a lower-case word ("… for video Flying high:
 *   Half of …"); not in German, where nouns are capitalised anyway;
 * - two words glued together without a space ("… this linkResearchers found …");
 * - a CJK full stop before an opening corner bracket (…実演した。「本当に…), which UAX #29 keeps
 *   together.
 */
function splitAtMissingBoundaries(piece: Piece, lang: string): Piece[] {
  const stop = stopwords(lang);
  const { text } = piece;
  const cuts = new Set<number>();
  if (stop.size > 0) {
    const capitalisedInside = CAPITALISED_MID_SENTENCE[lang];
    for (const m of text.matchAll(GLUED_OPENER)) {
      const word = (m[2] ?? '').toLowerCase();
      if (word.length > 1 && stop.has(word) && !capitalisedInside?.has(word)) {
        cuts.add((m.index ?? 0) + 1 + (m[1]?.length ?? 0));
      }
    }
    if (!CAPITALISED_NOUNS.has(lang) && text.includes(':')) {
      for (const m of text.matchAll(GLUED_LABEL)) {
        const before = m[1] ?? '';
        if (!stop.has(before.toLowerCase())) {
          cuts.add((m.index ?? 0) + before.length + (m[2]?.length ?? 0));
        }
      }
    }
  }
  if (mayHaveGluedWords(text)) {
    for (const m of text.matchAll(GLUED_WORDS)) cuts.add((m.index ?? 0) + (m[1]?.length ?? 0));
  }
  if (text.includes('「') || text.includes('『') || text.includes('（')) {
    for (const m of text.matchAll(CJK_END_BEFORE_BRACKET)) {
      const at = (m.index ?? 0) + 1;
      if (!insideCornerBrackets(text.slice(0, at))) cuts.add(at);
    }
  }
  if (cuts.size === 0) return [piece];
  const out: Piece[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push({ text: text.slice(at, cut), start: piece.start + at });
    at = cut;
  }
  out.push({ text: text.slice(at), start: piece.start + at });
  return out;
}

/**
 * Two words glued where blocks of text were run together without a space ("Copy this
 * linkResearchers found …"): a lower-case word of 3+ letters, then a capitalised word of 4+
 * letters with no further capitals (so "iPhone", "McDonald", "getElementById" stay whole).
 */
/**
 * Cheap test first: GLUED_WORDS's lookarounds cost several times more. MAYBE_GLUED_WORDS (three
 * lower-case letters, then an upper-case one) is fast on Latin-1 text, but asking Unicode
 * properties at every character of other scripts cost ~3 ms on a 7,600-word Russian page; there
 * the class table (char-class.ts) answers it.
 */
export function mayHaveGluedWords(text: string): boolean {
  if (onlyLatin1(text)) return MAYBE_GLUED_WORDS.test(text);
  let lowerRun = 0;
  for (let i = 0; i < text.length; i += codePointLength(text, i)) {
    const k = classAt(text, i);
    if (k & UPPER_CASE && lowerRun >= 3) return true;
    lowerRun = k & LOWER_CASE ? lowerRun + 1 : 0;
  }
  return false;
}
const MAYBE_GLUED_WORDS = /\p{Ll}{3}\p{Lu}/u;
const GLUED_WORDS = /(?<![\p{L}\p{N}@#_])(\p{Ll}{3,})(?=\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}]*\p{Lu}))/gu;
/**
 * A CJK full stop, "!" or "?" right before an opening bracket: UAX #29 counts opening brackets
 * as closing punctuation (SB9) and keeps 「 with the sentence before it.
 */
const CJK_END_BEFORE_BRACKET = /[。！？](?=[「『（])/gu;
/** Lower-case letter, digit or closing quote; space; capitalised word; space; lower-case word. */
const GLUED_OPENER = /[\p{Ll}\p{N}'’")](\s+)(\p{Lu}[\p{Ll}'’]*)(?:,|\s+(?=\p{Ll}))/gu;
/** A lower-case word; space; a capitalised word and up to three lower-case ones; a colon. */
const GLUED_LABEL =
  /(?<![\p{L}\p{N}'’-])(\p{Ll}[\p{L}\p{N}'’-]*)(\s+)\p{Lu}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+){0,3}:\s/gu;
/** Function words written with a capital inside a sentence (German formal "Sie", "Ihr"). */
const CAPITALISED_MID_SENTENCE: Record<string, ReadonlySet<string>> = {
  de: new Set(['sie', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'ihnen']),
};
/** Languages that capitalise every noun. */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);

/**
 * Intl.Segmenter's segments of `text`, computed piecewise for speed. V8's segment iterator costs
 * time proportional to the whole string at every step, so long paragraphs are first cut where
 * ICU's rules (UAX #29, SB11) always break — final punctuation, closing quotes, spaces, then an
 * upper-case letter — and each piece is segmented on its own. A piece without any character
 * that could end a sentence inside it is a single segment and needs no segmenter at all. The
 * result is the same as segmenting the whole paragraph.
 */
function icuSegments(text: string, segmenter: Intl.Segmenter): Piece[] {
  const out: Piece[] = [];
  const segment = (chunk: string, start: number) => {
    if (!mayBreakInside(chunkBody(chunk))) {
      out.push({ text: chunk, start });
      return;
    }
    for (const seg of segmenter.segment(chunk))
      out.push({ text: seg.segment, start: start + seg.index });
  };
  const cut = (from: number, to: number) => {
    if (to <= from) return;
    if (to - from <= LONG_CHUNK) {
      segment(text.slice(from, to), from);
      return;
    }
    // Still long (CJK text has no spaces after 。; some text has no capitals): cut after every
    // possible sentence end too. ICU may have joined some of these (". lower case"), but the
    // merge step joins them again for the same reasons.
    let at = from;
    const chunk = text.slice(from, to);
    for (const m of chunk.matchAll(POSSIBLE_BREAK)) {
      const end = from + (m.index ?? 0) + m[0].length;
      if (end > at && end < to) {
        segment(text.slice(at, end), at);
        at = end;
      }
    }
    segment(text.slice(at, to), at);
  };
  let at = 0;
  for (const m of text.matchAll(SURE_BREAK)) {
    const end = (m.index ?? 0) + m[0].length;
    cut(at, end);
    at = end;
  }
  cut(at, text.length);
  return out;
}

/** Beyond this many UTF-16 units a chunk is also cut at every possible sentence end. */
const LONG_CHUNK = 2000;
/** Final punctuation with its closers and spaces (CJK: no space needed), or a line break. */
const POSSIBLE_BREAK = /[.!?…]["'”’»)\]]*\s+|[。！？][」』）"”’]*\s*|\n/gu;

/** Final punctuation, closers, spaces; then (looked at, not taken) an opener and a capital. */
const SURE_BREAK = /[.!?…]["'”’»)\]]*[ \t]+(?=["'“‘„«([]*\p{Lu})/gu;
/** ASCII that cannot end a sentence: letters, digits, space, tab and most punctuation. */
const ASCII_NO_BREAK = /^[A-Za-z0-9 \t,:;'"()[\]\-%$/&+*#@]$/;
/** Non-ASCII characters that cannot end a sentence: letters, marks, digits, quotes, dashes. */
const OTHER_NO_BREAK = /[\p{L}\p{M}\p{N}“”‘’«»„–—€£¥]/u;
/**
 * Code unit → 1 when it cannot end a sentence, 2 when it can, 0 until first asked: a typed
 * array, where a Map lookup per character cost ~0.7 ms a run on a 7,600-word page.
 */
const noBreakCache = new Uint8Array(0x10000);

/** Whether `body` holds any character that could end a sentence (or a line) inside it. */
function mayBreakInside(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x2e && periodContinues(body, i)) continue;
    let known = noBreakCache[c] as number;
    if (known === 0) {
      const ch = String.fromCharCode(c);
      known = (c < 0x80 ? ASCII_NO_BREAK.test(ch) : OTHER_NO_BREAK.test(ch)) ? 1 : 2;
      noBreakCache[c] = known;
    }
    if (known === 2) return true;
  }
  return false;
}

/**
 * Whether UAX #29 surely goes on after the period at `i` (so the chunk needs no segmenter for
 * it): a digit follows (SB6, "3.5"); a letter follows a letter ("U.S", "e.g"; SB7, SB8); or,
 * after spaces and any non-letters, the next letter is lower case (SB8, "Jan. 5 at …"). Anything
 * else is left to Intl.Segmenter.
 */
function periodContinues(text: string, i: number): boolean {
  const next = text.charAt(i + 1);
  if (!next) return false;
  if (next !== ' ') {
    if (/[0-9]/.test(next)) return true;
    return LETTER.test(next) && LETTER.test(text.charAt(i - 1));
  }
  for (let j = i + 1; j < text.length; j++) {
    const ch = text.charAt(j);
    if (LETTER.test(ch)) return LOWER.test(ch);
    if (/[.!?…\n\r]/.test(ch)) return false;
  }
  return false;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** A chunk without its final punctuation, closers and spaces. */
function chunkBody(chunk: string): string {
  let end = chunk.length;
  while (end > 0 && ' \t"\'”’»)]'.includes(chunk[end - 1] ?? '')) end--;
  while (end > 0 && '.!?…'.includes(chunk[end - 1] ?? '')) end--;
  return chunk.slice(0, end);
}

const LEADING_CLOSER = /^\s*[»”’›」』）)\]]+/u;
const TERMINAL = /[.!?…。！？‼⁇⁈⁉︒﹒．｡]["'”’»›」』）)\]]*$/u;
/** An opening quote or bracket, then the first letter. */
const FIRST_LETTER = /^[\s"'“‘„«‹「『([¿¡]*(\p{L})/u;
const FIRST_WORD = /^[\s"'“‘„«‹([]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/** Whether a sentence that Intl.Segmenter ended after `before` really goes on into `after`. */
export function continuesAfter(before: string, after: string, lang: string): boolean {
  const firstLetter = FIRST_LETTER.exec(after)?.[1] ?? '';
  const startsLower = firstLetter !== '' && isLower(firstLetter);
  // A line break inside a paragraph: a hard-wrapped line goes on in lower case after a line
  // without final punctuation; otherwise the line is a unit of its own (headline, list line).
  if (/\n\s*$/.test(before)) return startsLower && !TERMINAL.test(before.trimEnd());
  // "“Stop!” he said." — ICU ends sentences after ! and ? even when lower case follows.
  if (startsLower) return true;
  // A quotation closed by a corner bracket goes on with a quoting particle (「…？」と話す).
  if (/[」』]\s*$/u.test(before) && QUOTING_PARTICLE.test(after)) return true;
  // Inside CJK corner brackets a quotation runs on to its closing bracket and what follows
  // (市長は「…守る。…ほしい」と呼びかけた。); a lost bracket must not swallow a paragraph.
  if (before.length < MAX_QUOTED && insideCornerBrackets(before)) return true;
  const lastWord = lastToken(before);
  if (!lastWord.endsWith('.')) return false;
  const nextWord = FIRST_WORD.exec(after)?.[1] ?? '';
  if (!nextWord) return false;
  const opensSentence = stopwords(lang).has(nextWord.toLowerCase());
  const kind = abbreviationKind(lastWord.replace(/^["'“‘„«([]+/u, ''), lang);
  if (kind === 'title') return true;
  // "z. B.", "d. h.", "e. g.": spaced one-letter abbreviations.
  if (/^\p{Ll}\.$/u.test(lastWord) && /^\s*\p{L}\./u.test(after)) return true;
  if (kind === 'ambiguous') return !opensSentence;
  // An initial: "J. R. R. Tolkien", "George W. Bush" (not the pronoun "I.").
  if (/^\p{Lu}\.$/u.test(lastWord) && lastWord !== 'I.')
    return !opensSentence && isUpper(nextWord[0] ?? '');
  // Ordinal numbers written with a period ("am 3. Oktober") in languages that use them.
  if (ORDINAL_DOT.has(lang) && /^\d{1,2}\.$/.test(lastWord)) return !opensSentence;
  return false;
}

/** Languages that write ordinals as "3." (German, Nordic, Central European …). */
const ORDINAL_DOT = new Set([
  'de',
  'da',
  'no',
  'nb',
  'nn',
  'fi',
  'is',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'hu',
  'pl',
  'et',
  'lv',
  'tr',
]);

/** Japanese particles that continue a sentence after a quotation: と, って, など. */
const QUOTING_PARTICLE = /^\s*(?:と|って|など)/u;

/** Longest sentence (UTF-16 units) still joined across an open corner bracket. */
const MAX_QUOTED = 400;

function insideCornerBrackets(text: string): boolean {
  // Without an opening bracket the depth never rises: skip the walk (a string iterator per
  // sentence boundary, ~0.5 ms a run on a 7,600-word page).
  if (!text.includes('「') && !text.includes('『')) return false;
  let depth = 0;
  for (const ch of text) {
    if (ch === '「' || ch === '『') depth++;
    else if ((ch === '」' || ch === '』') && depth > 0) depth--;
  }
  return depth > 0;
}

/** The last whitespace-separated token (a scan from the end; an end-anchored regex is O(n²)). */
function lastToken(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
