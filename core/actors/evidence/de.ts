/**
 * German evidence. Written for this project from general knowledge of German news style (no list
 * is taken from an evaluation set). German capitalises every noun, so a capitalised word is a name
 * only with evidence: a known first name, a title or role before it (Bundeskanzlerin, Landrat,
 * Frau, Dr.), an organisation's or a place's head or ending (GmbH, Partei, Landkreis, -hausen),
 * a place of the lists, "nach X", an acronym ("in X" only leans: "in Betrieb" is no place). Words
 * shaped like common nouns (-ung, -keit, -schaft) and words the text writes after an article
 * ("die Wähler") are ordinary words.
 */
import { isInitial, type Token } from '../tokens';
import type { KnownType } from '../votes';
import type { Cue } from './types';
import { COUNTRIES_DE } from '../lexicon/countries';
import { buildEvidence, shapeGuess } from './build';
import { LOCAL_TOWNS } from '../lexicon/local-towns-de';
import { COMMON_WORDS_DE, GIVEN_NAMES_DE, KNOWN_WORDS_DE } from '../lexicon/common-de';

/** Endings of German common nouns (derivations, frequent compound heads). */
const NOUN_ENDING =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|ität|nis|nisse|tum|ismus|ling|(?<!kir)chen|lein|ment|ik|ur|enz|anz|ei|eien|zeit|jahr|jahre|jahren|haus|häuser|werk|markt|preis|preise|recht|gesetz|politik|arbeit|leute|kosten|frage|fragen|woche|wochen|tag|tage|tagen|stunde|stunden|minute|minuten|prozent|zahl|zahlen|system|programm|projekt|wahl|wahlen|spiel|spiele|platz|plätze|weg|wege|kind|kinder|mann|männer|frau|frauen|rat|räte|stelle|stellen|sicht|raum|räume|lage|bereich|gebiet|geld|zug|züge|land|länder)$/;

/**
 * Inflected adjectives, capitalised where they open a sentence: "Typische", "Öffentlichen", and
 * ordinals ("Vierter", "Zwanzigsten").
 */
const ADJECTIVE_ENDING =
  /(?:isch|lich|ig|bar|sam|haft|los|ell|iv|^(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|letzt|nächst)|zigst|ßigst)(?:e|en|er|es|em)$/;

/** Frequent nouns that neither ending nor article gives away ("in Kauf", "mit Blick auf"). */
const COMMON_NOUNS = new Set(
  'kauf|blick|sinn|grund|fall|teil|art|weise|hilfe|kraft|gang|lauf|bezug|angst|sorge|glück|recht|ruhe|dank|ziel|ende|mal|zeit|welt|leben|tod|krieg|frieden|hand|kopf|auge|augen|herz|stimme|wort|worte|name|namen|bild|buch|brief|text|film|lied|musik|kunst|sport|spiel|team|mannschaft|verein|stadt|land|dorf|haus|straße|weg|ort|raum|platz|feld|wasser|luft|feuer|erde|himmel|sonne|wetter|regen|schnee|wald|baum|tier|tiere|hund|pferd|auto|wagen|bahn|zug|schiff|flugzeug|geld|preis|kosten|steuer|steuern|lohn|arbeit|job|beruf|firma|markt|handel|ware|waren|kunde|kunden|bürger|menschen|mensch|leute|volk|polizei|gericht|gesetz|staat|regierung|partei|wahl|macht|politik|minister|kanzler|chef|mitglied|mitglieder|vater|mutter|sohn|tochter|bruder|schwester|eltern|kinder|kind|familie|freund|freunde|frau|mann|herr|junge|mädchen|schüler|lehrer|arzt|ärzte|patient|patienten|opfer|täter|spieler|trainer|fans|zuschauer|besucher|gäste|gast|experten|experte|angaben|bericht|berichten|meldung|nachricht|nachrichten|frage|antwort|problem|probleme|lösung|idee|plan|pläne|ergebnis|ergebnisse|ende|beginn|anfang|schluss|ziel|sieg|niederlage|tor|tore|punkt|punkte|minute|stunde|tag|nacht|morgen|abend|woche|monat|jahr|jahrhundert|zukunft|vergangenheit|geschichte|kirche|schule|universität|studium|wissenschaft|forschung|daten|zahlen|prozent|hälfte|mehrheit|rest|anteil|wert|werte|zahl|größe|höhe|länge|seite|seiten|mitte|spitze|vorstand|verband|unternehmen|konzern|bank|banken|aktie|aktien|anleger|börse|wirtschaft|industrie|energie|strom|öl|gas|umwelt|klima|natur|gesundheit|krankheit|krankenhaus|medizin|essen|brot|bier|wein|kaffee|kleidung|wohnung|miete|vertrag|verträge|entscheidung|verfahren|prozess|urteil|strafe|haft|gefängnis|unfall|brand|einsatz|feuerwehr|soldaten|armee|truppen|waffen|angriff|kampf|gewalt|sicherheit|gefahr|schutz|hilfe|unterstützung|kritik|streit|debatte|gespräch|gespräche|treffen|sitzung|konferenz|fest|feier|ausstellung|konzert|bühne|theater|museum|zeitung|magazin|sender|fernsehen|radio|internet|netz|computer|handy|telefon|software|technik|version|modell|produkt|produkte|anlage|gebäude|bau|zimmer|tür|fenster|dach|garten|park|see|meer|fluss|berg|insel|küste|grenze|region|gebiet|bezirk|kreis|gemeinde|rathaus|verwaltung|behörde|amt|ministerium|kommission|rat|ausschuss|bund|länder|union|vorsitz|vorsitzende|sprecher|leiter|direktor|präsident|besitzer|inhaber|gründer|autor|künstler|sänger|schauspieler|regisseur|journalist|reporter|fotograf|bauer|bauern|arbeiter|mitarbeiter|angestellte|beamte|richter|anwalt|zeuge|zeugen'.split(
    '|',
  ),
);

/** Frequent German words that no list knows as a name (lexicon/common-de.ts). */
let commonWords: Set<string> | null = null;

/**
 * A compound whose last part is a common noun: "Kriegsende", "Blechschaden", "Landbesitz".
 * Place names are often built so too ("Wolfsburg", "Baselland"): their endings keep them names.
 */
