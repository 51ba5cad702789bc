/**
 * Groups mentions into actors: one actor per name, with alternative names folded in — "US" and
 * "U.S." into "United States", an acronym into the name it abbreviates, a lone surname or given
 * name into the one full person name that contains it. A surname shared by two people in the
 * document stays apart from both: it is never guessed.
 */
import type { ActorType } from '../types';
import type { Lexicon } from './lexicon';
import type { Mention } from './resolve';

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
    const form = m.tokens.map((t) => t.text).join(' ');
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
  // or that it abbreviates.
  const full = [...groups.entries()].filter(([, g]) => g.mentions.some((m) => m.tokens.length > 1));
  for (const m of singles) {
    const word = m.key.replace(/\./g, '');
    const owners = full.filter(([, g]) =>
      g.mentions.some((x) => {
        const words = x.tokens.map((t) => t.lower);
        if (m.type === 'person') return g.type === 'person' && words.includes(word);
        if (g.type === 'person') return false;
        return acronym(words) === word || (g.type === m.type && words[0] === word);
      }),
    );
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (owner) {
      const [key, g] = owner;
      add(key, { ...m, type: g.type });
    } else add(`${m.type}:${word}`, m);
  }
  return [...groups.values()];
}
