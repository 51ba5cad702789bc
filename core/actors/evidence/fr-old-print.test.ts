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
