/**
 * Does each cleanup step help broadly, or only on a page or two? core/extract is run with one
 * step left out at a time; for each step: the shingle F1 without it, and on how many pages it
 * helps or hurts (shingle F1 difference beyond 0.001).
 */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../core/extract';
import { BLOCK_RULES, LIST_STEPS } from '../../core/extract/clutter';
import { PARAGRAPH_SEPARATOR } from '../../core/text/source-text';
import { shingleAggregate, shingleCounts, shinglePage, type Counts } from './metrics';
import { loadPages } from './run';

export interface StepEffect {
  step: string;
  /** Shingle F1 of core/extract without this step. */
  f1Without: number;
  /** Full F1 minus F1 without the step: what the step adds. */
  gain: number;
  pagesHelped: number;
  pagesHurt: number;
}

export const STEPS = ['prepare', ...BLOCK_RULES.map((r) => r.name), ...LIST_STEPS];

function scores(pages: ReturnType<typeof loadPages>, skip: readonly string[]): Counts[] {
  return pages.map((page) => {
    const doc = parseHTML(page.html).document as unknown as Document;
    const text = extractArticle(doc, { skip })
      .paragraphs.map((p) => p.text)
      .join(PARAGRAPH_SEPARATOR);
    return shingleCounts(page.gold, text);
  });
}

export function ablate(dataDir: string): { f1: number; steps: StepEffect[] } {
  const pages = loadPages(dataDir);
  const full = scores(pages, []);
  const fullF1 = shingleAggregate(full).f1;
  const steps = STEPS.map((step) => {
    const without = scores(pages, [step]);
    const diffs = without.map((c, i) => {
      const reference = full[i];
      return reference ? shinglePage(reference).f1 - shinglePage(c).f1 : 0;
    });
    const f1Without = shingleAggregate(without).f1;
    return {
      step,
      f1Without,
      gain: fullF1 - f1Without,
      pagesHelped: diffs.filter((d) => d > 0.001).length,
      pagesHurt: diffs.filter((d) => d < -0.001).length,
    };
  });
  return { f1: fullF1, steps };
}
