import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords as worker } from '../text/word-count';
import { countWords as page } from './words';

const SAMPLES = [
  '',
  'The council voted on Tuesday.',
  'A lone – dash, “quotes” and … an ellipsis · dot • bullet',
  '3.5 U.S. co-op e-mail 2024-03-05 $7/month',
  '東京都は火曜日、新しいフェリー航路を承認した。',
  '上海市政府周二宣布，新的渡轮航线将于明年开通。',
  'คณะกรรมการอนุมัติเส้นทางเรือข้ามฟากใหม่ เมื่อวันอังคาร',
  'Mixed: 東京 and Bangkok กรุงเทพ 2024',
  'Ünïcödé wörds, Привет мир, مرحبا بالعالم, नमस्ते दुनिया',
  'tabs\tand\nnew lines\u00a0and\u3000ideographic spaces',
];

describe('countWords of the page script', () => {
  it.each(SAMPLES)('counts %j as the worker does', (text) => {
    expect(page(text)).toBe(worker(text));
  });

  it('counts any text as the worker does', () => {
    const pieces = fc.constantFrom(
      'word',
      'Wörter',
      '東京',
      'กรุงเทพ',
      ' ',
      '  ',
      '\n',
      '–',
      '“',
      '”',
      '…',
      '·',
      ',',
      '.',
      '42',
      'ー',
      'カタカナ',
      'ひらがな',
      '\u3000',
      '\u00a0',
      '\u2009',
      '😀',
      '𠀋',
      'x',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(page(text)).toBe(worker(text));
      }),
      { numRuns: 1000 },
    );
  });
});
