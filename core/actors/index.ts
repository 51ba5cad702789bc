import type { Actor, Sentence } from '../types';
import type { SourceText } from '../text/source-text';
import { findCandidates, ordinaryWords } from './candidates';
import { evidenceFor, languageOf, lexiconFor } from './evidence';
import { abbreviationKind } from '../text/abbreviations';
import { ENGLISH } from './evidence/en';
import { lexicon, type Lexicon } from './lexicon';
import { salience } from './rank';
import { resolveDocument, type Group } from './resolve';
import { markTitleLines, tokenize } from './tokens';

/**
 * Longest stretch of text read for actors (about 50,000 words, several long reads): on a larger
 * page the actors come from its first part, so the answer stays quick.
 */
export const MAX_ACTOR_TEXT = 300_000;

/** The text up to the limit, cut at a line break or space so no word is split. */
function readablePart(text: string): string {
  if (text.length <= MAX_ACTOR_TEXT) return text;
  const cut = Math.max(
    text.lastIndexOf('\n', MAX_ACTOR_TEXT),
    text.lastIndexOf(' ', MAX_ACTOR_TEXT),
  );
  return text.slice(0, cut > 0 ? cut : MAX_ACTOR_TEXT);
}

/** Builds the word lists now (a few milliseconds), so the first analysis does not pay for it. */
export function prepareActors(): void {
  lexicon();
}

export interface ActorOptions {
  title?: string;
  lang?: string;
  /** The site's own names (og:site_name, the domain's name): never shown as actors. */
  site?: readonly string[];
}

/** Small words of names written in lower case inside them: "Isle of Man", "Vincent van Gogh". */
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'der',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
]);