function isCompoundNoun(lower: string): boolean {
  if (PLACE_ENDING.test(lower) || ORG_ENDING.test(lower)) return false;
  commonWords ??= new Set(COMMON_WORDS_DE.split('|'));
  for (let k = 3; k <= lower.length - 4; k++) {
    const head = lower.slice(k);
    if (COMMON_NOUNS.has(head) || commonWords.has(head)) return true;
  }
  // "Liebeskummer", "Spitzenreitertrikots": a long compound of known words. ("Brettschneiders"
  // is more likely a surname's genitive.)
  return lower.length >= 10 && !lower.endsWith('ers') && !rareWord(lower);
}

/**
 * Nouns (and the heads of compounds) that describe an organisation before its name: "der
 * Mobilfunkbetreiber E-Plus", "Autobauer Opel". They are no part of the name.
 */
const ORG_KIND =
  /(?:konzern|betreiber|hersteller|autobauer|flugzeugbauer|unternehmen|firma|zeitung|zeitschrift|magazin|sender|agentur|versicherer|versicherung|band|airline|kette|händler|anbieter|dienstleister|zulieferer|ligist|label|konkurrent|rivale|tabellenführer|aufsteiger|absteiger)$/;
/** Nouns (and the heads of compounds) for kinds of people: "Menschenrechtsaktivist", "Chefinspektor". */
const PERSON_KIND =
  /(?:sänger|sängerin|spieler|spielerin|trainer|trainerin|politiker|politikerin|minister|ministerin|präsident|präsidentin|aktivist|aktivistin|autor|autorin|schriftsteller|schriftstellerin|maler|malerin|musiker|musikerin|komponist|regisseur|regisseurin|schauspieler|schauspielerin|sprecher|sprecherin|chef|chefin|leiter|leiterin|direktor|direktorin|kollege|kollegin|torhüter|torwart|stürmer|verteidiger|keeper|kapitän|inspektor|kommissar|bischof|pfarrer|professor|professorin|forscher|forscherin|wissenschaftler|wissenschaftlerin|unternehmer|unternehmerin|gründer|gründerin|anwalt|anwältin|richter|richterin|journalist|journalistin|reporter|reporterin|fotograf|fotografin|architekt|architektin|ingenieur|arzt|ärztin|geograph|historiker|philosoph|dichter|dichterin|sohn|tochter|bruder|schwester|vater|mutter|onkel|tante|ehefrau|ehemann|witwe|meister|meisterin|olympiasieger|olympiasiegerin|kandidat|kandidatin|abgeordnete|abgeordneter|kanzler|kanzlerin|bürgermeister|bürgermeisterin)$/;

/**
 * Nouns (and the heads of compounds) for kinds of places before a name: "der Stadt Gedern",
 * "Provinzhauptstadt Helmand", "Kloster Andechs". ("Landkreis", "Bezirk" head the name itself.)
 */
const PLACE_KIND =
  /(?:stadt|städtchen|gemeinde|dorf|ortschaft|ortsteil|stadtteil|region|provinz|kanton|bundesland|bundesstaat|insel|kloster|metropole|kurort|badeort)$/;

/** A person's kind in either gender: "EU-Kommissarin", "Chefinspektorin". */
const personKind = (lower: string): boolean =>
  PERSON_KIND.test(lower) || (lower.endsWith('in') && PERSON_KIND.test(lower.slice(0, -2)));

function kindBefore(lower: string): Cue | undefined {
  if (personKind(lower)) return ['person', 2];
  if (ORG_KIND.test(lower)) return ['organization', 2];
  if (PLACE_KIND.test(lower)) return ['place', 2];
  return undefined;
}

/** A noun for a kind of person or organisation, which stands before a name and is none. */
const describesKind = (lower: string): boolean => personKind(lower) || ORG_KIND.test(lower);

/** Words already judged: a word is asked about at each of its mentions and each rule. */
const judged = new Map<string, boolean>();
const MAX_JUDGED = 20_000;

/**
 * A word in today's spelling, for the spellings of old newspapers: "Telephon", "Theil",
 * "Rath", "Erkenntniß" ("Oesterreich" and "Ueberzieher" germanStem already reads as today's).
 */
const modernSpelling = (lower: string): string =>
  lower
    .replace(/ph/g, 'f')
    .replace(/th(?=[aeiouäöü]|$)/g, 't')
    .replace(/niß$/, 'nis');

function nounShape(lower: string): boolean {
  let noun = judged.get(lower);
  if (noun === undefined) {
    const modern = modernSpelling(lower);
    noun = nounShapeOf(lower) || (modern !== lower && nounShapeOf(modern));
    if (judged.size >= MAX_JUDGED) judged.clear();
    judged.set(lower, noun);
  }
  return noun;
}

function nounShapeOf(lower: string): boolean {
  commonWords ??= new Set(COMMON_WORDS_DE.split('|'));
  return (
    (COMMON_NOUNS.has(lower) ||
      commonWords.has(lower) ||
      (lower.length > 5 && !PLACE_ENDING.test(lower) && describesKind(lower)) ||
      (lower.length > 5 &&
        (NOUN_ENDING.test(lower) || ADJECTIVE_ENDING.test(lower) || isCompoundNoun(lower)))) &&
    !compoundPlace(lower)
  );
}

/**
 * Endings of German place names: "Wolfsburg", "Oberhausen", "Ingolstadt", "Bielefeld", and of
 * streets ("Schillerstraße", "Herrengasse"), written as one word with their head.
 */
const PLACE_ENDING =
  /(?:stadt|dorf|burg|berg|hausen|heim|(?<!spr|br|kl|schw|zw|dr|d)ingen|feld|bach|hofen|kirchen|brück|brücken|furt|rode|leben|stedt|büttel|hagen|born|beck|ow|(?<!s)itz|(?<!b)au|land|straße|strasse|gasse|allee)$/;
/** Endings of German organisation names: "Bundesamt", "Landgericht", "Bauernverband". */
const ORG_ENDING =
  /(?:partei|verband|verein|bank|ministerium|amt|gericht|gesellschaft|konzern|werke|agentur|institut|stiftung|akademie|kommission|gewerkschaft)$/;

/**
 * Two or three capitalised words inside a sentence, none shaped like a noun or an inflected
 * adjective, none a function word: "Teemu Tainio", "Gerhart Jander". Nouns give themselves away
 * by their endings and compounds, adjectives before a noun by their endings ("Umfangreicher").
 */
