import type { Sentence } from '../types';
import type { SourceText } from './source-text';

/**
 * Sentences of every paragraph, with offsets into the analysed text. Intl.Segmenter underneath,
 * so any language the runtime knows is split by its own rules.
 */
export function splitSentences(source: SourceText, lang = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
  const out: Sentence[] = [];
  source.paragraphs.forEach((p, paragraph) => {
    for (const seg of segmenter.segment(p.text)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const text = seg.segment.trim();
      if (!text) continue;
      const start = p.start + seg.index + lead;
      out.push({ text, start, end: start + text.length, paragraph });
    }
  });
  return out;
}
