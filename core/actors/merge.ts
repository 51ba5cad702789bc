/**
 * Groups mentions into actors: one actor per name, with alternative names folded in — "US" and
 * "U.S." into "United States", an acronym into the name it abbreviates, a lone surname or given
 * name into the one full person name that contains it. A surname shared by two people in the
 * document stays apart from both: it is never guessed.
 */
import type { ActorType } from '../types';
import type { Lexicon } from './lexicon';
import type { Mention } from './resolve';
import { joinWords } from './tokens';

export interface Group {
  type: ActorType;
  /** Forms as written, with how often each occurs. */
  forms: Map<string, number>;
  mentions: Mention[];
  /** Possessive forms as written ("Putin’s"): aliases a reader may look for, never the name. */
  possessives: Set<string>;
  /** Canonical name when a lexicon entry fixes it ("United States" for "US"). */
  fixedName?: string;
}

const STOP_IN_ACRONYM = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'la']);

function acronym(words: readonly string[]): string {
  return words
    .filter((w) => !STOP_IN_ACRONYM.has(w))
    .map((w) => w[0] ?? '')
    .join('');
}

function groupKey(lex: Lexicon, m: Mention): { key: string; fixedName?: string } {
  const fixed = lex.canonical.get(m.key);
  if (fixed) return { key: `${fixed.type}:${fixed.name.toLowerCase()}`, fixedName: fixed.name };
  return { key: `${m.type}:${m.key.replace(/\./g, '')}` };
}

export function groupMentions(lex: Lexicon, mentions: readonly Mention[]): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, m: Mention, fixedName?: string): void => {
    let g = groups.get(key);
    if (!g) {
      g = { type: m.type, forms: new Map(), mentions: [], possessives: new Set(), fixedName };
      groups.set(key, g);
    }
    const form = joinWords(m.tokens, 'text');
    g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
    const ending = m.tokens[m.tokens.length - 1]?.possessive;
    if (ending) g.possessives.add(form + ending);
    g.mentions.push(m);
  };

  const singles: Mention[] = [];
  for (const m of mentions) {
    if (m.tokens.length === 1 && !lex.canonical.has(m.key)) singles.push(m);
    else {
      const { key, fixedName } = groupKey(lex, m);
      add(key, m, fixedName);
    }
  }

  // A lone word joins the one full name that contains it (a person's), starts with it (a company's)
  // or that it abbreviates. Index the full names once: word → the groups it may point to.
  const owners = new Map<string, Set<string>>();
  const own = (word: string, key: string): void => {
    const set = owners.get(word) ?? new Set<string>();
    set.add(key);
    owners.set(word, set);
  };
  for (const [key, g] of groups) {
    for (const x of g.mentions) {
      if (x.tokens.length < 2) continue;
      const words = x.tokens.map((t) => t.lower);
      if (g.type === 'person') for (const w of words) own(`person:${w}`, key);
      else {
        own(`acronym:${acronym(words)}`, key);
        own(`${g.type}:${words[0]}`, key);
      }
    }
  }
  for (const m of singles) {
    const word = m.key.replace(/\./g, '');
    const candidates = new Set(owners.get(`${m.type}:${word}`));
    if (m.type !== 'person') for (const k of owners.get(`acronym:${word}`) ?? []) candidates.add(k);
    const [only] = candidates;
    const g = candidates.size === 1 && only ? groups.get(only) : undefined;
    if (g && only) add(only, { ...m, type: g.type });
    else add(`${m.type}:${word}`, m);
  }
  foldTails(groups);
  return [...groups.values()];
}

/**
 * Longest tail (in words) that is looked for. Building every tail of every mention costs the
 * square of a name's length, and a page's "A & A & …" is one "organisation" of thousands of words.
 */
const MAX_TAIL_WORDS = 8;

/**
 * A name that is the tail of exactly one longer organisation name is that organisation:
 * "Yankees" and "Red Sox" after "New York Yankees" and "Boston Red Sox".
 */
function foldTails(groups: Map<string, Group>): void {
  const tails = new Map<string, Set<string>>();
  for (const [key, g] of groups) {
    if (g.type !== 'organization') continue;
    // Each name of the group once, however often it is mentioned.
    const names = new Map(g.mentions.map((m) => [joinWords(m.tokens, 'lower'), m.tokens]));
    for (const tokens of names.values()) {
      const words = tokens.map((t) => t.lower);
      for (let k = Math.max(1, words.length - MAX_TAIL_WORDS); k < words.length; k++) {
        const tail = words.slice(k).join(' ');
        const owners = tails.get(tail) ?? new Set<string>();
        owners.add(key);
        tails.set(tail, owners);
      }
    }
  }
  for (const [key, g] of [...groups]) {
    if (g.type === 'place' || g.fixedName) continue;
    const names = new Set(g.mentions.map((m) => m.key));
    if (names.size !== 1) continue;
    const [name] = names;
    const owners = tails.get(name ?? '');
    const [ownerKey] = owners ?? [];
    const owner =
      owners?.size === 1 && ownerKey !== key && ownerKey ? groups.get(ownerKey) : undefined;
    if (!owner) continue;
    for (const m of g.mentions) owner.mentions.push({ ...m, type: owner.type });
    for (const [form, n] of g.forms) owner.forms.set(form, (owner.forms.get(form) ?? 0) + n);
    for (const p of g.possessives) owner.possessives.add(p);
    groups.delete(key);
  }
}