function personShaped(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.length > 3 || !first || !last) return false;
  // A given name is short; a long first word is a compound noun before a name
  // ("Menschenrechtsaktivist Barghuti", "Zielstadt San Juan"), a final "s" a genitive before
  // what is had ("Becks Absichten"), "-e", "-en", "-er" an adjective.
  if (first.lower.length > 8 || /(?:s|e|en|er|es|em)$/.test(first.lower)) return false;
  // A plural noun after a name: "Milsers Stärken", "Bruchreis Soßen".
  if (/en$/.test(last.lower)) return false;
  // A surname is seldom a frequent word; a known word or a compound of them last is a noun or
  // a foreign phrase ("Mokeül Kohlenstoffdioxid", "Gefilte Fisch", "Großes Theater").
  if (!rareWord(last.lower)) return false;
  return tokens.every(
    (t, i) =>
      t.word &&
      t.cap &&
      !t.allCaps &&
      !(i === 0 && t.atStart) &&
      t.lower.length > 1 &&
      !nounShape(t.lower) &&
      !/\d/.test(t.lower),
  );
}

const COMPASS =
  /^(?:nord|süd|ost|west|nordost|nordwest|südost|südwest|mittel|zentral|ober|nieder)(.{4,})$/;

/** Countries and the large places of the lists, not the towns ("Niederlage" is no "Lage"). */
let largePlaces: Set<string> | null = null;

function compoundPlace(lower: string): boolean {
  genitiveBases ??= placeBases();
  largePlaces ??= new Set([COUNTRIES_DE, PLACES].flatMap((l) => l.split('|')));
  const compass = COMPASS.exec(lower)?.[1];
  if (compass && largePlaces.has(compass)) return true;
  const dash = lower.indexOf('-');
  return dash > 2 && genitiveBases.has(lower.slice(0, dash)) && !lower.endsWith('-');
}

/** Words German text uses often (lexicon/common-de.ts), names of the lists included. */
let knownWords: Set<string> | null = null;

const isKnown = (w: string): boolean => {
  knownWords ??= new Set([COMMON_WORDS_DE, KNOWN_WORDS_DE].flatMap((l) => l.split('|')));
  return w.length >= 3 && knownWords.has(w);
};

/** Endings of inflected and feminine forms: "Messern", "Klassen", "Gewinns", "Läuferin". */
const ENDINGS = ['innen', 'in', 'ern', 'en', 'er', 'es', 'e', 'n', 's'];
const plainVowels = (w: string): string =>
  w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

/** Letters that join a compound's parts: "Schubladen|fächer", "Arbeits|amt", "Hunde|hütte". */
const LINKS = ['s', 'n', 'en', 'es', 'e', 'er'];

/** The word or its uninflected form is a known word ("Zukäufen": "Zukauf"). */
function knownForm(w: string): boolean {
  if (isKnown(w)) return true;
  for (const e of ENDINGS) {
    if (!w.endsWith(e) || w.length - e.length < 4) continue;
    const base = w.slice(0, -e.length);
    if (isKnown(base)) return true;
    const plain = plainVowels(base);
    if (plain !== base && isKnown(plain)) return true;
    // Latin and Greek plurals: "Zentren" (Zentrum), "Viren" (Virus), "Themen" (Thema).
    if (e === 'en' && ['um', 'us', 'a'].some((end) => isKnown(base + end))) return true;
  }
  return false;
}

/**
 * A word that neither the known words nor their compounds explain ("Kolfuschg", "Timbuktu"),
 * which German news capitalises: most likely a name. "Netzausbau" and "Hirnmetastasen" are
 * compounds of known words.
 */
function rareWord(w: string): boolean {
  if (w.length < 3 || /[^a-zäöüßàáâãåçèéêëìíîïñòóôõøùúûýÿčćšžřěłńśźżőű-]/.test(w)) return false;
  if (knownForm(w)) return false;
  if (w.includes('-')) return !w.split('-').some((p) => p.length >= 3 && knownForm(p));
  for (let k = 3; k <= w.length - 4; k++) {
    const head = w.slice(k);
    if (head.length < 4 || !knownForm(head)) continue;
    const mod = w.slice(0, k);
    // A first part may drop its final "e": "Münz|funde" (Münze), "Schul|buch" (Schule).
    if (
      isKnown(mod) ||
      (mod.length >= 4 && isKnown(mod + 'e')) ||
      LINKS.some((l) => mod.endsWith(l) && isKnown(mod.slice(0, -l.length)))
    )
      return false;
  }
  return true;
}

function germanGuess(
  tokens: readonly Token[],
  votes: Readonly<Record<KnownType, number>>,
): KnownType | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  // "Mariahilferstraße", "I. Schottenring" (a Viennese district's number before its street):
  // a street is a place, whatever stands before it.
  if (isStreet(tokens)) return 'place';
  if (tokens.length === 1 && !first.allCaps) {
    // "Bundesjustizministerium", "Landeskriminalamt": one of a state's institutions; a
    // "Standesamt", "Verteidigungsministerium" or "Priesteramt" alone is any such office.
    if (ORG_ENDING.test(first.lower) && STATE_PREFIX.test(first.lower)) return 'organization';
    if (PLACE_ENDING.test(first.lower)) return 'place';
    // "Süditalien", "Nordhessen", "Ostdeutschland": a compass word before a known place;
    // "Berlin-Mitte", "Köln-Wahn": a town's district.
    if (compoundPlace(first.lower)) return 'place';
    // A lone capitalised word is most often a noun: only its cues make it a name.
    const [top, next] = (['person', 'organization', 'place'] as const)
      .map((t) => votes[t])
      .sort((a, b) => b - a);
    if (!top || top === next) return null;
    // "in Betracht", "in Betrieb", "in Einzelfällen": German puts nouns without an article after
    // "in", so that alone makes no place of a word no list knows.
    // A word no known word explains is a place there: "in Kolfuschg", "aus Timbuktu".
    if (top < 2 && votes.place === top) return rareWord(first.lower) ? 'place' : null;
  }
  // "Zwei Buslinien", "Alte Archivunterlagen", "Euer Frühstück": capitalised words that no list
  // knows are most often nouns; the shape of a personal name is no evidence in German.
  if (tokens.length > 1 && votes.organization === 0 && votes.place === 0 && votes.person <= 1)
    return personShaped(tokens) ? 'person' : null;
  return shapeGuess(tokens, votes);
}

