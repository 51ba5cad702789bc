import { describe, expect, it } from 'vitest';
import { readConll, type EntitySpan } from '../../scripts/entities/conll';
import { readJsonl } from '../../scripts/entities/jsonl';
import {
  emptyKeyCounts,
  emptyTally,
  keyScores,
  normalizeName,
  prf,
  tallyKeyActors,
  tallyStrict,
  tallyUnique,
  trimSpan,
} from '../../scripts/entities/score';

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
    tallyStrict(tally, doc.text, doc.gold, [
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

describe('news-set scoring (entities-news SOURCE.md)', () => {
  const text =
    'Shares of Acme Corp. rose. The U.S. said Acme’s chief, Jo Bloggs, agreed. Acme left; "Jo" stayed.';
  const at = (s: string): number => text.indexOf(s);
  const span = (s: string, type: EntitySpan['type'], from = at(s)): EntitySpan => ({
    start: from,
    end: from + s.length,
    type,
  });

  it('trims punctuation and a possessive from spans, keeping the period of initials', () => {
    const slice = (e: EntitySpan): string => {
      const t = trimSpan(text, e);
      return text.slice(t.start, t.end);
    };
    expect(slice(span('Acme Corp.', 'ORG'))).toBe('Acme Corp');
    expect(slice(span('U.S.', 'LOC'))).toBe('U.S.');
    expect(slice(span('Acme’s', 'ORG'))).toBe('Acme');
    expect(slice(span('"Jo"', 'PER'))).toBe('Jo');
    expect(slice(span(', Jo Bloggs,', 'PER'))).toBe('Jo Bloggs');
  });

  it('counts a trimmed prediction as the gold span it equals', () => {
    const tally = emptyTally();
    tallyStrict(tally, text, [span('Acme Corp', 'ORG')], [span('Acme Corp.', 'ORG')]);
    expect(tally.ORG).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });

  it('normalises names as the key-actor measures compare them', () => {
    expect(normalizeName('The Motley Fool')).toBe('motley fool');
    expect(normalizeName('Acme’s')).toBe('acme');
    expect(normalizeName('U.S.')).toBe('u.s.');
  });

  it('scores recall@10, typed recall@10 and junk@10 over the first ten actors', () => {
    const gold = [
      span('Acme Corp', 'ORG'),
      span('Acme', 'ORG', text.indexOf('Acme’s')),
      span('U.S.', 'LOC'),
      span('Jo Bloggs', 'PER'),
      span('Acme', 'ORG', text.indexOf('Acme left')),
      span('Jo', 'PER', text.lastIndexOf('Jo')),
    ];
    // R: the names given at least twice: only "acme" ("acme corp" is another name).
    const counts = emptyKeyCounts();
    tallyKeyActors(counts, text, gold, [
      { names: ['Acme Corp.', 'Acme’s'], type: 'PER' }, // found, wrong type
      { names: ['Shares'], type: 'PER' }, // junk
      { names: ['The U.S.'], type: null }, // a gold name, untyped
    ]);
    expect(counts).toEqual({ relevant: 1, found: 1, foundTyped: 0, top: 3, junk: 1, untyped: 1 });
    const scores = keyScores(counts);
    expect(scores.recall10).toBe(100);
    expect(scores.typedRecall10).toBe(0);
    expect(scores.junk10).toBeCloseTo(100 / 3, 6);
  });

  it('looks at the first ten actors only', () => {
    const gold = [
      span('Acme', 'ORG', text.indexOf('Acme’s')),
      span('Acme', 'ORG', text.indexOf('Acme left')),
    ];
    const filler = Array.from({ length: 10 }, (_, i) => ({ names: [`X${i}`], type: null }));
    const counts = emptyKeyCounts();
    tallyKeyActors(counts, text, gold, [...filler, { names: ['Acme'], type: 'ORG' }]);
    expect(counts).toMatchObject({ relevant: 1, found: 0, top: 10, junk: 10 });
  });

  it('reads JSONL lines with misc names as MISC', () => {
    const docs = readJsonl(
      JSON.stringify({
        id: 'a',
        lang: 'en',
        text: 'Jo met Acme.',
        tokens: 4,
        gold: [{ type: 'PER', start: 0, end: 2 }],
        misc: [{ start: 7, end: 11 }],
      }) + '\n',
    );
    expect(docs).toEqual([
      {
        id: 'a',
        lang: 'en',
        text: 'Jo met Acme.',
        tokenCount: 4,
        gold: [
          { start: 0, end: 2, type: 'PER' },
          { start: 7, end: 11, type: 'MISC' },
        ],
      },
    ]);
  });
});
