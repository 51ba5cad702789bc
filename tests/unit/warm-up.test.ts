import { describe, expect, it, vi } from 'vitest';

describe("the worker's warm-up", () => {
  it('runs the whole analysis (summary and actors) once, and nothing after', async () => {
    vi.resetModules();
    const pipeline = await import('@/core/pipeline');
    const analyse = vi.spyOn(pipeline, 'analyzeArticle');
    const { warmUpAnalysis } = await import('@/lib/worker/warm-up');
    warmUpAnalysis();
    warmUpAnalysis();
    expect(analyse).toHaveBeenCalledTimes(1);
    const analysis = analyse.mock.results[0]?.value as ReturnType<typeof pipeline.analyzeArticle>;
    // Names of all three kinds, so the first real page finds every lexicon built.
    expect(new Set(analysis.actors.map((a) => a.type))).toEqual(
      new Set(['person', 'organization', 'place']),
    );
    expect(analysis.summary.length).toBeGreaterThan(0);
  });
});
