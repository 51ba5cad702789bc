import { describe, expect, it } from 'vitest';
import { fromPlainText } from '../text/source-text';
import { splitSentences } from '../text/sentences';
import type { Actor } from '../types';
import { findActors } from './index';

/** Errors readers met on real English pages, each rebuilt from made-up sentences. */
function actorsOf(text: string, lang = 'en'): Actor[] {
  const source = fromPlainText(text);
  return findActors(source, splitSentences(source, lang), { lang });
}

const named = (actors: readonly Actor[]): string[] => actors.map((a) => `${a.name}:${a.type}`);

describe('findActors on what real pages write', () => {
  it('keeps two listed places joined by "and" after an office "for" apart', () => {
    const text =
      '“Release them now,” said Dana Whitfield, Research Director for the Middle East and North ' +
      'Africa at Amnesty International.';
    const actors = named(actorsOf(text));
    expect(actors).toEqual(
      expect.arrayContaining(['Middle East:place', 'North Africa:place', 'Dana Whitfield:person']),
    );
    expect(actors.some((a) => a.startsWith('Middle East and'))).toBe(false);
  });

  it('reads a surname shaped as a nationality after a given name as part of the name', () => {
    const actors = named(
      actorsOf(
        'The label has signed Kanye West and Kim Vardanian - both of whom Lena Morris has ' +
          'feuded with. Later the Brazilian striker met Peter at the Russian embassy.',
      ),
    );
    expect(actors).toContain('Kim Vardanian:person');
    expect(actors).not.toContain('Kim:person');
    // A listed nationality still ends a name.
    expect(actors.some((a) => a.includes('Brazilian') || a.includes('Russian'))).toBe(false);
  });

  it('keeps a word used alone again and again before a full name holding it apart from that name', () => {
    const text =
      'Before Zorath split into two schools, Zorath was whole. Zorath had one rite. In the age of ' +
      'Rasul Zorath the faith was complete. Zorath spread east.';
    const actors = actorsOf(text);
    expect(actors.some((a) => a.type === 'person' && a.aliases.includes('Zorath'))).toBe(false);
    expect(actors.find((a) => a.name === 'Zorath')?.type).not.toBe('person');
    // A surname after the full name still joins it, and so does one caption use before it.
    const later = actorsOf(
      'Kita and Okada smiled. The buyers were Tsuneo Kita and Naotoshi Okada. Mr Kita spoke. ' +
        'Mr Kita left.',
    );
    expect(later.find((a) => a.name === 'Tsuneo Kita')?.aliases).toContain('Kita');
  });

  it("reads a name before a sequel's number and a comma or a subtitle as a work, no actor", () => {
    const text =
      'The catalogue is thin: it offers Zentara 2, Hollow Crest 3, and Vantor Saga, among others. ' +
      'Fans of Vantor Saga liked it. Many played Titan: Last Battle 2, Zentara 2: The Collection and Hollow ' +
      'Crest 3: Ember Edition with the NBA team. Zentara is still the favourite of the Zentara ' +
      'fans.';
    const actors = named(actorsOf(text));
    expect(actors.some((a) => a.startsWith('Zentara') || a.startsWith('Hollow Crest'))).toBe(false);
    // A score line opens its line; a box score goes on in words.
    const scores = named(
      actorsOf(
        'Northgate Rovers beat Eastfield United on Saturday.\nNorthgate Rovers 2, Eastfield United 1\n' +
          'Harbor Kings 3, Eastfield United 2: Okafor scored twice for the Kings.\n' +
          'Northgate Rovers: Okafor 2 goals. Eastfield United: Lindqvist 1 goal.',
      ),
    );
    expect(scores).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Northgate Rovers:/),
        expect.stringMatching(/^Eastfield United:/),
      ]),
    );
  });
});
