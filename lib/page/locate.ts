/**
 * Finds stretches of the analysed text in a page's text (pure: lib/page/page-text.ts applies it to
 * the live DOM, as Ranges, without changing the DOM).
 *
 * The analysed text is the extracted paragraphs (whitespace collapsed) joined by a blank line.
 * The page's text nodes, whitespace collapsed the same way, contain each paragraph verbatim when
 * extraction kept it as it was; a span is then mapped through its paragraph. When a paragraph was
 * rewritten by the cleanup, the span's own text is searched near where the last paragraph matched.
 */
import { PARAGRAPH_SEPARATOR } from '@/core/text/source-text';
import type { Span } from '@/core/types';

/** JavaScript's `\s`, the class extraction collapses: the two sides must agree exactly. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Text of a page's text nodes, whitespace collapsed, with where each character came from. */
export interface CollapsedText {
  text: string;
  /** For each character of `text`: index of its text node and offset in that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

/**
 * Joins the data of consecutive text nodes, collapsing every run of whitespace to one space
 * (and dropping it at the start), as extraction does to the paragraphs it returns.
 */
export function collapseTexts(datas: readonly string[]): CollapsedText {
  const total = datas.reduce((n, d) => n + d.length, 0);
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  // Runs of text, not characters: an array of a string per character of a long page costs
  // several times more per character past some 16k of them (another heap space).
  const out: string[] = [];
  let length = 0;
  let pendingAt = -1; // where a collapsed run of whitespace began, emitted before the next char
  let pendingNode = 0;
  datas.forEach((data, ni) => {
    let runStart = -1; // where the current run of non-space characters began in `data`
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        if (runStart >= 0) out.push(data.slice(runStart, i));
        runStart = -1;
        if (pendingAt < 0 && length > 0) {
          pendingAt = i;
          pendingNode = ni;
        }
        continue;
      }
      if (pendingAt >= 0) {
        out.push(' ');
        nodeOf[length] = pendingNode;
        offsetOf[length] = pendingAt;
        length++;
        pendingAt = -1;
      }
      if (runStart < 0) runStart = i;
      nodeOf[length] = ni;
      offsetOf[length] = i;
      length++;
    }
    if (runStart >= 0) out.push(data.slice(runStart));
  });
  return { text: out.join(''), nodeOf, offsetOf };
}

/**
 * A paragraph's line breaks (its <br>s) as the page's text shows them: the whitespace around a
 * <br> in the markup, collapsed to a space like any other (one character for one: offsets hold).
 */
const asPageText = (text: string): string => text.replace(/\n/g, ' ');

/** Where each analysed paragraph starts in the page text (-1 when not found verbatim). */
interface ParagraphPlace {
  start: number; // in the analysed text
  end: number;
  pageStart: number;
}

function placeParagraphs(analysed: string, page: CollapsedText): ParagraphPlace[] {
  const places: ParagraphPlace[] = [];
  let at = 0;
  let cursor = 0;
  for (const paragraph of analysed.split(PARAGRAPH_SEPARATOR)) {
    const start = at;
    at += paragraph.length + PARAGRAPH_SEPARATOR.length;
    if (!paragraph) continue;
    const wanted = asPageText(paragraph);
    let found = page.text.indexOf(wanted, cursor);
    if (found < 0) found = page.text.indexOf(wanted);
    if (found >= 0) cursor = found + paragraph.length;
    places.push({ start, end: start + paragraph.length, pageStart: found });
  }
  return places;
}

/** A locator for one analysed text in one snapshot of a page's text. */
export class TextLocator {
  private readonly places: ParagraphPlace[];

  constructor(
    private readonly analysed: string,
    private readonly page: CollapsedText,
  ) {
    this.places = placeParagraphs(analysed, page);
  }

  /** Where a span of the analysed text is in the page's collapsed text, or null. */
  locate(span: Span): Span | null {
    if (span.end <= span.start || span.end > this.analysed.length) return null;
    const place = this.placeOf(span.start);
    if (place && place.pageStart >= 0 && span.end <= place.end) {
      const start = place.pageStart + (span.start - place.start);
      return { start, end: start + (span.end - span.start) };
    }
    // The paragraph was rewritten by extraction: look for the words themselves, from the
    // nearest paragraph that was found.
    const needle = asPageText(this.analysed.slice(span.start, span.end));
    if (!needle.trim()) return null;
    const from = this.searchFrom(place);
    let found = this.page.text.indexOf(needle, from);
    if (found < 0) found = this.page.text.indexOf(needle);
    return found < 0 ? null : { start: found, end: found + needle.length };
  }

  private placeOf(offset: number): ParagraphPlace | undefined {
    let lo = 0;
    let hi = this.places.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.places[mid] as ParagraphPlace;
      if (offset < p.start) hi = mid - 1;
      else if (offset > p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  private searchFrom(place: ParagraphPlace | undefined): number {
    if (!place) return 0;
    const index = this.places.indexOf(place);
    for (let i = index; i >= 0; i--) {
      const p = this.places[i] as ParagraphPlace;
      if (p.pageStart >= 0) return p.pageStart;
    }
    return 0;
  }
}
