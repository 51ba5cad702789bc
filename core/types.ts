/**
 * The shapes that flow through the pipeline: extract → text → summary → actors → formats.
 * Offsets are UTF-16 indices into the *analysed text* (core/text/source-text.ts): the paragraphs
 * joined by a blank line
 * or, for plain-text input, the input itself.
 */

export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'quote';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
}

/** What the content script (or the CLI) extracts from a page. Plain data: crosses messaging. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language tag from the page (`<html lang>`), or a guess from the text; '' when unknown. */
  lang: string;
  publishedTime: string | null;
  /** Readability's `isProbablyReaderable` combined with the extracted length: a hint, not a gate. */
  readerable: boolean;
  paragraphs: Paragraph[];
}

/** A stretch of the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index into `ExtractedArticle.paragraphs` (0 for plain text without blank lines). */
  paragraph: number;
}

export type SummaryLength = 'short' | 'medium' | 'long';

export interface SummaryOptions {
  /** Exactly this many sentences (when the text has them); overrides `length`. */
  sentences?: number;
  length?: SummaryLength;
  lang?: string;
  title?: string;
}

/**
 * `other`: a name the story keeps coming back to whose kind the text does not settle ("Other
 * names" in the popup), rather than a guess.
 */
export type ActorType = 'person' | 'organization' | 'place' | 'other';

export interface Actor {
  name: string;
  type: ActorType;
  /** Other surface forms merged into this actor (never includes `name`). */
  aliases: string[];
  count: number;
  mentions: Span[];
  /** The first sentence that mentions the actor. */
  context: string;
  /** Salience score used for ranking (higher first). */
  score: number;
}

export interface ArticleStats {
  words: number;
  sentences: number;
  summaryWords: number;
  /** Minutes at 230 words per minute, rounded up. */
  readingMinutes: number;
  summaryReadingSeconds: number;
}

export interface Analysis {
  title: string;
  lang: string;
  /** The analysed text; all offsets point into it. */
  text: string;
  summary: Sentence[];
  actors: Actor[];
  stats: ArticleStats;
}
