/**
 * What the words around a name say about it, per language: the tables core/actors reads to type
 * a name from its context and to tell names from things that are no actors. One table per
 * language (en.ts); a language without one gets none of these cues and relies on its word lists.
 */
import type { LexiconAdditions } from '../lexicon';
import type { Token } from '../tokens';
import type { KnownType } from '../votes';

/** A cue: which type it points to, and how strongly (1 weak … 4 as strong as a word list). */
export type Cue = readonly [KnownType, number];

/** See `LanguageEvidence.samePerson`. */
export interface SamePerson {
  nicknames: ReadonlyMap<string, string>;
  suffixes: ReadonlySet<string>;
}

export interface LanguageEvidence {
  /** A lower-case word right before the name: "analyst X", "retailer X", "in X". */
  before: ReadonlyMap<string, Cue>;
  /** Two lower-case words right before: "shares of X", "chief executive of X", "stake in X". */
  before2: ReadonlyMap<string, Cue>;
  /** A lower-case word right after the name: "X shares", "X spokesman". */
  after: ReadonlyMap<string, Cue>;
  /** A capitalised title right after a name: "AdRoll President Adam Berke", "Kenya Finance Minister". */
  titleAfter: ReadonlyMap<string, Cue>;
  /** A word after the name's possessive: "X's shares", "X's residents", "X's wife". */
  afterPossessive: ReadonlyMap<string, Cue>;
  /** Two words after the name: "said it", "said he", ", who", ", which". */
  after2: ReadonlyMap<string, Cue>;
  /**
   * Nouns that say what a name is when it is described: "Doxim, a Toronto-based provider of…",
   * "Saltmere is a village", "… the company said" after the name.
   */
  kindNouns: ReadonlyMap<string, KnownType>;
  /** Words opening a description after a name: ", a", ", the", "is a". */
  describers: ReadonlySet<string>;
  /** The definite describers: ", the government has…" may open a clause, not describe. */
  definite?: ReadonlySet<string>;
  /** What a hyphen suffix says of the name before it: "X-based", "X-born". */
  hyphenSuffix: ReadonlyMap<string, Cue>;
  /** Words of saying right after a name: "X said". */
  sayVerbs: ReadonlySet<string>;
  /** Possessives that refer back to a name a few words before: "his", "her" (people), "its". */
  possessives: ReadonlyMap<string, KnownType>;
  /** Stock exchanges written before a ticker: "(NYSE: DIS)". */
  exchanges: ReadonlySet<string>;
  /**
   * Names that are never actors, lower case: holidays, diseases, economic indicators,
   * currencies, time zones, units, abbreviated months, page furniture ("View Photo").
   */
  notActors: ReadonlySet<string>;
  /** Words after which a line is a caption or credit, not the story: "Photo:", "FILE PHOTO". */
  creditLabels: ReadonlySet<string>;
  /** Words before a byline or sign-off name: "By", "Reporting by", "Editing by". */
  bylineWords: ReadonlySet<string>;
  /** Abstract nouns by their ending ("Employment", "Infrastructure"): no name when alone. */
  abstractNoun?: (lower: string) => boolean;
  /**
   * A head-first language's abstract noun that opens a policy's, a field's or a process's name
   * ("Alterações Climáticas", "Desenvolvimento Regional"): such a name is a topic, no actor.
   * Abstract nouns that head institutions ("Autoridade", "Comunidade") are not.
   */
  topicHead?: (lower: string) => boolean;
  /** Words that never start a name though capitalised: verbs in headlines ("Questioning X"). */
  notNameStart: (lower: string) => boolean;
  /** Adverbs by their shape ("Extremely", "Previously"): never a name's first word. */
  adverb?: (lower: string) => boolean;
  /** A pronoun or verb joined to a clitic ("I'm", "We've", "Don't"): never part of a name. */
  clitic?: (lower: string) => boolean;
  /** Job words that cut a name where they stand: "U.S. Ambassador", "European Commission President". */
  jobWords: ReadonlySet<string>;
  /** Last words that make a name a thing, not an actor: "Democracy Act", "Zacks Rank". */
  thingHeads: ReadonlySet<string>;
  /** A month's or a weekday's name, lower case, whole or abbreviated: "April-June" is a span. */
  monthOrDay?: (lower: string) => boolean;
  /**
   * Nouns of devices, parts and standards: a name right before one is used as a product's or a
   * standard's ("HDMI port", "MagSafe charger"), which an actor's name is only now and then.
   */
  productNouns?: ReadonlySet<string>;
  /**
   * Nouns for works, products and techniques that the language writes before a name ("o filme
   * Tropa de Elite", "o jogo Mario Bros", "o sistema HSD", "le roman Anna Karénine"): the
   * name is used as a thing's there, as English "HDMI port" puts the noun after.
   */
  thingBefore?: ReadonlySet<string>;
  /**
   * Nouns whose complement names a field, not an actor: an office's portfolio ("ministro da
   * Saúde", "ministre de la Guerre") or a subject of study ("licenciatura em Medicina").
   */
  fieldBefore?: ReadonlySet<string>;
  /** Words of quantity before a mass noun: "more RAM", "less bandwidth". */
  quantityWords?: ReadonlySet<string>;
  /** An abbreviation joined by a hyphen to a common noun: German "US-Dollar", "CH-Rock". */
  abbreviatedCompound?: (text: string) => boolean;
  /** Capitalised measure nouns before a substance: German "Moleküle ATP", "Gramm NaCl". */
  measureNouns?: ReadonlySet<string>;
  /** Lower-case words after a name that make it a thing: "FTSE index", "Brent futures". */
  thingAfter: ReadonlySet<string>;
  /**
   * Small words an acronym leaves out ("price to earnings growth (PEG)"). With them, an acronym
   * the text defines by ordinary words, or writes in the plural ("RESPs"), is a thing, not an actor.
   */
  acronymSmallWords?: ReadonlySet<string>;
  /**
   * A word no list knows that the text capitalises, alone inside sentences, this many times as
   * often as it writes it in lower case is a name ("Doxim", though "doxim (dot) com" once).
   */
  namedOverLower?: number;
  /**
   * The language's everyday words, from a frequency list that holds some names too ("tokio" in
   * film subtitles): a word of it is ordinary where the text never capitalises it inside a
   * sentence, so that it opens no name at a sentence's or a line's start and names nothing in
   * capitals ("Regresó", "Cotons", "LAINES"), while a name the text writes inside sentences
   * ("en Tokio") stays one.
   */
  everyday?: (lower: string) => boolean;
  /**
   * `everyday` for a word printed in capitals, which old print and headlines set without accents
   * ("MISERE", "CABLE"): the accented everyday word is looked up too.
   */
  everydayInCapitals?: (lower: string) => boolean;
  /**
   * A name in full this many times and never by its surname alone, that the text treats as a
   * firm, is no person's ("Morgan Stanley"): news in the language calls people by their surname.
   */
  fullNameFirms?: number;
  /**
   * Words for kinds of people open firms' names before a plain word ("Patriot Coal"), and a
   * title's modifiers stand before it ("Prime Minister for Women"); a given name and surname are
   * followed by a headline's capitalised ordinary words ("By Andrew Sentance Comments Economic").
   */
  titleCaseNames?: boolean;
  /**
   * Words that open sentences and menus but no name ("About", "Meanwhile", "Related"): dropped
   * where they open a run of capitals. With them, any other capitalised word opening a sentence
   * before a legal form is the name's first word ("Arch Coal Inc.").
   */
  closedClass?: ReadonlySet<string>;

