/**
 * French as old newspapers reach a reader through OCR and tokenisation: hyphens spaced inside
 * names ("Seine - et - Oise"), abbreviated streets ("r. d'Amsterdam"), each from sentences
 * written for this test (docs/actors.md, "Languages").
 */
import { describe, expect, it } from 'vitest';
import { actorsOf, find, names } from './sentences-for-tests';

describe('French names with spaced hyphens', () => {
  it('joins a hyphenated surname in a short text that spaces one hyphen-only compound', () => {
    const fr = actorsOf(
      'La commission a entendu MM. Louis Billiet, Delaunay - Belleville et Saillard. Il est ' +
        'peut - être trop tard.',
      'fr',
    );
    expect(names(fr)).toContain('Delaunay - Belleville');
    expect(names(fr)).not.toContain('Delaunay');
  });

  it('leaves a dash between two names alone where the text joins its hyphens', () => {
    const fr = actorsOf(
      'Le match Lyon - Marseille a eu lieu au stade. Il est peut-être trop tard, dit-il.',
      'fr',
    );
    expect(names(fr)).not.toContain('Lyon - Marseille');
  });

  it('joins a name over a small word between two spaced hyphens, in any text', () => {
    const fr = actorsOf(
      'Ils vivent en Indre - et - Loire, puis à Choisy - le - Roi depuis longtemps.',
      'fr',
    );
    expect(find(fr, 'Indre - et - Loire')?.type).toBe('place');
    expect(names(fr)).toContain('Choisy - le - Roi');
    expect(names(fr)).not.toContain('Loire');
  });

  it('keeps a saint’s name whole, no person inside it', () => {
    const fr = actorsOf(
      'Les soldats sont arrivés dans le bois de Saint - Pierre - Vaast hier. Il est peut - ' +
        'être mort, dit - il.',
      'fr',
    );
    expect(names(fr)).toContain('Saint - Pierre - Vaast');
    expect(names(fr)).not.toContain('Pierre - Vaast');
  });

  it('reads a compound ending in a listed place as a place', () => {
    const fr = actorsOf(
      'Le navire est arrivé à la Nouvelle - Orléans hier. Elle habite Seine - et - Oise. Il ' +
        'est peut - être mort, dit - il.',
      'fr',
    );
    expect(find(fr, 'Nouvelle - Orléans')?.type).toBe('place');
    expect(find(fr, 'Seine - et - Oise')?.type).toBe('place');
  });
});

describe('French abbreviated streets', () => {
  it('reads "r." as rue, with its house number', () => {
    const fr = actorsOf(
      'Consultations du docteur, r. d’Amsterdam, 42, de 3 à 5 heures. Écrire au bureau.',
      'fr',
    );
    expect(find(fr, 'r. d’Amsterdam, 42')?.type).toBe('place');
    expect(names(fr)).not.toContain('Amsterdam');
  });
});

describe('French market columns and headings of old print', () => {
  it('reads a capital after a number as no sign of a name', () => {
    const fr = actorsOf(
      'Or: en barres, 84 11 1/8. Argent: Comptant, 21 1/8. Étain: Comptant, 174 10; 2 1/2. ' +
        'Argent: à terme, 21 3/8. Le cuivre reste calme.',
      'fr',
    );
    expect(names(fr)).not.toContain('Argent');
  });

  it('reads an everyday word in capitals without its accents as the word', () => {
    const fr = actorsOf(
      'Une LITTERATURE DE MISERE, dans le sens de sa valeur marchande, dit M. Dupont.',
      'fr',
    );
    expect(names(fr)).not.toContain('MISERE');
  });

  it('reads a town named like an everyday word as the word, unless named inside a sentence', () => {
    const market = actorsOf(
      'Clôture. — Sucre brut, base 88 %: tendance calme. SUCRE. — Courant, 239 francs.',
      'fr',
    );
    expect(names(market)).not.toContain('Sucre');
    const town = actorsOf('Le président est arrivé à Sucre hier soir avec ses ministres.', 'fr');
    expect(names(town)).toContain('Sucre');
  });

  it('leaves a Roman ordinal out', () => {
    const fr = actorsOf('Depuis le XIIIe siècle, la ville de Lübeck commerce avec Riga.', 'fr');
    expect(names(fr)).not.toContain('XIIIe');
  });

  it('keeps an initial after an elided article', () => {
    const fr = actorsOf(
      'Le terrain de la Pépinière est loué à l’A. S. Carcassonnaise depuis 1920.',
      'fr',
    );
    expect(names(fr)).toContain('A. S. Carcassonnaise');
  });
});