/**
 * A street's name is a place's, as strong as a listed country: "VI. Mariahilferstraße" (a
 * Viennese district's number, not an initial), "Schottenring", "Wollzeile".
 */
function streetCue(tokens: readonly Token[]): Cue | undefined {
  return isStreet(tokens) ? ['place', 6] : undefined;
}

/**
 * The name ends in a street's, its house number after it or not ("Riesengasse 13"), or in a
 * whole address ("Mohsgasse 25, Tür 7", "Fichtegasse Nr. 11").
 */
function isStreet(tokens: readonly Token[]): boolean {
  let k = tokens.length - 1;
  while (k > 0 && addressWord(tokens[k] as Token)) k--;
  const street = tokens[k];
  if (!street || /\d/.test(street.lower)) return false;
  return STREET.test(street.lower) || (k < tokens.length - 1 && numberedStreet(street.lower));
}

/**
 * Squares, rings, quays and lines are streets too ("Stephansplatz", "Schottenring",
 * "Wollzeile"), but such a compound alone is as often the thing itself ("der Marktplatz"): with
 * a house number after it, it is an address ("Stephansplatz 9").
 */
const NUMBERED_STREET = /.(?:platz|ring|zeile|kai|damm|ufer|lände|graben)$/;
const numberedStreet = (lower: string): boolean =>
  STREET.test(lower) || (lower.length > 6 && NUMBERED_STREET.test(lower));

/** A district's number before a Viennese street ("VI.", "XIV."), its full stop apart. */
const DISTRICT = /^[IVX]{1,5}$/;
/** A house, staircase or floor number: "25", "15/17", "2.". */
const HOUSE = /^\d{1,4}(?:[a-z]|\/\d{1,4})?\.?$/;
/** Words of an address after its street: "Nr. 4", ", Tür 7", ", 2. Stock", ", Parterre". */
const ADDRESS_WORDS = new Set([
  'nr.',
  'tür',
  'thür',
  'stock',
  'stiege',
  'parterre',
  'hochparterre',
]);

const addressWord = (t: Token): boolean =>
  t.text === ',' || HOUSE.test(t.text) || ADDRESS_WORDS.has(t.lower);

/**
 * An address as Austrian and German papers print it, from its district to its door: "VI.
 * Mariahilferstraße 35, 2. Stiege, Tür 15", "Fichtegasse Nr. 11". The district's number tells
 * Vienna's many streets of one name apart; floor and door belong to the same place.
 */
function address(tokens: readonly Token[], first: number, end: number): readonly [number, number] {
  const [district, stop] = [tokens[first - 2], tokens[first - 1]];
  const numbered = !!district && DISTRICT.test(district.text) && stop?.text === '.';
  const from = numbered && tokens[first]?.joined ? first - 2 : first;
  let to = end;
  // "Nr. 11" right after the street.
  if (tokens[to - 1]?.lower === 'nr.' && HOUSE.test(tokens[to]?.text ?? '')) to += 1;
  else if (tokens[to]?.lower === 'nr.' && HOUSE.test(tokens[to + 1]?.text ?? '')) to += 2;
  // ", Tür 7", ", 2. Stock", ", 3. Stiege", ", Parterre": each after its comma.
  for (let parts = 0; parts < 3 && tokens[to]?.text === ','; parts++) {
    const [a, b] = [tokens[to + 1], tokens[to + 2]];
    if (!a) break;
    if (/^(?:tür|thür)$/.test(a.lower) && b && HOUSE.test(b.text)) to += 3;
    else if (/^\d{1,2}\.$/.test(a.text) && /^(?:stock|stiege)$/.test(b?.lower ?? '')) to += 3;
    else if (/^(?:hoch)?parterre$/.test(a.lower)) to += 2;
    else break;
  }
  return [from, to];
}

/** "a." (am, an), "i." (im, in), "o." (ob), "b." (bei) before a river's or region's initials. */
const QUALIFIERS = new Set(['a.', 'i.', 'o.', 'b.']);
/** A river's or region's abbreviation: "M." (Main), "Rh" (Rhein), "Br." (Breisgau), "T." (Tirol). */
const QUALIFIED_BY = /^\p{Lu}\p{Ll}{0,2}\.?$/u;

/**
 * German tells towns of one name apart by their river or region, abbreviated after the name:
 * "Frankfurt a. M.", "Köln a. Rh.", "Freiburg i. Br.", "Halle a. d. S.", "Hall i. T.". The
 * whole is the town's name. ("i. A.", "i. V." sign for someone: no town.)
 */
function placeQualifier(tokens: readonly Token[], end: number): number {
  const q = tokens[end];
  if (!q?.joined || !QUALIFIERS.has(q.text)) return end;
  let k = end + 1;
  if (tokens[k]?.text === 'd.' && tokens[k]?.joined) k++;
  const by = tokens[k];
  if (!by?.joined || !QUALIFIED_BY.test(by.text)) return end;
  if (q.text === 'i.' && (by.text === 'A.' || by.text === 'V.')) return end;
  // "Rh" + ".": the stop the tokenizer split off is the abbreviation's.
  return by.text.endsWith('.') || tokens[k + 1]?.text !== '.' ? k + 1 : k + 2;
}

/** The name ends in a town's qualifier, in lower case ("Frankfurt a. M."): a place's. */
function qualifiedPlace(tokens: readonly Token[]): boolean {
  return tokens.length >= 3 && tokens.some((t, k) => k > 0 && QUALIFIERS.has(t.text));
}

/** A party's adjective in lower case: "sozialdemokratische", "radicalen", "liberale". */
const PARTY_ADJECTIVE = /^\p{Ll}+(?:isch|al|iv|ell|är)(?:e|en|er)$/u;
const DEFINITE = new Set(['der', 'die', 'des', 'dem', 'den']);
/** A party's head: "Partei", "Volkspartei", "Arbeiterpartei". */
const PARTY_HEAD = /partei$/;

/**
 * Old papers name parties by their adjective in lower case ("die sozialdemokratische Partei",
 * "der radicalen Partei", "die bayerische Volkspartei"): the adjective is part of the party's
 * name, as a reader reads it. One or two adjectives right before the head.
 */
