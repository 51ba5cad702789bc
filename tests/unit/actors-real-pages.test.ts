/**
 * Kinds of error the key actors made on real English pages read in the popup, each from
 * sentences written for this test (every name is invented or common knowledge): names cut short,
 * people typed as places or firms, things typed as people, names shown in capitals.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../core/actors';
import { fromPlainText } from '../../core/text/source-text';
import { splitSentences } from '../../core/text/sentences';
import type { Actor } from '../../core/types';

function actorsOf(text: string): Actor[] {
  const source = fromPlainText(text);
  return findActors(source, splitSentences(source, 'en'), { lang: 'en' });
}

const names = (a: Actor): string[] => [a.name, ...a.aliases];
const find = (actors: readonly Actor[], name: string): Actor | undefined =>
  actors.find((a) => names(a).includes(name));
const allNames = (actors: readonly Actor[]): string[] => actors.flatMap(names);

describe('names cut short', () => {
  it('keeps an ordinary word’s possessive that opens an institution’s name', () => {
    const actors = actorsOf(
      'Officials said the People’s Relief Army would arrive in Dalmore. Later the Children’s Hospital of Dalmore opened. The People’s Relief Army left on Friday.',
    );
    expect(find(actors, 'People’s Relief Army')).toMatchObject({ type: 'organization', count: 2 });
    expect(find(actors, 'Children’s Hospital of Dalmore')).toMatchObject({
      type: 'organization',
    });
    expect(find(actors, 'Relief Army')).toBeUndefined();
  });

  it('still ends a name at a possessive of a name or of a sentence’s first word', () => {
    const actors = actorsOf(
      'Senator Ann Rusk criticised Trevalia’s Justice Ministry on Monday. Today’s Justice Ministry statement was short, and the Justice Ministry said it would reply.',
    );
    expect(allNames(actors).join('|')).not.toMatch(/Trevalia’s Justice|Today/);
    expect(find(actors, 'Justice Ministry')).toMatchObject({ type: 'organization' });
  });
});

describe('"and" inside a name', () => {
  it('keeps two ordinary words joined by "and" before a place’s head word', () => {
    const actors = actorsOf(
      'The band was nominated for the Rock and Roll Hall of Fame this year. The Rock and Roll Hall of Fame will honour them in May, said Dana Korr.',
    );
    expect(find(actors, 'Rock and Roll Hall of Fame')).toMatchObject({ count: 2 });
    expect(find(actors, 'Roll Hall of Fame')).toBeUndefined();
  });
});

describe('names cut at a head word', () => {
  it('keeps a plain noun after an institution’s head word that is no company suffix', () => {
    const actors = actorsOf(
      'The agency called in its Concurrent Planning Facility, a small facility for early studies. Brimley Labs Opens an office, and the Concurrent Planning Facility said it would help. Kestrel Federal Reserve President Ona Lisk agreed.',
    );
    expect(find(actors, 'Concurrent Planning Facility')).toMatchObject({ count: 2 });
    expect(find(actors, 'Concurrent Planning')).toBeUndefined();
    expect(find(actors, 'Brimley Labs')).toBeDefined();
    expect(find(actors, 'Kestrel Federal Reserve')).toBeDefined();
  });
});

describe('people typed by what the text says of them', () => {
  it('reads a role in a description after the name as a person’s', () => {
    const actors = actorsOf(
      'Police cleared the campus on Monday. Tam Wing-kei, the commander of the western district, said the protesters had to leave. Oren Dask, research director of consumer devices at the firm Quantix, sees a slow market.',
    );
    expect(find(actors, 'Tam Wing-kei')).toMatchObject({ type: 'person' });
    expect(find(actors, 'Oren Dask')).toMatchObject({ type: 'person' });
  });

  it('does not read a role word that qualifies a firm’s noun as a person’s', () => {
    const actors = actorsOf(
      'Shares of Brellix rose. Brellix, the region’s largest property adviser, said demand grew, and Brellix expects more. Quorra Media, a sister company of Brellix, agreed. Quorra Media said it would hire.',
    );
    expect(find(actors, 'Brellix')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Quorra Media')).toMatchObject({ type: 'organization' });
  });
});

describe('things, not actors', () => {
  it('does not make Title Case ordinary words a name by the article alone', () => {
    const actors = actorsOf(
      'Astronomers at Keldon University modelled the universe since the Big Bang. The Big Bang left a faint glow, and the Big Bang remains hard to study, said Mara Velt.',
    );
    expect(find(actors, 'Big Bang')).toBeUndefined();
    expect(find(actors, 'Keldon University')).toMatchObject({ type: 'organization' });
  });

  it('still keeps a team or a brand the text names with the article', () => {
    const actors = actorsOf(
      'The Gold Blacks beat the Harbour Kings 30-12. The Gold Blacks scored early, and the Gold Blacks held on. Fans queued for the iPad Pro, and the iPad Pro sold out before the iPad Pro ad ran.',
    );
    expect(find(actors, 'Gold Blacks')).toBeDefined();
    expect(find(actors, 'iPad Pro')).toBeDefined();
  });
});

describe('products and brands, not people', () => {
  it('reads a trade mark’s sign as a brand’s, and a long product name as no person’s', () => {
    const actors = actorsOf(
      'Add the pears, the cloves and a 16-ounce Don Varo® Orange Blossom Comb Honey Globe Jar. Then stir in a jar of Don Varo® Honey, or a cup of Don Varo® Honey, and boil it.',
    );
    expect(find(actors, 'Don Varo')).toMatchObject({ type: 'organization' });
    expect(allNames(actors).join('|')).not.toMatch(/Blossom|Globe Jar/);
  });

  it('still finds a person after the words of a title', () => {
    const actors = actorsOf(
      'The Director of Public Prosecutions Alison Wardell said the case would go ahead. Wardell said she was confident.',
    );
    expect(find(actors, 'Alison Wardell')).toMatchObject({ type: 'person' });
  });
});

describe('names written in capitals', () => {
  it('reads a word shouted in a salutation by its normal-case form, not as an acronym', () => {
    const actors = actorsOf(
      'DEAR MIRABEL: My brother never calls. What should I do? -- LONELY IN OHIO\n\nDEAR LONELY: Call him first.\n\nDEAR MIRABEL: My neighbour is loud. -- SLEEPLESS\n\nDear Mirabel is written by Joan Petrel.',
    );
    expect(find(actors, 'Mirabel')).toMatchObject({ type: 'person' });
    expect(find(actors, 'LONELY')).toBeUndefined();
  });

  it('shows a listed place written only in capitals in normal case, and acronyms as written', () => {
    const actors = actorsOf(
      'SANTA FE, N.M. (AP) — A cat named Luna came home. Her owner said it was a miracle. -- TIRED IN CALIFORNIA\n\nThe NYC shelter and Portland volunteers helped, Luna’s owner said. NYC officials agreed.',
    );
    expect(find(actors, 'California')).toMatchObject({ type: 'place' });
    expect(allNames(actors)).not.toContain('Nyc');
  });
});

describe('a cited paper', () => {
  it('takes no actors from a line citing a paper, but keeps those of the story', () => {
    const actors = actorsOf(
      'Researchers at Halvern University put mice into torpor, said Ines Marrow of Halvern University.\n\nMore information: T. Brand et al. Torpor and Sleep: Prospects for Human Starflight, Handbook of Deep Habitats (2018). DOI: 10.1000/182-1',
    );
    expect(find(actors, 'Halvern University')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Ines Marrow')).toMatchObject({ type: 'person' });
    expect(allNames(actors).join('|')).not.toMatch(/Brand|Starflight|Deep Habitats|Torpor/);
  });
});

describe('a star named in full', () => {
  it('reads a singer always named in full, and once by her given name, as a person', () => {
    const actors = actorsOf(
      'A row involving Taylor Quill and her former label grew. Taylor Quill posted on Twitter that the label blocked her songs. "At no point did we say Taylor could not perform," the label said. Fans backed Taylor Quill, and the label said the matter is for Taylor Quill’s management team.',
    );
    expect(find(actors, 'Taylor Quill')).toMatchObject({ type: 'person' });
  });

  it('still reads a firm named after people, that the text never calls by one name alone, as a firm', () => {
    const actors = actorsOf(
      'Shares of Allan Grove rose after Allan Grove said its profit grew. Allan Grove’s board met, and Allan Grove shares gained. Analysts at Allan Grove expect more.',
    );
    expect(find(actors, 'Allan Grove')).toMatchObject({ type: 'organization' });
  });
});

describe('a hyphenated given name', () => {
  it('reads a hyphenated given name by its parts', () => {
    const actors = actorsOf(
      'The film follows Rose-Lynn Tarrow, a singer from Glasgow. Rose-Lynn dreams of Nashville, and the city plays a big part in Rose-Lynn’s life. A love song from Rose-Lynn to her mother ends it.',
    );
    expect(find(actors, 'Rose-Lynn Tarrow')).toMatchObject({ type: 'person' });
    expect(names(find(actors, 'Rose-Lynn Tarrow') as Actor)).toContain('Rose-Lynn');
  });
});

describe('a person named like a place', () => {
  it('does not make a personal name ending in a place’s head word a place', () => {
    const actors = actorsOf(
      'Sales of headsets fell, the survey found. Lewis Ward sees a slow market. "Prices are too high," Ward said, and Ward expects a rebound next year. Fans met in Kowloon Ward and at Carnegie Hall.',
    );
    expect(find(actors, 'Lewis Ward')).toMatchObject({ type: 'person' });
    expect(find(actors, 'Kowloon Ward')).toMatchObject({ type: 'place' });
    expect(find(actors, 'Carnegie Hall')).toMatchObject({ type: 'place' });
  });
});
