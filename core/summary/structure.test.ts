import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import { fromParagraphs } from '../text/source-text';
import type { Paragraph } from '../types';
import { summarize } from './index';
import { repeatsHeadline } from './structure';

const TITLE = 'Harbour town votes to close its old ferry pier';

/** A story as extraction gives it: headline, highlights box, body with a section heading. */
const STORY: Paragraph[] = [
  { kind: 'heading', text: TITLE },
  { kind: 'list-item', text: 'Councillors vote seven to two to close the pier next spring' },
  { kind: 'list-item', text: 'A new landing stage will be built beside the lifeboat station' },
  {
    kind: 'paragraph',
    text: 'Harbour town votes to close its old ferry pier. The council of Tarnwick voted on Tuesday to close the ferry pier, which has served the island crossing for ninety years.',
  },
  {
    kind: 'paragraph',
    text: 'Engineers found last winter that two of the pier’s iron columns had rusted through. Repairs would cost more than a new landing stage, the council said.',
  },
  { kind: 'heading', text: 'What the ferry company says about the new landing stage plans' },
  {
    kind: 'paragraph',
    text: 'The ferry company welcomed the decision. Its crossings will run from a temporary pontoon until the new landing stage opens in the autumn.',
  },
  { kind: 'list-item', text: 'Share this story on social media with your friends today' },
  {
    kind: 'paragraph',
    text: 'Some fishermen fear the new landing stage will take moorings from their boats. The harbour master said no mooring would be lost.',
  },
];

function summaryOf(paragraphs: Paragraph[], sentences = 6) {
  const source = fromParagraphs(paragraphs);
  return summarize(source, splitSentences(source, 'en'), {
    lang: 'en',
    title: TITLE,
    sentences,
  }).map((s) => s.text);
}

describe('what the page structure rules out of a summary', () => {
  it('never takes a section heading, the headline again, or a list label', () => {
    const summary = summaryOf(STORY);
    expect(summary.length).toBe(6);
    expect(summary).not.toContain('What the ferry company says about the new landing stage plans');
    expect(summary.some((s) => repeatsHeadline(s, TITLE))).toBe(false);
    expect(summary).not.toContain('Share this story on social media with your friends today');
  });

  it('lets only the first line of the highlights box in, as the lede', () => {
    const summary = summaryOf(STORY);
    expect(summary).not.toContain('A new landing stage will be built beside the lifeboat station');
    const lede = 'Councillors vote seven to two to close the pier next spring';
    if (summary.includes(lede)) expect(summary[0]).toBe(lede);
  });

  it('knows the headline with a site name after it, and not a sentence that only starts alike', () => {
    expect(
      repeatsHeadline(
        'Harbour town votes to close its old ferry pier.',
        `${TITLE} - Tarnwick Gazette`,
      ),
    ).toBe(true);
    expect(repeatsHeadline('Harbour town votes.', TITLE)).toBe(false);
  });
});
