/**
 * Popup time by real toolbar clicks on the seed article: navigation start → DOMContentLoaded →
 * summary on screen (the view's `nutshell:summary-shown` mark), for a first open (a URL not yet
 * cached: inject, extract, analyse) and a reopen (per-tab cache). Prints medians; not a test.
 *
 *   npm run build && npx tsx tests/e2e/measure-popup.ts [runs]
 */
import { resolve } from 'node:path';
import { clickToolbarButton, launchWithExtension, serveFile, type PopupTarget } from './harness';

const runs = Number(process.argv[2] ?? 8);
const server = await serveFile(resolve('../shared/fixtures/pyongyang-visit/page.html'));
const browser = await launchWithExtension();
const page = await browser.context.newPage();
let popup: PopupTarget | undefined;

async function open(): Promise<{ dcl: number; shown: number }> {
  await popup?.close();
  popup = await clickToolbarButton(browser, page);
  await popup.waitFor<number>(
    'the summary',
    `performance.getEntriesByName('nutshell:summary-shown')[0]?.startTime ?? null`,
  );
  const [dcl, shown] = await popup.evaluate<[number, number]>(
    `[performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      performance.getEntriesByName('nutshell:summary-shown')[0].startTime]`,
  );
  return { dcl, shown };
}

const first: { dcl: number; shown: number }[] = [];
const again: { dcl: number; shown: number }[] = [];
try {
  for (let i = 0; i < runs; i++) {
    await page.goto(`${server.url}?run=${i}`); // a new URL: not in the cache
    first.push(await open());
    again.push(await open());
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const [label, rows] of [
  ['first open', first],
  ['reopen    ', again],
] as const) {
  console.log(
    `${label}  nav→DOMContentLoaded ${median(rows.map((r) => r.dcl)).toFixed(0)} ms` +
      `  DOMContentLoaded→summary ${median(rows.map((r) => r.shown - r.dcl)).toFixed(0)} ms` +
      `  nav→summary ${median(rows.map((r) => r.shown)).toFixed(0)} ms  (median of ${rows.length})`,
  );
}
