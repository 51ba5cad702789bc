/**
 * The fourth Romance round: what Portuguese and French news write around names that are no
 * actors or only half of one (works, events, fields, abstract nouns, addresses, civilities),
 * each from sentences written for this test (docs/actors.md, "Languages").
 */
import { describe, expect, it } from 'vitest';
import { actorsOf, find, names } from './sentences-for-tests';

describe('civilities that are part of a name', () => {
  it('keeps Portuguese Dom, Dona and the doctor’s title in the name', () => {
    const pt = actorsOf(
      'Em 1476, o rei D. João II partiu para Toro. Mais tarde, D. João II voltou a Lisboa. ' +
        'O processo chegou ao Dr. Catanho de Meneses, e Catanho de Meneses assinou.',
      'pt',
    );
    expect(find(pt, 'D. João II')?.type).toBe('person');
    expect(names(pt)).not.toContain('João II');
    expect(find(pt, 'Dr. Catanho de Meneses')?.type).toBe('person');
  });

  it('keeps a French civility opening a sentence, in the plural, and Lord', () => {
    const fr = actorsOf(
      'Les obsèques ont eu lieu hier. Mme Henri Tissot remercie ses amis. Mlles Louise et ' +
        'Jeanne Tissot aussi. Lord Beaconsfield et M. Frère Orban n’ont rien dit.',
      'fr',
    );
    expect(names(fr)).toEqual(
      expect.arrayContaining(['Mme Henri Tissot', 'Mlles Louise', 'Lord Beaconsfield']),
    );
    expect(find(fr, 'Lord Beaconsfield')?.type).toBe('person');
  });
});

describe('French addresses with their house number', () => {
  it('takes the number before the street, or after it behind a comma', () => {
    const text =
      'Le cambriolage a eu lieu 15, rue de Valois, dans la nuit. Le syndic demeure rue ' +
      'Ordener, 80, depuis mars.';
    const fr = actorsOf(text, 'fr');
    const valois = find(fr, '15, rue de Valois');
    expect(valois?.type).toBe('place');
    expect(text.slice(valois?.mentions[0]?.start, valois?.mentions[0]?.end)).toBe(
      '15, rue de Valois',
    );
    expect(find(fr, 'rue Ordener, 80')?.type).toBe('place');
  });
});

describe('French institutions ending in a lower-case adjective', () => {
  it('keeps the adjective in the name, unless the name goes on in lower case', () => {
    const fr = actorsOf(
      'Le texte passe devant l’Assemblée nationale mardi. Le manuscrit dort à la ' +
        'Bibliothèque nationale depuis 1900. Il joue dans la Ligue nationale de hockey.',
      'fr',
    );
    expect(find(fr, 'Assemblée nationale')?.type).toBe('organization');
    expect(find(fr, 'Bibliothèque nationale')?.type).toBe('organization');
    expect(names(fr)).not.toContain('Ligue nationale');
  });
});

describe('works, techniques and fields are no actors', () => {
  it('reads a name after the noun of a work or a technique as its title', () => {
    const pt = actorsOf(
      'O filme Tropa de Elite estreou ontem. Tropa de Elite foi visto em Lisboa. O jogo ' +
        'Mario Bros voltou às lojas, e Mario Bros vende bem. O sistema HSD poupa; o HSD usa ' +
        'baterias.',
      'pt',
    );
    expect(names(pt)).toContain('Lisboa');
    expect(names(pt).filter((n) => /Tropa|Mario|HSD/.test(n))).toEqual([]);
  });

  it('reads the complement of an office or a degree as a field', () => {
    const pt = actorsOf(
      'O ministro francês da Saúde chegou a Lisboa. Um recém-licenciado em Medicina, de ' +
        'Braga, falou com o ministro da Saúde.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Lisboa', 'Braga']));
    expect(names(pt).filter((n) => /Saúde|Medicina/.test(n))).toEqual([]);
    const fr = actorsOf(
      'Le ministre de la Guerre a reçu le général Pau. Le ministre de la Guerre partira.',
      'fr',
    );
    expect(names(fr)).not.toContain('Guerre');
  });

  it('leaves out an abstract noun alone', () => {
    const pt = actorsOf(
      'A Constituição foi aprovada em Coimbra. Com a proclamação da Constituição, o ' +
        'presidente Rui Costa falou na Constituição outra vez.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Coimbra', 'Rui Costa']));
    expect(names(pt)).not.toContain('Constituição');
  });
});

describe('events are no actors', () => {
  it('drops an event head alone, after an ordinal, and periods and days', () => {
    const pt = actorsOf(
      'Durante a Segunda Guerra Mundial, a fábrica de Porto Alegre parou. A equipa de ' +
        'Portugal chegou ao Mundial. No Mundial, Rui Costa marcou. O Tour de França parte ' +
        'do Mónaco; o Tour de França acaba em Paris. Na Idade Média, e na Idade Média ainda, ' +
        'o Dia de Reis e o Dia de Reis eram festas.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Porto Alegre', 'Rui Costa', 'Paris']));
    expect(names(pt).filter((n) => /Guerra|Mundial|Tour|Idade|Dia/.test(n))).toEqual([]);
  });
});

describe('words that look like acronyms', () => {
  it('drops an everyday word shouted alone', () => {
    const fr = actorsOf(
      'LES COTONS, LAINES, SOIES, &. PARIS, 14 mars. — Cotons: on cote 12 francs à Rouen.',
      'fr',
    );
    expect(names(fr)).toContain('Rouen');
    expect(names(fr).filter((n) => /COTON/i.test(n))).toEqual([]);
  });

  it('drops AM and PM after a clock time, and a DJ', () => {
    const pt = actorsOf(
      'Publicado por Rui Costa às 4:29 AM. Comentário às 1:55 PM de Ana Lobo. Como produtor ' +
        'e DJ, Jeff Mills tocou em Lisboa; o DJ voltou.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Rui Costa', 'Jeff Mills', 'Lisboa']));
    expect(names(pt).filter((n) => /^(?:AM|PM|DJ)$/.test(n))).toEqual([]);
  });
});
