/**
 * A page's result as the background sends and caches it: the page, its analysis, and what the
 * view would otherwise compute from them (the copy formats, the summary cut at the actors'
 * mentions, the actors' descriptions, the site and date line, the reading figures, the notes
 * above the summary), in the reader's language, so the
 * popup carries none of that code or text (the popup's 15 KB budget, scripts/bench/bundle.ts).
 */
import type { Actor, Analysis } from '@/core/types';
import { copyTexts } from '@/lib/worker/copy';
import { segmentSentence } from '@/lib/protocol/marks';
import type { PageInfo, PageNote, PageResult } from '@/lib/protocol/protocol';
import { readingFigures, readingTime } from '@/lib/protocol/reading-figures';
import { formatter, plural, t } from '@/lib/shared/i18n';
import { typeLabel } from '@/lib/shared/words';

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

const DAY_MS = 86_400_000;
/** Before this, a date in a page's metadata is a placeholder ("0001-01-01", "1900-01-01"). */
const EARLIEST_DATE = Date.UTC(1900, 0, 2);

/**
 * A date a page may have been published on: not a placeholder its software writes for "none"
 * (a zero date, the Unix epoch, "9999-12-31"). A wrong date under the title misleads the reader
 * more than no date.
 */
function plausibleDate(time: number, now = Date.now()): boolean {
  return time >= EARLIEST_DATE && Math.abs(time) > DAY_MS && time <= now + 2 * DAY_MS;
}

/** The publication date in the reader's language, when valid. */
function dateOf(page: PageInfo): string {
  const time = page.publishedTime ? Date.parse(page.publishedTime) : NaN;
  if (!plausibleDate(time)) return '';
  return formatter('date', (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' })).format(
    time,
  );
}

/** What was summarised, when it is not simply an article read whole. */
function notesOf(page: PageInfo): PageNote[] {
  const notes: PageNote[] = [];
  if (!page.readerable && !page.selection) {
    notes.push({ id: 'page-text-notice', text: t('notePageText') });
  }
  if (page.truncated) {
    notes.push({
      id: 'first-part-notice',
      text: t(page.selection ? 'noteFirstPartSelection' : 'noteFirstPart'),
    });
  }
  return notes;
}

/**
 * What an actor's chip and its marks in the summary mean, for the tooltip and screen readers
 * (the chip's icon is not read): its type, its name, its mentions in the article, its aliases.
 */
function actorTitle(actor: Actor): string {
  const mentions = plural('mentionsInArticle', actor.count);
  const text = t('actorDescription', typeLabel(actor.type), actor.name, mentions);
  return actor.aliases.length ? t('actorAliases', text, actor.aliases.join(', ')) : text;
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
    actorTitles: analysis.actors.map(actorTitle),
    meta: {
      site: siteOf(page),
      date: dateOf(page),
      reading: readingTime(analysis.stats.readingMinutes),
    },
    figures: readingFigures(analysis.stats),
    notes: notesOf(page),
  };
}
