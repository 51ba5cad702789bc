/**
 * German mechanisms for old newspapers (abbreviated titles, "v.", addresses, towns with their
 * river), each from sentences written for this test (nothing from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { actorsOf as actorsIn, find, names } from './sentences-for-tests';
import type { Actor } from '../../types';

const actorsOf = (text: string): Actor[] => actorsIn(text, 'de');

describe('German abbreviated titles of old print', () => {
  it('reads "Frl.", "Hr.", "Hrn." and "Abg." as titles before a name, not as names', () => {
    const actors = actorsOf(
      'Es spielten Hr. Wendeborn. Frl. Aschtal. Frl. Obexer. Später dankte man Hrn. Kolbeck, ' +
        'und Abg. Strohmayr sprach.',
    );
    for (const name of ['Wendeborn', 'Aschtal', 'Obexer', 'Kolbeck', 'Strohmayr']) {
      expect(find(actors, name)?.type, name).toBe('person');
    }
    expect(names(actors).some((n) => /^(?:Frl|Hr|Hrn|Abg)\b/.test(n))).toBe(false);
  });

  it('reads "Genosse", "Grafen" and "Frhr." before a name as person titles', () => {
    const actors = actorsOf(
      'Gestern stand Genosse Wrzalek vor Gericht. In den Tagen des Grafen Ostrowitz war es ' +
        'still, und Frhr. Lindeck schwieg.',
    );
    expect(find(actors, 'Wrzalek')?.type).toBe('person');
    expect(find(actors, 'Ostrowitz')?.type).toBe('person');
    expect(find(actors, 'Lindeck')?.type).toBe('person');
  });

  it('keeps "v." after a title in the surname, not a realm after "König von"', () => {
    const actors = actorsOf(
      'Der Richter, Dr. v. Marquard, sprach ihn frei. Dort hat General v. Schleuditz gesprochen, ' +
        'später Alfred v. Bergholt. Der König von Preußen empfing Oberst von Tarnewitz.',
    );
    expect(find(actors, 'v. Marquard')?.type).toBe('person');
    expect(find(actors, 'v. Schleuditz')?.type).toBe('person');
    expect(find(actors, 'Alfred v. Bergholt')?.type).toBe('person');
    expect(find(actors, 'Preußen')?.type).toBe('place');
    expect(find(actors, 'von Preußen')).toBeUndefined();
  });
});

describe('German addresses and qualified towns', () => {
  it("takes an address from its district's number to its door", () => {
    const actors = actorsOf(
      'Zu haben bei Holzhauser, III. Moosgasse 25, Tür 7. Ferner in der Filiale ' +
        'VI. Kandlgasse 101. Anfragen an Weber, Felbergasse 64, 1. Stock, Tür 9. ' +
        'Briefe an die Kanzlei, Fichtelgasse Nr. 11.',
    );
    const shown = names(actors);
    expect(shown).toEqual(
      expect.arrayContaining([
        'III. Moosgasse 25, Tür 7',
        'VI. Kandlgasse 101',
        'Felbergasse 64, 1. Stock, Tür 9',
        'Fichtelgasse Nr. 11',
      ]),
    );
    expect(find(actors, 'VI. Kandlgasse 101')?.type).toBe('place');
  });

  it('reads a square, ring or line before a house number as an address, not alone', () => {
    const actors = actorsOf(
      'Zu haben am Ottoplatz 9 und in der Mühlzeile 20, ferner bei Kuhn, X. Lindenring 6. ' +
        'Der Marktplatz war leer.',
    );
    expect(find(actors, 'Ottoplatz 9')?.type).toBe('place');
    expect(find(actors, 'Mühlzeile 20')?.type).toBe('place');
    expect(names(actors).some((n) => n.startsWith('X. Lindenring 6'))).toBe(true);
    expect(find(actors, 'Marktplatz')).toBeUndefined();
  });

  it('reads a town with its abbreviated river or region as one place', () => {
    const actors = actorsOf(
      'Das Büro ist in Frankfurt a. M., die Filiale in Freiburg i. Br., das Lager in ' +
        'Halle a. d. S. und die Druckerei in Köln a. Rh. zu finden.',
    );
    expect(find(actors, 'Frankfurt a. M.')?.type).toBe('place');
    expect(find(actors, 'Freiburg i. Br.')?.type).toBe('place');
    expect(find(actors, 'Halle a. d. S.')?.type).toBe('place');
    expect(names(actors).some((n) => n.startsWith('Köln a. Rh'))).toBe(true);
  });
});

describe('German firms of old print', () => {
  it('reads partners joined by "&" before "Co." as one firm', () => {
    const actors = actorsOf(
      'Inserate übernehmen Brandeis & Co. in Graz sowie Orell Wendler & Co. in Zürich.',
    );
    expect(find(actors, 'Brandeis & Co.')?.type).toBe('organization');
    expect(find(actors, 'Orell Wendler & Co.')?.type).toBe('organization');
    expect(find(actors, 'Orell Wendler')).toBeUndefined();
  });
});

describe('German parties named by their adjective', () => {
  it('reads a lower-case adjective and "Partei" after the definite article as a party', () => {
    const actors = actorsOf(
      'Die Führer der sozialdemokratischen Partei tagten. Die radicale Partei schwieg. ' +
        'Er trat keiner politischen Partei bei, und sie gründeten eine neue Partei.',
    );
    expect(find(actors, 'sozialdemokratischen Partei')?.type).toBe('organization');
    expect(find(actors, 'radicale Partei')?.type).toBe('organization');
    expect(names(actors).some((n) => /politischen|neue/.test(n))).toBe(false);
  });
});
