import { describe, expect, it } from 'vitest';
import type { Actor, Analysis } from '../../core/types';
import { renderActors, renderSummary } from '../../cli/render';

function actor(name: string, type: Actor['type'], count: number, aliases: string[] = []): Actor {
  return { name, type, aliases, count, mentions: [], context: '', score: count };
}

const analysis: Analysis = {
  title: 'A title',
  lang: 'en',
  text: 'One. Two.',
  summary: [
    { text: 'One.', start: 0, end: 4, paragraph: 0 },
    { text: 'Two.', start: 5, end: 9, paragraph: 0 },
  ],
  actors: [
    actor('Lisbon', 'place', 5),
    actor('Ana Duarte', 'person', 4, ['Duarte']),
    actor('Tagus Ports', 'organization', 2),
    actor('Rui Costa', 'person', 1),
  ],
  stats: { words: 2, sentences: 2, summaryWords: 2, readingMinutes: 1, summaryReadingSeconds: 1 },
};

describe('cli readable output', () => {
  it('numbers the summary under the title', () => {
    const lines = renderSummary(analysis).split('\n');
    expect(lines.slice(0, 4)).toEqual(['A title', '', '1. One.', '2. Two.']);
  });

  it('groups actors by type, in rank order, with counts and aliases', () => {
    expect(renderActors(analysis)).toBe(
      [
        'A title',
        '',
        'People',
        '  Ana Duarte ×4 (also: Duarte)',
        '  Rui Costa ×1',
        '',
        'Organisations',
        '  Tagus Ports ×2',
        '',
        'Places',
        '  Lisbon ×5',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to list', () => {
    expect(renderActors({ ...analysis, title: '', actors: [] })).toContain('(untitled)');
    expect(renderActors({ ...analysis, actors: [] })).toContain(
      'no people, organisations or places',
    );
    expect(renderSummary({ ...analysis, summary: [] })).toContain('no sentences');
  });
});
