import { STOPWORD_LANGUAGES, stopwords } from './stopwords';

/**
 * Longest language tag taken from a page: the 35 characters RFC 5646 (4.4.1) asks implementations
 * to allow. A page's `lang` reaches Intl.Segmenter, whose constructor takes time that grows fast
 * with the tag (one of 100,000 subtags blocked the worker for a minute).
 */
export const MAX_LANGUAGE_TAG = 35;

/** `tag` when it is a well-formed BCP 47 language tag of at most 35 characters, else ''. */
export function languageTag(tag: string): string {
  if (!tag || tag.length > MAX_LANGUAGE_TAG) return '';
  try {
    Intl.getCanonicalLocales(tag);
    return tag;
  } catch {
    return '';
  }
}

/** Characters looked at: enough to decide, small enough to stay fast on long pages. */
const SAMPLE = 3000;

const SCRIPTS: readonly [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

/**
 * A best guess at the language of `text` (primary subtag), or '' when unsure. Non-Latin scripts
 * by their characters (any kana means Japanese, even among kanji); Latin script by which stop
 * list matches most words. Used only when the page declares no language.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return '';
  for (const [re, lang] of SCRIPTS) {
    // Kana decide Japanese even at a few percent: Japanese text is mostly kanji.
    const share = (sample.match(re)?.length ?? 0) / letters;
    if (share > (lang === 'ja' ? 0.05 : 0.3)) return lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = '';
  let bestHits = 0;
  for (const lang of STOPWORD_LANGUAGES) {
    const list = stopwords(lang);
    const hits = words.reduce((n, w) => n + (list.has(w) ? 1 : 0), 0);
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  // Below one stop word in ten, the text is too short or in a language we have no list for.
  return bestHits >= Math.max(2, words.length * 0.1) ? best : '';
}
