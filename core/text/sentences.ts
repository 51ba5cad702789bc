import type { Sentence } from '../types';
import { abbreviationKind, isResultWord } from './abbreviations';
import {
  classAt,
  codePointLength,
  codeUnitClass,
  LETTER as LETTER_CLASS,
  LOWER as LOWER_CASE,
  onlyLatin1,
  UPPER as UPPER_CASE,
} from './char-class';
import { languageTag } from './language';
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

/** Segmenters by language tag, the most recently used last; at most MAX_SEGMENTERS. */
const segmenters = new Map<string, Intl.Segmenter>();
/** Pages choose the tags (any well-formed one): the worker keeps a few, not one per page. */
const MAX_SEGMENTERS = 16;

function sentenceSegmenter(lang: string): Intl.Segmenter {
  const key = languageTag(lang) || 'en';
  let s = segmenters.get(key);
  if (s) segmenters.delete(key);
  else {
    try {
      s = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    if (segmenters.size >= MAX_SEGMENTERS) segmenters.delete(segmenters.keys().next().value ?? '');
  }
  segmenters.set(key, s);
  return s;
}

/** Trimmed sentences of one paragraph, offsets relative to the paragraph. */
export function splitParagraph(text: string, segmenter: Intl.Segmenter, lang: string): Piece[] {
  const merged: Run[] = [];
  for (const { text: segment, start } of icuSegments(text, segmenter)) {
    const last = merged[merged.length - 1];
    // A closing quote ICU left at the start of the next piece ("« Pourquoi ? » demanda") belongs
    // to the sentence it closes.
    const closing = last ? (LEADING_CLOSER.exec(segment)?.[0] ?? '') : '';
    const rest = segment.slice(closing.length);
    if (last && !rest.trim()) {
      extendRun(last, segment);
    } else if (last && continuesEnding(extendEnding(last.ending, closing), rest, lang)) {
      extendRun(last, segment);
    } else if (last && !closing && insideShortQuote(last.ending.body, text, start)) {
      extendRun(last, segment);
    } else if (last && closing) {
      extendRun(last, closing);
      merged.push(newRun(rest, start + closing.length));
    } else {
      merged.push(newRun(segment, start));
    }
  }
  const out: Piece[] = [];
  for (const run of merged) {
    for (const part of splitAtMissingBoundaries(
      { text: run.parts.join(''), start: run.start },
      lang,
    )) {
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
    // One walk for all the matches (the depth at each one), not one from the start per match.
    let depth = 0;
    let walked = 0;
    for (const m of text.matchAll(CJK_END_BEFORE_BRACKET)) {
      const at = (m.index ?? 0) + 1;
      for (; walked < at; walked++) depth = cornerDepth(depth, text.charCodeAt(walked));
      if (depth === 0) cuts.add(at);
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
 * result is the same as segmenting the whole paragraph, except in stretches of LONG_CHUNK units
 * without a space after a full stop nor two letters in a row, which no prose has.
 */
function icuSegments(text: string, segmenter: Intl.Segmenter): Piece[] {
  const out: Piece[] = [];
  /** `glued`: cut from the chunk before between two letters, where ICU never breaks. */
  const segment = (chunk: string, start: number, glued = false) => {
    const before = out.length;
    // Only spaces and line breaks: ICU may split them, but the merge step joins them again.
    if (!mayBreakInside(chunkBody(chunk)) || !chunk.trim()) out.push({ text: chunk, start });
    else {
      for (const seg of segmenter.segment(chunk))
        out.push({ text: seg.segment, start: start + seg.index });
    }
    const last = out[before - 1];
    const first = out[before];
    if (glued && last && first) {
      out.splice(before - 1, 2, { text: last.text + first.text, start: last.start });
    }
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
        segmentBounded(at, end);
        at = end;
      }
    }
    segmentBounded(at, to);
  };
  // Longer still, without a space after any full stop (a table of figures, "a!a!a!…"): ICU's
  // time grows with the square of such a chunk, so it is cut every LONG_CHUNK units, where
  // possible between two letters (ICU never breaks there, and the two sides are joined again:
  // the same segments as uncut), else after a full stop, else anywhere.
  const segmentBounded = (from: number, to: number) => {
    let at = from;
    let glued = false;
    while (to - at > LONG_CHUNK) {
      const end = at + LONG_CHUNK;
      const between = cutBetweenLetters(text, at, end);
      const stop = lastIndexOfStop(text, at, end);
      const next = between > at ? between : stop >= at ? stop + 1 : codePointStart(text, end);
      segment(text.slice(at, next), at, glued);
      glued = next === between;
      at = next;
    }
    segment(text.slice(at, to), at, glued);
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

/** The last index in (from, to) that stands between two letters (of the BMP), or -1. */
function cutBetweenLetters(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (
      codeUnitClass(text.charCodeAt(i)) & LETTER_CLASS &&
      codeUnitClass(text.charCodeAt(i - 1)) & LETTER_CLASS
    ) {
      return i;
    }
  }
  return -1;
}

/** The last index in [from, to) of a character that may end a sentence, or -1. */
function lastIndexOfStop(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (STOPS.includes(text.charAt(i))) return i;
  return -1;
}
const STOPS = '.!?…。！？\n';

/** `i`, or `i - 1` when `i` falls inside a surrogate pair. */
function codePointStart(text: string, i: number): number {
  return i > 0 && codePointLength(text, i - 1) === 2 ? i - 1 : i;
}

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

/**
 * A chunk without its final line breaks, punctuation, closers and spaces: ICU breaks after
 * these only at the chunk's end, so a body without a possible sentence end is one segment (a
 * segmenter call per line of "a\n" or per "。" cost more than all the rest).
 */
function chunkBody(chunk: string): string {
  let end = chunk.length;
  while (end > 0 && '\n\r'.includes(chunk[end - 1] ?? '')) end--;
  while (end > 0 && ' \t"\'”’»)]」』）'.includes(chunk[end - 1] ?? '')) end--;
  while (end > 0 && '.!?…。！？'.includes(chunk[end - 1] ?? '')) end--;
  return chunk.slice(0, end);
}

const LEADING_CLOSER = /^\s*[»”’›」』）)\]]+/u;
const TERMINAL = /[.!?…。！？‼⁇⁈⁉︒﹒．｡]["'”’»›」』）)\]]*$/u;
/** An opening quote or bracket, then the first letter. */
const FIRST_LETTER = /^[\s"'“‘„«‹「『([¿¡]*(\p{L})/u;
const FIRST_WORD = /^[\s"'“‘„«‹([]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/**
 * A sentence being merged from ICU's segments. Whether the next segment continues it depends on
 * its end only, so that is all the merge step reads (`ending`): reading the whole sentence at
 * every segment made a long run-on sentence ("a\na\na\n…") quadratic.
 */
interface Run {
  parts: string[];
  start: number;
  ending: Ending;
}

/**
 * The end of a text, in bounded size: its last ENDING_CHARS characters before any trailing
 * whitespace (`body`), whether that trailing whitespace holds a line break, and lengths.
 */
interface Ending {
  body: string;
  /** The last ENDING_CHARS characters of the trailing whitespace. */
  trailing: string;
  trailingBreak: boolean;
  /** Length of the whole text, and of the text without its trailing whitespace. */
  length: number;
  bodyLength: number;
}

/**
 * Characters of a sentence's end the merge step reads. At least MAX_QUOTED, so a sentence shorter
 * than that is read whole; an abbreviation, an initial or an ordinal is far shorter.
 */
const ENDING_CHARS = 512;

const EMPTY_ENDING: Ending = {
  body: '',
  trailing: '',
  trailingBreak: false,
  length: 0,
  bodyLength: 0,
};

const lastChars = (text: string): string =>
  text.length > ENDING_CHARS ? text.slice(-ENDING_CHARS) : text;

/** The ending of `e`'s text followed by `more`: work in the size of `more`, not of the text. */
function extendEnding(e: Ending, more: string): Ending {
  if (!more) return e;
  const body = more.trimEnd();
  const space = more.slice(body.length);
  const length = e.length + more.length;
  if (!body) {
    return {
      ...e,
      trailing: lastChars(e.trailing + space),
      trailingBreak: e.trailingBreak || space.includes('\n'),
      length,
    };
  }
  return {
    body: lastChars(body.length >= ENDING_CHARS ? body : e.body + e.trailing + body),
    trailing: lastChars(space),
    trailingBreak: space.includes('\n'),
    length,
    bodyLength: length - space.length,
  };
}

function newRun(text: string, start: number): Run {
  return { parts: [text], start, ending: extendEnding(EMPTY_ENDING, text) };
}

function extendRun(run: Run, more: string): void {
  run.parts.push(more);
  run.ending = extendEnding(run.ending, more);
}

/** A score: "70-44", "6 – 3". */
const SCORE = /\d\s?[-–]\s?\d/u;

/** Whether a sentence that Intl.Segmenter ended after `before` really goes on into `after`. */
export function continuesAfter(before: string, after: string, lang: string): boolean {
  return continuesEnding(extendEnding(EMPTY_ENDING, before), after, lang);
}

function continuesEnding(before: Ending, after: string, lang: string): boolean {
  const firstLetter = FIRST_LETTER.exec(after)?.[1] ?? '';
  const startsLower = firstLetter !== '' && isLower(firstLetter);
  // A line break inside a paragraph: a hard-wrapped line goes on in lower case after a line
  // without final punctuation; otherwise the line is a unit of its own (headline, list line).
  if (before.trailingBreak) return startsLower && !TERMINAL.test(before.body);
  // "“Stop!” he said." — ICU ends sentences after ! and ? even when lower case follows.
  if (startsLower) return true;
  // A quotation closed by a corner bracket goes on with a quoting particle (「…？」と話す).
  if (/[」』]$/u.test(before.body) && QUOTING_PARTICLE.test(after)) return true;
  // Inside CJK corner brackets a quotation runs on to its closing bracket and what follows
  // (市長は「…守る。…ほしい」と呼びかけた。); a lost bracket must not swallow a paragraph.
  // (A text this short is whole in its ending.)
  if (before.length < MAX_QUOTED && insideCornerBrackets(before.body + before.trailing)) {
    return true;
  }
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
  // "Palm Bay d. Rockledge 70-44": a result between two sides goes on to the score; the score
  // in the next piece tells it from a sentence ending in a lone letter.
  if (
    isResultWord(lastWord, lang) &&
    isUpper(wordBefore(before.body, lastWord).charAt(0)) &&
    isUpper(nextWord[0] ?? '') &&
    SCORE.test(after.slice(0, 80))
  )
    return true;
  // An initial: "J. R. R. Tolkien", "George W. Bush" (not the pronoun "I.").
  if (/^\p{Lu}\.$/u.test(lastWord) && lastWord !== 'I.')
    return !opensSentence && isUpper(nextWord[0] ?? '');
  // Ordinal numbers written with a period ("am 3. Oktober") in languages that use them.
  if (ORDINAL_DOT.has(lang) && /^\d{1,2}\.$/.test(lastWord)) return !opensSentence;
  return false;
}

/**
 * The marks that close a quotation, by its opening mark. A straight double quote opens where a
 * word starts after it and closes where one ended before it (`straightQuoteOpens`).
 */
const QUOTE_CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '"': '"',
};
const QUOTE_MARKS = /["“”„«»‹›]/u;
/** Longest quotation (UTF-16 units) read as a title or slogan inside a sentence. */
const SHORT_QUOTE = 80;

const straightQuoteOpens = (text: string, i: number): boolean =>
  /^[\s([{—–-]?$/u.test(text.charAt(i - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(i + 1));

/**
 * A short quotation inside a sentence — a title, a slogan, a campaign's name: South Dakota's
 * “Meth. We're on it.” campaign — holds final punctuation without ending the sentence around it,
 * which goes on in lower case after the closing mark. `before`: the sentence so far (its
 * ending); the break is at `at` in the paragraph `text`. Reads at most SHORT_QUOTE characters
 * each way, so a paragraph of many breaks stays linear.
 */
function insideShortQuote(before: string, text: string, at: number): boolean {
  let open = -1;
  for (let i = before.length - 1; i >= 0 && before.length - i <= SHORT_QUOTE; i--) {
    const c = before.charAt(i);
    if (!QUOTE_MARKS.test(c)) continue;
    if (c === '"' ? straightQuoteOpens(before, i) : c in QUOTE_CLOSERS) open = i;
    break; // the last quotation mark before the break closes one, or opens the one we are in
  }
  if (open < 0) return false;
  const closers = QUOTE_CLOSERS[before.charAt(open)] ?? '';
  const limit = Math.min(text.length, at + SHORT_QUOTE - (before.length - open));
  for (let i = at; i < limit; i++) {
    if (!closers.includes(text.charAt(i))) continue;
    if (text.charAt(i) === '"' && straightQuoteOpens(text, i)) return false;
    // After the closing mark (and a comma or the like), the sentence goes on in lower case.
    const next = /^[\s,;:]*(\p{L})/u.exec(text.slice(i + 1, i + 4))?.[1] ?? '';
    return next !== '' && isLower(next);
  }
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
  for (let i = 0; i < text.length; i++) depth = cornerDepth(depth, text.charCodeAt(i));
  return depth > 0;
}

/** Depth of CJK corner brackets after the code unit `c` (a closer without an opener is ignored). */
function cornerDepth(depth: number, c: number): number {
  if (c === 0x300c || c === 0x300e) return depth + 1; // 「 『
  if ((c === 0x300d || c === 0x300f) && depth > 0) return depth - 1; // 」 』
  return depth;
}

/**
 * The last whitespace-separated token of the ending (a scan from the end; an end-anchored regex
 * is O(n²)); '' when it is longer than the ending, which no abbreviation, initial or ordinal is.
 */
function lastToken(ending: Ending): string {
  const { body } = ending;
  let start = body.length;
  while (start > 0 && !/\s/.test(body.charAt(start - 1))) start--;
  if (start === 0 && ending.bodyLength > body.length) return '';
  return body.slice(start);
}

/** The word before the ending's last word `last` ("Bay" in "Palm Bay d."). */
function wordBefore(body: string, last: string): string {
  const end = body.length - last.length;
  let start = end;
  while (start > 0 && /\s/.test(body.charAt(start - 1))) start--;
  const stop = start;
  while (start > 0 && !/\s/.test(body.charAt(start - 1))) start--;
  return body.slice(start, stop);
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
