/**
 * Evidence for a candidate's type, in two parts: what the name says by itself (word lists, name
 * endings such as "Corp" or "Square", a first name, an acronym, a web address), counted once per
 * name; and what the text says around this mention (a title or job before it, "shares of X",
 * "X said it", "X-based", "in X"), counted at every mention. resolve.ts adds them up per actor.
 */
import { ROMANCE_AND, type Candidate, type Ordinary } from './candidates';
import type { LanguageEvidence } from './evidence';
import type { Lexicon } from './lexicon';
import { joinWords, type Token } from './tokens';
import { noVotes, type KnownType, type Votes } from './votes';

const isLatin = (word: string): boolean => /^\p{Script=Latin}/u.test(word);

/** Two words that open with letters of different scripts ("в" and "Instagram"). */
const otherScript = (a: string, b: string): boolean =>
  /^\p{L}/u.test(a) && /^\p{L}/u.test(b) && isLatin(a) !== isLatin(b);

export function nameKey(tokens: readonly Token[]): string {
  // "people's liberation army": a possessive inside a name (candidates.ts) is part of its key.
  const inner = tokens.length > 1 && tokens.some((t, k) => t.possessive && k < tokens.length - 1);
  const key = inner
    ? tokens
        .map((t, k) => (k < tokens.length - 1 && t.possessive ? t.lower + "'s" : t.lower))
        .join(' ')
    : joinWords(tokens, 'lower');
  // A spaced hyphen inside a name ("Grande - Bretagne", tokenised text: candidates.ts) is
  // looked up as the hyphen it is; the name is shown as the text writes it.
  return key.includes(' - ') ? key.replaceAll(' - ', '-') : key;
}

const PLACE_HEADS = new Set([
  'republic',
  'kingdom',
  'state',
  'states',
  'isle',
  'gulf',
  'bay',
  'sea',
  'lake',
  'cape',
  'mount',
  'port',
  'fort',
  'city',
  'province',
  'county',
]);

/** "IAEA", "U.N.", "S&P": capitals only (a token with digits is a code: "US65", "WSR-57"). */
const COMPASS = new Set(
  'north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|inner|outer'.split(
    '|',
  ),
);

/**
 * "Indre - et - Loire", "Nouvelle - Orléans", "Nord - Amérique", "Saint - Pierre - Miquelon": a
 * hyphenated name ending in a listed place, whose other parts name no organisation or person
 * (small linking words aside), is a place's.
 */
function compoundPlace(lex: Lexicon, tokens: readonly Token[]): boolean {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === '-') parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  const named = parts.filter((p) => !(p.length === 1 && !p[0]?.cap));
  const last = named[named.length - 1];
  if (named.length < 2 || !last?.length) return false;
  const listed = (p: readonly Token[]): boolean => {
    const key = joinWords(p, 'lower');
    return lex.places.has(key) || lex.towns.has(key);
  };
  // "Seine - et - Oise", "Saône - et - Loire": a small word between the parts, as in the names
  // of French départements and communes, lets any part be the listed place.
  const linked = named.length < parts.length;
  const place = linked ? named.find(listed) : listed(last) ? last : undefined;
  if (!place) return false;
  return named
    .filter((p) => p !== place)
    .flat()
    .every(
      (t) =>
        !lex.orgWords.has(t.lower) &&
        !lex.orgSuffixes.has(t.lower) &&
        !lex.organizations.has(t.lower) &&
        (!lex.firstNames.has(t.lower) || lex.personTitles.has(t.lower) || lex.places.has(t.lower)),
    );
}

/** What an acronym's shape alone says for an organisation, at every mention. */
export const ACRONYM_SHAPE = 0.5;

export function isAcronym(t: Token): boolean {
  return (
    !t.capsLine &&
    t.text.length <= 8 &&
    (/^\p{Lu}[\p{Lu}&]+$/u.test(t.text) || /^(?:\p{Lu}\.){2,}$/u.test(t.text))
  );
}

