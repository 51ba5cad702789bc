import { describe, expect, it } from 'vitest';
import { actorsOf, find, names } from './sentences-for-tests';
import { tokenize } from '../tokens';
import { evidenceFor, NO_EVIDENCE } from './index';
import { ENGLISH } from './en';
import { russianStem } from './ru';

describe('evidenceFor', () => {
  it('has a table for each supported language, by its BCP 47 tag', () => {
    expect(evidenceFor('en-GB')).toBe(ENGLISH);
    expect(evidenceFor('')).toBe(ENGLISH);
    for (const lang of ['de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'ru']) {
      const ev = evidenceFor(lang);
      expect(ev, lang).not.toBe(NO_EVIDENCE);
      expect(ev.guess, lang).toBeTypeOf('function');
      expect(ev.words?.countries, lang).toBeTruthy();
    }
    expect(evidenceFor('sv')).toBe(NO_EVIDENCE);
  });
});

describe('Russian: case endings', () => {
  it('stems a declined name to one base, and leaves other scripts alone', () => {
    expect(new Set(['путин', 'путина', 'путину', 'путиным'].map(russianStem))).toEqual(
      new Set(['путин']),
    );
    expect(russianStem('москвы')).toBe(russianStem('москве'));
    expect(russianStem('медведевым')).toBe('медведев');
    // Too short to lose an ending, and Latin words are untouched.
    expect(russianStem('в')).toBe('в');
    expect(russianStem('berlin')).toBe('berlin');
  });

  it('merges inflected forms and types names by their case and cues', () => {
    const text =
      'Президент России Владимир Путин встретился в Москве с премьером Дмитрием Медведевым. ' +
      'Путина поддержал Медведев, сообщает «Газпром». В Москве прошёл митинг.';
    const actors = actorsOf(text, 'ru');
    const putin = find(actors, 'Владимир Путин');
    expect(putin).toMatchObject({ type: 'person', count: 2 });
    expect(putin?.aliases).toContain('Путина');
    expect(find(actors, 'Медведев')?.type).toBe('person');
    expect(find(actors, 'Москве')).toMatchObject({ type: 'place', count: 2 });
    expect(find(actors, 'России')?.type).toBe('place');
    expect(find(actors, 'Газпром')?.type).toBe('organization');
    // The country's genitive is no part of the person's name.
    expect(names(actors)).not.toContain('России Владимир Путин');
  });
});

describe('Russian: adjectives are no family names without a cue', () => {
  it('leaves place adjectives alone, keeps surnames with a role', () => {
    const actors = actorsOf(
      'Заседание Московской городской думы прошло в пятницу. По данным Российской академии наук, ' +
        'депутат Иванов выступил против. Иванова поддержал Путин.',
      'ru',
    );
    expect(find(actors, 'Иванов')).toMatchObject({ type: 'person', count: 2 });
    expect(find(actors, 'Российской')).toBeUndefined();
    // The adjective heads its council's name, not a name of its own.
    expect(names(actors)).not.toContain('Московской');
    expect(actors.find((a) => a.name.endsWith('Московской городской думы'))?.type).toBe(
      'organization',
    );
  });
});

describe('German: capitalised nouns need evidence', () => {
  it('keeps names with a role, a first name or a place cue, and drops common nouns', () => {
    const text =
      'Die Wähler von Demir jubelten am Montag. Landrat Jürgen Hallberg sprach in Wolfsburg ' +
      'über die Entscheidung. Die Wähler wollen Klarheit. Hallberg sagte, die Siemens AG ' +
      'baue in Wolfsburg eine neue Fabrik.';
    const actors = actorsOf(text, 'de');
    expect(find(actors, 'Jürgen Hallberg')).toMatchObject({ type: 'person', count: 2 });
    expect(find(actors, 'Wolfsburg')?.type).toBe('place');
    expect(find(actors, 'Siemens AG')?.type).toBe('organization');
    for (const noun of [
      'Wähler',
      'Wähler von Demir',
      'Entscheidung',
      'Klarheit',
      'Montag',
      'Fabrik',
    ]) {
      expect(find(actors, noun), noun).toBeUndefined();
    }
  });

  it('reads two capitalised words no list knows as nouns, not as a person', () => {
    const actors = actorsOf(
      'Landrat Klaus Berger besuchte Meschede. Umfangreicher Netzausbau sei geplant, sagte er. Zwei Buslinien fahren neu.',
      'de',
    );
    expect(find(actors, 'Klaus Berger')?.type).toBe('person');
    expect(names(actors)).not.toContain('Umfangreicher Netzausbau');
    expect(names(actors).join(' ')).not.toMatch(/Buslinien/);
  });

  it('merges a place\'s genitive with the place, and leaves other words ending in "s" alone', () => {
    const actors = actorsOf(
      'Bundeskanzlerin Angela Merkel reiste nach Irland. Irlands Premier empfing sie in Dublin. ' +
        'Auch Vertreter von Siemens waren dabei, sagte Merkel.',
      'de',
    );
    expect(find(actors, 'Irland')).toMatchObject({ type: 'place', count: 2 });
    expect(find(actors, 'Irland')?.aliases).toContain('Irlands');
    expect(find(actors, 'Siemens')?.name).toBe('Siemens');
  });

  it('makes no place of a noun after "in" alone', () => {
    const actors = actorsOf(
      'Das Werk in Meschede ist seit 1990 in Betrieb, sagte Landrat Klaus Berger. Ein Umzug kommt in Betracht.',
      'de',
    );
    expect(find(actors, 'Meschede')?.type).toBe('place');
    expect(find(actors, 'Betrieb')).toBeUndefined();
    expect(find(actors, 'Betracht')).toBeUndefined();
  });

  it('keeps technical and economic abbreviations out, and legal forms in', () => {
    const actors = actorsOf(
      'Die Siemens AG meldete Gewinne, sagte Chef Joe Kaeser. Das BIP wuchs, die SMS kam später.',
      'de',
    );
    expect(find(actors, 'Siemens AG')?.type).toBe('organization');
    expect(find(actors, 'BIP')).toBeUndefined();
    expect(find(actors, 'SMS')).toBeUndefined();
  });

  it('joins "von" to a given name only: "Ursula von der Leyen", not "Versuch von Toyota"', () => {
    const actors = actorsOf(
      'Ursula von der Leyen lobte den Versuch von Toyota. Von der Leyen reiste nach Paris.',
      'de',
    );
    expect(find(actors, 'Ursula von der Leyen')?.type).toBe('person');
    expect(names(actors)).not.toContain('Versuch von Toyota');
  });
});

describe('Romance languages and Dutch', () => {
  it('Italian: roles, elided articles, heads first, sentence openers', () => {
    const text =
      "Inizialmente il presidente Sergio Mattarella ha parlato a Roma, capitale dell'Italia. " +
      'Il Partito Democratico ha risposto. Mattarella ha poi lasciato Roma.';
    const actors = actorsOf(text, 'it');
    expect(find(actors, 'Sergio Mattarella')).toMatchObject({ type: 'person', count: 2 });
    expect(find(actors, 'Italia')?.type).toBe('place');
    expect(find(actors, 'Partito Democratico')?.type).toBe('organization');
    expect(find(actors, 'Roma')?.type).toBe('place');
    expect(find(actors, 'Inizialmente')).toBeUndefined();
  });

  it('Italian: an elided article joins a name as written, and opens none', () => {
    const actors = actorsOf(
      "Ieri Fratelli d'Italia e L'Unione Europea hanno parlato con Giorgia Meloni.",
      'it',
    );
    expect(find(actors, "Fratelli d'Italia")?.type).toBe('organization');
    expect(find(actors, 'Unione Europea')?.type).toBe('organization');
    expect(names(actors)).not.toContain("L'Unione Europea");
  });

  it('Spanish: "y" joins no two names; French: M. and "à"', () => {
    const es = actorsOf('Lo dijeron Gabriel García Márquez y Mario Vargas Llosa en Lima.', 'es');
    expect(find(es, 'Gabriel García Márquez')?.type).toBe('person');
    expect(find(es, 'Mario Vargas Llosa')?.type).toBe('person');
    expect(find(es, 'Lima')?.type).toBe('place');
    const fr = actorsOf("Selon M. Lefebvre, la réunion aura lieu à Lyon avec l'Élysée.", 'fr');
    // French writes the civility as part of the name (romance-russian.test.ts).
    expect(find(fr, 'M. Lefebvre')?.type).toBe('person');
    expect(find(fr, 'Lyon')?.type).toBe('place');
  });

  it('Portuguese and Dutch: place prepositions, particles inside names', () => {
    const pt = actorsOf('O ministro António Costa esteve em Lisboa com a Caixa Geral.', 'pt');
    expect(find(pt, 'António Costa')?.type).toBe('person');
    expect(find(pt, 'Lisboa')?.type).toBe('place');
    const nl = actorsOf(
      'Volgens burgemeester Ahmed Aboutaleb komt Rutger van der Linden naar Utrecht.',
      'nl',
    );
    expect(find(nl, 'Ahmed Aboutaleb')?.type).toBe('person');
    expect(find(nl, 'Rutger van der Linden')?.type).toBe('person');
    expect(find(nl, 'Utrecht')?.type).toBe('place');
  });

  it('types no lone name that nothing in the text or the lists vouches for', () => {
    // "Zanbelli" has no role, verb of saying or preposition beside it: a surname or a town.
    const it = actorsOf(
      'Il ministro Carlo Rossi ha firmato ieri a Torino. Secondo la nota, anche Zanbelli era contrario.',
      'it',
    );
    expect(find(it, 'Carlo Rossi')?.type).toBe('person');
    expect(find(it, 'Torino')?.type).toBe('place');
    expect(find(it, 'Zanbelli')).toBeUndefined();
  });

  it("knows the language's small towns and its names of large cities", () => {
    const it = actorsOf(
      'Il consiglio comunale ha approvato il bilancio. Anche Seregno e Milano hanno votato ieri.',
      'it',
    );
    expect(find(it, 'Seregno')?.type).toBe('place');
    expect(find(it, 'Milano')?.type).toBe('place');
    const de = actorsOf('Auch Meschede und Mailand stimmten am Montag zu.', 'de');
    expect(find(de, 'Meschede')?.type).toBe('place');
    expect(find(de, 'Mailand')?.type).toBe('place');
  });

  it('reads San, Santa, São as the head of a place, and "de X" as no place cue in Portuguese', () => {
    const it = actorsOf(
      'Migliaia di fedeli in Piazza San Pietro; poi la partita a San Siro.',
      'it',
    );
    expect(find(it, 'San Siro')?.type).toBe('place');
    expect(names(it)).not.toContain('Siro');
    const pt = actorsOf(
      'A obra de Zacarias Fontoura marcou o século. O dicionário de Fontoura e a gramática de Fontoura ficaram.',
      'pt',
    );
    expect(find(pt, 'Zacarias Fontoura')).toMatchObject({ type: 'person', count: 3 });
  });

  it('reads a name with an event or law word in it as no actor', () => {
    const es = actorsOf(
      'La Segunda Guerra Mundial terminó en 1945, recordó el presidente Pedro Sánchez en Madrid.',
      'es',
    );
    expect(find(es, 'Pedro Sánchez')?.type).toBe('person');
    expect(names(es).join(' ')).not.toMatch(/Guerra/);
    const it = actorsOf(
      'Il Gran Premio Bancarella è stato vinto da Marco Rossi a Pontremoli.',
      'it',
    );
    expect(names(it).join(' ')).not.toMatch(/Premio/);
  });

  it('leaves English names with an apostrophe whole', () => {
    const words = tokenize("O'Brien met d'Artagnan and l'Italia").map((t) => t.text);
    expect(words).toContain("O'Brien");
    expect(words).toEqual(expect.arrayContaining(["l'", 'Italia']));
  });
});
