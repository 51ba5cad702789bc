import { findActors } from './actors';
import { siteNames } from './actors/site';
import {
  classAt,
  endOfClassRun,
  indexOfClass,
  LETTER,
  NUMBER,
  onlyLatin1,
} from './text/char-class';
import { summarize } from './summary';
import { fromParagraphs, fromPlainText, type SourceText } from './text/source-text';
import { detectLanguage, languageTag } from './text/language';
import { splitSentences } from './text/sentences';
import type { Analysis, ArticleStats, ExtractedArticle, Sentence, SummaryOptions } from './types';

export type AnalyzeOptions = Omit<SummaryOptions, 'title' | 'lang'> & {
  /** The page's address: the site's own name in it is never an actor. */
  url?: string;
  /** The text's language (BCP 47), when the caller knows it: over <html lang> and detection. */
  lang?: string;
};

const WORDS_PER_MINUTE = 230;

/** A word for reading time: letters or digits, with apostrophe suffixes ("don't", "l’homme"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Matches of WORD in `text`. On Latin-1 text the regex is fastest; on other scripts it asks
 * Unicode properties at every character and match() built an array of every word of the article
 * only to take its length (~1.5 ms on a 7,600-word Russian page): a pass over the class table
 * (char-class.ts) counts the same matches at about a third of that.
 */
export function countWords(text: string): number {
  if (onlyLatin1(text)) return text.match(WORD)?.length ?? 0;
  let words = 0;
  for (let i = indexOfClass(text, LETTER | NUMBER); i >= 0;) {
    words++;
    i = endOfClassRun(text, i, LETTER | NUMBER);
    // Apostrophe suffixes ("don't", "l’homme"): letters only, so "x'2" ends at the apostrophe.
    while (
      i + 1 < text.length &&
      isApostrophe(text.charCodeAt(i)) &&
      classAt(text, i + 1) & LETTER
    ) {
      i = endOfClassRun(text, i + 1, LETTER);
    }
    i = indexOfClass(text, LETTER | NUMBER, i);
  }
  return words;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

function stats(
  text: string,
  sentences: readonly Sentence[],
  summary: readonly Sentence[],
): ArticleStats {
  const words = countWords(text);
  const summaryWords = summary.reduce((n, s) => n + countWords(s.text), 0);
  return {
    words,
    sentences: sentences.length,
    summaryWords,
    readingMinutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)),
    summaryReadingSeconds: Math.ceil((summaryWords / WORDS_PER_MINUTE) * 60),
  };
}

/**
 * An analysis in two steps: everything but the actors at once, the actors when asked. The popup
 * shows the summary first, since the actors take most of the analysis on long articles.
 */
export interface StagedAnalysis {
  /** The summary, the statistics and the text; no actors yet (an empty list). */
  withoutActors: Analysis;
  /** The whole analysis, its actors found now (once; later calls return the same). */
  complete(): Analysis;
}

function stage(
  source: SourceText,
  title: string,
  lang: string,
  options: AnalyzeOptions,
  siteName: string | null = null,
): StagedAnalysis {
  const { url, ...summaryOptions } = options;
  const sentences = splitSentences(source, lang);
  const summary = summarize(source, sentences, { ...summaryOptions, title, lang });
  const withoutActors: Analysis = {
    title,
    lang,
    text: source.text,
    summary,
    actors: [],
    stats: stats(source.text, sentences, summary),
  };
  let whole: Analysis | null = null;
  const complete = (): Analysis => {
    const site = siteNames(siteName, url);
    whole ??= { ...withoutActors, actors: findActors(source, sentences, { title, lang, site }) };
    return whole;
  };
  return { withoutActors, complete };
}

/**
 * The language an article is analysed in: the caller's, else a well-formed <html lang>, else a
 * guess from the text (script, stop words), English if unsure. Only usable tags reach the
 * segmenter (languageTag). The worker asks first, to load that language's actor evidence.
 */
export function articleLanguage(
  article: ExtractedArticle,
  lang = '',
  text = (): string => fromParagraphs(article.paragraphs).text,
): string {
  return languageTag(lang) || languageTag(article.lang) || detectLanguage(text()) || 'en';
}

/** The whole pipeline after extraction: the background worker and the CLI both call this. */
export function analyzeArticle(article: ExtractedArticle, options: AnalyzeOptions = {}): Analysis {
  return stageArticle(article, options).complete();
}

/** The same analysis in two steps (StagedAnalysis): the worker answers the popup after the first. */
export function stageArticle(
  article: ExtractedArticle,
  options: AnalyzeOptions = {},
): StagedAnalysis {
  const source = fromParagraphs(article.paragraphs);
  const lang = articleLanguage(article, options.lang, () => source.text);
  return stage(source, article.title, lang, options, article.siteName);
}

/** The pipeline on plain text: offsets point into `text` itself. */
export function analyzeText(
  text: string,
  options: AnalyzeOptions & { title?: string } = {},
): Analysis {
  const lang = languageTag(options.lang ?? '') || detectLanguage(text) || 'en';
  return stage(fromPlainText(text), options.title ?? '', lang, options).complete();
}
