import { describe, expect, it } from 'vitest';
import type { Actor, Sentence } from '@/core/types';
import { segmentSentence } from '@/lib/protocol/marks';

const actor = (name: string, type: Actor['type'], mentions: [number, number][]): Actor => ({
  name,
  type,
  aliases: [],
  count: mentions.length,
  mentions: mentions.map(([start, end]) => ({ start, end })),
  context: '',
  score: 1,
});

describe('segmentSentence', () => {
  // analysed text: "Intro.\n\nPutin met Kim in Pyongyang."
  const sentence: Sentence = {
    text: 'Putin met Kim in Pyongyang.',
    start: 8,
    end: 35,
    paragraph: 1,
  };

  it('marks mentions inside the sentence with their type, keeping every character', () => {
    const segments = segmentSentence(sentence, [
      actor('Putin', 'person', [[8, 13]]),
      actor('Kim Jong Un', 'person', [[18, 21]]),
      actor('Pyongyang', 'place', [[25, 34]]),
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(sentence.text);
    expect(segments.filter((s) => s.type).map((s) => [s.text, s.type, s.actor])).toEqual([
      ['Putin', 'person', 0],
      ['Kim', 'person', 1],
      ['Pyongyang', 'place', 2],
    ]);
  });

  it('ignores mentions outside the sentence and overlapping shorter ones', () => {
    const segments = segmentSentence(sentence, [
      actor('Intro', 'organization', [[0, 5]]),
      actor('Putin met', 'person', [[8, 17]]),
      actor('Putin', 'person', [[8, 13]]),
    ]);
    expect(segments).toEqual([
      { text: 'Putin met', type: 'person', actor: 1 },
      { text: ' Kim in Pyongyang.' },
    ]);
  });
});
