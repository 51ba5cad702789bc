import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from '../../scripts/eval/bootstrap';
import { rougeLsum, rougeN, rougeTokens, scoreSummary } from '../../scripts/eval/rouge';

describe('ROUGE (scripts/eval/rouge.ts)', () => {
  it('tokenises like rouge-score: lowercase, [a-z0-9] only, Porter stems for tokens > 3 chars', () => {
    expect(rougeTokens("The U.S. cats' running-shoes, 2015!")).toEqual([
      'the',
      'u',
      's',
      'cat',
      'run',
      'shoe',
      '2015',
    ]);
    expect(rougeTokens('running', false)).toEqual(['running']);
  });

  it('clips n-gram overlap', () => {
    const r = rougeN(['a', 'a', 'a', 'b'], ['a', 'b', 'c'], 1);
    expect(r.precision).toBeCloseTo(2 / 4);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(rougeN(['a', 'b'], ['a', 'b'], 2).f).toBe(1);
    expect(rougeN(['a', 'b'], ['b', 'a'], 2).f).toBe(0);
  });

  it("reproduces Lin (2004)'s union-LCS example (recall 0.8)", () => {
    const ref = [['w1', 'w2', 'w3', 'w4', 'w5']];
    const can = [
      ['w1', 'w2', 'w6', 'w7', 'w8'],
      ['w1', 'w3', 'w8', 'w9', 'w5'],
    ];
    expect(rougeLsum(can, ref).recall).toBeCloseTo(0.8);
  });

  it('splits the reference into sentences on newlines for ROUGE-Lsum', () => {
    const s = scoreSummary(
      ['Police found the car.', 'The man fled.'],
      'The man fled.\nPolice found the car.',
    );
    expect(s.rouge1.f).toBe(1);
    expect(s.rougeLsum.f).toBe(1);
    expect(s.rouge2.f).toBeLessThan(1);
  });

  it('bootstrap intervals are seeded and bracket the mean', () => {
    const values = Array.from({ length: 50 }, (_, i) => (i % 7) / 7);
    const a = bootstrapInterval(values);
    expect(bootstrapInterval(values)).toEqual(a);
    expect(a.low).toBeLessThan(a.mean);
    expect(a.high).toBeGreaterThan(a.mean);
  });
});
