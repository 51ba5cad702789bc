import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../cli/dom';
import { measurePage, type PageTimes } from './measure';
import { timed } from './stats';

export { STAGES, type PageTimes, type Stage, type StageTimes } from './measure';

/** The benchmark's pages: `<id>.html.gz` under DIR/html (or DIR itself), sorted by name. */
export function listPages(dataDir: string): string[] {
  const htmlDir = readdirSync(dataDir).includes('html') ? join(dataDir, 'html') : dataDir;
  return readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
    .sort()
    .map((f) => join(htmlDir, f));
}

export function readPage(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** A page's id in the reports: its file name without `.html(.gz)`. */
export function pageId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.html(\.gz)?$/, '');
}

/**
 * Every stage of one page in Node: the DOM built by linkedom, timed on the wall and CPU clocks
 * (the shared measurement, scripts/bench/measure.ts).
 */
export function measurePageInNode(id: string, html: string, repeat: number): PageTimes {
  return measurePage(id, html, repeat, parseDocument, timed);
}
