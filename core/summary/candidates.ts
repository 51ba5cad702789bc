import type { Sentence } from '../types';
import { countWords } from '../text/tokens';

/**
 * Which sentences may appear in a summary. Page text carries clutter that is not part of the
 * story: navigation and link lines, bylines and photo credits, time stamps, and fragments
 * (headings, caption stubs). All rules look at the form of the sentence only — never at a
 * publication, a data set or an article.
 */

/** Fewer words than this is a fragment ("No wonder.", "Photo: AP"), not a summary sentence. */
const MIN_WORDS = 4;
/** Without final punctuation, a line this short is a heading, label or caption stub. */
const MIN_WORDS_UNPUNCTUATED = 12;

export const FINAL_PUNCTUATION = /[.!?…。！？]["'”’»」』)\]]*$/u;

/** Navigation and call-to-action lines, in the languages we know ("Read more: …"). */
const LINK_LINE =
  /^(?:read more|read also|related|see also|more on this|click here|scroll down|watch(?: the)? video|sign up|subscribe|follow us|share this|advertisement|lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|lire aussi|à lire aussi|voir aussi|lea también|leer más|ver también|leggi anche|関連記事|続きを読む)\b/iu;

/** Credits and bylines: "By Jane Doe", "Photo: Reuters", "Image credit …", "© 2024 …". */
const CREDIT_LINE =
  /^(?:(?:by|von|par|por|di|door)\s+\p{Lu}|(?:photo|image|picture|credit|source|foto|bild|quelle|crédit|fuente|写真)s?(?:\s+credit)?\s*[:：])/iu;
/** Plain substrings (lower case) of rights notices; `includes` is far cheaper than a regex. */
const RIGHTS_NOTICE = ['©', 'copyright', 'all rights reserved'];

/** Time stamps: "Published: 10:02 EST, 3 April 2015 | Updated: …", "Last updated …". */
const TIMESTAMP_LINE =
  /^(?:published|updated|last updated|posted|veröffentlicht|aktualisiert|publié|mis à jour)\b/iu;

/**
 * Substrings of web addresses, any case: "://" or "www.". The same as looking for them in the
 * lower-cased text (only "W" lowers to "w", and lowering never splits neighbours), without
 * lower-casing every sentence.
 */
const URL_MARK = /:\/\/|www\./i;
/** Handles and hashtags ("@someone #tag #tag"). */
const HANDLE = /(?:^|\s)[@#][\p{L}\p{N}_]+/gu;
const HAS_HANDLE = /[@#]/u;

/**
 * A question this short is a prompt of the page ("Was this review helpful?", "Want more?") or a
 * rhetorical turn ("So what changed?"): it tells the reader nothing of the story.
 */
const SHORT_QUESTION_WORDS = 8;
const QUESTION_END = /[?？]["'”’»」』)\]]*$/u;

/** An all-capitals word of four letters or more, then a colon, at the start. */
const NOTICE_LABEL = /^\p{Lu}{4,}\s*:/u;

export type ClutterKind =
  'fragment' | 'question' | 'link' | 'credit' | 'timestamp' | 'url' | 'shouting';

/** Why `sentence` is not summary material, or null when it is. */
export function clutterKind(text: string): ClutterKind | null {
  const words = countWords(text);
  if (words < MIN_WORDS) return 'fragment';
  if (words < MIN_WORDS_UNPUNCTUATED && !FINAL_PUNCTUATION.test(text)) return 'fragment';
  if (words < SHORT_QUESTION_WORDS && QUESTION_END.test(text)) return 'question';
  if (LINK_LINE.test(text)) return 'link';
  if (TIMESTAMP_LINE.test(text)) return 'timestamp';
  if (words < 15 && (CREDIT_LINE.test(text) || hasRightsNotice(text.toLowerCase()))) {
    return 'credit';
  }
  if (hasUrlMark(text)) return 'url';
  if (HAS_HANDLE.test(text) && (text.match(HANDLE)?.length ?? 0) * 3 >= words) return 'url';
  // All capitals (no lower-case letter at all, in a cased script): a shouted heading or banner.
  if (!/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 12) return 'shouting';
  // A capitalised label and a colon first ("ATTENTION: comments that…", "NOTE: prices may…"): a
  // notice to the reader, not a sentence of the story.
  if (NOTICE_LABEL.test(text)) return 'shouting';
  return null;
}

export function hasUrlMark(text: string): boolean {
  return URL_MARK.test(text);
}

function hasRightsNotice(lower: string): boolean {
  return RIGHTS_NOTICE.some((m) => lower.includes(m));
}

export function isCandidate(sentence: Sentence): boolean {
  return clutterKind(sentence.text) === null;
}