/** "eBay", "YouTube", "GlaxoSmithKline": a capital inside a word, as brands write it. */
function isCamelCase(t: Token): boolean {
  return (
    !t.allCaps &&
    /^\p{L}\p{Ll}*\p{Lu}/u.test(t.text) &&
    !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O'|O’|D'|D’|Al-|El-)/u.test(t.text)
  );
}

/** "Amazon.com", "allAfrica.com": a web address names a company. */
const WEB_ADDRESS = /\.(?:com|net|org|io|co|ai|tv)(?:\.\p{L}{2})?$/iu;

function looksLikeNamePart(lex: Lexicon, ordinary: Ordinary, t: Token): boolean {
  return (
    t.cap &&
    !t.allCaps &&
    !t.capsLine &&
    /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(t.text) &&
    !ordinary(t.lower) &&
    !lex.orgWords.has(t.lower) &&
    !lex.placeWords.has(t.lower) &&
    !lex.demonyms.has(t.lower) &&
    !lex.places.has(t.lower)
  );
}

/** "Rose-Lynn", "Jean-Pierre": a hyphenated given name, by its parts (asked for English only). */
function hyphenedGivenName(lex: Lexicon, lower: string): boolean {
  return lower.includes('-') && lower.split('-').every((p) => lex.firstNames.has(p));
}

