/**
 * The Romance languages' and Russian's mechanisms, each from sentences written for this test
 * (docs/actors.md, "Languages").
 */
import { describe, expect, it } from 'vitest';
import { actorsOf, find, names } from './sentences-for-tests';
import { russianNominative, russianPlaceNominative, russianStem } from './ru';

describe('Russian: the name shown is the nominative', () => {
  it('scores the nominative above the oblique cases', () => {
    expect(russianNominative('Путин')).toBeGreaterThan(russianNominative('Путина'));
    expect(russianNominative('Путина')).toBeGreaterThan(russianNominative('Путину'));
    expect(russianNominative('Москва')).toBeGreaterThan(russianNominative('Москвы'));
    expect(russianNominative('Кремль')).toBeGreaterThan(russianNominative('Кремля'));
    expect(russianNominative('Государственная Дума')).toBeGreaterThan(
      russianNominative('Государственной Думы'),
    );
  });

  it('shows "Кудрин", not the genitive the text uses most', () => {
    const actors = actorsOf(
      'Решение Кудрина удивило рынок. Позицию Кудрина поддержали банки, но к Кудрину есть ' +
        'вопросы. Кудрин сказал, что ответит позже. Уход Кудрина обсуждают в Москве.',
      'ru',
    );
    const kudrin = find(actors, 'Кудрин');
    expect(kudrin?.type).toBe('person');
    expect(kudrin?.name).toBe('Кудрин');
  });

  it('shows a listed place the text writes only in oblique cases as the list gives it', () => {
    const actors = actorsOf(
      'Рецепты блогеров популярны в России. Подписчики из России пишут каждый день. ' +
        'Блогеры России собрали миллион отметок. Жители Германии тоже готовят.',
      'ru',
    );
    expect(find(actors, 'Россия')?.type).toBe('place');
    expect(find(actors, 'Россия')?.aliases).toContain('России');
    expect(russianPlaceNominative('Санкт-Петербурге')).toBe('Санкт-Петербург');
    expect(russianPlaceNominative('Китае')).toBe('Китай');
    // Written as listed, in capitals, or not listed: left as written.
    expect(russianPlaceNominative('Москва')).toBeUndefined();
    expect(russianPlaceNominative('США')).toBeUndefined();
    expect(russianPlaceNominative('Ивановке')).toBeUndefined();
  });

  it('stems nouns in -ай, -ей, -ий to one base in every case', () => {
    const base = (words: string[]): Set<string> => new Set(words.map(russianStem));
    expect(base(['китай', 'китая', 'китаю', 'китаем', 'китае']).size).toBe(1);
    expect(base(['сергей', 'сергея', 'сергею', 'сергеем']).size).toBe(1);
    expect(base(['жириновский', 'жириновского', 'жириновскому']).size).toBe(1);
    expect(base(['россия', 'россии', 'россией']).size).toBe(1);
  });
});

describe('a word capitalised only where sentences open is no name', () => {
  it('leaves out a repeated opening verb, keeps the people', () => {
    const actors = actorsOf(
      'Олег Ильин рассказал о своих рецептах. Проголосовать за Олега можно на последней ' +
        'странице. Андрей Рудьков любит готовить. Проголосовать за Андрея можно там же. ' +
        'Евгения Левицкая готовит ужин. Проголосовать за Евгению можно завтра.',
      'ru',
    );
    expect(find(actors, 'Проголосовать')).toBeUndefined();
    expect(find(actors, 'Олег Ильин')?.type).toBe('person');
  });

  it('does the same in Spanish', () => {
    const actors = actorsOf(
      'Marta Ibáñez cocina para su familia. Votad por Marta en la última página. Luis Ferrer ' +
        'prepara pan. Votad por Luis en la última página. Ana Soler hace postres. Votad por Ana.',
      'es',
    );
    expect(find(actors, 'Votad')).toBeUndefined();
    expect(find(actors, 'Marta Ibáñez')?.type).toBe('person');
  });
});

describe('a place preposition before a name in another script', () => {
  it('does not make a brand written in Latin letters a place ("в Instagram")', () => {
    const actors = actorsOf(
      'Анна Котова ведёт блог в Instagram. Подписчики Анны Котовой пишут ей в Instagram ' +
        'каждый день. Снимки в Instagram она делает дома, в Казани.',
      'ru',
    );
    expect(find(actors, 'Instagram')?.type).not.toBe('place');
    expect(find(actors, 'Казани')?.type ?? find(actors, 'Казань')?.type).toBe('place');
  });
});

