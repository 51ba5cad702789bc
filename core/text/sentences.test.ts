import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { fromParagraphs, fromPlainText } from './source-text';

const split = (text: string, lang = 'en') =>
  splitSentences(fromPlainText(text), lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles, dotted abbreviations, initials and decimals inside the sentence', () => {
    expect(
      split(
        'Mr. Smith went to the U.S. Army base. He met Dr. Jones on Jan. 5 at 3.5 p.m. in Washington. ' +
          'Then J. R. R. Tolkien arrived. It cost $3.50 vs. 4.5 in e.g. Germany.',
      ),
    ).toEqual([
      'Mr. Smith went to the U.S. Army base.',
      'He met Dr. Jones on Jan. 5 at 3.5 p.m. in Washington.',
      'Then J. R. R. Tolkien arrived.',
      'It cost $3.50 vs. 4.5 in e.g. Germany.',
    ]);
  });

  it('keeps a score line\'s "d." (defeated) between two sides, not a lone letter ending a sentence', () => {
    expect(
      split(
        'Lakeview d. Northgate 54-38\n\nIn the final, top seed Okafor def. Lindqvist 6-3, 6-4 on ' +
          'Sunday. The crowd cheered. He took vitamin d. Brandt said 3-1 was fine. She sat in row d. ' +
          'Then her side won 2-1.',
      ),
    ).toEqual([
      'Lakeview d. Northgate 54-38',
      'In the final, top seed Okafor def. Lindqvist 6-3, 6-4 on Sunday.',
      'The crowd cheered.',
      'He took vitamin d.',
      'Brandt said 3-1 was fine.',
      'She sat in row d.',
      'Then her side won 2-1.',
    ]);
  });

  it('ends a sentence after an abbreviation when a sentence opener follows', () => {
    expect(
      split('She moved to the U.S. The move was hard. He works at Apple Inc. He likes it.'),
    ).toEqual([
      'She moved to the U.S.',
      'The move was hard.',
      'He works at Apple Inc.',
      'He likes it.',
    ]);
  });

  it('keeps quotations with their speech verb', () => {
    expect(
      split('"Stop!" he said. "Who are you?" asked Mrs. Brown. He said: "Go home." Then he left.'),
    ).toEqual([
      '"Stop!" he said.',
      '"Who are you?" asked Mrs. Brown.',
      'He said: "Go home."',
      'Then he left.',
    ]);
    expect(split('« Pourquoi ? » demanda-t-elle. « C’est fini. » Il est parti.', 'fr')).toEqual([
      '« Pourquoi ? » demanda-t-elle.',
      '« C’est fini. »',
      'Il est parti.',
    ]);
  });

  it('keeps a short quotation inside the sentence that goes on after it', () => {
    // A slogan or title with its own full stops, the sentence going on in lower case.
    expect(
      split('The town’s “Slow down. Kids play.” signs went up in May. Drivers noticed.'),
    ).toEqual(['The town’s “Slow down. Kids play.” signs went up in May.', 'Drivers noticed.']);
    expect(
      split('Their "Stay home. Save lives." posters, though, stayed up. Nobody minded.'),
    ).toEqual(['Their "Stay home. Save lives." posters, though, stayed up.', 'Nobody minded.']);
    expect(
      split('Le slogan « Roulez. Respirez. » plaît aux cyclistes. Les autres râlent.', 'fr'),
    ).toEqual(['Le slogan « Roulez. Respirez. » plaît aux cyclistes.', 'Les autres râlent.']);
    // A short quotation of two sentences and who said it.
    expect(split('“We lost. It hurts,” the coach said. The bus left.')).toEqual([
      '“We lost. It hurts,” the coach said.',
      'The bus left.',
    ]);
    // Quotations that end the sentence, and a long one, are split as before.
    expect(split('He read “Dune.” Then he slept. “Go.” She went.')).toEqual([
      'He read “Dune.”',
      'Then he slept.',
      '“Go.”',
      'She went.',
    ]);
    const long =
      '“The harbour flooded twice this winter and the council did nothing about it. ' +
      'We are tired of waiting for the promised walls,” a fisherman said.';
    expect(split(long)).toHaveLength(2);
  });

  it('handles German ordinals and abbreviations', () => {
    expect(
      split(
        'Prof. Dr. Müller kam am 3. Oktober nach Berlin. Er wohnt z. B. hier. Das war 2015. Die Lage ist ernst.',
        'de',
      ),
    ).toEqual([
      'Prof. Dr. Müller kam am 3. Oktober nach Berlin.',
      'Er wohnt z. B. hier.',
      'Das war 2015.',
      'Die Lage ist ernst.',
    ]);
  });

  it('splits Japanese at 。！？', () => {
    expect(split('今日は晴れです。明日は雨でしょう！本当？', 'ja')).toEqual([
      '今日は晴れです。',
      '明日は雨でしょう！',
      '本当？',
    ]);
  });

  it('separates a caption glued to the next sentence without punctuation', () => {
    expect(
      split(
        'He earns 13% more than a colleague The cost of divorce can wreck retirement. Scroll down for video ' +
          'Flying high: Half of the kite flew to manoeuvre However, officials ruled it could not fly. ' +
          'The memo was seen by The Mail on Sunday. He said I would go.',
      ),
    ).toEqual([
      'He earns 13% more than a colleague',
      'The cost of divorce can wreck retirement.',
      'Scroll down for video',
      'Flying high: Half of the kite flew to manoeuvre',
      'However, officials ruled it could not fly.',
      'The memo was seen by The Mail on Sunday.',
      'He said I would go.',
    ]);
  });

  it('separates words glued where blocks ran together, keeping names like iPhone whole', () => {
    expect(
      split(
        'Share this withEmailFacebookMessengerCopy\nthis linkResearchers found that most children ate lunch. ' +
          'The iPhone and McDonald use getElementById on YouTube.',
      ),
    ).toEqual([
      'Share this withEmailFacebookMessengerCopy\nthis link',
      'Researchers found that most children ate lunch.',
      'The iPhone and McDonald use getElementById on YouTube.',
    ]);
  });

  it('splits very long paragraphs the same way (long chunks are cut before the segmenter)', () => {
    const ja = Array.from(
      { length: 300 },
      (_, i) => `市は訓練${i}を実施した。「本当？」と話す人もいた。`,
    ).join('');
    const jaSentences = split(ja, 'ja');
    expect(jaSentences).toHaveLength(600);
    expect(jaSentences[1]).toBe('「本当？」と話す人もいた。');
    // Lower case after a period continues the sentence (UAX #29 SB8), in long text as in short;
    // "!" before a capital ends it.
    const lower = Array.from(
      { length: 300 },
      (_, i) => `item ${i} went to mr. smith for 3.5 dollars. `,
    );
    expect(split(lower.join(''))).toHaveLength(1);
    const shout = Array.from({ length: 300 }, (_, i) => `Item ${i} went for 3.5 dollars!`);
    expect(split(shout.join(' '))).toEqual(shout);
  });

  it('joins hard-wrapped lines but keeps line units such as headlines', () => {
    expect(split('The report was\nwritten in haste.\nHeadline Here\nNext one.')).toEqual([
      'The report was\nwritten in haste.',
      'Headline Here',
      'Next one.',
    ]);
  });

  it('gives paragraph indices and offsets into the analysed text', () => {
    const source = fromParagraphs([
      { text: 'First one. Second one.', kind: 'paragraph' },
      { text: 'Third one here.', kind: 'paragraph' },
    ]);
    const sentences = splitSentences(source, 'en');
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'First one.'],
      [0, 'Second one.'],
      [1, 'Third one here.'],
    ]);
    for (const s of sentences) expect(source.text.slice(s.start, s.end)).toBe(s.text);
  });
});
