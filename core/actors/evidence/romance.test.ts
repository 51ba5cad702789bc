/**
 * The Romance languages' ordinary words, quoted titles, spaced hyphens, markup and Portuguese
 * verbs with their pronouns, each from sentences written for this test (docs/actors.md,
 * "Languages").
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon';
import { evidenceFor, lexiconFor } from './index';
import { actorsOf, find, names } from './sentences-for-tests';

describe('ordinary words of each language open no name', () => {
  it('reads "Através", "Comunque", "Nonostante", "Tuttavia" as the words they are', () => {
    const pt = actorsOf(
      'Através da Fundação Aurora, a escritora Teresa Lobo lançou o livro em Braga.',
      'pt',
    );
    expect(find(pt, 'Fundação Aurora')?.type).toBe('organization');
    expect(names(pt).filter((n) => n.startsWith('Através'))).toEqual([]);
    const it_ = actorsOf(
      'Comunque Rossi ha vinto. Nonostante Bianchi, il sindaco Luca Rossi resta a Pavia. ' +
        'Tuttavia Rossi tace.',
      'it',
    );
    expect(find(it_, 'Luca Rossi')?.type).toBe('person');
    expect(names(it_).filter((n) => /Comunque|Nonostante|Tuttavia/.test(n))).toEqual([]);
  });

  it('leaves out of the ordinary words those the name lists know', () => {
    // stopwords-iso's Portuguese list has "nova" and Italian "ansa": "Nova Iorque" is a place.
    const pt = lexiconFor(lexicon(), evidenceFor('pt'));
    expect(pt.common.has('através')).toBe(true);
    expect(pt.common.has('lisboa')).toBe(false);
    const places = actorsOf(
      'Nova Iorque recebeu a cimeira. O encontro em Nova Iorque acabou.',
      'pt',
    );
    expect(find(places, 'Nova Iorque')?.type).toBe('place');
  });
});

describe('everyday words of each language name nothing where capitals say little', () => {
  it('drops ordinary words written in capitals, plurals too', () => {
    const fr = actorsOf('Le marché des COTONS reste calme à Rouen, dit M. Paul Garnier.', 'fr');
    expect(names(fr)).toEqual(expect.arrayContaining(['Rouen', 'M. Paul Garnier']));
    expect(names(fr).filter((n) => n.includes('COTON'))).toEqual([]);
    const pt = actorsOf(
      'A câmara de Lamego anunciou a FESTA do Verão. O presidente Rui Costa falou COMIGO.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Lamego', 'Rui Costa']));
    expect(names(pt).filter((n) => /FESTA|COMIGO/.test(n))).toEqual([]);
  });

  it('keeps a name the frequency list also holds where the text writes it inside a sentence', () => {
    // Film subtitles say "Tokio" and "Duke" often enough to list them among everyday words.
    const es = actorsOf('El grupo tocó en Tokio con Duke Ellington. Regresó a Lima.', 'es');
    expect(find(es, 'Tokio')?.type).toBe('place');
    expect(find(es, 'Duke Ellington')?.type).toBe('person');
    expect(names(es).filter((n) => n.startsWith('Regres'))).toEqual([]);
  });
});

describe('a listed name runs over lower-case words only where they belong to it', () => {
  it('reads an article and its noun opening a sentence as no town, whatever a town is called', () => {
    // GeoNames has towns called "La Isla" and "El Fuerte".
    const es = actorsOf('La isla es de origen volcánico. El fuerte protege Cádiz.', 'es');
    expect(names(es)).toEqual(['Cádiz']);
    const fr = actorsOf('Il a vécu en Arabie saoudite et en Guinée équatoriale.', 'fr');
    expect(names(fr)).toEqual(['Arabie saoudite', 'Guinée équatoriale']);
  });
});

describe('French names as old newspapers and minutes print them', () => {
  it('keeps the civility before a surname in capitals, and no function word in capitals', () => {
    const fr = actorsOf(
      'M. ROUHER: Je proteste. M. MARTINEZ répond que les nouvelles EN ALLEMAGNE sont bonnes.',
      'fr',
    );
    expect(find(fr, 'M. ROUHER')?.type).toBe('person');
    expect(find(fr, 'M. MARTINEZ')?.type).toBe('person');
    expect(find(fr, 'ALLEMAGNE')?.type).toBe('place');
    expect(names(fr).filter((n) => n.startsWith('EN'))).toEqual([]);
  });

  it("names a street with its lower-case head word, after the story's own actors", () => {
    const fr = actorsOf(
      'Le banquier Paul Garnier a été arrêté à Lyon. Garnier habitait rue de la Paix, puis ' +
        'boulevard Saint - Michel. Lyon attend le procès de Garnier.',
      'fr',
    );
    expect(find(fr, 'rue de la Paix')?.type).toBe('place');
    expect(find(fr, 'boulevard Saint - Michel')?.type).toBe('place');
    const ranked = names(fr);
    expect(ranked.indexOf('rue de la Paix')).toBeGreaterThan(ranked.indexOf('Lyon'));
  });

  it('keeps a lone Dutch or German particle with its surname, and "New - York" whole', () => {
    const fr = actorsOf('Le peintre van Luyten expose ses toiles, arrivées de New - York.', 'fr');
    expect(find(fr, 'van Luyten')?.type).toBe('person');
    expect(find(fr, 'New - York')?.type).toBe('place');
    expect(names(fr)).not.toContain('York');
  });
});

describe('an ordinal opens no name', () => {
  it('reads "3º Preenchem", "4º Vão" as steps of a form, "3M" as a firm', () => {
    const pt = actorsOf(
      'Como pedir o cartão em Braga:\n3º Preenchem o formulário.\n4º Vão ao balcão. A 3M Company ajudou.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Braga', '3M Company']));
    expect(names(pt).filter((n) => /º/.test(n))).toEqual([]);
  });
});

describe("an event's head word opening a name makes it no actor", () => {
  it('drops a cup or a fair whatever its cues, and keeps the people and places around them', () => {
    const pt = actorsOf(
      'A equipa de Rui Costa venceu a Taça Davis em Madrid e visitou a 47ª Feira do Livro.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Rui Costa', 'Madrid']));
    expect(names(pt).filter((n) => /Taça|Feira/.test(n))).toEqual([]);
  });
});

describe('a lower-case head word before a place is part of its name', () => {
  it('names waters, mountains and lands with their kind, as Spanish, Italian and French write them', () => {
    const es = actorsOf(
      'El río Ebro se desbordó cerca de Zaragoza. La cordillera de los Andes y el mar Caribe ' +
        'quedan lejos. La región de Murcia pidió ayuda.',
      'es',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining(['río Ebro', 'cordillera de los Andes', 'mar Caribe', 'Murcia']),
    );
    expect(names(es)).not.toContain('Ebro');
    const it_ = actorsOf('Il fiume Po è in piena a Piacenza.', 'it');
    expect(find(it_, 'fiume Po')?.type).toBe('place');
    const fr = actorsOf('Le lac Léman borde Genève.', 'fr');
    expect(find(fr, 'lac Léman')?.type).toBe('place');
  });
});

describe('a name that fills a quotation is a title', () => {
  it('drops a quoted song, film or book, article or not, and keeps the people', () => {
    const es = actorsOf(
      'La banda publicó "Noches de Verano" en 2009. El disco fue producido por Julia Ortega ' +
        'en Sevilla. Después, "Noches de Verano" llegó a las listas.',
      'es',
    );
    expect(names(es)).toEqual(expect.arrayContaining(['Julia Ortega', 'Sevilla']));
    expect(names(es).filter((n) => n.includes('Noches'))).toEqual([]);
    const it_ = actorsOf(
      'Il regista ha presentato "Il Giardino Segreto" al festival. Marco Ferri, il ' +
        'produttore, era a Torino. "Il Giardino Segreto" uscirà a marzo.',
      'it',
    );
    expect(find(it_, 'Marco Ferri')?.type).toBe('person');
    expect(names(it_).filter((n) => n.includes('Giardino'))).toEqual([]);
    const fr = actorsOf('Le roman «Les Jardins de Tanger» a séduit. Lyon a fêté l’auteur.', 'fr');
    expect(names(fr).filter((n) => n.includes('Jardins'))).toEqual([]);
  });

  it('reads no name inside a quoted title written in title case', () => {
    const pt = actorsOf(
      'Receba nosso ebook “As 7 Etapas para Ensinar seus Filhos em Casa”, um guia gratuito. ' +
        'A professora Ana Ribeiro escreveu o guia em Curitiba.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Ana Ribeiro', 'Curitiba']));
    expect(names(pt).filter((n) => /Ensinar|Casa|Filhos|Etapas/.test(n))).toEqual([]);
    // A quoted sentence keeps its names.
    const it_ = actorsOf(
      'Il ministro ha detto: «Il presidente Mario Draghi ha incontrato il sindaco a Napoli».',
      'it',
    );
    expect(find(it_, 'Mario Draghi')?.type).toBe('person');
  });

  it('keeps a listed name even in quotes', () => {
    const pt = actorsOf('O jogo com o "Benfica" foi em "Lisboa", disse o treinador.', 'pt');
    expect(find(pt, 'Lisboa')?.type).toBe('place');
  });
});

describe('a text that spaces its hyphens', () => {
  it('reads "Grande - Bretagne" as one name where "peut - être" is spaced too', () => {
    const fr = actorsOf(
      'Le traité unit la Grande - Bretagne et la France, peut - être pour longtemps. ' +
        "C'est - à - dire que Londres signa. Celui - ci fut ratifié par la Grande - Bretagne.",
      'fr',
    );
    expect(names(fr)).toContain('Grande - Bretagne');
    expect(names(fr)).not.toContain('Bretagne');
  });

  it('reads a spaced dash as a dash in a text that joins its hyphens', () => {
    const fr = actorsOf(
      "Le match Lyon - Marseille a eu lieu peut-être trop tôt: c'est-à-dire avant l'hiver. " +
        'Celui-ci fut rude à Lyon.',
      'fr',
    );
    expect(names(fr)).toEqual(expect.arrayContaining(['Lyon', 'Marseille']));
    expect(names(fr).filter((n) => n.includes(' - '))).toEqual([]);
  });
});

describe('markup and verbs are no names', () => {
  it('drops the keys and values of markup left in the text', () => {
    const pt = actorsOf(
      'A página diz EM CATEG="PESSOA use os poderes. O ministro Rui Tavares falou em Lisboa.',
      'pt',
    );
    expect(names(pt)).toEqual(expect.arrayContaining(['Rui Tavares', 'Lisboa']));
    expect(names(pt).filter((n) => /CATEG|PESSOA/.test(n))).toEqual([]);
  });

  it('drops a Portuguese verb with its hyphened pronoun from the name after it', () => {
    const pt = actorsOf(
      'O treinador Rui Costa Mendes chegou ao Porto. Acusa-se Costa Mendes de tudo.',
      'pt',
    );
    expect(names(pt).filter((n) => n.startsWith('Acusa-se'))).toEqual([]);
  });
});

describe('a page in another language keeps its own form of a name the lists know in English', () => {
  it('shows "USA" on an Italian page, where the English lists would say "United States"', () => {
    const actors = actorsOf(
      'Il Black Friday è una consuetudine importata dagli USA. Negli USA i negozi aprono ' +
        "all'alba, e quest'anno anche in Italia molti negozi offrono sconti.",
      'it',
    );
    expect(find(actors, 'USA')?.type).toBe('place');
    expect(names(actors)).not.toContain('United States');
  });
});
