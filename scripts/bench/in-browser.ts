/**
 * The benchmark's entry in a real Chromium page (bundled at bench time by scripts/bench/chromium.ts):
 * the same per-page measurement as in Node (scripts/bench/measure.ts), on a DOM that Chromium's
 * own parser builds (DOMParser runs no script and loads nothing), timed by performance.now().
 */
import { measurePage, wallMeter, type PageTimes } from './measure';

export interface BrowserBench {
  measurePage(id: string, html: string, repeat: number): PageTimes;
}

/** The global the bundle sets, through which the bench calls it. */
export interface BenchWindow {
  nutshellBench: BrowserBench;
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

(globalThis as unknown as BenchWindow).nutshellBench = {
  measurePage: (id, html, repeat) => measurePage(id, html, repeat, parse, wallMeter),
};
