import { describe, expect, it } from 'vitest';
import { readConll } from '../../scripts/entities/conll';
import { emptyTally, prf, tallyStrict, tallyUnique } from '../../scripts/entities/score';

const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'Phil NNP B-NP B-PER',
  'Simmons NNP I-NP I-PER',
  "'s POS B-NP O",
  'team NN I-NP O',
  '( ( O O',
  'Leicestershire NNP B-NP B-ORG',
  ') ) O O',
  'won VBD B-VP O',
  'in IN B-PP O',
  'London NNP B-NP B-LOC',
  '. . O O',
  '',
  '" " O O',
  'West NNP B-NP B-MISC',
  'Indian NNP I-NP I-MISC',
  '" " O O',
  ', , O O',
  'Simmons NNP B-NP B-PER',
  'said VBD B-VP O',
  '. . O O',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Paris NNP B-NP B-LOC',
  '',
].join('\n');

describe('CoNLL reading and entity scoring', () => {
  const docs = readConll(SAMPLE);

  it('rebuilds text with the documented spacing and keeps gold spans as character offsets', () => {
    expect(docs).toHaveLength(2);
    const [first] = docs;
    expect(first?.text).toBe(
      'Phil Simmons\'s team (Leicestershire) won in London.\n"West Indian", Simmons said.',
    );
    expect(first?.tokenCount).toBe(19);
    const spans = first?.gold.map((g) => [g.type, first.text.slice(g.start, g.end)]);
    expect(spans).toEqual([
      ['PER', 'Phil Simmons'],
      ['ORG', 'Leicestershire'],
      ['LOC', 'London'],
      ['MISC', 'West Indian'],
      ['PER', 'Simmons'],
    ]);
  });

  it('scores strict spans per type, MISC left out, a wrong type or span a false positive', () => {
    const doc = docs[0];
    if (!doc) throw new Error('no document');
    const at = (s: string, n = 0): number => doc.text.split(s, n + 1).join(s).length;
    const tally = emptyTally();
    tallyStrict(tally, doc.gold, [
      { start: at('Phil'), end: at('Phil') + 12, type: 'PER' }, // right
      { start: at('Leicestershire'), end: at('Leicestershire') + 14, type: 'LOC' }, // wrong type
      { start: at('London'), end: at('London') + 6, type: 'LOC' }, // right
      { start: at('London'), end: at('London') + 6, type: 'LOC' }, // duplicate: counted once
      { start: at('West'), end: at('West') + 11, type: 'MISC' }, // not scored
    ]);
    expect(tally.PER).toEqual({ tp: 1, predicted: 1, gold: 2 });
    expect(tally.ORG).toEqual({ tp: 0, predicted: 0, gold: 1 });
    expect(tally.LOC).toEqual({ tp: 1, predicted: 2, gold: 1 });
    expect(tally.ALL).toEqual({ tp: 2, predicted: 3, gold: 4 });
    expect(prf(tally.ALL).f1).toBeCloseTo((2 * (2 / 3) * 0.5 * 100) / (2 / 3 + 0.5), 6);
  });

  it('scores per-document unique names case-insensitively', () => {
    const doc = docs[0];
    if (!doc) throw new Error('no document');
    const tally = emptyTally();
    const simmons = doc.text.lastIndexOf('Simmons');
    tallyUnique(tally, doc.text, doc.gold, [{ start: simmons, end: simmons + 7, type: 'PER' }]);
    expect(tally.PER).toEqual({ tp: 1, predicted: 1, gold: 2 });
  });
});
