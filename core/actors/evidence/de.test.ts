/**
 * German mechanisms, each from sentences written for this test (nothing from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { actorsOf as actorsIn, find } from './sentences-for-tests';
import type { Actor } from '../../types';
import { COUNTRIES_DE, COUNTRIES_FR } from '../lexicon/countries';

const actorsOf = (text: string): Actor[] => actorsIn(text, 'de');

describe('German names of places', () => {
  it('knows the short name of an inverted official country name', () => {
    expect(COUNTRIES_DE.split('|')).toEqual(expect.arrayContaining(['syrien', 'tansania']));
    // A list after the comma is one long name, not an inverted one.
    expect(COUNTRIES_FR.split('|')).not.toContain('bonaire');
    const actors = actorsOf('Die Hilfsgüter kommen aus Tansania und gehen weiter nach Syrien.');
    expect(find(actors, 'Syrien')?.type).toBe('place');
    expect(find(actors, 'Tansania')?.type).toBe('place');
  });

  it('reads streets as places, also after their article, and Rom as the city', () => {
    const actors = actorsOf(
      'Die Praxis in der Lindenstraße zieht um. Der Laden in der Hafengasse bleibt. ' +
        'Die Delegation reiste am Dienstag nach Rom, dann nach Gelsenkirchen.',
    );
    expect(find(actors, 'Lindenstraße')?.type).toBe('place');
    expect(find(actors, 'Hafengasse')?.type).toBe('place');
    expect(find(actors, 'Rom')?.type).toBe('place');
    expect(find(actors, 'Gelsenkirchen')?.type).toBe('place');
    expect(find(actors, 'Praxis')).toBeUndefined();
  });
});

describe('German inflected forms', () => {
  it("merges a person's genitive with the person", () => {
    const actors = actorsOf(
      'Ministerin Helga Brandauer kam nach Kassel. Brandauers Rede fiel kurz aus, sagte ein Zuhörer.',
    );
    expect(find(actors, 'Helga Brandauer')).toMatchObject({ type: 'person', count: 2 });
    expect(find(actors, 'Helga Brandauer')?.aliases).toContain('Brandauers');
  });

  it("merges an adjective's inflected form inside a name with the form the text also writes", () => {
    const actors = actorsOf(
      'Die Europäische Union zahlt. Die Mitglieder der Europäischen Union stimmten zu, ' +
        'sagte Uwe Kessler.',
    );
    expect(find(actors, 'Europäische Union')).toMatchObject({ type: 'organization', count: 2 });
    expect(find(actors, 'Europäische Union')?.aliases).toContain('Europäischen Union');
  });

  it('leaves a word ending in "s" as written when the text has no shorter form', () => {
    const actors = actorsOf('Landrat Jonas Hans sprach mit Bürgermeister Uwe Paris in Kassel.');
    expect(find(actors, 'Jonas Hans')?.type).toBe('person');
    expect(find(actors, 'Uwe Paris')?.type).toBe('person');
  });
});

describe('German surnames shaped like nouns', () => {
  it('reads a noun-shaped word after a given name as a surname, alone too', () => {
    const actors = actorsOf(
      'Der Rat wählte Matthias Oberländer zum Vorsitzenden. Oberländer dankte den Mitgliedern. ' +
        'Auch Friedrich Zimmermann gratulierte; Zimmermann lobte die Sitzung.',
    );
    expect(find(actors, 'Matthias Oberländer')).toMatchObject({ type: 'person', count: 2 });
    expect(find(actors, 'Friedrich Zimmermann')).toMatchObject({ type: 'person', count: 2 });
    expect(find(actors, 'Sitzung')).toBeUndefined();
  });

  it('knows more German given names, also those that are English words', () => {
    const actors = actorsOf(
      'Die Ehrung nahm Heiko Hartmann vor. Danach sprach Max Baumann über den Verein.',
    );
    expect(find(actors, 'Heiko Hartmann')?.type).toBe('person');
    expect(find(actors, 'Max Baumann')?.type).toBe('person');
  });
});

describe('German institutions and parties', () => {
  it('knows institutions and parties named with an article and no other cue', () => {
    const actors = actorsOf(
      'Der Bundestag stimmte am Donnerstag zu, die Grünen enthielten sich. Im Bundesrat ' +
        'fehlte die Mehrheit, und die Bundesregierung will nachbessern.',
    );
    expect(find(actors, 'Bundestag')?.type).toBe('organization');
    expect(find(actors, 'Bundesrat')?.type).toBe('organization');
    expect(find(actors, 'Grünen')?.type).toBe('organization');
    // "the federal government" is a common noun, like "Mehrheit".
    expect(find(actors, 'Bundesregierung')).toBeUndefined();
    expect(find(actors, 'Mehrheit')).toBeUndefined();
  });
});

describe('German personal names without a known given name', () => {
  it('reads two plain capitalised words inside a sentence as a name, not nouns or a genitive', () => {
    const actors = actorsOf(
      'Im Finale traf Teemu Vaskila zweimal für die Gäste. Die Pläne bleiben offen, ' +
        'Weidners Absichten auch. Das Gericht lehnte die Klage ab.',
    );
    expect(find(actors, 'Teemu Vaskila')?.type).toBe('person');
    expect(find(actors, 'Weidners Absichten')).toBeUndefined();
    expect(find(actors, 'Pläne')).toBeUndefined();
  });
});

describe('German common nouns that are also names', () => {
  it('reads a town of the lists after an article, and compass words, as nouns', () => {
    const actors = actorsOf(
      'Die Gemeinde sei nicht in der Lage, die Kosten zu tragen, sagte Landrat Uwe Kessler ' +
        'in Kassel. Im Norden des Kreises regnet es, im Westen nicht.',
    );
    expect(find(actors, 'Uwe Kessler')?.type).toBe('person');
    expect(find(actors, 'Kassel')?.type).toBe('place');
    for (const noun of ['Lage', 'Norden', 'Westen'])
      expect(find(actors, noun), noun).toBeUndefined();
  });

  it('keeps currencies and share indices out', () => {
    const actors = actorsOf(
      'Der DAX stieg um zwei Prozent, der TecDAX fiel. Ein Liter kostete 1,10 CHF, ' +
        'sagte die Sprecherin der Deutschen Bank in Frankfurt.',
    );
    for (const code of ['DAX', 'TecDAX', 'CHF']) expect(find(actors, code), code).toBeUndefined();
    expect(find(actors, 'Frankfurt')?.type).toBe('place');
  });
});

describe('German verbs of saying before the speaker', () => {
  it('makes a lone surname after "sagte" or ", so" a person', () => {
    const actors = actorsOf(
      'Der Plan sei gescheitert, sagte Brenninger am Abend. Die Lage sei ernst, so Kowalczyk.',
    );
    expect(find(actors, 'Brenninger')?.type).toBe('person');
    expect(find(actors, 'Kowalczyk')?.type).toBe('person');
    expect(find(actors, 'Lage')).toBeUndefined();
  });
});

describe('German nouns for kinds before a name', () => {
  it('types a name by the noun before it, and keeps that noun out of the name', () => {
    const actors = actorsOf(
      'Der Mobilfunkbetreiber Telnova senkt die Preise. Menschenrechtsaktivist Barghadi ' +
        'bleibt in Haft. Der Autobauer Velmar plant ein Werk.',
    );
    expect(find(actors, 'Telnova')?.type).toBe('organization');
    expect(find(actors, 'Velmar')?.type).toBe('organization');
    expect(find(actors, 'Barghadi')?.type).toBe('person');
    expect(find(actors, 'Mobilfunkbetreiber Telnova')).toBeUndefined();
  });
});

describe('German names nothing types', () => {
  it('leaves a capitalised word out rather than show it among other names', () => {
    const actors = actorsOf(
      'Korrespondenten melden aus Wien neue Kämpfe. Laut Korrespondenten ist die Stadt ruhig. ' +
        'Reisende berichten Ähnliches, sagte Landrat Uwe Kessler.',
    );
    expect(find(actors, 'Wien')?.type).toBe('place');
    expect(find(actors, 'Uwe Kessler')?.type).toBe('person');
    expect(actors.filter((a) => a.type === 'other').map((a) => a.name)).toEqual([]);
  });
});

describe('German compound place names', () => {
  it('reads a compass word before a known place, and a city district, as a place', () => {
    const actors = actorsOf(
      'Nicht nur in Nordhessen sitzt der Schock tief. Viele Arbeiter stammten aus ' +
        'Süditalien, andere aus Berlin-Mitte. Das Museum in Tiflis ist neu. Die Niederlage ' +
        'schmerzt, sagte Trainer Uwe Kessler.',
    );
    for (const place of ['Nordhessen', 'Süditalien', 'Berlin-Mitte', 'Tiflis'])
      expect(find(actors, place)?.type, place).toBe('place');
    expect(find(actors, 'Niederlage')).toBeUndefined();
  });
});

describe('German everyday words', () => {
  it('reads everyday nouns of the word list as nouns, wherever they stand', () => {
    // "nach" before a place ("nach Kassel") is also "according to" and "for" before a noun.
    const actors = actorsOf(
      'Die Sängerin wohnt heute in Kassel. Sie lebt nach Aussage ihres Bruders sehr ' +
        'zurückgezogen. Ihre Fans suchen nach Verwandten, sagte Landrat Uwe Kessler.',
    );
    expect(find(actors, 'Uwe Kessler')?.type).toBe('person');
    expect(find(actors, 'Kassel')?.type).toBe('place');
    for (const noun of ['Aussage', 'Verwandten']) expect(find(actors, noun), noun).toBeUndefined();
  });

  it('reads ordinals as adjectives, not as part of a name', () => {
    const actors = actorsOf('Im Rennen wurde Jonas Brenninger Vierter, Friederike Voss Achte.');
    expect(find(actors, 'Jonas Brenninger')?.type).toBe('person');
    expect(find(actors, 'Jonas Brenninger Vierter')).toBeUndefined();
  });

  it('knows given names of the German-speaking countries beyond the hand-written ones', () => {
    const actors = actorsOf('Den Preis erhielten Friederike Voss und Hendrik Albrecht aus Kassel.');
    expect(find(actors, 'Friederike Voss')?.type).toBe('person');
    expect(find(actors, 'Hendrik Albrecht')?.type).toBe('person');
  });

  it('keeps a noun for the kind of organisation out of the name', () => {
    const actors = actorsOf(
      'Das Werk gehört der Firma Velmar Feinmechanik GmbH aus Kassel, sagte Uwe Kessler.',
    );
    expect(find(actors, 'Velmar Feinmechanik GmbH')?.type).toBe('organization');
    expect(find(actors, 'Firma Velmar Feinmechanik GmbH')).toBeUndefined();
  });
});

describe('German of old newspapers', () => {
  it('reads the old spellings of capital umlauts and of th and ph as today’s', () => {
    const actors = actorsOf(
      'Der Handel mit Aegypten wuchs, meldet man aus Oesterreich. Bestellungen per Telephon ' +
        'nimmt Herr Anton Ziprosch entgegen.',
    );
    expect(find(actors, 'Aegypten')?.type).toBe('place');
    expect(find(actors, 'Oesterreich')?.type).toBe('place');
    expect(find(actors, 'Anton Ziprosch')?.type).toBe('person');
    expect(find(actors, 'Telephon')).toBeUndefined();
  });
});

describe('German evidence from the sentence around a name', () => {
  it('takes no actor from a name written only inside compounds, and one named alone too', () => {
    const actors = actorsOf(
      'Die FDP-Fraktion tagte am Montag. Nach NABU-Angaben sank die Zahl der Störche. ' +
        'Die ÖVP-Minister berieten, dann sprach die ÖVP selbst.',
    );
    expect(find(actors, 'FDP')).toBeUndefined();
    expect(find(actors, 'NABU')).toBeUndefined();
    expect(find(actors, 'ÖVP')?.type).toBe('organization');
  });

  it('reads a genitive right before a noun as a person’s name', () => {
    const actors = actorsOf('Der Vorstand hörte sich Brettschneiders Einwände geduldig an.');
    expect(find(actors, 'Brettschneiders')?.type).toBe('person');
  });

  it('reads a kind of place before a name, and a kind of person in either gender', () => {
    const actors = actorsOf(
      'Die Rentner folgten der Einladung der Gemeinde Wolkersried in die Festhalle. ' +
        'Dort sprach Polizeiinspektorin Almuth Quandel.',
    );
    expect(find(actors, 'Wolkersried')?.type).toBe('place');
    expect(find(actors, 'Almuth Quandel')?.type).toBe('person');
    expect(find(actors, 'Polizeiinspektorin Almuth Quandel')).toBeUndefined();
  });

  it('reads a word no German word explains after "in" as a place, a compound as a noun', () => {
    const actors = actorsOf(
      'Die Reisegruppe übernachtete in Zwuschkowitz. Die Mannschaft spielt in Überzahl. ' +
        'Die Pläne liegen in Schubladenfächern.',
    );
    expect(find(actors, 'Zwuschkowitz')?.type).toBe('place');
    expect(find(actors, 'Überzahl')).toBeUndefined();
    expect(find(actors, 'Schubladenfächern')).toBeUndefined();
  });

  it('keeps nouns ending like place names out: -bau, -sitz, verbs in -springen', () => {
    const actors = actorsOf(
      'Umfangreicher Netzausbau war geplant. Der Hof blieb in Familienbesitz. ' +
        'Er lernte Fallschirmspringen.',
    );
    expect(find(actors, 'Netzausbau')).toBeUndefined();
    expect(find(actors, 'Familienbesitz')).toBeUndefined();
    expect(find(actors, 'Fallschirmspringen')).toBeUndefined();
  });
});

describe('German addresses', () => {
  it('reads a street with its house number as a place', () => {
    const actors = actorsOf(
      'Gebrauchte Räder kauft Hubert Zanglmayr, Lerchengasse 14, gegen bar. ' +
        'Die Werkstatt zog in die Brunnleitenstraße.',
    );
    expect(find(actors, 'Lerchengasse 14')?.type).toBe('place');
    expect(find(actors, 'Hubert Zanglmayr')?.type).toBe('person');
    expect(find(actors, 'Brunnleitenstraße')?.type).toBe('place');
  });
});

describe('German offices', () => {
  it('reads a state institution alone as an organisation, any office alone as a noun', () => {
    const actors = actorsOf(
      'Laut Bundesumweltministerium sinkt der Wert. Ein Teil des Schlosses dient als Standesamt.',
    );
    expect(find(actors, 'Bundesumweltministerium')?.type).toBe('organization');
    expect(find(actors, 'Standesamt')).toBeUndefined();
  });
});

describe('German institutions named after a place', () => {
  it('reads an institution’s noun and the place after it as one organisation', () => {
    const actors = actorsOf(
      'Die Proben gingen an die Universität Wolkersried. Im Kraftwerk Quellingen ruht der Betrieb.',
    );
    expect(find(actors, 'Universität Wolkersried')?.type).toBe('organization');
    expect(find(actors, 'Kraftwerk Quellingen')?.type).toBe('organization');
    expect(find(actors, 'Wolkersried')).toBeUndefined();
  });
});

describe('German plurals after an article', () => {
  it('reads a plural that shares a city’s spelling as the noun, and keeps von der Leyen', () => {
    const actors = actorsOf(
      'Sobald es in den heimischen Bergen schneit, fahren wir los. ' +
        'Das sagte Ursula von der Leyen in Bergen.',
    );
    expect(find(actors, 'Ursula von der Leyen')?.type).toBe('person');
    expect(find(actors, 'Bergen')?.count).toBe(1);
  });
});

describe('German two-word names without a known given name', () => {
  it('reads a rare last word as a surname, a known word or compound last as no person', () => {
    const actors = actorsOf(
      'Im Finale traf Jarkko Vainikka für die Gäste. Dazu gab es Borscht Rindfleisch und Brot.',
    );
    expect(find(actors, 'Jarkko Vainikka')?.type).toBe('person');
    expect(find(actors, 'Borscht Rindfleisch')).toBeUndefined();
  });
});

describe('German names cut or joined (fourth round)', () => {
  it("keeps a capitalised adjective inside an institution's name", () => {
    const actors = actorsOf(
      'Sie arbeitete beim Deutschen Bundestag und promovierte an der Medizinischen Hochschule ' +
        'Hannover. Das Stück lief im Deutschen Theater Berlin.',
    );
    expect(find(actors, 'Deutschen Bundestag')?.type).toBe('organization');
    expect(find(actors, 'Medizinischen Hochschule Hannover')?.type).toBe('organization');
    expect(find(actors, 'Deutschen Theater Berlin')).toBeDefined();
    expect(find(actors, 'Bundestag')).toBeUndefined();
    expect(find(actors, 'Hannover')).toBeUndefined();
  });

  it('gives a club its founding year and its ordinal', () => {
    const actors = actorsOf(
      'Der Stürmer kehrte zum 1. FC Nürnberg zurück. Am Mittwoch spielt er gegen den FC Schalke 04.',
    );
    expect(find(actors, '1. FC Nürnberg')?.type).toBe('organization');
    expect(find(actors, 'FC Schalke 04')?.type).toBe('organization');
  });

  it('joins no acronym to a person by "von der"', () => {
    const actors = actorsOf(
      'Der Antrag kam durch, sagte Peter Bauer von der SPD. Das Werk von J. S. Bach klingt.',
    );
    expect(find(actors, 'Peter Bauer')?.type).toBe('person');
    expect(find(actors, 'SPD')?.type).toBe('organization');
    // Initials are no acronym.
    expect(find(actors, 'J. S. Bach')?.type).toBe('person');
  });

  it("ends a person's name at a role after it", () => {
    const actors = actorsOf('In jenen Jahren war Carlos M. Ortega Präsident des Senats.');
    expect(find(actors, 'Carlos M. Ortega')?.type).toBe('person');
  });

  it('reads a long compound of known words after a name as a noun', () => {
    const actors = actorsOf(
      'Die Sängerin litt nach der Trennung von Matthew Williams Liebeskummer.',
    );
    expect(find(actors, 'Matthew Williams')?.type).toBe('person');
  });
});

describe('German nouns, not names (fourth round)', () => {
  it('reads a noun said twice around a preposition as the noun', () => {
    const actors = actorsOf('Sie renne von Amt zu Amt und von Gericht zu Gericht, sagt sie.');
    expect(actors).toEqual([]);
  });

  it('reads a word the lists know only as a name as a noun after an article', () => {
    const actors = actorsOf(
      'Das Gesetz ist in Stein gemeißelt. Dann geriet der Stein ins Rollen. Ein Brett lag dort.',
    );
    expect(find(actors, 'Stein')).toBeUndefined();
    expect(find(actors, 'Brett')).toBeUndefined();
    // A surname the text writes after a given name stays his.
    const named = actorsOf('Der Regisseur Peter Stein kam. Dann geriet der Stein ins Rollen.');
    expect(find(named, 'Peter Stein')?.type).toBe('person');
  });

  it('reads a function word opening a sentence as that word, not a river or a given name', () => {
    const actors = actorsOf(
      'Seine Partei gewann die Wahl in Köln. Nur Justin und Alex erinnern sich an Peter Bauer. ' +
        'Deutsche Bank meldet Gewinne.',
    );
    expect(find(actors, 'Seine Partei')).toBeUndefined();
    expect(find(actors, 'Nur Justin')).toBeUndefined();
    expect(find(actors, 'Deutsche Bank')?.type).toBe('organization');
  });

  it('reads substances after a measure noun as things', () => {
    const actors = actorsOf('Dabei werden drei Moleküle ATP und zwei Moleküle NADPH benötigt.');
    expect(actors).toEqual([]);
  });

  it('reads compass words and da-words as no names', () => {
    const actors = actorsOf(
      'Die Strecke von Nord nach Süd ist lang. Schuld Darin erläutert er alles.',
    );
    expect(actors).toEqual([]);
  });

  it('reads an abbreviation joined to a noun as a kind of thing', () => {
    const actors = actorsOf(
      'Der Umsatz stieg auf 7 Mio US-Dollar. Die Krise der US-Baufinanzierer wächst. ' +
        'Das Radio spielt CH-Rock. Die EU-Kommission stimmte zu.',
    );
    expect(find(actors, 'US-Dollar')).toBeUndefined();
    expect(find(actors, 'US-Baufinanzierer')).toBeUndefined();
    expect(find(actors, 'CH-Rock')).toBeUndefined();
    expect(find(actors, 'EU-Kommission')?.type).toBe('organization');
  });

  it('explains Latin plurals in compounds, so they are no rare place names', () => {
    const actors = actorsOf(
      'Die Kinderbetreuung in Einkaufszentren wächst. Die Touristen kamen aus Kolfuschg.',
    );
    expect(find(actors, 'Einkaufszentren')).toBeUndefined();
    expect(find(actors, 'Kolfuschg')?.type).toBe('place');
  });
});

describe('German names of former states (fourth round)', () => {
  it('knows states of the last century and old spellings, also inflected', () => {
    const actors = actorsOf(
      'Die Delegation reiste aus der Tschechoslowakei und aus Rußland in die Vereinigten Staaten.',
    );
    expect(find(actors, 'Tschechoslowakei')?.type).toBe('place');
    expect(find(actors, 'Rußland')?.type).toBe('place');
    expect(find(actors, 'Vereinigten Staaten')?.type).toBe('place');
  });
});

describe('German institutions named with "für" (fourth round)', () => {
  it('continues an institution\'s name over "für" and "und", and merges its acronym', () => {
    const actors = actorsOf(
      'Das Landesamt für Umwelt (LAU) warnt. Sie beriet die Bundesanstalt für Wasserbau. ' +
        'An der Akademie für Musik und Theater lehrt sie.',
    );
    expect(find(actors, 'Landesamt für Umwelt')).toMatchObject({ type: 'organization', count: 2 });
    expect(find(actors, 'Akademie für Musik und Theater')?.type).toBe('organization');
    expect(find(actors, 'Bundesanstalt für Wasserbau')?.type).toBe('organization');
  });
});

describe('German spaced initials (fourth round)', () => {
  it("reads three spaced initials and no name after them as an organisation's abbreviation", () => {
    const actors = actorsOf(
      'Der W. A. C. siegte gegen den I. A. C. mit 3:1. Das Werk von J. S. Bach klingt.',
    );
    expect(find(actors, 'W. A. C.')?.type).toBe('organization');
    expect(find(actors, 'I. A. C.')?.type).toBe('organization');
    expect(find(actors, 'J. S. Bach')?.type).toBe('person');
  });
});

describe('German nouns after an article and adverbs (fourth round)', () => {
  it('reads a word after an article, adverbs and an adjective as a noun', () => {
    const actors = actorsOf('Das führte zu einer politisch sehr instabilen Lage in Kassel.');
    expect(find(actors, 'Lage')).toBeUndefined();
    expect(find(actors, 'Kassel')?.type).toBe('place');
  });
});
