import { runInNewContext } from 'node:vm';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { bundleForBrowser } from '../../scripts/bench/chromium';
import type { BenchWindow } from '../../scripts/bench/in-browser';
import { measurePage, STAGES, type Meter, type PageTimes } from '../../scripts/bench/measure';
import { timed } from '../../scripts/bench/stats';

/**
 * The benchmark's per-page measurement, shared by Node and Chromium (scripts/bench/measure.ts):
 * that it runs every stage through the parse function and the clock it is given, and keeps each
 * stage's fastest run. No timing is asserted: fake clocks give fixed times.
 */
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan</title></head><body><article>
<h1>Harbour plan</h1>
<p>Maria Keller, the mayor of Portsmouth, said on Monday that the harbour would be rebuilt by 2030.
The council will pay for most of the work, and the government in London has promised the rest.</p>
<p>Local fishermen welcomed the plan. Tom Baker, who has fished there for thirty years, said the old
walls had been failing for a decade and that boats were damaged in every winter storm.</p>
<p>The work starts next spring. Keller said the town would hold public meetings before then.</p>
</article></body></html>`;

/** Calls per run: parse, readability, extract, sentences, summary, actors, analysis. */
const TIMED_CALLS = 7;

/** A fake clock: every call takes `ms(run)` where `run` counts the runs of a page from 0. */
function fakeMeter(ms: (run: number) => number, cpu: boolean): Meter {
  let calls = 0;
  return (fn) => {
    const result = fn();
    const wall = ms(Math.floor(calls++ / TIMED_CALLS));
    return { result, wall, cpu: cpu ? wall * 2 : null };
  };
}

function expectEveryStage(times: PageTimes['wall'], each: number): void {
  for (const stage of STAGES) {
    expect(times[stage], stage).toBe(stage === 'pipeline' ? 2 * each : each);
  }
}

describe('bench measurement (scripts/bench/measure.ts)', () => {
  it('runs every stage through the given parse function, once per run', () => {
    const parsed: string[] = [];
    const parse = (html: string) => {
      parsed.push(html);
      return parseDocument(html);
    };
    const page = measurePage(
      'p',
      PAGE,
      3,
      parse,
      fakeMeter(() => 4, false),
    );
    expect(parsed).toEqual([PAGE, PAGE, PAGE]);
    expect(page.id).toBe('p');
    expect(page.words).toBeGreaterThan(50);
    expectEveryStage(page.wall, 4);
    expect(page.cpu).toBeNull();
  });

  it("keeps each stage's fastest run, on the wall and the CPU clock", () => {
    const page = measurePage(
      'p',
      PAGE,
      3,
      parseDocument,
      fakeMeter((run) => [9, 3, 6][run] ?? 0, true),
    );
    expectEveryStage(page.wall, 3);
    expect(page.cpu).not.toBeNull();
    if (page.cpu) expectEveryStage(page.cpu, 6);
  });

  it('gives real times on the Node clocks', () => {
    const page = measurePage('p', PAGE, 1, parseDocument, timed);
    for (const stage of STAGES) {
      expect(Number.isFinite(page.wall[stage]), stage).toBe(true);
      expect(Number.isFinite(page.cpu?.[stage]), stage).toBe(true);
    }
    expect(page.wall.pipeline).toBeCloseTo(page.wall.extract + page.wall.analysis, 6);
  });

  it('bundles for a web page (no Node module) and measures there through DOMParser', async () => {
    const script = await bundleForBrowser();
    // A bare context stands in for the page: linkedom's DOMParser in place of Chromium's.
    const page = { DOMParser: LinkedomParser, performance } as Record<string, unknown>;
    runInNewContext(script, page);
    const bench = (page as unknown as BenchWindow).nutshellBench;
    const times = bench.measurePage('p', PAGE, 2);
    expect(times.words).toBeGreaterThan(50);
    expect(times.cpu).toBeNull();
    for (const stage of STAGES) expect(Number.isFinite(times.wall[stage]), stage).toBe(true);
  }, 30_000);
});