/** "NEW DELHI" → "New Delhi", "WINSTON-SALEM" → "Winston-Salem", "O'NEILL" → "O'Neill". */
function normalCase(form: string): string {
  return form
    .toLowerCase()
    .split(' ')
    .map((w, k) =>
      k > 0 && SMALL_WORDS.has(w)
        ? w
        : w.replace(/(^|[-'’.]|^mc)(\p{Ll})/gu, (_, before: string, c: string) =>
            before === 'mc' ? 'Mc' + c.toUpperCase() : before + c.toUpperCase(),
          ),
    )
    .join(' ');
}

/**
 * A place's or person's name the text writes only in capitals (a dateline, a letter's signature:
 * "BEATEN UP IN CALIFORNIA") is shown in normal case when the lists know it as a name, word by
 * word or whole; acronyms and unknown words stay as written.
 */
function shownInNormalCase(lex: Lexicon, g: Group, name: string): boolean {
  if (/\p{Ll}/u.test(name) || (g.type !== 'place' && g.type !== 'person')) return false;
  const key = name.toLowerCase();
  // "NYC", "EUA": letters read one by one.
  if (key.length < 4 || key.split(' ').some((w) => !/[aeiou]/.test(w))) return false;
  if (lex.places.has(key) || lex.towns.has(key) || lex.people.has(key)) return true;
  return key
    .split(' ')
    .every(
      (w) =>
        SMALL_WORDS.has(w) ||
        (g.type === 'person' ? lex.firstNames.has(w) || lex.lastNames.has(w) : lex.places.has(w)),
    );
}

/**
 * The name to show: the fixed canonical name, else the longest form, in a declining language the
 * one most like the dictionary form, then the most frequent. The canonical names are English
 * ("United States" for "USA"): a page in another language shows its own form unless it writes
 * the canonical one too.
 */
function displayName(g: Group, english: boolean, nominative?: (form: string) => number): string {
  if (g.fixedName && (english || g.forms.has(g.fixedName))) return g.fixedName;
  const forms = [...g.forms.entries()];
  const notShouted = forms.filter(([f]) => /\p{Ll}/u.test(f));
  // The form with the most words, then the most like its dictionary form, then the most often
  // written, then the first in the collation order. One pass: a sort compared (and split) the
  // same forms again and again.
  let best = '';
  let bestKey: readonly number[] = [];
  for (const [form, count] of notShouted.length ? notShouted : forms) {
    const key = [wordCount(form), nominative?.(form) ?? 0, count];
    const order = compareKeys(key, bestKey) || best.localeCompare(form);
    if (!best || order > 0) [best, bestKey] = [form, key];
  }
  return best;
}

function wordCount(form: string): number {
  let n = 1;
  for (let i = form.indexOf(' '); i >= 0; i = form.indexOf(' ', i + 1)) n++;
  return n;
}

/** The first difference of two keys, positive when `a` is greater. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** A ruler's number with a full stop ending a name: "D. Afonso V.", "Luís XIV.". */
const RULER_STOP = /(\s[IVX]+)\.$/;

/** 1 when the mention ending at `end` ends in a ruler's number and its full stop, else 0. */
function rulerStop(text: string, end: number): number {
  return RULER_STOP.test(text.slice(Math.max(0, end - 8), end)) ? 1 : 0;
}

function contextOf(sentences: readonly Sentence[], at: number): string {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.text;
  }
  return '';
}

/**
 * People, organisations and places in the text, ranked by salience, read with the evidence of
 * the text's language (evidence/); every mention's offsets point into `source.text`.
 */
export function findActors(
  source: SourceText,
  sentences: readonly Sentence[],
  options: ActorOptions = {},
): Actor[] {
  const ev = evidenceFor(options.lang);
  const lex = lexiconFor(lexicon(), ev);
  const text = readablePart(source.text);
  const primary = languageOf(options.lang);
  const tokens = tokenize(
    text,
    (w) => lex.common.has(w),
    (w) => abbreviationKind(w, primary) === 'title',
  );
  // A declining language (Russian) looks words up, and merges names, by their stems.
  if (ev.stem) for (const t of tokens) if (t.word) t.lower = ev.stem(t.lower);
  ev.foldForms?.(tokens);
  const ordinary = ordinaryWords(lex, tokens, ev);
  markTitleLines(tokens, text, ordinary);
  const candidates = findCandidates(lex, ev, tokens, ordinary);
  const groups = resolveDocument(lex, ev, candidates, tokens, text, {
    // A language without its own table keeps only the names its lists or clear cues vouch for.
    vouchedOnly: (!ev.guess && ev !== ENGLISH) || !!ev.untypedAreNouns,
    guess: ev.guess,
    site: options.site,
    ordinary,
  });
  const title = (options.title ?? '').toLowerCase();
  const english = ev === ENGLISH;
  // "D. Afonso V. Partiu": in the languages with words for "of" (the Romance ones, Dutch) a
  // ruler's number is no initial; the full stop after it ends the sentence, not the name.
  // (German writes the number as an ordinal: "Wilhelm II." keeps its full stop.)
  const ruler = (f: string): string => (ev.ofWords ? f.replace(RULER_STOP, '$1') : f);
  const actors = groups.map((g): Actor => {
    let written = displayName(g, english, ev.nominative);
    if (g.type === 'person') written = ev.personNominative?.(written) ?? written;
    else if (g.type === 'place') written = ev.placeNominative?.(written) ?? written;
    const shown = !!ev.titleCaseNames && shownInNormalCase(lex, g, written);
    // "Laubeplatz 6." at a sentence's end: German writes an ordinal's full stop after digits, so
    // the tokens keep it; a name never ends in it.
    const name = ruler((shown ? normalCase(written) : written).replace(/(\d)\.$/, '$1'));
    const spans = g.mentions
      .map((m) => ({ start: m.start, end: m.end - (ev.ofWords ? rulerStop(text, m.end) : 0) }))
      .sort((a, b) => a.start - b.start);
    const aliases = [...new Set([...g.forms.keys(), ...g.possessives].map(ruler))].filter(
      (f) => f !== name,
    );
    return {
      name,
      type: g.type,
      aliases,
      count: spans.length,
      mentions: spans,
      context: contextOf(sentences, spans[0]?.start ?? 0),
      score: salience(
        g,
        tokens,
        text.length,
        title,
        ev.streets,
        !!ev.capitalisedNouns || !!ev.capitalsSayLittle,
      ),
    };
  });
  return actors.sort(
    (a, b) => b.score - a.score || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}
