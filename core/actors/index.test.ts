import { describe, expect, it } from 'vitest';
import { fromPlainText } from '../text/source-text';
import { splitSentences } from '../text/sentences';
import type { Actor } from '../types';
import { findActors, MAX_ACTOR_TEXT } from './index';

function actorsOf(text: string, title = '', lang = 'en'): Actor[] {
  const source = fromPlainText(text);
  return findActors(source, splitSentences(source, lang), { title, lang });
}

const byName = (actors: readonly Actor[], name: string): Actor | undefined =>
  actors.find((a) => a.name === name || a.aliases.includes(name));

describe('findActors', () => {
  it('finds people, organisations and places with one offset pair per mention', () => {
    const text =
      'Foreign Minister Sergei Lavrov met executives of Barrick Gold Corp in Moscow on Monday. Lavrov said Barrick would stay.';
    const actors = actorsOf(text);
    const lavrov = byName(actors, 'Sergei Lavrov');
    expect(lavrov).toMatchObject({ type: 'person', count: 2, aliases: ['Lavrov'] });
    expect(lavrov?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Sergei Lavrov',
      'Lavrov',
    ]);
    expect(byName(actors, 'Barrick Gold Corp')).toMatchObject({ type: 'organization', count: 2 });
    expect(byName(actors, 'Moscow')).toMatchObject({ type: 'place' });
    expect(byName(actors, 'Monday')).toBeUndefined();
    expect(byName(actors, 'Foreign Minister')).toBeUndefined();
  });

  it('strips possessives from mentions but keeps them as aliases', () => {
    const text = "Putin’s visit began. Later, Putin's aides spoke and Putin left.";
    const putin = byName(actorsOf(text), 'Putin');
    expect(putin?.count).toBe(3);
    expect(putin?.aliases).toEqual(expect.arrayContaining(['Putin’s', "Putin's"]));
    for (const m of putin?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe('Putin');
  });

  it('merges "US", "U.S." and "United States" into one place', () => {
    const actors = actorsOf('The United States objected. US officials and U.S. diplomats agreed.');
    const us = actors.filter((a) => a.name === 'United States');
    expect(us).toHaveLength(1);
    expect(us[0]).toMatchObject({ type: 'place', count: 3 });
  });

  it('folds an acronym into the organisation it abbreviates', () => {
    const actors = actorsOf(
      'The International Atomic Energy Agency sent inspectors. The IAEA said the site was closed.',
    );
    const agency = byName(actors, 'IAEA');
    expect(agency).toMatchObject({
      name: 'International Atomic Energy Agency',
      type: 'organization',
      count: 2,
    });
  });

  it('finds "the Kremlin" as an organisation', () => {
    expect(
      byName(actorsOf('The Kremlin has described the visit as friendly.'), 'Kremlin'),
    ).toMatchObject({
      type: 'organization',
    });
  });

  it('never merges two people who share a surname, nor a person with a place named after him', () => {
    const actors = actorsOf(
      'Bill Clinton met Hillary Clinton in Little Rock. Clinton said nothing. Kim Jong Un visited Kim Il Sung Square, and Kim waved.',
    );
    const bill = byName(actors, 'Bill Clinton');
    const hillary = byName(actors, 'Hillary Clinton');
    expect(bill).toBeDefined();
    expect(hillary).toBeDefined();
    expect(bill).not.toBe(hillary);
    expect(bill?.aliases).not.toContain('Clinton');
    expect(hillary?.aliases).not.toContain('Clinton');
    const kim = byName(actors, 'Kim Jong Un');
    expect(kim?.aliases).toContain('Kim');
    expect(kim?.aliases).not.toContain('Kim Il Sung Square');
    expect(byName(actors, 'Kim Il Sung Square')?.type).toBe('place');
  });

  it('types buildings named by their last word as places, not people', () => {
    const actors = actorsOf(
      'The leaders met at the Kumsusan Guesthouse on Wednesday. Later Lenin Mausoleum was closed.',
    );
    expect(byName(actors, 'Kumsusan Guesthouse')?.type).toBe('place');
    expect(byName(actors, 'Lenin Mausoleum')?.type).toBe('place');
  });

  it('drops nationality words and sentence-opening common words', () => {
    const actors = actorsOf('Police said North Korean and Russian officials met. The talks ended.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('ranks by salience: more mentions, earlier, in the title', () => {
    const text = 'Anna Berg met Tom Weiss in Oslo. Weiss spoke. Weiss left. Berg stayed.';
    const actors = actorsOf(text, 'Weiss visits Oslo');
    expect(actors[0]?.name).toBe('Tom Weiss');
    expect(actors.map((a) => a.name)).toContain('Anna Berg');
    expect(actors[0]?.context).toBe('Anna Berg met Tom Weiss in Oslo.');
    for (let i = 1; i < actors.length; i++) {
      expect((actors[i - 1] as Actor).score).toBeGreaterThanOrEqual((actors[i] as Actor).score);
    }
  });

  it('reads a town as its club in sports news, but not after "in"; a dateline is no actor', () => {
    const text =
      'LONDON 1996-08-30\nSurrey beat Kent by five wickets in the county championship match in Canterbury. Kent scored 214 runs and Surrey reached 215 for five in their innings.';
    const actors = actorsOf(text);
    expect(byName(actors, 'Surrey')?.type).toBe('organization');
    expect(byName(actors, 'Kent')?.type).toBe('organization');
    expect(byName(actors, 'Canterbury')?.type).toBe('place');
    expect(byName(actors, 'LONDON')).toBeUndefined();
  });

  it('folds a team nickname into the full club name', () => {
    const actors = actorsOf(
      'The New York Yankees beat the Boston Red Sox. The Yankees won and the Red Sox lost.',
    );
    expect(byName(actors, 'New York Yankees')).toMatchObject({ type: 'organization', count: 2 });
    expect(byName(actors, 'Red Sox')).toMatchObject({ name: 'Boston Red Sox', count: 2 });
  });

  it('finds names in ALL-CAPS and Title Case headlines by the word lists, not by the capitals', () => {
    const actors = actorsOf(
      'SOCCER - JAPAN GET LUCKY WIN\n\nPutin Lands In Pyongyang As Russia Deepens Ties\n\nThe team from Japan won.',
    );
    expect(actors.map((a) => a.name).sort()).toEqual(['Japan', 'Putin', 'Pyongyang', 'Russia']);
  });

  it('reads only the first part of a huge text, with offsets still into the whole text', () => {
    const paragraph = 'Angela Merkel met Emmanuel Macron in Berlin. Merkel spoke first.\n\n';
    const text = paragraph.repeat(Math.ceil((2 * MAX_ACTOR_TEXT) / paragraph.length));
    const merkel = byName(actorsOf(text), 'Angela Merkel');
    expect(merkel?.count).toBeGreaterThan(0);
    const last = merkel?.mentions[merkel.mentions.length - 1];
    expect(last?.end).toBeLessThanOrEqual(MAX_ACTOR_TEXT);
    expect(['Angela Merkel', 'Merkel']).toContain(text.slice(last?.start, last?.end));
  });

  it('keeps only listed or clearly marked names in a language that capitalises every noun', () => {
    const text =
      'Die Regierung in Berlin hat am Montag Bundeskanzlerin Angela Merkel getroffen. Die Wirtschaft wächst.';
    const names = actorsOf(text, '', 'de').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Berlin', 'Angela Merkel']));
    expect(names).not.toContain('Regierung');
    expect(names).not.toContain('Wirtschaft');
  });

  it('never takes a pronoun or verb with a clitic for a name, whatever the apostrophe', () => {
    const text =
      'I’m told the ferry is late again. I’ve waited since noon, said Dana Whitlock. ' +
      "I'd rather walk. We're used to it. Don’t blame the crew, Whitlock added. " +
      'I’m sure of it, and I’ve said so, Whitlock said. They’ll fix it.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toEqual(['Dana Whitlock']);
  });

  it('returns nothing for empty text', () => {
    expect(actorsOf('')).toEqual([]);
  });
});