  /**
   * Words the language's lists add to the shared lexicon (lower case, '|'-separated): first
   * names, country names, titles and roles, organisation and place head words, particles inside
   * names, and function words that never open a name.
   */
  words?: LexiconAdditions;
  /** The language capitalises every noun (German): capitals alone do not make a name. */
  capitalisedNouns?: boolean;
  /**
   * The language capitalises more than names (Portuguese: offices, fields, policies, works), so
   * a capital says less: a name mentioned once that the cues do not settle is left out (the shape
   * guess alone does not make it an actor), and among names mentioned as often the one the
   * evidence vouches for ranks first.
   */
  capitalsSayLittle?: boolean;
  /**
   * A name that neither the lists nor the cues nor the shape guess type is most likely a common
   * noun (German "Kronen", "Telegramm", "Ländern"): left out, not shown among "other names".
   */
  untypedAreNouns?: boolean;
  /**
   * An everyday noun of the language ("Stein", "Brett"): after an article it is that noun,
   * though a list knows the word as a given name or surname.
   */
  everydayNoun?: (lower: string) => boolean;
  /** A capitalised word shaped like a common noun ("Entscheidung", "Freiheit"). */
  nounShape?: (lower: string) => boolean;
  /** Words that mark the next capitalised word as a common noun (German articles). */
  nounMarkers?: ReadonlySet<string>;
  /**
   * A place's name or an acronym running into a person's full name is two names ("Arcore Silvio
   * Berlusconi", "ФИФА Зепп Блаттер"): news in the language writes a place, or an organisation's
   * genitive, right before a name without a comma.
   */
  nameBeforePerson?: boolean;
  /**
   * The language's words for "of": a title before one is a role, no name ("Presidente del
   * Consiglio", "Ministro dell'Interno"), though a person's name may follow it.
   */
  ofWords?: ReadonlySet<string>;
  /**
   * Civilities the language writes as part of a person's name ("M. Paul Deschanel", "Mme
   * Curie"), lower case: kept at the name's start, and a person cue as titles are.
   */
  civilities?: ReadonlySet<string>;
  /**
   * A word shaped as an adjective (lower case, as written). Where the language capitalises only a
   * name's first word (Russian "Европейский союз", "Свердловской области"), such a word before a
   * lower-case organisation or place head ends its name at the head.
   */
  adjective?: (lower: string) => boolean;
  /**
   * Institutions a language names by their head word alone, capitalised inside a sentence
   * (Italian "il Senato", "la Camera", "la Regione"): an organisation, where other head words
   * alone ("il Parlamento europeo" cut short, "la Valle") name no one.
   */
  institutions?: ReadonlySet<string>;
  /**
   * What a capitalised noun right before a name says it is, where every noun is capitalised:
   * German "der Mobilfunkbetreiber E-Plus", "Menschenrechtsaktivist Barghuti".
   */
  kindBefore?: (lower: string) => Cue | undefined;
  /**
   * What a name's own words say in this language, beyond the lists: German streets
   * ("I. Schottenring", "Mariahilferstraße") are places, whatever initial stands before them.
   */
  nameCue?: (tokens: readonly Token[]) => Cue | undefined;
  /**
   * A noun for an institution that opens its name before the place or person it is named after
   * (German "Universität", "Kraftwerk", "Realschule"): such a name is an organisation's.
   */
  institution?: (lower: string) => boolean;
  /**
   * A linking word that continues an institution's name after its head: German "für" after
   * "Bundesamt", "Institut" ("Bundesamt für Gesundheit").
   */
  linkFor?: (word: string, head: string) => boolean;
  /** Three or more spaced initials are an organisation's abbreviation ("der W. A. C."). */
  spacedInitials?: boolean;
  /** Kinds of sports clubs that open a club's name and take its number ("FC", "TSV", "SV"). */
  clubs?: ReadonlySet<string>;
  /**
   * An adjective that belongs to the name of the institution after it ("der Deutschen
   * Bundestag", "die Medizinische Hochschule"): German writes adjectives in lower case except
   * inside names.
   */
  nameAdjective?: (t: Token, next: Token) => boolean;
  /**
   * A listed place after an article that is rather a noun's plural or case form (German "in den
   * Bergen", "bei den Löwen"): read as the noun there.
   */
  pluralAfterArticle?: (lower: string) => boolean;
  /** Names followed by a number that belongs to them: German streets' house numbers. */
  numbered?: (lower: string) => boolean;
  /**
   * Where an address that holds the street at tokens `first`…`end - 1` begins and ends: the
   * parts the language writes around a street's name (German "VI. Mariahilferstraße 35, 2.
   * Stock, Tür 15": the district's number before it, the house, floor and door after it).
   */
  address?: (tokens: readonly Token[], first: number, end: number) => readonly [number, number];
  /**
   * Where a town's name ends that the language qualifies by its river or region, given where
   * it ends without (German "Frankfurt a. M.", "Freiburg i. Br.", "Halle a. d. S.").
   */
  placeQualifier?: (tokens: readonly Token[], end: number) => number;
  /**
   * Where a name that opens with lower-case adjectives at token `i` ends, or 0: German parties
   * named by their adjective ("die sozialdemokratische Partei", "der radicalen Partei").
   */
  adjectiveParty?: (tokens: readonly Token[], i: number) => number;
  /**
   * Lines citing a paper ("… et al. … (2018). DOI: …", positions.ts) name no actors: the
   * language's science news writes them so.
   */
  citations?: boolean;
  /** Words greeting a person by name, capitalised: "Dear Abby:", "DEAR JOHN," (lower case). */
  salutations?: ReadonlySet<string>;
  /**
   * States by the abbreviations a lawmaker's party label writes them in ("(D-Minn.)", "R-TX"),
   * without full stops, lower case: the state's name is shown ("Minnesota", not "Minn").
   */
  partyStates?: ReadonlyMap<string, string>;
  /**
   * One person's full names told apart only by a nickname, a middle initial or a generational
   * suffix ("Pat Carlineo", "Patrick W. Carlineo Jr."): nicknames to the given name they
   * shorten where it is not their start ("bill" → "william"; "pat" for "patrick" is found by its
   * start), and the suffixes ("jr", "iii").
   */
  samePerson?: SamePerson;
  /** Names the language writes after an article all the same: German streets ("der Hauptstraße"). */
  nameAfterArticle?: (lower: string) => boolean;
  /**
   * A name that fills a quotation is a work's title (a film, a song, a book, a programme), no
   * actor, unless the lists know it: Romance news and encyclopaedias quote titles and write
   * people, firms and places bare.
   */
  quotedTitles?: boolean;
  /**
   * A lower-case compound the language writes only with a hyphen (French "peut-être",
   * "lui-même", "dit-il", "vingt-deux"), by its two parts: one written with the hyphen spaced, in
   * a text with no joined hyphen, marks tokenised or OCR'd text, which spaces its names' hyphens
   * too ("Delaunay - Belleville").
   */
  spacedCompound?: (first: string, second: string) => boolean;
  /**
   * Head words the language writes in lower case before a place's name, as part of it: waters,
   * mountains and lands (Spanish "río Ebro", "mar Caribe", French "lac Léman") and streets.
   */
  lowerHeads?: ReadonlySet<string>;
  /**
   * Those of `lowerHeads` that head a street ("rue de Rivoli"): an address says where something
   * happened, and ranks after the names the story gives as much weight.
   */
  streets?: ReadonlySet<string>;
  /**
   * Feasts whose name is also a town's (Portuguese "Natal", Christmas and a Brazilian city),
   * lower case: a mention is the feast ("no Natal", "a ceia de Natal") unless a strong place
   * cue stands right before it ("em Natal").
   */
  feasts?: ReadonlySet<string>;
  /**
   * Words that make a name an event when they open it, where a name's head comes first
   * ("Guerra Mundial", "Festival de Cannes", "Jogos Olímpicos"): no actor, whatever its cues.
   */
  eventHeads?: ReadonlySet<string>;
  /**
   * Lower-case adjectives that end an institution's name after its head word, where the
   * language writes them so (French "Assemblée nationale", "Banque centrale européenne", "Parti
   * socialiste"): part of the name.
   */
  trailingNameAdjective?: (lower: string) => boolean;
  /** What a name in guillemets is (Russian «Газпром», «Спартак»: a company or club). */
  quoted?: KnownType;
  /** The base a word's inflected forms share ("путина", "путину" → "путин"), for a case language. */
  stem?: (lower: string) => string;
  /**
   * How much a written form of a name looks like its dictionary form (Russian nominative:
   * "Путин" over "Путина", "Москва" over "Москвы"): among an actor's forms of one length, the
   * highest is shown.
   */
  nominative?: (form: string) => number;
  /**
   * A person's name in the dictionary form, when the text writes it only inflected and the
   * form can be derived safely (Russian "Марии Алтынбаевой" → "Мария Алтынбаева"), else undefined.
   */
  personNominative?: (form: string) => string | undefined;
  /**
   * A place's name as the language's lists give it, when the text writes it only inflected
   * (Russian "России" → "Россия"), else undefined.
   */
  placeNominative?: (form: string) => string | undefined;
  /**
   * Gives a word's inflected forms the form the text also writes as their lookup key (German
   * "Merkels" beside "Merkel", "Sozialen" beside "Soziale"): what one text writes both ways.
   */
  foldForms?: (tokens: Token[]) => void;
  /**
   * The type a name takes when the text's cues leave it undecided: the usual reading of its
   * shape in this language, or null to leave it out.
   */
  guess?: (
    tokens: readonly Token[],
    votes: Readonly<Record<KnownType, number>>,
  ) => KnownType | null;
}
