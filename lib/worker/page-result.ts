/**
 * A page's result as the background sends and caches it: the page, its analysis, and what the
 * view would otherwise compute from them (the copy formats, the summary cut at the actors'
 * mentions, the site and date line, the reading figures, the notes above the summary), so the
 * popup carries none of that code or text (issue 7's popup budget).
 */
import type { Analysis } from '@/core/types';
import { copyTexts } from '@/lib/worker/copy';
import { segmentSentence } from '@/lib/protocol/marks';
import type { PageInfo, PageNote, PageResult } from '@/lib/protocol/protocol';
import { readingFigures } from '@/lib/protocol/reading-figures';

/** Key actors named in the optional line of a Markdown or rich-text copy. */
const KEY_ACTORS = 5;

function siteOf(page: PageInfo): string {
  if (page.siteName) return page.siteName;
  try {
    return new URL(page.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The publication date in the reader's locale (the worker's is the browser's), when valid. */
function dateOf(page: PageInfo): string {
  const time = page.publishedTime ? Date.parse(page.publishedTime) : NaN;
  if (Number.isNaN(time)) return '';
  return new Date(time).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** What was summarised, when it is not simply an article read whole. */
function notesOf(page: PageInfo): PageNote[] {
  const notes: PageNote[] = [];
  if (!page.readerable && !page.selection) {
    notes.push({
      id: 'page-text-notice',
      text: 'Not an article: this summarises the text of the page as it is.',
    });
  }
  if (page.truncated) {
    notes.push({
      id: 'first-part-notice',
      text: 'This page is very long: the summary covers its first part only.',
    });
  }
  return notes;
}

export function pageResult(page: PageInfo, analysis: Analysis): PageResult {
  return {
    page,
    analysis,
    copies: {
      withActors: copyTexts(page, analysis, KEY_ACTORS),
      withoutActors: copyTexts(page, analysis, 0),
    },
    // Every actor's mentions: the view leaves those of types the reader hides unmarked.
    marks: analysis.summary.map((sentence) => segmentSentence(sentence, analysis.actors)),
    meta: { site: siteOf(page), date: dateOf(page) },
    figures: readingFigures(analysis.stats),
    notes: notesOf(page),
  };
}
