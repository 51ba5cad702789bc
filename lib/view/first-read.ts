/**
 * The popup's first reading, asked for before anything renders (the popup's 150 ms target): as soon
 * as the popup knows its tab, with the summary length it last saw, so that neither the first
 * render nor the settings read (storage.sync, 5-10 ms) delays the worker's reading.
 */
import type { SummaryLength } from '@/core/types';
import { readSettings } from '@/lib/storage/settings-reader';
import { DEFAULT_SETTINGS, LENGTHS } from '@/lib/storage/settings-schema';
import { readTabPage, type Settled } from '@/lib/view/read-tab-page';

/** The reader's length from the settings, read as soon as the view's code loads. */
export const initialLength: Promise<SummaryLength> = readSettings()
  .then((s) => s.length)
  .catch(() => DEFAULT_SETTINGS.length);

/**
 * The last length the popup saw in the settings, kept in the extension's own localStorage (read
 * synchronously; docs/storage.md). Only a hint for the first request: the settings stay the
 * truth, and a hint they contradict costs one more request, never a wrong summary.
 */
const LENGTH_HINT = 'nutshell:length-hint';

function lengthHint(): SummaryLength | null {
  try {
    const hint = localStorage.getItem(LENGTH_HINT);
    return LENGTHS.find((length) => length === hint) ?? null;
  } catch {
    return null; // no localStorage (a worker, a test): wait for the settings
  }
}

/** Keeps the hint up to date: at every open, and when the reader changes the length. */
export function rememberLength(length: SummaryLength): void {
  try {
    localStorage.setItem(LENGTH_HINT, length);
  } catch {
    // Only a hint.
  }
}

void initialLength.then(rememberLength);

/** How long the popup stays blank while its first reading has not answered. */
const FIRST_FRAME_WAIT_MS = 150;

interface FirstRead {
  tabId: number;
  url: string | undefined;
  length: SummaryLength;
  view: Promise<Settled>;
}

let firstRead: Promise<FirstRead> | null = null;

/**
 * Asks for the page of the popup's tab now. The view's first load takes this answer when it is
 * for the same tab, page and length (`takeFirstRead`). Resolves when the answer is in, or after
 * FIRST_FRAME_WAIT_MS: the popup renders once, with the summary, since a "Reading the page…"
 * frame drawn just before the answer would only hold it up (render, style, layout and paint on
 * the popup's one thread); a reading that takes longer shows that frame.
 */
export async function readBeforeRender(
  tab: { id?: number; url?: string } | undefined,
): Promise<unknown> {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  const url = tab?.url;
  const hint = lengthHint();
  // Shown once the settings are read too (they were asked for first, and rarely take longer):
  // the view then opens with the reader's actor types and colours.
  const start = (length: SummaryLength): FirstRead => ({
    tabId,
    url,
    length,
    view: readTabPage(tabId, url, length, false).then((view) => initialLength.then(() => view)),
  });
  firstRead = hint ? Promise.resolve(start(hint)) : initialLength.then(start);
  return Promise.race([
    firstRead.then((first) => first.view),
    new Promise((wait) => setTimeout(wait, FIRST_FRAME_WAIT_MS)),
  ]);
}

/** The early answer for this request, taken once; null when there is none or it is for another. */
export async function takeFirstRead(
  tabId: number,
  url: string | undefined,
  length: SummaryLength,
): Promise<Settled | null> {
  const pending = firstRead;
  firstRead = null;
  const first = await pending;
  if (!first || first.tabId !== tabId || first.url !== url || first.length !== length) return null;
  return first.view;
}
