/**
 * Which sentences the page's structure rules out of a summary, whatever their words: section
 * headings (never a summary sentence), the headline again (it is already shown as the title),
 * and the box before the body ("Highlights" bullets, a standfirst set as a list), of which only
 * the first line may stand as the lede. A list line without final punctuation elsewhere is a
 * label or a link (navigation, teasers), not a sentence of the story.
 */
import type { PlacedParagraph, SourceText } from '../text/source-text';
import type { Sentence } from '../types';
import { FINAL_PUNCTUATION } from './candidates';

/** Letters and digits only, lower case: "Council backs bridge — Site" ~ "council backs bridge". */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** The sentence is the headline, or the headline's start before a site name (" - Site"). */
export function repeatsHeadline(sentence: string, title: string): boolean {
  const s = words(sentence);
  const t = words(title);
  return (
    s.length > 0 &&
    t.length > 0 &&
    (s === t || (t.startsWith(`${s} `) && s.length * 5 >= t.length * 3))
  );
}

/** Index of the first paragraph of the body: prose, not a list, heading or quote. */
function bodyStart(paragraphs: readonly PlacedParagraph[]): number {
  const i = paragraphs.findIndex((p) => p.kind === 'paragraph');
  return i < 0 ? paragraphs.length : i;
}

/** Sentences the structure allows, in order; `title` is the page's headline. */
export function structuralCandidates(
  source: SourceText,
  sentences: readonly Sentence[],
  title: string,
): Sentence[] {
  const { paragraphs } = source;
  const body = bodyStart(paragraphs);
  let ledeTaken = false;
  return sentences.filter((s) => {
    const paragraph = paragraphs[s.paragraph];
    if (!paragraph) return true;
    if (paragraph.kind === 'heading') return false;
    if (title && repeatsHeadline(s.text, title)) return false;
    if (s.paragraph < body && paragraph.kind === 'list-item') {
      if (ledeTaken) return false;
      ledeTaken = true;
      return true;
    }
    return paragraph.kind !== 'list-item' || FINAL_PUNCTUATION.test(s.text);
  });
}
