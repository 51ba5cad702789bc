/**
 * Groups a document's names into actors, following what the text does: a surname or given name
 * joins the one full person name that holds it ("Vindman" → "Alexander Vindman"), an acronym the
 * name it abbreviates or that defines it ("KAM" after "Kenya Association of Manufacturers
 * (KAM)"), a company's short name the full one ("Barrick" → "Barrick Gold Corp"), a nickname its
 * club ("Yankees" → "New York Yankees"), a place the longer name of that place ("Inner Mongolia"
 * → "Inner Mongolia Autonomous Region"), and "US" / "U.S." their canonical "United States". A
 * name shared by two full names stays apart from both, and a name the text uses as a place is
 * never absorbed into an organisation named after it ("Dunmore" stays beside "Dunmore Residents
 * Association").
 *
 * Every index holds a bounded number of entries per name (names have at most MAX_NAME_TOKENS
 * words; prefixes, tails and acronyms are taken up to a few words), so grouping is linear in the
 * number of names.
 */
import type { SamePerson } from './evidence/types';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';
import { addVotes, decide, noVotes, type KnownType, type Votes } from './votes';

/** One distinct name of the document (its lower-case key) with what is known of it. */
export interface Name {
  key: string;
  /** The words of its first mention. */
  tokens: Token[];
  /** Evidence from the name itself. */
  own: Votes;
  /** Evidence from around its mentions, summed. */
  context: Votes;
  /** Its type from its own evidence and mentions alone, or null. */
  tentative: KnownType | null;
  /** Offset of its first mention in the story (not a dateline or credit). */
  firstAt: number;
  /** Canonical name and type when a lexicon entry fixes it ("United States" for "US"). */
  fixed?: { name: string; type: 'place' | 'organization' };
  /** Mentions in the story (not datelines, credits). */
  storyMentions: number;
  /** Offset of its third mention in the story, or Infinity. */
  thirdAt: number;
  /** Mentions followed by a score or a table row, in sports news: a team's, if a lone word. */
  scored: number;
  /** Story mentions not opening a sentence, where capitals say the word is a name. */
  midSentence: number;
  /** Story mentions the text uses as a thing's ("an HDMI port", "more RAM"). */
  thingUses: number;
  /** Story mentions naming an office's or a degree's field ("ministro da Saúde"). */
  fieldUses: number;
  /** Story mentions written as the first part of a hyphenated compound ("SPD-Genossen"). */
  compounded: number;
  /** Story mentions of a lone given name cut from the capitalised word after it ("Max Herbst"). */
  cutGiven: number;
  /** Story mentions with a cue of an actor around them (not the acronym's shape alone). */
  cued: number;
  /** Story mentions whose only organisation point is the article before them ("the Big Bang"). */
  articles: number;
  /** The acronym's shape's points among its context's ("ABBY" as written in a salutation). */
  shouted: number;
}

const STOP_IN_ACRONYM = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'la', 'on', 'in']);
/** Prefixes and tails looked at, in words: enough for "Yankees", "Red Sox", "Inner Mongolia". */
const MAX_PART = 3;

function letters(words: readonly string[]): string {
  let out = '';
  for (const w of words) out += w[0] ?? '';
  return out;
}

/** The acronyms a long name may be written as: with or without its small words. */
function acronyms(words: readonly string[]): string[] {
  const content = words.filter((w) => !STOP_IN_ACRONYM.has(w));
  const out = [letters(content), letters(words)];
  // "PUC" for "(California) Public Utilities Commission": the name without its first word.
  if (content.length >= 3) out.push(letters(content.slice(1)));
  return out.filter((a) => a.length >= 2);
}

/** Evidence around a lone surname that keeps it apart from a full name holding it, unlisted. */
const SAID_AGAIN = 6;

function bare(key: string): string {
  return key.replace(/\./g, '');
}

/**
 * Entries to the names that hold them. Only whether an entry has one owner besides the asking
 * name matters, so at most three owners are kept per entry: a word shared by thousands of names
 * costs no more than one shared by three.
 */
class Index {
  private readonly map = new Map<string, string[]>();
  add(entry: string, owner: string): void {
    const owners = this.map.get(entry);
    if (!owners) this.map.set(entry, [owner]);
    else if (owners.length < 3 && !owners.includes(owner)) owners.push(owner);
  }
  /** The one owner of an entry other than `self`, or undefined when none or several. */
  only(entry: string, self: string): string | undefined {
    const owners = (this.map.get(entry) ?? []).filter((o) => o !== self);
    return owners.length === 1 ? owners[0] : undefined;
  }
}

function leansTo(v: Votes, type: KnownType): boolean {
  return decide(v) === type;
}

/** The name is used as a place in the text, or listed as one. */
function usedAsPlace(n: Name): boolean {
  return n.context.place >= 2 || n.own.place >= 3 || n.tentative === 'place';
}