describe('a place or acronym before a full name is a name of its own', () => {
  it('splits "Arcore Silvio Berlusconi" and "РФ Владимир Путин"', () => {
    const it_ = actorsOf(
      'Ieri ad Arcore Silvio Berlusconi ha incontrato i giornalisti. Il presidente del ' +
        'Venezuela Hugo Chávez ha parlato a lungo.',
      'it',
    );
    expect(find(it_, 'Silvio Berlusconi')?.type).toBe('person');
    expect(find(it_, 'Hugo Chávez')?.type).toBe('person');
    expect(names(it_).filter((n) => /Arcore Silvio|Venezuela Hugo/.test(n))).toEqual([]);
    const ru = actorsOf('Глава РФ Владимир Путин приехал в Казань.', 'ru');
    expect(find(ru, 'Владимир Путин')?.type).toBe('person');
    expect(names(ru)).not.toContain('РФ Владимир Путин');
  });

  it('keeps a given name that is also a place as the first word of a name', () => {
    const es = actorsOf('La actriz Victoria Luisa Prado llegó ayer a Madrid.', 'es');
    expect(names(es)).toContain('Victoria Luisa Prado');
  });
});

describe('Russian: names capitalised on their first word only', () => {
  it('ends an adjective’s name at its lower-case head: "Европейского союза"', () => {
    const actors = actorsOf(
      'Представители Европейского союза приехали в Казань. Европейский союз поддержал решение ' +
        'Конституционного суда. Выборы прошли в Свердловской области.',
      'ru',
    );
    expect(find(actors, 'Европейский союз')).toMatchObject({ type: 'organization', count: 2 });
    expect(find(actors, 'Свердловской области')?.type).toBe('place');
    expect(names(actors)).not.toContain('Европейского');
    expect(names(actors)).toContain('Конституционного суда');
  });

  it('drops a common noun opening the sentence before a name: "Позицию Кудрина"', () => {
    const actors = actorsOf(
      'Позицию Кудрина поддержали банки. Правительство Японии промолчало. Представитель ' +
        'Газпрома Сергей Куприянов сказал, что цены вырастут.',
      'ru',
    );
    expect(names(actors)).toEqual(
      expect.arrayContaining(['Кудрина', 'Япония', 'Сергей Куприянов']),
    );
    expect(names(actors).filter((n) => /Позицию|Правительство|Представитель/.test(n))).toEqual([]);
  });
});

describe('Italian: what "of" says, heads of institutions, roles', () => {
  it('reads "azionisti di X" as a firm, "abitanti di X" as a place, and "a X" as no firm cue', () => {
    const actors = actorsOf(
      'Gli azionisti di Vendramin hanno votato. Il titolo di Vendramin è salito, e Torvalle ' +
        'ha chiesto di rinunciare a Vendramin. Gli abitanti di Pescolano protestano.',
      'it',
    );
    expect(find(actors, 'Vendramin')?.type).toBe('organization');
    expect(find(actors, 'Pescolano')?.type).toBe('place');
  });

  it('reads institutions headed by their first word as organisations, not people', () => {
    const actors = actorsOf(
      'La Protezione Civile è intervenuta. La Guardia Costiera ha soccorso i naufraghi.',
      'it',
    );
    expect(find(actors, 'Protezione Civile')?.type).toBe('organization');
    expect(find(actors, 'Guardia Costiera')?.type).toBe('organization');
  });

  it('reads "Presidente del Consiglio" as a role and keeps the name after it', () => {
    const actors = actorsOf(
      'Il Presidente del Consiglio Mario Monti ha incontrato il Presidente del Senato. Il ' +
        "Ministro dell'Interno Angelino Alfano era assente.",
      'it',
    );
    expect(find(actors, 'Mario Monti')?.type).toBe('person');
    expect(find(actors, 'Angelino Alfano')?.type).toBe('person');
    expect(names(actors).filter((n) => /Presidente|Interno/.test(n))).toEqual([]);
  });
});

describe('French: civilities are written as part of the name', () => {
  it('keeps "M." and "Mme" in the name, and merges "M. Deschanel" and "Deschanel" with the full name', () => {
    const actors = actorsOf(
      'M. Paul Deschanel a parlé hier. M. Deschanel a ajouté que Mme Curie était absente. Le ' +
        'ministre Deschanel a conclu.',
      'fr',
    );
    const deschanel = find(actors, 'M. Paul Deschanel');
    expect(deschanel).toMatchObject({ type: 'person', count: 3 });
    expect(deschanel?.aliases).toEqual(expect.arrayContaining(['M. Deschanel', 'Deschanel']));
    expect(find(actors, 'Mme Curie')?.type).toBe('person');
  });

  it('keeps a particle after the civility: "M. de Kerillis", "Mlle de Roquefer"', () => {
    const actors = actorsOf(
      'Hier, M. de Kerillis a parlé avec Mlle de Roquefer. M. de Kerillis est parti.',
      'fr',
    );
    expect(find(actors, 'M. de Kerillis')).toMatchObject({ type: 'person', count: 2 });
    expect(find(actors, 'Mlle de Roquefer')?.type).toBe('person');
  });

  it('keeps "MM." with its full stop before the first name', () => {
    const actors = actorsOf('Hier, MM. Louis Billiet et Moréa ont voté à Lille.', 'fr');
    expect(find(actors, 'MM. Louis Billiet')?.type).toBe('person');
  });
});

