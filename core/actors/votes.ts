/**
 * Evidence for a name's type, summed: each cue adds its weight to the type it points to. A name's
 * own form (word lists, endings, a first name) counts once; what the text says around its
 * mentions counts at every mention; one actor's names add up, so all its mentions get one type.
 */
export type KnownType = 'person' | 'organization' | 'place';
export const KNOWN_TYPES: readonly KnownType[] = ['person', 'organization', 'place'];

export type Votes = Record<KnownType, number>;

export function noVotes(): Votes {
  return { person: 0, organization: 0, place: 0 };
}

export function addVotes(into: Votes, from: Votes, scale = 1): Votes {
  into.person += scale * from.person;
  into.organization += scale * from.organization;
  into.place += scale * from.place;
  return into;
}

export function total(v: Votes): number {
  return v.person + v.organization + v.place;
}

/** Least evidence that settles a type. */
export const SETTLES = 2;

/**
 * The type the evidence settles, or null: the strongest type needs at least SETTLES and half as
 * much again as the next one. Undecided names are shown as "other names", never guessed.
 */
export function decide(v: Votes): KnownType | null {
  let best: KnownType | null = null;
  let first = 0;
  let second = 0;
  for (const type of KNOWN_TYPES) {
    const n = v[type];
    if (n > first) {
      second = first;
      first = n;
      best = type;
    } else if (n > second) second = n;
  }
  return first >= SETTLES && first >= 1.5 * second ? best : null;
}
