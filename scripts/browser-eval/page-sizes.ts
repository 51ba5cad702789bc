/**
 * npx tsx scripts/browser-eval/page-sizes.ts [--data DIR]
 *
 * How big real news pages are as the page budget counts them (lib/page/page-budget.ts): each page
 * of the extraction benchmark live in Chromium (scripts running, other hosts refused), measured
 * by the budget's own code: visible characters (whitespace runs as one), elements, depth, and the
 * visible character at which the article's last words (from the ground truth) stand. The figures
 * the budget's limits are set from (docs/extension.md, "Page budget").
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import {
  CHROMIUM,
  html,
  IGNORE_CERTIFICATES,
  QUIET_SWITCHES,
  serve,
} from '../../tests/e2e/harness';
import { argument } from '../bench/args';
import { percentile } from '../bench/stats';
import { defaultExtractionDir } from '../extraction-eval/data-dir';
import { tokenize } from '../extraction-eval/metrics';
import { loadPages } from '../extraction-eval/run';
import type { SizeWindow } from './in-page';
import { ONLY_LOOPBACK } from './run';

/** The visible-character offset where the article's last 6 words end, or -1 when not found. */
function articleEnd(text: string, gold: string): number {
  const goldWords = tokenize(gold);
  const words: { word: string; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}_]+/gu))
    words.push({ word: m[0], end: (m.index ?? 0) + m[0].length });
  const index = new Map<string, number[]>();
  words.forEach((w, i) => index.set(w.word, [...(index.get(w.word) ?? []), i]));
  for (let last = goldWords.length; last >= 6; last--) {
    const tail = goldWords.slice(last - 6, last);
    for (const i of [...(index.get(tail[0] as string) ?? [])].reverse()) {
      if (tail.every((t, k) => words[i + k]?.word === t)) return words[i + 5]?.end ?? -1;
    }
  }
  return -1;
}

const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('./in-page.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) },
});
const script = outputFiles[0]?.text ?? '';
const pages = loadPages(argument('data') ?? defaultExtractionDir());
const routes = Object.fromEntries(pages.map((p) => [`/${p.id}.html`, html(p.html)]));
const server = await serve(routes, { https: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...QUIET_SWITCHES, ONLY_LOOPBACK, IGNORE_CERTIFICATES],
});
const rows: {
  id: string;
  chars: number;
  elements: number;
  deepest: number;
  end: number;
  unhidden: number;
  raw: number;
  nodes: number;
}[] = [];
try {
  const page = await browser.newPage();
  for (const p of pages) {
    await page
      .goto(`${server.url}/${p.id}.html`, { waitUntil: 'load', timeout: 10_000 })
      .catch(() => undefined);
    try {
      await page.addScriptTag({ content: script });
      const s = await page.evaluate(() => (globalThis as unknown as SizeWindow).nutshellSizes());
      rows.push({
        id: p.id,
        chars: s.visible.chars,
        elements: s.visible.elements,
        deepest: s.visible.deepest,
        end: articleEnd(s.visible.text, p.gold),
        unhidden: s.unhidden.chars,
        raw: s.raw.chars,
        nodes: s.raw.nodes,
      });
    } catch (error) {
      console.error(`${p.id.slice(0, 12)}: ${(error as Error).message.slice(0, 100)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const col = (pick: (r: (typeof rows)[number]) => number) => {
  const xs = rows.map(pick).filter((x) => x >= 0);
  return `${percentile(xs, 50)} / ${percentile(xs, 95)} / ${Math.max(...xs)}`;
};
console.log(`${rows.length} pages live in Chromium; median / p95 / max\n`);
console.log('| measure | median / p95 / max |\n|---|---|');
console.log(
  `| raw text characters (every text node: scripts, styles, indentation) | ${col((r) => r.raw)} |`,
);
console.log(`| nodes of the body | ${col((r) => r.nodes)} |`);
console.log(
  `| visible characters, whitespace runs as one (not hidden-tested) | ${col((r) => r.unhidden)} |`,
);
console.log(
  `| visible characters, hidden text left out (the budget's count) | ${col((r) => r.chars)} |`,
);
console.log(`| where the article's last words stand, in those characters | ${col((r) => r.end)} |`);
console.log(`| elements the budget counts | ${col((r) => r.elements)} |`);
console.log(`| depth | ${col((r) => r.deepest)} |`);
console.log(`\narticle end not found on ${rows.filter((r) => r.end < 0).length} pages`);
const hiddenLoss = rows.filter((r) => r.unhidden > 0 && r.chars < 0.5 * r.unhidden);
console.log(
  `pages where the hidden test leaves out over half the text: ${hiddenLoss.map((r) => r.id.slice(0, 8)).join(', ') || 'none'}`,
);