function adjectiveParty(tokens: readonly Token[], i: number): number {
  const first = tokens[i] as Token;
  if (first.cap || !PARTY_ADJECTIVE.test(first.lower)) return 0;
  // The party is named with the definite article; "eine politische Partei" is any party.
  if (!DEFINITE.has(tokens[i - 1]?.lower ?? '')) return 0;
  let k = i + 1;
  const second = tokens[k];
  if (second?.joined && !second.cap && PARTY_ADJECTIVE.test(second.lower)) k++;
  const head = tokens[k];
  return head?.joined && head.cap && !head.allCaps && PARTY_HEAD.test(head.lower) ? k + 1 : 0;
}

/** Heads of institutions' names after an adjective: "Deutscher Bundestag", "Evangelische Kirche". */
const ORG_HEAD =
  /(?:tag|rat|hof|kirche|partei|bund|union|bank|polizei|regierung|senat|kommission|versammlung|armee|marine|luftwaffe|bahn|post|rundfunk|fernsehen|zeitung|gerichtshof|kammer)$/;

/**
 * German writes adjectives in lower case: one capitalised inside a sentence, with an
 * adjective's ending, before an institution's head belongs to the name ("beim Deutschen
 * Bundestag", "an der Medizinischen Hochschule Hannover", "im Deutschen Theater").
 */
function nameAdjective(t: Token, next: Token): boolean {
  if (t.atStart || !t.cap || t.allCaps || !next.cap || next.allCaps || !next.joined) return false;
  const w = t.lower;
  if (w.length < 5 || w.includes('-') || !adjectiveForm(w)) return false;
  const head = next.lower;
  return (
    INSTITUTION.test(head) ||
    ORG_ENDING.test(head) ||
    ORG_HEAD.test(head) ||
    ORGANIZATION_SET.has(head)
  );
}

/** Adjectives' stems ("medizinisch", "deutsch", "staatlich") and frequent adjectives of names. */
const NAME_ADJECTIVE =
  /(?:isch|sch|lich|ig|al|ell|iv|är|bar|^(?:oberst|ober|groß|klein|neu|jung|alt|frei|rot|grün|weiß|schwarz|hoh|nieder|unter|mittler|heilig|vereinigt|allgemein|erst|zweit|dritt))(?:e|en|er|es|em)$/;

/** An inflected adjective, or a town's adjective in "-er" ("Hamburger", "Wülfrather"). */
function adjectiveForm(w: string): boolean {
  if (NAME_ADJECTIVE.test(w)) return true;
  genitiveBases ??= placeBases();
  return w.endsWith('er') && genitiveBases.has(w.slice(0, -2));
}

/**
 * "US-Dollar", "MaBV-Berichtes", "CH-Rock", "ARD-exclusiv": an abbreviation (two or more
 * capitals) joined to a known noun or word, which says what kind of thing it is.
 */
function abbreviatedCompound(text: string): boolean {
  // Split at the one hyphen and test each side on its own: a single pattern with a run of
  // letters around each capital backtracked cubically on a long word that has no hyphen.
  const dash = text.indexOf('-');
  if (dash < 2 || text.includes('-', dash + 1)) return false;
  const abbreviation = text.slice(0, dash);
  const head = text.slice(dash + 1).toLowerCase();
  if (!/^\p{L}+$/u.test(abbreviation) || !/^\p{L}{3,}$/u.test(head)) return false;
  if ((abbreviation.match(/\p{Lu}/gu)?.length ?? 0) < 2) return false;
  return nounShape(head) || knownForm(head);
}

/** "Bundesamt für Gesundheit", "Institut für Zeitgeschichte": "für" goes on after the head. */
const linkFor = (word: string, head: string): boolean =>
  word === 'für' &&
  (INSTITUTION.test(head) || ORG_ENDING.test(head) || /(?:amt|rat|anstalt)$/.test(head));

/** "Deutscher Bundestag", "Medizinische Hochschule": the name's adjective before its head. */
function adjectiveNameCue(tokens: readonly Token[]): Cue | undefined {
  const [first, second] = tokens;
  return first && second && nameAdjective(first, second) ? ORG_CUE : undefined;
}

/** Nouns (and compounds' heads) for institutions named after a place or a person. */
const INSTITUTION =
  /(?:universität|hochschule|schule|gymnasium|akademie|museum|theater|oper|klinik|klinikum|kraftwerk|werke|genossenschaft|stiftung|institut|bibliothek|arena|stadion|flughafen|kaserne|sparkasse|volksbank|brauerei|verlag)$/;
const ORG_CUE: Cue = ['organization', 5];

/**
 * "in den Bergen", "bei den Löwen", "der Kirchen": after an article, a word that is a known
 * word with a plural or case ending is that word's form, whatever place shares the spelling
 * (a town takes no article; a country is never such a plural).
 */
function pluralAfterArticle(lower: string): boolean {
  for (const e of ['en', 'n', 'e', 'er', 'es']) {
    const base = lower.slice(0, -e.length);
    if (lower.endsWith(e) && base.length >= 3 && isKnown(base)) return true;
  }
  return false;
}

/** A state's own institutions open with the state: "Bundes-", "Landes-", "Reichs-". */
const STATE_PREFIX = /^(?:bundes|landes|staats|reichs)/;

/**
 * "die Reichsbank", "der Bundesrat", "die Bundesregierung": a state's own institution is named
 * with its article, as no other noun of that shape is.
 */
const stateInstitution = (lower: string): boolean =>
  STATE_PREFIX.test(lower) &&
  (ORG_ENDING.test(lower) || /(?:regierung|rat|tag|bank|polizei|behörde|kanzleramt)$/.test(lower));

/** Streets are named with their article ("in der Schillerstraße"): the article makes no noun. */
const STREET = /.(?:straße|strasse|gasse|allee)$/;

