/**
 * The one message protocol between the extension's contexts. Every message names its direction
 * (`popupToBackground:*`, `backgroundToContent:*`) and is validated on arrival: anything that does
 * not have exactly the expected shape is ignored, whoever sent it.
 *
 * The side panel speaks as the popup does (it is the same view).
 */
import type { ActorType, Analysis, ExtractedArticle, Span, SummaryLength } from '@/core/types';
import type { Segment } from '@/lib/protocol/marks';
import type { ReadingFigure } from '@/lib/protocol/reading-figures';
import { isExtractedArticle } from '@/lib/protocol/validate-article';

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place', 'other'];

/** What the popup shows about the page itself. */
export interface PageInfo {
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  readerable: boolean;
  /**
   * Only the first part of a very long page (lib/page/page-budget.ts) or selection
   * (MAX_SELECTION_CHARS) was read.
   */
  truncated?: boolean;
  /** The summary is of the reader's selection, not of the whole page. */
  selection?: boolean;
}

/** One analysed page: what the background caches per tab and the popup renders. */
export interface PageResult {
  page: PageInfo;
  analysis: Analysis;
  /** Ready to paste (lib/worker/copy.ts): with and without the line of key actors. */
  copies: { withActors: CopyTexts; withoutActors: CopyTexts };
  /** Each summary sentence cut at the actors' mentions (lib/protocol/marks.ts). */
  marks: Segment[][];
  /** Each actor described in full, in the reader's language (lib/worker/page-result.ts). */
  actorTitles: string[];
  /** Under the title: the site's name (else its host), the date and the reading time, in the reader's language. */
  meta: { site: string; date: string; reading: string };
  /** The article's words and reading time against the summary's (lib/protocol/reading-figures.ts). */
  figures: ReadingFigure[];
  /** What the reader should know about what was summarised (lib/worker/page-result.ts). */
  notes: PageNote[];
  /**
   * The actors are still being found: the view's request is answered with the summary first,
   * since on a long article the actors take most of the analysis, and a `complete` request
   * brings the whole result. What the view says meanwhile, in the reader's language. Never cached.
   */
  actorsPending?: string;
}

/** A line above the summary: only part of a long page was read, or it is not an article. */
export interface PageNote {
  id: 'first-part-notice' | 'page-text-notice';
  text: string;
}

/** The summary in each copy format; "Copy summary" is `withoutActors.plain`. */
export interface CopyTexts {
  plain: string;
  markdown: string;
  html: string;
}

/** Why a page gave no summary; each has its own wording in the popup. */
export type ProblemKind =
  | 'restricted' // a page no extension may read (browser pages, the web store, the PDF viewer)
  | 'noText' // empty page or a page without readable text
  | 'injectionFailed' // the page refused the reader (e.g. it is still loading, or was closed)
  | 'failed'; // anything else

export interface AnalyzeOptions {
  /** Summarise even a page that does not look like an article. */
  force: boolean;
  length?: SummaryLength;
  /**
   * The view showed "not an article" or "no text": answer once the page has added text and
   * reads as an article, or after a few seconds with what it is then (a late single-page app).
   */
  watch?: boolean;
  /** The whole result of a reply that came without its actors. */
  complete?: boolean;
}

export type AnalyzeReply =
  | { status: 'ok'; result: PageResult }
  | { status: 'notArticle'; title: string; url: string }
  | { status: 'problem'; problem: ProblemKind; message: string };

/** Actor mentions to highlight, one group per type (types left out are not highlighted). */
export interface HighlightGroup {
  type: ActorType;
  spans: Span[];
}

export type PopupToBackground =
  | { type: 'popupToBackground:analyze'; tabId: number; options: AnalyzeOptions }
  | { type: 'popupToBackground:highlightActors'; tabId: number; types: ActorType[] }
  | { type: 'popupToBackground:clearHighlights'; tabId: number }
  | { type: 'popupToBackground:showMention'; tabId: number; actor: number; mention: number }
  | { type: 'popupToBackground:showSentence'; tabId: number; sentence: number }
  // The popup's length control: the background owns writing the settings (lib/storage/settings.ts).
  | { type: 'popupToBackground:setLength'; length: SummaryLength }
  // "Summarise selection": how many words are selected in the tab, then their summary.
  | { type: 'popupToBackground:countSelection'; tabId: number }
  | { type: 'popupToBackground:summariseSelection'; tabId: number; length?: SummaryLength };

export type BackgroundToContent =
  | { type: 'backgroundToContent:ping' }
  | { type: 'backgroundToContent:highlight'; text: string; groups: HighlightGroup[] }
  | { type: 'backgroundToContent:clear' }
  | { type: 'backgroundToContent:show'; text: string; span: Span; kind: 'mention' | 'sentence' };

export type ExtractReply =
  | {
      status: 'ok';
      url: string;
      article: ExtractedArticle;
      truncated?: boolean;
      /**
       * Given for a page that does not read as an article: whether it declares itself one
       * (og:type, JSON-LD). Such a page showing almost no text has lost its article (a script
       * replaced it, or it has not loaded), and the reader is told so.
       */
      declaresArticle?: boolean;
      /** The page was still parsing its HTML: the worker reads it again once parsed. */
      parsing?: boolean;
    }
  | { status: 'unsupported'; contentType: string };

