import { describe, expect, it } from 'vitest';
import { clutterKind } from './candidates';

describe('clutterKind', () => {
  it('keeps ordinary sentences in any script', () => {
    expect(clutterKind('The council approved the new budget on Tuesday evening.')).toBeNull();
    expect(clutterKind('Der Stadtrat hat den Haushalt am Dienstag beschlossen.')).toBeNull();
    expect(clutterKind('市議会は火曜日に新しい予算を承認しました。')).toBeNull();
    // A dateline or an acronym with a colon inside is not a notice label.
    expect(clutterKind('LONDON (AP) — The council approved the new budget on Tuesday.')).toBeNull();
    expect(clutterKind('The NHS: a service the council says it cannot fund alone.')).toBeNull();
    // A question long enough to say something is a sentence like any other.
    expect(
      clutterKind('Can the council pay for the new bridge without raising the harbour fees?'),
    ).toBeNull();
  });

  it.each([
    ['No wonder.', 'fragment'],
    ['Scroll down for video', 'fragment'],
    ['Was this review helpful?', 'question'],
    ['So what does the council do now?', 'question'],
    ['¿Te ha resultado útil esta reseña?', 'question'],
    ['Read more: Ten things the council did not tell you about the budget this year', 'link'],
    ['Lesen Sie auch: Was der Haushalt für Familien bedeutet und warum das wichtig ist.', 'link'],
    ['Published: 10:02 EST, 3 April 2015 | Updated: 11:40 EST, 3 April 2015', 'timestamp'],
    ['By Jane Doe and John Roe, Political Correspondents', 'fragment'],
    ['By Jane Doe and John Roe, Political Correspondents in the capital.', 'credit'],
    ['16-inch laptop keyboard with the new scissor switches via iFixit', 'fragment'],
    ['Photo: Jane Doe for the agency, all rights reserved here.', 'credit'],
    ['More details are available at https://example.org/budget today.', 'url'],
    ['@someone #budget #council #vote #news #city #river #bridge.', 'url'],
    ['BREAKING NEWS FROM THE CITY COUNCIL TONIGHT ABOUT THE BRIDGE.', 'shouting'],
    [
      'ATENÇÃO: comentários ofensivos ou sem relação com a notícia não serão publicados.',
      'shouting',
    ],
    ['NOTE: Prices and availability of the deals below may change at any time today.', 'shouting'],
  ])('drops %j as %s', (text, kind) => {
    expect(clutterKind(text)).toBe(kind);
  });
});