/** German names of large cities, regions, rivers and mountains the shared lists give in English. */
const PLACES =
  'münchen|köln|wien|zürich|genf|mailand|rom|neapel|turin|venedig|florenz|moskau|warschau|prag|brüssel|lissabon|athen|kopenhagen|stockholm|peking|neu-delhi|jerusalem|kairo|teheran|bagdad|damaskus|kiew|sankt petersburg|washington|new york|hamburg|berlin|frankfurt|stuttgart|düsseldorf|dortmund|leipzig|bremen|dresden|hannover|nürnberg|duisburg|bochum|wuppertal|bielefeld|bonn|münster|mannheim|karlsruhe|augsburg|wiesbaden|graz|linz|salzburg|innsbruck|klagenfurt|bern|basel|luzern|bayern|baden-württemberg|nordrhein-westfalen|niedersachsen|hessen|sachsen|sachsen-anhalt|thüringen|brandenburg|mecklenburg-vorpommern|schleswig-holstein|rheinland-pfalz|saarland|tirol|vorarlberg|kärnten|steiermark|niederösterreich|oberösterreich|burgenland|ruhrgebiet|rheinland|westfalen|franken|schwaben|elsass|südtirol|donau|rhein|elbe|main|mosel|oder|alpen|nordsee|ostsee|bodensee|schwarzwald|harz|eifel|europa|afrika|asien|amerika|nordamerika|südamerika|lateinamerika|australien|nahost|osteuropa|westeuropa|mitteleuropa|skandinavien|sibirien|arktis|antarktis|böhmen|mähren|schlesien|pommern|preußen|ostpreußen|westpreußen|galizien|siebenbürgen|bosnien|herzegowina|dalmatien|istrien|kaukasus|balkan|ostfriesland|lausitz|vogtland|allgäu|emsland|sauerland|westerwald|odenwald|spessart|erzgebirge|lombardei|toskana|piemont|sizilien|sardinien|korsika|katalonien|andalusien|baskenland|bretagne|normandie|burgund|flandern|wallonien|friesland|den haag|tiflis|eriwan|baku|taschkent|kabul|tokio|seoul|mexiko-stadt|havanna|bukarest|belgrad|sofia|pressburg|laibach|agram|lemberg|krakau|danzig|breslau|königsberg|stettin|posen|riga|wilna|reval|minsk|odessa|charkiw|istanbul|konstantinopel|ankara|tel aviv|beirut|amman|riad|islamabad|algier|tunis|tripolis|mogadischu|addis abeba|khartum|nairobi|kapstadt|neuseeland|peking|schanghai|hongkong|singapur|neapel|genua|mantua|padua|triest|brünn|olmütz|pilsen|karlsbad|marienbad|ödenburg|temeswar|hermannstadt|kronstadt|czernowitz|saloniki|nizza|straßburg|lüttich|löwen|antwerpen|gent|brügge|nimwegen|kopenhagen|göteborg|vereinigten staaten|tschechoslowakei|čechoslovakei|sowjetunion|sowjetrußland|sowjetrussland|rußland|weißrußland|jugoslawien|österreich-ungarn|deutschösterreich|deutsch-österreich|persien|siam|abessinien|ceylon|birma|rhodesien|palästina|transjordanien|mesopotamien|mandschurei|kleinasien|indochina|bessarabien|bukowina|livland|kurland|krain|küstenland|lothringen|elsaß|elsaß-lothringen|elsass-lothringen|walachei|ddr|bundesrepublik';

const OLD_CAPITAL = /^(?:ae|oe|ue)[^aeiou]/;
const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
const modernCapital = (lower: string): string => (UMLAUT[lower[0] ?? ''] ?? '') + lower.slice(2);

/** Places a genitive "s" may follow: "Irlands", "Berlins", "Bayerns". */
let genitiveBases: Set<string> | null = null;
const placeBases = (): Set<string> =>
  new Set([COUNTRIES_DE, PLACES, LOCAL_TOWNS].flatMap((l) => l.split('|')).filter(Boolean));

/**
 * A place's genitive is its name and an "s" ("Irlands", "Dänemarks", "Europas"): such words are
 * looked up, and merged, as the place. Only names of the German lists lose the "s", so "Paris",
 * "Siemens" or an English "Times" stay as written.
 */
export function germanStem(written: string): string {
  // Old print wrote capital umlauts as two letters: "Oesterreich", "Aegypten", "Ueberfall".
  const lower = OLD_CAPITAL.test(written) ? modernCapital(written) : written;
  if (lower.length < 4 || !lower.endsWith('s')) return lower;
  genitiveBases ??= placeBases();
  const base = lower.slice(0, -1);
  // "Jonas", "Klaus" are given names, not the genitives of the towns Jona and Klau.
  return genitiveBases.has(base) && !FIRST_NAMES.has(lower) ? base : lower;
}

/**
 * Institutions, parties, media and large firms of the German-speaking countries that news names
 * with an article and no other cue ("der Bundestag", "die Grünen"), written for this project.
 */
const ORGANIZATIONS =
  'bundestag|bundesrat|bundesverfassungsgericht|bundesgerichtshof|bundeswehr|bundesbank|bundeskartellamt|bundesanwaltschaft|bundeskriminalamt|verfassungsschutz|bundesnachrichtendienst|bundesrechnungshof|bundesverwaltungsgericht|bundessozialgericht|bundesarbeitsgericht|bundesfinanzhof|bundeskanzleramt|bundespräsidialamt|umweltbundesamt|nationalrat|ständerat|bundesversammlung|abgeordnetenhaus|bürgerschaft|europäische union|europäischen union|europäische kommission|europäischen kommission|eu-kommission|europäisches parlament|europäischen parlament|europäischen parlaments|europaparlament|europäische zentralbank|europäischen zentralbank|europarat|vereinte nationen|vereinten nationen|weltbank|internationaler währungsfonds|internationalen währungsfonds|nato|uno|unesco|unicef|cdu|csu|spd|fdp|afd|grüne|grünen|bündnis 90/die grünen|linke|linkspartei|die linke|piratenpartei|freie wähler|freien wähler|npd|övp|spö|fpö|neos|svp|fdp.die liberalen|cvp|bdp|glp|dpa|afp|reuters|sda|epd|kna|ard|zdf|orf|srf|wdr|ndr|mdr|swr|rbb|deutschlandfunk|deutsche welle|faz|taz|handelsblatt|süddeutsche zeitung|frankfurter allgemeine|tagesschau|siemens|volkswagen|daimler|mercedes-benz|bmw|porsche|audi|opel|bosch|basf|bayer|hoechst|henkel|thyssenkrupp|krupp|lufthansa|deutsche bahn|bahn|deutsche bank|commerzbank|allianz|munich re|deutsche telekom|telekom|deutsche post|dhl|sap|adidas|puma|aldi|lidl|edeka|rewe|bertelsmann|axel springer|rwe|e.on|eon|vattenfall|continental|infineon|merck|fresenius|beiersdorf|heidelberger druckmaschinen|mahle|schaeffler|airbus|nestlé|novartis|roche|ubs|credit suisse|swisscom|migros|red bull|voestalpine|omv|dfb|dfl|öfb|uefa|fifa|ioc|dosb|fc bayern|bayern münchen|borussia dortmund|schalke|werder bremen|hamburger sv|adac|tüv|dgb|verdi|ver.di|ig metall|bdi|dihk|caritas|diakonie|rotes kreuz|drk|greenpeace|amnesty international|attac';

