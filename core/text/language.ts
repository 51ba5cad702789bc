import { STOPWORD_LANGUAGES, stopwords } from './stopwords';

export { languageTag, MAX_LANGUAGE_TAG } from './language-tag';

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