/** Evidence the name gives by itself, whatever surrounds it. */
export function ownEvidence(
  lex: Lexicon,
  tokens: readonly Token[],
  ordinary: Ordinary = (w) => lex.common.has(w),
  nameCue?: LanguageEvidence['nameCue'],
  english = false,
): Votes {
  const v = noVotes();
  // "15, rue de Valois": a house number before the street says nothing of its kind.
  if (tokens.length > 2 && /^\d/.test(tokens[0]?.text ?? '') && tokens[1]?.text === ',')
    tokens = tokens.slice(2);
  add(v, nameCue?.(tokens));
  const key = nameKey(tokens);
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const multi = tokens.length > 1;
  if (lex.organizations.has(key)) v.organization += 5;
  if (lex.countries.has(key)) v.place += 6;
  else if (lex.places.has(key)) v.place += 5;
  else if (lex.towns.has(key)) v.place += 3;
  if (lex.people.has(key)) v.person += 5;
  // "New - York", "Autriche - Hongrie" (spaced hyphens, candidates.ts): the name as the lists
  // write it, or a compound of places.
  if (multi && tokens.some((t) => t.text === '-')) {
    const parts = key.split('-');
    if (lex.places.has(parts.join(' ')) || parts.every((p) => lex.places.has(p))) v.place += 5;
    else if (compoundPlace(lex, tokens)) v.place += 5;
  }
  const orgEnd = lex.orgSuffixes.has(last.lower) || lex.orgWords.has(last.lower);
  if (multi && orgEnd) v.organization += 5;
  // Languages that put the head first: "Partito Democratico", "Banca d'Italia", "Piazza Navona".
  else if (multi && lex.orgHeads.has(first.lower)) v.organization += 5;
  else if (multi && lex.placeHeads.has(first.lower)) v.place += 5;
  // The last word heads an English name: "State Department" is no state, "Port Authority" no port.
  const placeHead = PLACE_HEADS.has(first.lower) && !orgEnd;
  // "Lewis Ward", "Benny Hill": a place's head word that is a surname too, after a personal
  // name, is as likely a person's name: a hint of a place only, and the name's words count.
  const personal = (w: string): boolean => lex.firstNames.has(w) || lex.lastNames.has(w);
  const surnameHead =
    english &&
    tokens.length === 2 &&
    personal(last.lower) &&
    personal(first.lower) &&
    !lex.common.has(first.lower) &&
    !lex.places.has(first.lower) &&
    !lex.towns.has(first.lower);
  if (multi && surnameHead && lex.placeWords.has(last.lower)) {
    v.place += 1;
    v.person += 1;
  } else if (multi && (lex.placeWords.has(last.lower) || placeHead)) v.place += 5;
  const of = tokens.findIndex((t) => t.lower === 'of' || t.lower === 'for');
  if (of > 0) {
    const head = (tokens[of - 1] as Token).lower;
    if (lex.orgWords.has(head) || lex.orgSuffixes.has(head)) v.organization += 5;
    else if (lex.placeWords.has(head) || PLACE_HEADS.has(head)) v.place += 5;
  }
  // "Procter & Gamble": an ampersand joins partners in a firm's name.
  if (tokens.some((t) => t.text === '&')) v.organization += 4;
  if (tokens.some((t) => WEB_ADDRESS.test(t.text))) v.organization += 4;
  // "South Australia", "Northern Territory": a compass word before a listed place.
  if (multi && COMPASS.has(first.lower) && lex.places.has(nameKey(tokens.slice(1)))) v.place += 4;
  // A name's head word settles it: "George Washington University" is no person.
  const headed = v.organization >= 5 || v.place >= 5;
  if (multi && !headed) {
    // "Taylor Swift": a person the lists know by one name ("taylor", "beyonce") opens a name as
    // a given name does, unless it is a place or an ordinary word too (or a headline shouts it).
    // (English only, as the hyphenated given names below.)
    const knownOne =
      english &&
      (hyphenedGivenName(lex, first.lower) ||
        (lex.people.has(first.lower) &&
          !first.allCaps &&
          !lex.places.has(first.lower) &&
          !lex.common.has(first.lower)));
    if (lex.firstNames.has(first.lower) || knownOne || /^\p{Lu}\.$/u.test(first.text))
      v.person += 3;
    if (lex.lastNames.has(last.lower)) v.person += 2;
    // Two or three unlisted capitalised words, none an ordinary word: the shape of a personal
    // name ("Mushtaq Ahmed"), a hint only; the text has to confirm it.
    // "Apple Thunderbolt", "Dell Alienware": a firm's name before a plain word names its
    // product, not a person (English: the firms' list is English news').
    const brand =
      english &&
      lex.organizations.has(first.lower) &&
      !lex.firstNames.has(first.lower) &&
      !lex.lastNames.has(first.lower);
    if (
      !brand &&
      v.person === 0 &&
      tokens.length <= 3 &&
      tokens.every((t) => looksLikeNamePart(lex, ordinary, t))
    )
      v.person += 1;
    // People are rarely named after places; clubs and companies often are ("Dynamo Moscow").
    const placeInside = tokens.some(
      (t) =>
        (lex.places.has(t.lower) || lex.towns.has(t.lower)) &&
        !lex.firstNames.has(t.lower) &&
        !lex.lastNames.has(t.lower),
    );
    if (placeInside && v.place === 0 && !COMPASS.has(first.lower)) v.organization += 1;
  } else {
    if (isAcronym(first)) v.organization += 1;
    // A listed surname alone is a person's more often than a listed given name alone.
    else if (lex.lastNames.has(first.lower)) v.person += 2;
    else if (lex.firstNames.has(first.lower) || (english && hyphenedGivenName(lex, first.lower)))
      v.person += 1.5;
  }
  // Brands and products write so too ("WeChat", "PowerPoint"): a hint, not proof.
  if (tokens.some(isCamelCase)) v.organization += 1;
  if (/^\d/.test(first.text)) v.organization += 2;
  return v;
}

/** Tokens looked at after a name for a possessive that refers back to it. */
const PRONOUN_WINDOW = 4;
const CLAUSE_END = new Set(['.', '!', '?', ';', ':']);

/**
 * "Putin’s visit underscores his efforts", "Coca-Cola beat its forecast": a possessive a few words
 * after the name, with no other name in between, most often refers to it: a person's ("his",
 * "her") or a firm's ("its").
 */
function possessiveAfter(
  ev: LanguageEvidence,
  tokens: readonly Token[],
  from: number,
): KnownType | null {
  const end = Math.min(tokens.length, from + PRONOUN_WINDOW);
  for (let i = from; i < end; i++) {
    const t = tokens[i] as Token;
    if (CLAUSE_END.has(t.text) || t.text === ',') return null;
    if (t.word && t.cap && !t.atStart) return null;
    const cue = ev.possessives.get(t.lower);
    if (cue) return cue;
  }
  return null;
}

