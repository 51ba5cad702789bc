import { countWords } from '../text/word-count';
import type { ExtractedArticle } from '../types';

// The one word count (runs of Chinese, Japanese or Thai count by length): a regex count took a
// whole clause of Han characters for one word, so a Chinese article looked too short to be one.
export { countWords };

/** "Summarise selection" is offered from this many words of selected text. */
export const SELECTION_MIN_WORDS = 40;

/**
 * The user's selection as an article: each line of the selection (a browser puts a line break
 * between the blocks it spans) is a paragraph. `readerable` says whether it is long enough.
 */
export function articleFromSelection(text: string, title: string, lang: string): ExtractedArticle {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => ({ text: line, kind: 'paragraph' as const }));
  return {
    title: title.trim(),
    byline: null,
    siteName: null,
    lang: lang.trim(),
    publishedTime: null,
    readerable: countWords(text) >= SELECTION_MIN_WORDS,
    paragraphs,
  };
}