describe('French names at the start of sentences and quotations', () => {
  it('leaves a lone abstract noun out', () => {
    const fr = actorsOf(
      'Le président sera reçu dans les salons de la Présidence. Il a quitté la Présidence hier.',
      'fr',
    );
    expect(names(fr)).not.toContain('Présidence');
  });

  it('reads an article after guillemets as the sentence’s first word', () => {
    const fr = actorsOf(
      'Nous le tirons de l’Annuaire: «La Suède a toujours été un pays militaire, et la ' +
        'Suède le restera.»',
      'fr',
    );
    expect(names(fr)).not.toContain('La Suède');
    expect(find(fr, 'Suède')?.type).toBe('place');
  });

  it('keeps a civility, a given name and a surname in capitals together', () => {
    const fr = actorsOf(
      'Conférence sur la Chine, par Mme Charlotte HALDANE, envoyée spéciale. Mme HALDANE ' +
        'parlera ensuite.',
      'fr',
    );
    expect(names(fr)).toContain('Mme Charlotte HALDANE');
    expect(names(fr)).not.toContain('HALDANE');
  });

  it('keeps an institution’s head opening a sentence before its “de”', () => {
    const fr = actorsOf(
      'Prix, 25, 000 fr. Affaire sûre. Agence de l’Industrie, rue Vivienne, 17, Paris. ' +
        'INDUSTRIE ET AVIS DIVERS CAVE LAFFITTE 11, rue Laffite.',
      'fr',
    );
    expect(find(fr, 'Agence de l’Industrie')?.type).toBe('organization');
  });
});

describe('a surname’s capitalised article', () => {
  it('keeps “Le” between a given name and a surname', () => {
    const fr = actorsOf(
      'Hier, le ministre Yves Le Drian a parlé à Paris. Puis Yves Le Drian est parti.',
      'fr',
    );
    expect(find(fr, 'Yves Le Drian')?.type).toBe('person');
  });
});

describe('abbreviated words of old listings', () => {
  it('reads two capitals and a full stop before a name in capitals as an abbreviation', () => {
    const fr = actorsOf(
      'Spectacles. TH. ANTOINE. — 8 h. 30: Pile ou face. TH. DES ARTS. — 8 h. 30: Henri IV. ' +
        'Le syndicat FO a parlé. Il a rejoint FO. Ensuite il est parti.',
      'fr',
    );
    expect(names(fr)).not.toContain('TH');
    expect(names(fr)).toContain('FO');
  });
});

describe('French places headed by a lower-case noun', () => {
  it('keeps “château” in the place’s name', () => {
    const fr = actorsOf('Le comte vit au château de Bresteau depuis la guerre.', 'fr');
    expect(find(fr, 'château de Bresteau')?.type).toBe('place');
    expect(names(fr)).not.toContain('Bresteau');
  });
});

describe('French honorifics abbreviated', () => {
  it('takes no "S. Exc." or "S. EX." for an actor, and keeps the name after it', () => {
    const fr = actorsOf(
      'S. Exc. M. Morel, ministre des travaux publics, a reçu hier S. Exc. M. Vautrin. ' +
        'S. EX. M. VAUTRIN a parlé ensuite.',
      'fr',
    );
    expect(names(fr).some((n) => /^(?:S\. )?ex/i.test(n))).toBe(false);
    expect(names(fr)).toEqual(expect.arrayContaining(['M. Morel', 'M. Vautrin']));
  });
});

describe('French feasts', () => {
  it('takes Noël, Pâques and la Toussaint for feasts, and keeps a full name holding one', () => {
    const fr = actorsOf(
      'La veille de Noël, les employés partent. Les vacances de Pâques et la Toussaint ' +
        'passent. Noël Mamère arrive, puis Noël Mamère repart.',
      'fr',
    );
    expect(names(fr)).not.toContain('Noël');
    expect(names(fr)).not.toContain('Pâques');
    expect(names(fr)).not.toContain('Toussaint');
    expect(find(fr, 'Noël Mamère')?.type).toBe('person');
  });
});