/** What may follow a person's role in a description: ", the commander of…", ", the mayor, said". */
const ROLE_ENDS = new Set(['of', 'at', 'for', ',']);

/** Words looked at after ", a" or "is a" for the noun that says what the name is. */
const DESCRIPTION_WINDOW = 5;

/**
 * The kind of thing a description right after a name says it is: ", a Toronto-based provider
 * of", ", the world's largest maker", "is a small village". The first noun of the description
 * that the table knows decides; a comma or a full stop ends the search.
 */
function description(
  lex: Lexicon,
  ev: LanguageEvidence,
  tokens: readonly Token[],
  at: number,
): KnownType | null {
  let i = at;
  const first = tokens[i];
  if (first?.text === ',') i++;
  else if (first?.lower === 'is' || first?.lower === 'was') i++;
  else return null;
  // English: a person's role is a kind too ("Cheuk Hau-yip, the commander of Kowloon West
  // district", "X, research director of gaming at IDC"): it comes before what it is of.
  // (Only before what the role is of, or the comma closing it: "a sister company", "the
  // world's largest property adviser" describe firms.)
  const kindOf = (w: string, k: number): KnownType | undefined => {
    const kind = ev.kindNouns.get(w);
    if (kind || !ev.titleCaseNames) return kind;
    const role = lex.roleNouns.has(w) || lex.personTitles.has(w) || ev.jobWords.has(w);
    const after = tokens[k + 1]?.text.toLowerCase() ?? '';
    return role && ROLE_ENDS.has(after) ? 'person' : undefined;
  };
  // ", maker of Black Hawk helicopters", ", research director at IDC": a kind noun straight
  // after the comma (English: after up to two words that qualify it).
  const bare = tokens[i];
  if (first?.text === ',' && bare && !bare.cap && !ev.describers.has(bare.lower)) {
    const reach = ev.titleCaseNames ? 3 : 1;
    for (let k = i; k < i + reach; k++) {
      const t = tokens[k];
      if (!t?.word || t.cap) return null;
      const link = tokens[k + 1]?.lower ?? '';
      if (link === 'of' || (ev.titleCaseNames && (link === 'at' || link === 'for')))
        return kindOf(t.lower, k) ?? null;
    }
    return null;
  }
  if (!ev.describers.has(tokens[i]?.lower ?? '')) return null;
  const end = Math.min(tokens.length, i + 1 + DESCRIPTION_WINDOW);
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || CLAUSE_END.has(t.text)) return null;
    if (t.cap && !t.atStart) continue;
    const kind = kindOf(t.lower, k);
    // ", the government has…" opens a clause; ", the country's largest lender" describes, and
    // so does a person's role before what it is of (", the commander of…", ", the mayor, said").
    const role = kind === 'person' && ROLE_ENDS.has(tokens[k + 1]?.lower ?? '');
    const opening = k === i + 1 && first?.text === ',' && ev.definite?.has(tokens[i]?.lower ?? '');
    if (kind && opening && !role) return null;
    if (kind) return kind;
  }
  return null;
}

/** The letters are the initials of the name's words ("Kenya Association of Manufacturers"). */
function acronymOf(name: readonly Token[], letters: string): boolean {
  let initials = '';
  for (const t of name) if (t.cap) initials += t.text[0];
  return initials === letters;
}

function add(v: Votes, cue: readonly [KnownType, number] | undefined): void {
  if (cue) v[cue[0]] += cue[1];
}

/** The first lower-case word after up to three capitalised ones, joined by spaces. */
function productHead(tokens: readonly Token[], from: number): Token | undefined {
  for (let i = from; i < from + 4; i++) {
    const t = tokens[i];
    // (The word right after a possessive is never "joined": the possessive stands between.)
    if (!t?.word || (i > from && !t.joined)) return undefined;
    if (!t.cap) return i > from ? t : undefined;
  }
  return undefined;
}