const ORGANIZATION_SET = new Set(ORGANIZATIONS.split('|'));

const FIRST_NAMES_DE =
  'jürgen|katrin|thomas|michael|andreas|stefan|christian|peter|klaus|wolfgang|frank|markus|matthias|martin|uwe|ralf|bernd|dieter|hans|günter|günther|horst|helmut|gerhard|heinz|karl|werner|manfred|rolf|jörg|torsten|sven|dirk|holger|volker|rainer|norbert|ulrich|joachim|lars|jan|jens|tobias|florian|sebastian|philipp|maximilian|lukas|felix|jonas|leon|paul|alexander|daniel|tim|tom|niklas|moritz|olaf|armin|friedrich|wilhelm|heinrich|otto|ernst|hermann|walter|fritz|kurt|willi|sigmar|winfried|hubertus|markus|gregor|cem|ursula|angela|annalena|sabine|petra|monika|gabriele|birgit|claudia|susanne|andrea|stefanie|nicole|katharina|julia|anna|lena|laura|lea|sarah|hannah|sophie|marie|johanna|christine|renate|karin|ingrid|ulrike|heike|martina|anja|silke|tanja|kerstin|doris|elke|brigitte|helga|gisela|erika|ilse|franziska|manuela|simone|sandra|svenja|malu|saskia|ricarda|alice|sahra|dorothee|hildegard|karsten|carsten|franz|detlef|eberhard|hartmut|heiko|ingo|lothar|ludger|reinhard|rüdiger|siegfried|steffen|timo|udo|waldemar|björn|malte|mirko|ole|rené|sascha|thorsten|gudrun|hedwig|irmgard|jutta|lieselotte|margarete|mechthild|sigrid|ute|waltraud|wiebke|britta|carola|dagmar|elfriede|gerda|hannelore|katja|kathrin|natascha|regine|sybille|tatjana|veronika|steffi|jupp|sepp|hansi|gerd|gert|kalle|henning|wolfram|bodo|wilfried|hinrich|jochen|achim|harald|axel|utz|götz|lutz|fabian|dennis|marvin|kevin|jannik|finn|luca|ben|noah|elias|mats|emma|mia|lina|ella|clara|greta|frieda|ida|mathilda|leni|marlene|annika|jasmin|janina|jessica|verena|carina|bianca|svenja';
const FIRST_NAMES = new Set(FIRST_NAMES_DE.split('|'));

const TABLE = buildEvidence({
  countries: COUNTRIES_DE,
  events:
    'preis|gp|pokal|meisterschaft|meisterschaften|weltmeisterschaft|festival|spiele|olympia|krieg|weltkrieg|schlacht|vertrag|abkommen|gesetz|reform|streik|messe|ausstellung|expo|revolution|krise|konferenz|gipfel|tag|woche|nacht|serie|liga|bundesliga|cup|open|tour|wm|em',
  stem: germanStem,
  places: PLACES,
  towns: LOCAL_TOWNS,
  organizations: ORGANIZATIONS,
  // Currencies, share indices and abbreviations of German prose, written in capitals or not.
  notActors:
    'nord|süd|ost|west|chf|sfr|fr|gbp|jpy|cny|dm|ats|mio|mrd|tsd|dax|mdax|sdax|tecdax|atx|smi|stoxx|bzw|usw|inkl|vgl|ggf|evtl|ca|nr|str|tel',
  // Old print abbreviates titles ("Hrn. Weber", "Abg. Kaiser", "Frhr. v. Stein") and writes
  // the comrades of its labour press as "Genosse Krejci".
  roles:
    'herr|frau|herrn|fräulein|frl.|hr.|hrn.|fr.|abg.|frhr.|genosse|genossen|grafen|fürsten|witwe|dr.|prof.|bundeskanzler|bundeskanzlerin|kanzler|kanzlerin|minister|ministerin|ministerpräsident|ministerpräsidentin|präsident|präsidentin|bundespräsident|außenminister|außenministerin|innenminister|finanzminister|verteidigungsminister|wirtschaftsminister|landrat|landrätin|bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|senator|senatorin|abgeordnete|abgeordneter|vorsitzende|vorsitzender|parteichef|parteichefin|fraktionschef|sprecher|sprecherin|chef|chefin|direktor|direktorin|geschäftsführer|geschäftsführerin|vorstandschef|staatssekretär|kommissar|botschafter|general|oberst|papst|kardinal|bischof|pfarrer|könig|königin|prinz|prinzessin|kaiser|kaiserin|fürst|graf|gräfin|herzog|trainer|trainerin|coach|stürmer|torwart|schauspieler|schauspielerin|sänger|sängerin|regisseur|autor|autorin|komponist|maler|dichter|schriftsteller|kandidat|kandidatin|spitzenkandidat|spitzenkandidatin|richter|richterin|anwalt|staatsanwalt|kollege|kollegin',
  placeBefore: 'nach',
  placeBeforeWeak: 'in|aus|bei|nahe',
  orgWords:
    'partei|bank|gruppe|verlag|verein|verband|stiftung|institut|universität|hochschule|ministerium|gericht|amt|agentur|gewerkschaft|kommission|akademie|museum|theater|klinik|krankenhaus|polizei|zeitung|gesellschaft|bund|union|liga|club|klub|fc|sv|vfb|vfl|tsv|sc|fsv|landtag|senat|regierung|rathaus|kirche|orchester',
  orgSuffixes: 'gmbh|ag|e.v.|kg|se|ohg|mbh|kgaa|eg|co.|co|comp.|comp|cie.|cie',
  placeWords:
    'straße|strasse|platz|allee|gasse|landkreis|kreis|see|berg|fluss|insel|tal|bucht|gebirge|bezirk|kanton|bundesland|gemeinde|sankt|st.',
  sayVerbs: 'sagte|sagt|erklärte|betonte|meinte|sagten|kündigte|teilte',
  particles: 'von|v.|van|zu|vom|zur|der|den|de|di',
  stopWords:
    'der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|und|oder|aber|doch|denn|sondern|dass|daß|weil|wenn|als|ob|wie|wo|was|wer|wann|warum|nicht|auch|noch|schon|nur|sehr|mehr|so|da|dann|nun|jetzt|hier|dort|heute|gestern|morgen|immer|nie|ich|du|er|sie|es|wir|ihr|man|sich|sein|seine|seinen|seinem|seiner|ihre|ihren|ihrem|ihrer|dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|alle|allen|viele|einige|andere|ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|kann|können|soll|muss|mit|von|zu|zum|zur|im|am|an|auf|aus|bei|nach|vor|über|unter|für|gegen|ohne|um|durch|bis|seit|während|wegen|trotz|neben|zwischen|hinter|vom|beim|ins|ans|laut|gleich|zudem|außerdem|dabei|damit|daher|darauf|dazu|darin|darum|davon|dafür|dagegen|daran|darüber|darunter|dadurch|danach|davor|daneben|damals|deshalb|deswegen|trotzdem|jedoch|allerdings|zwar|sogar|bisher|inzwischen|schließlich|zunächst|zuletzt|bereits|etwa|rund|fast|kaum|norden|süden|osten|westen|nordosten|nordwesten|südosten|südwesten|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter|prozent|euro|millionen|milliarden|mark|uhr|ende|anfang|mitte|herr|frau|deutsche|deutschen|deutscher|neue|neuen|erste|ersten|zweite|letzte|letzten|große|großen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|beide|weitere|weiteren|verschiedene|mehrere|manche|solche|dein|deine|euer|eure|unser|unsere|mein|meine|jene|jener|sowohl|weder|innerhalb|außerhalb|oberhalb|unterhalb|anstatt|statt|infolge|mittels',
  firstNames: `${FIRST_NAMES_DE}|${GIVEN_NAMES_DE}`,
  guess: germanGuess,
});

