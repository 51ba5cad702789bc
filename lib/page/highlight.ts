/**
 * In-page highlighting with the CSS Custom Highlight API: ranges are registered in CSS.highlights
 * and painted by the stylesheet from palette.ts. The page's DOM is never modified.
 */
import type { Span } from '@/core/types';
import { HIGHLIGHT_NAMES } from '@/lib/shared/palette';
import type { HighlightGroup } from '@/lib/protocol/protocol';
import { PageLocator } from '@/lib/page/page-text';

const SENTENCE_FLASH_MS = 1800;

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function locatorFor(text: string): PageLocator {
  // Read the page afresh each time: it may have changed since the last request.
  return new PageLocator(text, document.body ?? document.documentElement);
}

/** Highlights every span of every group; returns the number of ranges placed. */
export function highlightGroups(text: string, groups: readonly HighlightGroup[]): number {
  clearHighlights();
  if (!supported()) return 0;
  const locator = locatorFor(text);
  let placed = 0;
  for (const group of groups) {
    const ranges = group.spans
      .map((span) => locator.range(span))
      .filter((r): r is Range => r !== null);
    if (ranges.length === 0) continue;
    CSS.highlights.set(HIGHLIGHT_NAMES[group.type], new Highlight(...ranges));
    placed += ranges.length;
  }
  return placed;
}

export function clearHighlights(): void {
  if (!supported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Scrolls the page to a span and marks it: a mention stays marked as the current one, a
 * sentence is highlighted briefly.
 */
export function showSpan(text: string, span: Span, kind: 'mention' | 'sentence'): number {
  const range = locatorFor(text).range(span);
  if (!range) return 0;
  const anchor =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!supported()) return 1;
  if (kind === 'mention') {
    CSS.highlights.set(HIGHLIGHT_NAMES.current, new Highlight(range));
  } else {
    CSS.highlights.set(HIGHLIGHT_NAMES.sentence, new Highlight(range));
    clearTimeout(flashTimer);
    flashTimer = setTimeout(
      () => CSS.highlights.delete(HIGHLIGHT_NAMES.sentence),
      SENTENCE_FLASH_MS,
    );
  }
  return 1;
}
