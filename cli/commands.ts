import { extractArticle } from '../core/extract';
import { analyzeArticle, analyzeText, type AnalyzeOptions } from '../core/pipeline';
import { fromParagraphs, fromPlainText } from '../core/text/source-text';
import type { ActorType, Analysis, ExtractedArticle, Paragraph } from '../core/types';
import type { Command } from './args';
import { parseDocument } from './dom';
import { CliError } from './errors';
import type { InputDocument } from './input';

/** The public JSON shapes (a contract: fields are only ever added, never changed). */
export interface ExtractResult {
  id?: string | number;
  title: string;
  lang: string;
  readerable: boolean;
  text: string;
  paragraphs: Paragraph[];
}

export interface SummarizeResult {
  id?: string | number;
  title?: string;
  sentences: { text: string; start: number; end: number }[];
}

export interface ActorsResult {
  id?: string | number;
  actors: {
    name: string;
    type: ActorType;
    aliases: string[];
    count: number;
    mentions: { start: number; end: number }[];
  }[];
}

export type CommandResult = ExtractResult | SummarizeResult | ActorsResult;

/** Extracts the article of an HTML document; a page without article text is an error. */
function extractHtml(doc: InputDocument): ExtractedArticle {
  const article = extractArticle(parseDocument(doc.content));
  if (article.paragraphs.length === 0) {
    throw new CliError(`no article text found in ${doc.label}`);
  }
  return article;
}

function requireText(doc: InputDocument): void {
  if (doc.content.trim() === '') throw new CliError(`${doc.label} is empty`);
}

export function runExtract(doc: InputDocument): ExtractResult {
  requireText(doc);
  if (doc.kind === 'text') {
    const source = fromPlainText(doc.content);
    return {
      title: '',
      lang: '',
      readerable: source.paragraphs.length > 0,
      text: source.text,
      paragraphs: source.paragraphs.map(({ text, kind }) => ({ text, kind })),
    };
  }
  const article = extractHtml(doc);
  return {
    title: article.title,
    lang: article.lang,
    readerable: article.readerable,
    text: fromParagraphs(article.paragraphs).text,
    paragraphs: article.paragraphs.map(({ text, kind }) => ({ text, kind })),
  };
}

/** The whole pipeline on one document: the same calls the extension's worker makes. */
export function analyse(doc: InputDocument, options: AnalyzeOptions): Analysis {
  requireText(doc);
  const withUrl = doc.url ? { ...options, url: doc.url } : options;
  if (doc.kind === 'text') return analyzeText(doc.content, withUrl);
  return analyzeArticle(extractHtml(doc), withUrl);
}

export function summarizeResult(analysis: Analysis): SummarizeResult {
  return {
    ...(analysis.title ? { title: analysis.title } : {}),
    sentences: analysis.summary.map(({ text, start, end }) => ({ text, start, end })),
  };
}

export function actorsResult(analysis: Analysis): ActorsResult {
  return {
    actors: analysis.actors.map(({ name, type, aliases, count, mentions }) => ({
      name,
      type,
      aliases: [...aliases],
      count,
      mentions: mentions.map(({ start, end }) => ({ start, end })),
    })),
  };
}

/** What one command answers for one document: the JSON result and, for text output, the analysis. */
export type CommandOutcome =
  | { kind: 'extract'; result: ExtractResult }
  | { kind: 'analysis'; result: SummarizeResult | ActorsResult; analysis: Analysis };

export function runCommand(
  command: Command,
  doc: InputDocument,
  options: AnalyzeOptions,
): CommandOutcome {
  if (command === 'extract') return { kind: 'extract', result: runExtract(doc) };
  const analysis = analyse(doc, options);
  const result = command === 'summarize' ? summarizeResult(analysis) : actorsResult(analysis);
  return { kind: 'analysis', result, analysis };
}