/** A listed given name that is no ordinary word, then a capitalised word: "Steve Harker". */
function personNamed(lex: Lexicon, tokens: readonly Token[], at: number): boolean {
  const given = tokens[at];
  const surname = tokens[at + 1];
  return (
    !!given?.cap &&
    !given.atStart &&
    lex.firstNames.has(given.lower) &&
    !lex.common.has(given.lower) &&
    !!surname?.cap &&
    !!surname.joined &&
    !surname.allCaps
  );
}

function genitiveBeforeNoun(
  lex: Lexicon,
  ev: LanguageEvidence,
  name: Token,
  next: Token | undefined,
): boolean {
  return (
    !name.allCaps &&
    /[^s]s$/.test(name.text) &&
    // Not an adjective's strong ending: "Deutsches Gebiet", "Reichhaltigstes Lager".
    !/(?:st|sch|ig|ch|er|nd|rt|en)es$/.test(name.lower) &&
    !!next?.word &&
    next.cap &&
    next.joined &&
    !next.allCaps &&
    (lex.common.has(next.lower) || !!ev.nounShape?.(next.lower))
  );
}

/**
 * "The Motley Fool recommends", "a vote in the House": people take no article, so "the" before
 * a name leans to an organisation (1 point, or 0). (Products do, "the iPhone", "the IXStore": not
 * a brand's one camel-case word. Places take it too, "the Netherlands", "the Red Sea": not a
 * listed place's or one headed so.)
 */
export function articleCue(
  lex: Lexicon,
  ev: LanguageEvidence,
  c: Candidate,
  tokens: readonly Token[],
): number {
  const n = c.tokens.length;
  const last = c.tokens[n - 1] as Token;
  const prev = tokens[c.first - 1];
  if (!ev.titleCaseNames || prev?.lower !== 'the' || last.allCaps) return 0;
  if (n === 1 && isCamelCase(last)) return 0;
  // "the Pilbara miner": the article is the noun's that follows, the name only qualifies it.
  const after = tokens[c.first + n];
  if (after?.word && !after.cap && after.joined && ev.kindNouns.has(after.lower)) return 0;
  const key = nameKey(c.tokens);
  if (lex.places.has(key) || lex.towns.has(key) || lex.placeWords.has(last.lower)) return 0;
  // "in the Pilbara", "across the Midlands": a place's preposition says the article is a place's.
  const prev2 = tokens[c.first - 2];
  return prev2?.word && !prev2.cap && ev.before.get(prev2.lower)?.[0] === 'place' ? 0 : 1;
}

