/**
 * "AI summary (on device)": Chrome's built-in Summarizer API (Chrome 138+, desktop, where the
 * hardware allows), behind a small interface so the rest of the extension never touches the
 * experimental global. Everything runs in the browser; no text leaves the device. The extractive
 * summary stays the default and the fallback: callers show it whenever this says no.
 *
 * The API is only in window contexts (popup, side panel, options), not in the service worker.
 * Creating a summarizer may download the model, which Chrome allows only during a user gesture:
 * call `summarizeWithAi` from a click handler, before any other await.
 */
import type { SummaryLength } from '@/core/types';
import { t } from '@/lib/shared/i18n';

/** What the browser says, plus `unsupported` when it has no Summarizer at all. */
export type AiAvailability =
  'unsupported' | 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface SummarizerOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'markdown' | 'plain-text';
  length: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  monitor?: (monitor: EventTarget) => void;
  signal?: AbortSignal;
}

/** The parts of a Summarizer instance we use. */
export interface SummarizerSession {
  readonly inputQuota: number;
  measureInputUsage(input: string, options?: { context?: string }): Promise<number>;
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

/** The parts of the `Summarizer` global we use (a fake in the unit tests). */
export interface SummarizerApi {
  availability(options?: Partial<SummarizerOptions>): Promise<string>;
  create(options: SummarizerOptions): Promise<SummarizerSession>;
}

/** Languages the built-in model accepts today; others are summarised extractively. */
const MODEL_LANGUAGES = ['en', 'es', 'ja'];

/** The `Summarizer` global, when this browser has one. */
export function builtInSummarizer(scope: object = globalThis): SummarizerApi | undefined {
  const api: unknown = Reflect.get(scope, 'Summarizer');
  if (typeof api !== 'function' && (typeof api !== 'object' || api === null)) return undefined;
  const candidate = api as Partial<SummarizerApi>;
  return typeof candidate.availability === 'function' && typeof candidate.create === 'function'
    ? (api as SummarizerApi)
    : undefined;
}

function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

function languageOptions(
  lang: string,
): Pick<SummarizerOptions, 'expectedInputLanguages' | 'outputLanguage'> {
  const base = baseLanguage(lang);
  return MODEL_LANGUAGES.includes(base)
    ? { expectedInputLanguages: [base], outputLanguage: base }
    : { expectedInputLanguages: ['en'], outputLanguage: 'en' };
}

function isModelLanguage(lang: string): boolean {
  return lang === '' || MODEL_LANGUAGES.includes(baseLanguage(lang));
}

const KNOWN: readonly AiAvailability[] = [
  'unavailable',
  'downloadable',
  'downloading',
  'available',
];

/** Whether an AI summary can be offered for text in `lang` ('' when unknown). Never throws. */
export async function aiAvailability(
  lang = '',
  api: SummarizerApi | undefined = builtInSummarizer(),
): Promise<AiAvailability> {
  if (!api) return 'unsupported';
  if (!isModelLanguage(lang)) return 'unavailable';
  try {
    const answer = await api.availability({
      type: 'key-points',
      format: 'markdown',
      ...languageOptions(lang || 'en'),
    });
    return KNOWN.find((known) => known === answer) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

export interface AiSummaryRequest {
  /** The article's analysed text (paragraphs separated by blank lines). */
  text: string;
  title: string;
  lang: string;
  length: SummaryLength;
  /** Model download progress, 0..1, while Chrome fetches it the first time. */
  onDownloadProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface AiSummary {
  /** The key points, as plain text (never rendered as HTML). */
  points: string[];
  /** True when the article was longer than the model's input quota and its end was left out. */
  truncated: boolean;
}

/** One Markdown bullet list from the model → plain-text points. */
export function parseKeyPoints(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/`([^`]+)`/g, '$1')
        .trim(),
    )
    .filter((line) => line.length > 0);
}

/**
 * The longest prefix of whole paragraphs that fits the model's input quota (at least the first
 * paragraph, cut by characters if even that is too long).
 */
async function fitToQuota(
  session: SummarizerSession,
  text: string,
  context: string,
): Promise<{ input: string; truncated: boolean }> {
  const fits = async (input: string) =>
    (await session.measureInputUsage(input, { context })) <= session.inputQuota;
  if (await fits(text)) return { input: text, truncated: false };
  const paragraphs = text.split(/\n{2,}/);
  // Binary search on the number of leading paragraphs kept.
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (await fits(paragraphs.slice(0, middle).join('\n\n'))) low = middle;
    else high = middle - 1;
  }
  if (low > 0) return { input: paragraphs.slice(0, low).join('\n\n'), truncated: true };
  let first = paragraphs[0] ?? '';
  while (first.length > 1 && !(await fits(first)))
    first = first.slice(0, Math.floor(first.length / 2));
  return { input: first, truncated: true };
}

function watchDownload(onProgress: ((fraction: number) => void) | undefined) {
  return (monitor: EventTarget) => {
    monitor.addEventListener('downloadprogress', (event) => {
      const loaded: unknown = Reflect.get(event, 'loaded');
      if (typeof loaded === 'number') onProgress?.(loaded);
    });
  };
}

/**
 * Key points of an article from the built-in model. Throws (with a message fit for the reader)
 * when the API is missing or refuses; the caller then keeps the extractive summary.
 */
export async function summarizeWithAi(
  request: AiSummaryRequest,
  api: SummarizerApi | undefined = builtInSummarizer(),
): Promise<AiSummary> {
  if (!api) throw new Error(t('aiNoApi'));
  if (!isModelLanguage(request.lang)) {
    throw new Error(t('aiLanguage'));
  }
  // create() first: it must run while the click's user activation is still fresh.
  const session = await api.create({
    type: 'key-points',
    format: 'markdown',
    length: request.length,
    sharedContext: 'A news or magazine article, summarised for a reader deciding what to read.',
    ...languageOptions(request.lang || 'en'),
    monitor: watchDownload(request.onDownloadProgress),
    signal: request.signal,
  });
  try {
    const context = request.title ? `Article title: ${request.title}` : '';
    const { input, truncated } = await fitToQuota(session, request.text, context);
    const markdown = await session.summarize(input, { context, signal: request.signal });
    const points = parseKeyPoints(markdown);
    if (points.length === 0) throw new Error(t('aiEmpty'));
    return { points, truncated };
  } finally {
    session.destroy();
  }
}