/** Full names of one surname compared pairwise: more are left apart, to keep grouping linear. */
const MAX_NAMESAKES = 8;

/**
 * Full names of one person told apart by a nickname, a middle initial or a generational suffix
 * ("Pat Carlineo", "Patrick Carlineo Jr.", "Patrick W. Carlineo"): each to the longest of them.
 * Names are grouped only when every two of a group agree ("Pat Smith" beside "Patrick Smith"
 * and "Patricia Smith" joins neither), and "Jr." and "Sr." keep a father and a son apart.
 */
function namesakes(
  people: readonly { key: string; words: readonly string[] }[],
  same: SamePerson,
): Map<string, string> {
  interface Form {
    key: string;
    given: string;
    suffix: string;
    size: number;
  }
  const bySurname = new Map<string, Form[]>();
  for (const { key, words } of people) {
    let end = words.length;
    const suffix = same.suffixes.has(words[end - 1] ?? '') ? (words[--end] as string) : '';
    const core = words.slice(0, end).filter((w, i) => i === 0 || !/^\p{L}\.?$/u.test(w));
    // Given name and surname, with initials between them at most.
    if (core.length !== 2) continue;
    const given = core[0] as string;
    const form = { key, given: same.nicknames.get(given) ?? given, suffix, size: words.length };
    const surname = core[core.length - 1] as string;
    const list = bySurname.get(surname);
    if (list) list.push(form);
    else bySurname.set(surname, [form]);
  }
  const agree = (a: Form, b: Form): boolean => {
    if (a.suffix && b.suffix && a.suffix.replace('.', '') !== b.suffix.replace('.', ''))
      return false;
    const [short, long] =
      a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
    return short === long || (short.length >= 3 && long.startsWith(short));
  };
  const out = new Map<string, string>();
  for (const list of bySurname.values()) {
    if (list.length < 2 || list.length > MAX_NAMESAKES) continue;
    const done = new Set<Form>();
    for (const a of list) {
      if (done.has(a)) continue;
      const group = list.filter((b) => !done.has(b) && agree(a, b));
      if (group.length < 2 || !group.every((b) => group.every((c) => agree(b, c)))) continue;
      // The names that agree with one of the group's all agree with each other too.
      if (list.some((b) => !group.includes(b) && group.some((c) => agree(b, c)))) continue;
      const head = group.reduce((h, b) => (b.size > h.size ? b : h));
      for (const b of group) {
        done.add(b);
        out.set(b.key, head.key);
      }
    }
  }
  return out;
}

/**
 * For every name, the key of the name it belongs to (itself when it stands alone). `defined`
 * maps acronyms to the name the text defines them for ("Kenya Association of Manufacturers (KAM)").
 */