/** Answer to highlight / show / clear: how many ranges were placed in the page. */
export interface PageActionReply {
  ok: boolean;
  ranges: number;
  message?: string;
}

export interface PingReply {
  pong: true;
}

/**
 * Answer to countSelection: the words selected in the tab's page (0 when it can't be read), as
 * far as a selection is read (MAX_SELECTION_CHARS).
 */
export interface SelectionCountReply {
  words: number;
  /** "153 words selected", in the reader's language ("60,000+ words selected" past what is read). */
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Validation. Hand-written (no schema library) because the shapes are few and small.

type Fields = Record<string, unknown>;

function isRecord(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isTabId(x: unknown): x is number {
  return Number.isInteger(x) && (x as number) >= 0;
}

function isIndex(x: unknown): x is number {
  return Number.isInteger(x) && (x as number) >= 0;
}

function isActorType(x: unknown): x is ActorType {
  return typeof x === 'string' && (ACTOR_TYPES as readonly string[]).includes(x);
}

function isSpan(x: unknown): x is Span {
  return isRecord(x) && isIndex(x.start) && isIndex(x.end) && x.end >= x.start;
}

function isLength(x: unknown): x is SummaryLength | undefined {
  return x === undefined || x === 'short' || x === 'medium' || x === 'long';
}

function isAnalyzeOptions(x: unknown): x is AnalyzeOptions {
  return (
    isRecord(x) &&
    typeof x.force === 'boolean' &&
    isLength(x.length) &&
    [x.watch, x.complete].every((flag) => flag === undefined || typeof flag === 'boolean')
  );
}

function isHighlightGroup(x: unknown): x is HighlightGroup {
  return isRecord(x) && isActorType(x.type) && Array.isArray(x.spans) && x.spans.every(isSpan);
}

export function isPopupToBackground(x: unknown): x is PopupToBackground {
  if (!isRecord(x)) return false;
  if (x.type === 'popupToBackground:setLength') return x.length !== undefined && isLength(x.length);
  if (!isTabId(x.tabId)) return false;
  switch (x.type) {
    case 'popupToBackground:analyze':
      return isAnalyzeOptions(x.options);
    case 'popupToBackground:highlightActors':
      return Array.isArray(x.types) && x.types.every(isActorType);
    case 'popupToBackground:clearHighlights':
      return true;
    case 'popupToBackground:showMention':
      return isIndex(x.actor) && isIndex(x.mention);
    case 'popupToBackground:showSentence':
      return isIndex(x.sentence);
    case 'popupToBackground:countSelection':
      return true;
    case 'popupToBackground:summariseSelection':
      return isLength(x.length);
    default:
      return false;
  }
}

export function isBackgroundToContent(x: unknown): x is BackgroundToContent {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'backgroundToContent:ping':
    case 'backgroundToContent:clear':
      return true;
    case 'backgroundToContent:highlight':
      return (
        typeof x.text === 'string' && Array.isArray(x.groups) && x.groups.every(isHighlightGroup)
      );
    case 'backgroundToContent:show':
      return (
        typeof x.text === 'string' &&
        isSpan(x.span) &&
        (x.kind === 'mention' || x.kind === 'sentence')
      );
    default:
      return false;
  }
}

// Replies come from our own code, but a page can crash or a worker restart mid-answer; these
// checks keep a malformed or missing answer from reaching the view as if it were real.

export function isAnalyzeReply(x: unknown): x is AnalyzeReply {
  if (!isRecord(x)) return false;
  if (x.status === 'ok') return isRecord(x.result) && isRecord(x.result.analysis);
  if (x.status === 'notArticle') return typeof x.title === 'string' && typeof x.url === 'string';
  if (x.status === 'problem') return typeof x.problem === 'string' && typeof x.message === 'string';
  return false;
}

export function isExtractReply(x: unknown): x is ExtractReply {
  if (!isRecord(x)) return false;
  if (x.status === 'ok') {
    return (
      typeof x.url === 'string' &&
      isExtractedArticle(x.article) &&
      (x.truncated === undefined || typeof x.truncated === 'boolean') &&
      (x.declaresArticle === undefined || typeof x.declaresArticle === 'boolean') &&
      (x.parsing === undefined || typeof x.parsing === 'boolean')
    );
  }
  return x.status === 'unsupported' && typeof x.contentType === 'string';
}

export function isPageActionReply(x: unknown): x is PageActionReply {
  return isRecord(x) && typeof x.ok === 'boolean' && isIndex(x.ranges);
}

export function isSelectionCountReply(x: unknown): x is SelectionCountReply {
  return isRecord(x) && isIndex(x.words) && typeof x.text === 'string';
}

export function isPingReply(x: unknown): x is PingReply {
  return isRecord(x) && x.pong === true;
}