/** Evidence from around one mention. */
export function contextEvidence(
  lex: Lexicon,
  ev: LanguageEvidence,
  c: Candidate,
  tokens: readonly Token[],
): Votes {
  const v = noVotes();
  const n = c.tokens.length;
  const last = c.tokens[n - 1] as Token;
  // A title before an office's or a firm's name is a job there ("Office Manager Legon Tax Office").
  const headed =
    !!ev.titleCaseNames &&
    n > 1 &&
    (lex.orgSuffixes.has(last.lower) || lex.orgWords.has(last.lower));
  if (c.personCue && !headed) v.person += 4;
  // An acronym used again and again is an established one, most often an organisation's.
  if (n === 1 && isAcronym(last)) v.organization += ACRONYM_SHAPE;
  const prev = tokens[c.first - 1];
  const prev2 = tokens[c.first - 2];
  v.organization += articleCue(lex, ev, c, tokens);
  // «Газпром»: a name that fills the quotes; «Пусть говорят» is a title, its first word no firm.
  const closes = tokens[c.first + n]?.text;
  const filled = closes === '»' || closes === '“' || closes === '"';
  if (ev.quoted && (prev?.text === '«' || prev?.text === '„') && filled) v[ev.quoted] += 2;
  if (prev?.word && prev.cap && ev.kindBefore) add(v, ev.kindBefore(prev.lower));
  // German "Zabels Entscheidung", "Wulffs Hochzeitsfeier": a genitive "s" right before a noun,
  // with no article, is a name's; a common noun takes its article ("des Vaters Haus").
  if (ev.capitalisedNouns && n === 1 && genitiveBeforeNoun(lex, ev, last, tokens[c.first + 1]))
    v.person += 2;
  // "DEAR ABBY: My husband…": a letter greets a person (a pen name of ordinary words, "DEAR
  // WORRIED MOM", is no one's name).
  const greeted = prev?.cap && (c.tokens[0] as Token).joined && ev.salutations?.has(prev.lower);
  if (greeted && c.tokens.some((t) => !lex.common.has(t.lower))) v.person += 3;
  if (prev?.word && !prev.cap) {
    // Two words settle more than one: "according to X" is no "to X".
    // "Shares of X" opening a sentence counts as "shares of X".
    const lowered = !!prev2?.word && (!prev2.cap || prev2.atStart);
    const pair = lowered ? ev.before2.get(`${prev2.lower} ${prev.lower}`) : undefined;
    let before = ev.before.get(prev.lower);
    // "в Instagram", "из YouTube": a place's preposition before a name in another script says
    // little (a text transcribes the places it names into its own script, not brands).
    if (before?.[0] === 'place' && otherScript(prev.text, c.tokens[0]?.text ?? '')) {
      before = undefined;
    }
    if (pair) add(v, pair);
    else if (before) add(v, before);
    else if (lex.roleNouns.has(prev.lower)) v.person += 2;
    else if (lex.orgWords.has(prev.lower)) v.organization += 2;
  }
  const next = tokens[c.first + n];
  const next2 = tokens[c.first + n + 1];
  if (!next) return v;
  const glued = next.start === last.end + last.possessive.length;
  // "Don Victor® Honey", "Acme™": a trade mark's sign marks a brand, a firm's name.
  if (ev.titleCaseNames && glued && (next.text === '®' || next.text === '™')) v.organization += 3;
  if (next.joined && next.cap && !last.possessive) add(v, ev.titleAfter.get(next.lower));
  if (glued && next.text.startsWith('-')) add(v, ev.hyphenSuffix.get(next.lower));
  if (next.word && (!next.cap || next.allCaps)) {
    if (last.possessive) {
      // "X's local chief", "X's former wife": past one lower-case word (a place's words are
      // adjectives too: "X's second largest").
      const cue = ev.afterPossessive.get(next.lower);
      const later =
        next2?.word && !next2.cap && next2.joined ? ev.afterPossessive.get(next2.lower) : undefined;
      add(v, cue ?? (later?.[0] === 'place' ? undefined : later));
    } else add(v, ev.after.get(next.lower));
  } else if (last.possessive && ev.titleCaseNames && personNamed(lex, tokens, c.first + n)) {
    // "Morgan Stanley's Steve Harker": whom a name has, named in full, works there.
    v.organization += 2;
  } else if (last.possessive && ev.titleCaseNames && next.cap && !next.atStart) {
    // "TD Ameritrade’s Veo Open Access platform": past the name of its product or unit.
    const head = productHead(tokens, c.first + n);
    if (head) add(v, ev.afterPossessive.get(head.lower));
  }
  if (next2) {
    const pair = next.text === ',' ? `, ${next2.lower}` : `${next.lower} ${next2.lower}`;
    add(v, ev.after2.get(pair));
    // "Walt Disney (NYSE: DIS)": a ticker after the name.
    if (next.text === '(' && ev.exchanges.has(next2.lower)) v.organization += 4;
  }
  // Beyond English, where lone surnames would otherwise be read by shape alone ("Alfano disse").
  if ((n > 1 || ev.guess) && ev.sayVerbs.has(next.lower)) v.person += 1;
  // "Glatt, 45, had signed on": an age between commas.
  if (next.text === ',' && /^\d{1,3}$/.test(next2?.text ?? '')) {
    const age = Number(next2?.text);
    if (age > 0 && age < 120 && tokens[c.first + n + 2]?.text === ',') v.person += 3;
  }
  // "Doxim, a Toronto-based provider of…", "Saltmere is a village": what the name is said to be.
  const described = description(lex, ev, tokens, c.first + n);
  if (described) v[described] += 3;
  const owner = possessiveAfter(ev, tokens, c.first + n);
  if (owner) v[owner] += 1;
  // "Coca-Cola (KO)": a ticker in brackets right after the name.
  if (next.text === '(' && next2 && /^\p{Lu}{2,5}$/u.test(next2.text)) {
    if (tokens[c.first + n + 2]?.text === ')' && !acronymOf(c.tokens, next2.text)) {
      v.organization += 2;
    }
  }
  // "Jesper Parnevik (Sweden)": a person's country in brackets, as results and lists give it.
  if (next.text === '(' && next2 && lex.countries.has(next2.lower)) {
    if (tokens[c.first + n + 2]?.text === ')') v.person += 1.5;
  }
  // "West Virginia-based Patriot Coal": what a place is the base of, named right after it.
  if (ev.titleCaseNames && prev?.lower === '-based' && prev.joined) v.organization += 2;
  // "(D-Calif.)": the state after a lawmaker's party letter.
  if (ev.titleCaseNames && afterPartyLetter(c, tokens)) v.place += 3;
  // The ticker itself: "(NASDAQ: AAPL)".
  if (prev?.text === ':' && prev2 && ev.exchanges.has(prev2.lower)) v.organization += 3;
  return v;
}

