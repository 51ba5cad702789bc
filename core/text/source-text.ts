import type { Paragraph, Span } from '../types';

/** A paragraph located in the analysed text. */
export type PlacedParagraph = Paragraph & Span;

/**
 * The analysed text and where each paragraph stands in it. Every offset the pipeline returns
 * (sentences, mentions) points into `text`.
 */
export interface SourceText {
  text: string;
  paragraphs: PlacedParagraph[];
}

/** Separator between extracted paragraphs in the analysed text. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** An extracted article's paragraphs, joined by a blank line. */
export function fromParagraphs(paragraphs: readonly Paragraph[]): SourceText {
  const placed: PlacedParagraph[] = [];
  let at = 0;
  for (const p of paragraphs) {
    placed.push({ ...p, start: at, end: at + p.text.length });
    at += p.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR), paragraphs: placed };
}

/**
 * Plain text as it is: the input itself is the analysed text (offsets point into it), and its
 * paragraphs are the blocks between blank lines.
 */
export function fromPlainText(text: string): SourceText {
  const paragraphs: PlacedParagraph[] = [];
  const block = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const raw = m[0];
    const trimmed = raw.trimEnd();
    paragraphs.push({
      text: trimmed,
      kind: 'paragraph',
      start: m.index,
      end: m.index + trimmed.length,
    });
  }
  return { text, paragraphs };
}
