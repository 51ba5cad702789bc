/**
 * Salience: how much a story is about an actor. Mentions count most; being named early, in the
 * title, or as the subject of a sentence (the name right before a verb of saying or doing) adds.
 */
import type { Group } from './resolve';
import type { Token } from './tokens';

const SUBJECT_VERBS =
  /^(?:said|says|told|added|has|have|had|is|was|will|would|could|can|did|does|wants|wanted|plans|planned|met|meets|visited|visits|announced|warned|praised|promised|vowed|called|urged|accused|denied|claimed|agreed|signed|won|lost|beat|took)$/;

const OTHER_WEIGHT = 0.4;
const ADDRESS_WEIGHT = 0.5;
/** Each vote for a name's type adds this much, up to MAX_SUPPORT votes: less than a mention. */
const SUPPORT_WEIGHT = 0.2;
const MAX_SUPPORT = 4;

export function salience(
  g: Group,
  tokens: readonly Token[],
  textLength: number,
  titleLower: string,
  streets?: ReadonlySet<string>,
  bySupport = false,
): number {
  // Datelines and credits say nothing of what the story is about.
  const story = g.mentions.filter((m) => m.position === 'story');
  const count = story.length;
  let firstAt = Infinity;
  for (const m of story) firstAt = Math.min(firstAt, m.start);
  const early = textLength && count ? 1 - firstAt / textLength : 0;
  let subject = 0;
  for (const m of story) {
    const next = tokens[m.first + m.tokens.length];
    if (next && SUBJECT_VERBS.test(next.lower)) subject++;
  }
  const inTitle = [...g.forms.keys()].some(
    (f) => f.length > 1 && titleHas(titleLower, f.toLowerCase()),
  );
  // Where capitals alone say little (German), the evidence for a name's type breaks ties among
  // names mentioned as often: a name the lists or the cues vouch for before a guessed one.
  const support = bySupport ? SUPPORT_WEIGHT * Math.min(g.support ?? 0, MAX_SUPPORT) : 0;
  const score = count + early + 0.5 * subject + (inTitle ? 3 : 0) + support;
  // Names of unsettled kind come after the typed ones the story gives as much weight.
  if (g.type === 'other') return OTHER_WEIGHT * score;
  // An address ("rue de Rivoli": a street named with its lower-case head word) says where
  // something happened; the story is rarely about it.
  const address = !!streets && [...g.forms.keys()].every((f) => streets.has(firstWord(f)));
  return address ? ADDRESS_WEIGHT * score : score;
}

function firstWord(form: string): string {
  // "15, rue de Valois": the street after its house number.
  form = form.replace(/^\d+\p{L}*, /u, '');
  const space = form.indexOf(' ');
  return space > 0 ? form.slice(0, space) : form;
}

function titleHas(title: string, name: string): boolean {
  const at = title.indexOf(name);
  if (at < 0) return false;
  const before = title[at - 1];
  const after = title[at + name.length];
  const boundary = (ch: string | undefined): boolean => !ch || !/[\p{L}\p{N}]/u.test(ch);
  return boundary(before) && boundary(after);
}