const VERSION = /^\d(?:\.\d)?$/;
/**
 * The number at `at` follows a side's name that opens its line or sentence: "Jets 2, …" (not a
 * list's "Attack on Titan: Final Battle 2, …").
 */
function opensScoreLine(tokens: readonly Token[], at: number): boolean {
  if (!/^\d/.test(tokens[at]?.text ?? '')) return false;
  let k = at - 1;
  while (k > at - 5 && tokens[k]?.cap && tokens[k]?.joined && tokens[k - 1]?.cap) k--;
  const side = tokens[k];
  const before = tokens[k - 1];
  return !!side?.cap && (!before || !side.joined || /^[.!?]$/.test(before.text));
}

/** What may follow a sequel's number: "Destiny 2, …", "Forza 4: …", "(Rage 2)". */
const NUMBER_END = new Set([',', ';', ')']);

/** The name is the state of a lawmaker's party label: "(D-Calif.)", ", R-Texas,". */
export function afterPartyLetter(c: Candidate, tokens: readonly Token[]): boolean {
  const prev = tokens[c.first - 1];
  const prev2 = tokens[c.first - 2];
  return (
    prev?.text === '-' &&
    prev.start === prev2?.end &&
    /^[DRI]$/.test(prev2.text) &&
    prev.end === (c.tokens[0] as Token).start
  );
}

/** Words that put a field after its noun: "of" ("da", "de la", "des") and "in" ("em", "en"). */
const FIELD_IN = new Set(['em', 'en', 'in']);
const ARTICLES = new Set(['la', 'le', 'les', "l'", 'l’', 'o', 'a', 'os', 'as']);

/**
 * "ministro da Saúde", "ministro francês da Saúde", "ministre de la Guerre", "licenciatura em
 * Medicina": the name after the noun (and an adjective of it) is the office's or the degree's field.
 */
export function namesAField(
  ev: LanguageEvidence,
  tokens: readonly Token[],
  at: number,
  depth = 0,
): boolean {
  const nouns = ev.fieldBefore;
  if (!nouns) return false;
  let j = at - 1;
  if (ARTICLES.has(tokens[j]?.lower ?? '') && !tokens[j]?.cap) j--;
  const of = tokens[j];
  if (!of?.word || of.cap || !(ev.ofWords?.has(of.lower) || FIELD_IN.has(of.lower))) return false;
  const noun = tokens[j - 1];
  // "ministro da Agricultura, do Desenvolvimento Rural e das Pescas": a portfolio listed after
  // another is a field too.
  if (noun && depth < FIELD_LIST && (noun.text === ',' || ROMANCE_AND.has(noun.text)))
    return fieldBefore(ev, tokens, j - 2, depth + 1);
  if (!noun?.word) return false;
  // "recém-licenciado": the noun is the hyphened word's last part.
  if (nouns.has(noun.lower.slice(noun.lower.lastIndexOf('-') + 1))) return true;
  const before = tokens[j - 2];
  return !noun.cap && !!before?.word && nouns.has(before.lower);
}

