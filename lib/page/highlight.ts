/**
 * In-page highlighting with the CSS Custom Highlight API: ranges are registered in CSS.highlights
 * and painted by the stylesheet from palette.ts. The page's DOM is never modified.
 *
 * The registry is the page's too: it can list, replace or delete any highlight. The names are
 * random for each injection (palette.ts), and before each request the highlighter puts back
 * whatever of its own the page removed or replaced, so a reader's next click repairs them.
 */
import type { Span } from '@/core/types';
import { HIGHLIGHT_KINDS, type HighlightKind, type HighlightNames } from '@/lib/shared/palette';
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

export class Highlighter {
  /** What this highlighter registered, by kind: put back when the page removed it. */
  private readonly shown = new Map<HighlightKind, Highlight>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly names: HighlightNames) {}

  private set(kind: HighlightKind, highlight: Highlight): void {
    this.shown.set(kind, highlight);
    CSS.highlights.set(this.names[kind], highlight);
  }

  private delete(kind: HighlightKind): void {
    this.shown.delete(kind);
    CSS.highlights.delete(this.names[kind]);
  }

  /** Registers again each highlight of ours the page deleted or replaced; returns how many. */
  repair(): number {
    if (!supported()) return 0;
    let repaired = 0;
    for (const [kind, highlight] of this.shown) {
      if (CSS.highlights.get(this.names[kind]) !== highlight) {
        CSS.highlights.set(this.names[kind], highlight);
        repaired++;
      }
    }
    return repaired;
  }

  /** Highlights every span of every group; returns the number of ranges placed. */
  highlightGroups(text: string, groups: readonly HighlightGroup[]): number {
    this.clear();
    if (!supported()) return 0;
    const locator = locatorFor(text);
    let placed = 0;
    for (const group of groups) {
      const ranges = group.spans
        .map((span) => locator.range(span))
        .filter((r): r is Range => r !== null);
      if (ranges.length === 0) continue;
      this.set(group.type, new Highlight(...ranges));
      placed += ranges.length;
    }
    return placed;
  }

  clear(): void {
    if (!supported()) return;
    for (const kind of HIGHLIGHT_KINDS) this.delete(kind);
  }

  /**
   * Scrolls the page to a span and marks it: a mention stays marked as the current one, a
   * sentence is highlighted briefly.
   */
  showSpan(text: string, span: Span, kind: 'mention' | 'sentence'): number {
    this.repair();
    const range = locatorFor(text).range(span);
    if (!range) return 0;
    const anchor =
      range.startContainer instanceof Element
        ? range.startContainer
        : range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (!supported()) return 1;
    if (kind === 'mention') {
      this.set('current', new Highlight(range));
    } else {
      this.set('sentence', new Highlight(range));
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => this.delete('sentence'), SENTENCE_FLASH_MS);
    }
    return 1;
  }
}
