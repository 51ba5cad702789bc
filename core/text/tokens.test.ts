import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { contentTerms, countWords } from './tokens';

describe('countWords', () => {
  it('counts whitespace-separated words, not lone punctuation', () => {
    expect(countWords('Hello — world, U.S. 3.5 co-op “quoted” ok')).toBe(7);
    expect(countWords('   ')).toBe(0);
  });

  it('counts unspaced scripts by characters (2.5 per word)', () => {
    expect(countWords('今日は晴れです')).toBe(3);
  });
});

describe('contentTerms', () => {
  it('drops stop words and stems English with Porter', () => {
    expect(contentTerms('The councils were running the meetings', 'en')).toEqual([
      'council',
      'run',
      'meet',
    ]);
  });

  it('cuts other languages to a 6-letter prefix, and gives CJK bigrams', () => {
    expect(contentTerms('Die Regierungen der Länder', 'de')).toEqual(['regier', 'länder']);
    expect(contentTerms('防災訓練', 'ja')).toEqual(['防災', '災訓', '訓練']);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The council said on Tuesday that the bridge will be built by the city.', 'en'],
    ['Der Stadtrat hat am Dienstag gesagt, dass die Brücke von der Stadt gebaut wird.', 'de'],
    ['Le conseil a dit mardi que le pont sera construit par la ville.', 'fr'],
    ['El consejo dijo el martes que el puente será construido por la ciudad.', 'es'],
    ['市は日曜日、大規模な防災訓練を実施した。', 'ja'],
    ['市政府周日举行了大规模防灾演习。', 'zh'],
    ['Городской совет во вторник одобрил строительство моста.', 'ru'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing when it cannot tell', () => {
    expect(detectLanguage('12 34 56')).toBe('');
    expect(detectLanguage('Xylo qwerty zzzz')).toBe('');
  });
});