describe('names that run into each other, numbers after names, function words', () => {
  it('keeps a king’s or pope’s number, and splits a country from the name after it', () => {
    const actors = actorsOf(
      'Papa Benedetto XVI ha parlato. Il re Vittorio Emanuele III firmò. In Egitto Hosni ' +
        "Mubarak si dimise, e il governatore della Banca d'Italia Guido Carli tacque.",
      'it',
    );
    expect(find(actors, 'Benedetto XVI')?.type).toBe('person');
    expect(find(actors, 'Vittorio Emanuele III')?.type).toBe('person');
    expect(find(actors, 'Hosni Mubarak')?.type).toBe('person');
    expect(find(actors, 'Guido Carli')?.type).toBe('person');
    expect(find(actors, 'Egitto')?.type).toBe('place');
  });

  it('reads no function word as a given name ("Nel", "Della")', () => {
    const actors = actorsOf('Nel Regno Unito la crisi continua, dice Marta Ferri.', 'it');
    expect(find(actors, 'Regno Unito')?.type).toBe('place');
    expect(names(actors).filter((n) => n.startsWith('Nel'))).toEqual([]);
  });
});

describe('Russian: a name in guillemets', () => {
  it('is a firm when it fills the quotes, and a title’s first word is no name', () => {
    const actors = actorsOf(
      'Об этом сообщает «Газпром». Вчера вышел выпуск «Пусть говорят» с участием Ивана Петрова.',
      'ru',
    );
    expect(find(actors, 'Газпром')?.type).toBe('organization');
    expect(find(actors, 'Пусть')).toBeUndefined();
  });
});

describe('elided words opening a sentence', () => {
  it('reads "L\'annuncio", "D\'abord" as no names', () => {
    const it_ = actorsOf("L'annuncio è arrivato ieri da Marta Ferri a Bologna.", 'it');
    expect(names(it_).filter((n) => /annuncio/i.test(n))).toEqual([]);
    const fr = actorsOf("D'abord, Jean Dupont a parlé à Lyon.", 'fr');
    expect(find(fr, 'Jean Dupont')?.type).toBe('person');
    expect(names(fr).filter((n) => /abord/i.test(n))).toEqual([]);
  });
});

describe('two-word verbs of saying', () => {
  it('lean a lone surname to a person: "Ferrandi ha detto"', () => {
    const actors = actorsOf(
      'Ferrandi ha detto che il piano è pronto. Poi Ferrandi ha spiegato i tempi a Bologna.',
      'it',
    );
    expect(find(actors, 'Ferrandi')?.type).toBe('person');
  });
});

describe('Italian institutions named by their head word', () => {
  it('reads "il Senato" inside a sentence as an organisation, a bare head word as none', () => {
    const actors = actorsOf(
      'Il decreto è passato ieri al Senato con 150 voti. Il Senato tornerà a votare ' +
        'martedì, mentre la Valle resta isolata.',
      'it',
    );
    expect(find(actors, 'Senato')?.type).toBe('organization');
    expect(find(actors, 'Valle')).toBeUndefined();
  });
});

describe('Italian: articles of other languages join no names', () => {
  it('keeps "la" and "al" out of a name: "Muro di Berlino la NATO"', () => {
    const actors = actorsOf(
      'Dopo la caduta del Muro di Berlino la NATO si allargò. Il viaggio da Cuba al Venezuela durò poco.',
      'it',
    );
    expect(names(actors).filter((n) => / la | al /.test(n))).toEqual([]);
    expect(find(actors, 'Venezuela')?.type).toBe('place');
  });
});

describe('"of" before a full name', () => {
  it('ends the name before it: "Alleanza Democratica di Mario Bianchi"', () => {
    const actors = actorsOf("L'Alleanza Democratica di Mario Bianchi ha vinto a Parma.", 'it');
    expect(find(actors, 'Alleanza Democratica')?.type).toBe('organization');
    expect(find(actors, 'Mario Bianchi')?.type).toBe('person');
  });
});

describe('ordinals', () => {
  it('reads "2º", "3º S." as no names', () => {
    const actors = actorsOf(
      'Le 2º S. est parti. Le 3º a suivi, puis le 4º avec Jean Dupont.',
      'fr',
    );
    expect(names(actors).filter((n) => /\d/.test(n))).toEqual([]);
  });
});