export function groupNames(
  lex: Lexicon,
  names: ReadonlyMap<string, Name>,
  defined: ReadonlyMap<string, string>,
  firmsNamedForPeople = false,
  civilities?: ReadonlySet<string>,
  samePerson?: SamePerson,
  /** A word used alone again and again before the full name holding it keeps apart from it. */
  aloneFirst = false,
): Map<string, string> {
  const person = new Index();
  const prefix = new Index();
  const tail = new Index();
  const acronym = new Index();
  // "M. Deschanel" is a surname as "Deschanel" is: the civility is no word of the name here.
  const wordsOf = (n: Name): string[] => {
    const words = n.tokens.map((t) => t.lower);
    return civilities?.has(words[0] ?? '') && words.length > 1 ? words.slice(1) : words;
  };
  const personal = (n: Name): boolean =>
    n.tentative === 'person' || (!n.tentative && n.own.person > 0);
  const one = samePerson
    ? namesakes(
        [...names.values()]
          .filter((n) => !n.fixed && personal(n))
          .map((n) => ({ key: n.key, words: wordsOf(n) }))
          .filter((p) => p.words.length >= 2),
        samePerson,
      )
    : new Map<string, string>();
  for (const n of names.values()) {
    const words = wordsOf(n);
    if (words.length < 2 || n.fixed) continue;
    // Full names of people, and names of no settled kind that look personal ("Tiger Woods"):
    // their surname alone ("Woods, who…") may settle them.
    if (personal(n)) {
      const self = one.get(n.key) ?? n.key;
      for (const w of words) {
        if (!lex.particles.has(w) && !samePerson?.suffixes.has(w)) person.add(w, self);
      }
      // "von der Leyen" for "Ursula von der Leyen".
      for (let k = 1; k < words.length - 1 && k <= MAX_PART; k++) {
        if (lex.particles.has(words[k] as string)) person.add(words.slice(k).join(' '), self);
      }
      continue;
    }
    for (const a of acronyms(words)) acronym.add(a, n.key);
    for (let k = 1; k < words.length && k <= MAX_PART; k++) {
      prefix.add(words.slice(0, k).join(' '), n.key);
      tail.add(words.slice(words.length - k).join(' '), n.key);
    }
  }

  const owner = new Map<string, string>(one);
  for (const [key, head] of one) if (key === head) owner.delete(key);
  // One group per canonical name ("US", "U.S.", "United States"; "Minn." in "(D-Minn.)" and
  // "Minnesota") and per spelling without full stops ("N.Y." and "NY").
  const sameAs = new Map<string, string>();
  for (const n of names.values()) {
    const same = bare(n.fixed ? n.fixed.name.toLowerCase() : n.key);
    const first = sameAs.get(same);
    if (first === undefined) sameAs.set(same, n.key);
    else owner.set(n.key, first);
  }
  for (const n of names.values()) {
    if (n.fixed || owner.has(n.key)) continue;
    const words = wordsOf(n);
    const own = addVotes(addVotes(noVotes(), n.own), n.context);
    let to: string | undefined;
    // An acronym defined in the text, or spelling out a longer name.
    if (words.length === 1 && (n.tokens[0] as Token).text.replace(/\./g, '').length >= 2) {
      const letters = bare(n.key);
      to = defined.get(n.key) ?? defined.get(letters);
      // The long form may be no actor (a common phrase, a term).
      if (to && !names.has(to)) to = undefined;
      if (!to && /^\p{Lu}[\p{Lu}.&]*$/u.test((n.tokens[0] as Token).text))
        to = acronym.only(letters, n.key);
    }
    // A surname or given name: the one full name holding it, unless the name is listed as what
    // the text says it is ("in Jordan" after "Michael Jordan" is the country) or the text says
    // so again and again. A preposition or two ("a message to Jenner") fits a person as well.
    if (!to && words.length <= MAX_PART) {
      const p = person.only(words.join(' '), n.key);
      const said = decide(n.context);
      const elsewhere =
        (said === 'place' || said === 'organization') &&
        (n.own[said] > 0 || n.context[said] >= SAID_AGAIN);
      // A name of settled kind joins a full name of unsettled kind only if it is a person's.
      const unsettled = p !== undefined && names.get(p)?.tentative !== 'person';
      const kind = n.tentative;
      const fits = !unsettled || kind === null || kind === 'person' || n.own[kind] === 0;
      // "Before Islam split… Islam was… the Prophet Islam…": a word the story uses alone again
      // and again before it writes the full name, which nothing but its shape calls a person's,
      // is a name of its own (one caption's "Kita" before "Tsuneo Kita" is no such use).
      const earlier = aloneFirst && unsettled && n.thirdAt < (names.get(p)?.firstAt ?? Infinity);
      if (p && !elsewhere && fits && !earlier) to = p;
    }
    // (A listed place's name the text uses as a firm's may be one: "BHP and Rio" after "Rio Tinto".)
    const firmHere = decide(n.context) === 'organization';
    if (!to && words.length <= MAX_PART && (!usedAsPlace(n) || firmHere)) {
      const key = words.join(' ');
      // A company's short name: "Barrick" for "Barrick Gold Corp" — when the full name came
      // first, or is the short name with company words after it.
      const long = prefix.only(key, n.key);
      const o = long ? names.get(long) : undefined;
      // "Port traffic stopped" after "Port Workers Federation": a word capitalised only where a
      // sentence starts is no short name.
      // "Fox Searchlight" beside "Fox Searchlight Pictures": a firm named after a person, when
      // only the name's shape, never the text, says it is a person's.
      const firmsName =
        firmsNamedForPeople &&
        words.length > 1 &&
        n.context.person === 0 &&
        o?.tentative === 'organization';
      const personal = leansTo(own, 'person') && !firmsName;
      if (o && o.tentative !== 'place' && !personal && n.midSentence > 0) {
        const rest = o.tokens.slice(words.length);
        const suffixOnly = rest.every((t) => lex.orgSuffixes.has(t.lower) || t.text === ',');
        if (o.firstAt <= n.firstAt || suffixOnly || firmsName) to = long;
      }
      // A club's nickname: "Yankees" for "New York Yankees".
      if (!to) {
        const t = tail.only(key, n.key);
        const club = t ? names.get(t) : undefined;
        if (club?.tentative === 'organization' && !leansTo(own, 'person')) to = t;
      }
    }
    // A place's short name: "Inner Mongolia" for "Inner Mongolia Autonomous Region".
    if (!to && n.tentative !== 'person' && n.tentative !== 'organization') {
      const long = prefix.only(words.join(' '), n.key);
      if (long && names.get(long)?.tentative === 'place' && usedAsPlace(n)) to = long;
    }
    if (to && to !== n.key) owner.set(n.key, to);
  }

  // Follow chains to their root ("PUC" → "CPUC" → the full name); a cycle stops where it closes.
  const root = new Map<string, string>();
  for (const key of names.keys()) {
    let at = key;
    const seen = new Set<string>([at]);
    for (let next = owner.get(at); next && !seen.has(next); next = owner.get(at)) {
      seen.add(next);
      at = next;
    }
    root.set(key, at);
  }
  return root;
}