/** Articles and determiners: a capitalised word after one (or one and an adjective) is a noun. */
const NOUN_MARKERS = new Set(
  'der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden|sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|unser|unsere|unseren|unserem|mein|meine|alle|allen|viele|vielen|einige|einigen|mehrere|beide|beiden|zum|zur|im|am|vom|beim|ins|ans|welche|welcher|solche'.split(
    '|',
  ),
);

/**
 * A name's inflected forms fold into the form the same text also writes: a genitive "s"
 * ("Merkels" beside "Merkel", "Siemens'" stays) and an adjective's ending after its "e" ("der
 * Sozialen Mitte" beside "die Soziale Mitte", "Deutschen Bank" beside "Deutsche Bank"). Only
 * capitalised words, and only where the shorter form is in the text too, so "Paris", "Hans"
 * or "Kosten" alone stay as written.
 */
function foldForms(tokens: Token[]): void {
  const forms = new Set<string>();
  for (const t of tokens) if (t.word && t.cap && !t.allCaps) forms.add(t.lower);
  tokens.forEach((t, i) => {
    const w = t.lower;
    if (!t.word || !t.cap || t.allCaps || w.length < 5) return;
    const base = w.slice(0, -1);
    if (!forms.has(base)) return;
    // An adjective's ending only inside a name, before its noun ("Sozialen Mitte"): "Jahren"
    // and "Jahre" are one noun, which nothing needs to count together.
    const next = tokens[i + 1];
    const adjective = /e[nrms]$/.test(w) && !!next?.cap && next.joined;
    if (/[^s]s$/.test(w) || adjective) t.lower = base;
  });
}

/**
 * German puts the verb before the speaker ("sagte Schröder", "erklärte Müller") and attributes
 * with "so" (", so Müller."): a verb of saying right before a name makes it a person's.
 */
const SAID_BEFORE: readonly (readonly [string, Cue])[] =
  'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|so|kritisierte|forderte|ergänzte|berichtete|schreibt|schrieb|warnte|räumte'
    .split('|')
    .map((w) => [w, ['person', 2]] as const);

export const GERMAN = {
  ...TABLE,
  // Given names of the shared (English) list that are everyday German nouns: "eine Art", "der Tod".
  words: { ...TABLE.words, notFirstNames: 'art|tod' },
  before: new Map([...SAID_BEFORE, ...TABLE.before]),
  // "Rom" is the city in German, not read-only memory: the language's own places are never
  // abbreviations to leave out.
  notActors: new Set([...TABLE.notActors].filter((w) => !PLACES.split('|').includes(w))),
  nameAfterArticle: (lower: string) => STREET.test(lower) || stateInstitution(lower),
  pluralAfterArticle,
  nameCue: (tokens: readonly Token[]) =>
    streetCue(tokens) ??
    (qualifiedPlace(tokens) ? (['place', 6] as const) : undefined) ??
    (tokens.length > 1 && INSTITUTION.test(tokens[0]?.lower ?? '') ? ORG_CUE : undefined) ??
    adjectiveNameCue(tokens) ??
    (tokens.length >= 3 && tokens.every(isInitial) ? ORG_CUE : undefined) ??
    (tokens.length > 2 && linkFor(tokens[1]?.lower ?? '', tokens[0]?.lower ?? '')
      ? ORG_CUE
      : undefined),
  institution: (lower: string) => INSTITUTION.test(lower),
  linkFor,
  spacedInitials: true,
  clubs: new Set(
    'fc|sv|sc|sg|tsv|vfb|vfl|fsv|sk|tus|ssv|ksv|bsc|spvgg|vfr|sgv|tsg|fk|ac|as|sk|asv|esv|psv|rsv'.split(
      '|',
    ),
  ),
  nameAdjective,
  numbered: numberedStreet,
  address,
  placeQualifier,
  adjectiveParty,
  kindBefore,
  foldForms,
  capitalisedNouns: true,
  untypedAreNouns: true,
  nounShape,
  everydayNoun: (lower: string) => lower.length >= 4 && (isKnown(lower) || nounShape(lower)),
  nounMarkers: NOUN_MARKERS,
  abbreviatedCompound,
  measureNouns: new Set(
    'molekül|moleküle|molekülen|atom|atome|atomen|ion|ionen|mol|gramm|kilogramm|milligramm|mikrogramm|tonne|tonnen|liter|milliliter|kubikmeter|dosis|dosen|einheiten|tabletten|tropfen'.split(
      '|',
    ),
  ),
};