/** How many portfolios a list may chain ("da Agricultura, do Desenvolvimento Rural e das Pescas"). */
const FIELD_LIST = 4;

/**
 * The capitalised words ending at `end` (with "do", "de la" between them, "Ordenamento do
 * Território") are a field: some capital among them names one.
 */
function fieldBefore(
  ev: LanguageEvidence,
  tokens: readonly Token[],
  end: number,
  depth: number,
): boolean {
  for (let k = end; k >= 0 && end - k < 8; k--) {
    const t = tokens[k] as Token;
    if (t.word && t.cap) {
      if (namesAField(ev, tokens, k, depth)) return true;
      continue;
    }
    // Between a field's capitals only its "do", "de la" may stand.
    if (!t.word || !(ev.ofWords?.has(t.lower) || ARTICLES.has(t.lower))) return false;
  }
  return false;
}

/**
 * The mention is used as a thing's name, not an actor's: a noun of devices or parts after it
 * ("the HDMI port", "MagSafe charging"), a noun of works or techniques before it where the
 * language puts it there ("o filme X", "a tecnologia X"), a word of quantity before it ("more
 * RAM"), or an amount in units ("32GB of RAM").
 */
export function usedAsThing(ev: LanguageEvidence, c: Candidate, tokens: readonly Token[]): boolean {
  const last = c.tokens[c.tokens.length - 1] as Token;
  // "Thunderbolt 3 docks", "a MagSafe 2 connection": a version number between name and noun.
  // ("There was no change for MagSafe 2.": a version ends the sentence.)
  // (Not a table's "Derbyshire 24 points, Worcestershire 5.": the name follows a word.)
  const after = tokens[c.first + c.tokens.length]?.text ?? '';
  const prev = tokens[c.first - 1];
  const inSentence = !!prev?.word && !prev.cap;
  if (!last.possessive && inSentence && /^\d\.$/.test(after)) return true;
  const version = VERSION.test(after) ? 1 : 0;
  // "streaming Destiny 2, Rage 2 and…", "Odyssey, Destiny 2: The Collection": a sequel's or a
  // model's number between a name and a comma or a bracket in a sentence, or before a subtitle
  // (a score line's "Rovers 2, United 1" opens its line, a box score's "Davis 7 points" goes on
  // in words).
  const end = tokens[c.first + c.tokens.length + 1];
  // (Not a score line's second side: "Jets 2, Predators 1: Patrik Laine scored…".)
  const scoreLine = prev?.text === ',' && opensScoreLine(tokens, c.first - 2);
  const subtitle = end?.text === ':' && !!tokens[c.first + c.tokens.length + 2]?.cap && !scoreLine;
  if (!last.possessive && version && (subtitle || (inSentence && NUMBER_END.has(end?.text ?? ''))))
    return true;
  const next = tokens[c.first + c.tokens.length + version];
  if (!last.possessive && next?.word && !next.cap && ev.productNouns?.has(next.lower)) return true;
  // German "drei Moleküle ATP", "100 Gramm NaCl": a measure noun before a substance.
  if (prev?.word && prev.cap && ev.measureNouns?.has(prev.lower)) return true;
  if (!prev?.word || prev.cap) return false;
  if (ev.quantityWords?.has(prev.lower)) return true;
  // "o filme Tropa de Elite", "a tecnologia de RFID": a work's or a technique's noun before it.
  if (ev.thingBefore?.has(prev.lower)) return true;
  const amount = tokens[c.first - 2]?.text ?? '';
  return prev.lower === 'of' && /^\d+(?:[.,]\d+)?\p{L}{1,3}$/u.test(amount);
}
