import { useState } from 'preact/hooks';
import type { Actor, ActorType } from '@/core/types';
import { ACTOR_TYPES } from '@/lib/protocol/protocol';

/** Group headings (lib/shared/palette.ts has the same labels for the options page). */
const LABELS: Record<ActorType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
};

/** Chips shown per type before "+N more". */
const SHOWN_PER_TYPE = 8;

interface Props {
  actors: readonly Actor[];
  /** The actor whose mention is shown in the page, and which one. */
  current: { actor: number; mention: number } | null;
  onShow: (actor: number) => void;
  /** The types to show (the reader's choice in the options); all when absent. */
  types?: readonly ActorType[];
  /** While the page is highlighted: which types are, and how to switch one. */
  highlight?: { isOn: (type: ActorType) => boolean; toggle: (type: ActorType) => void };
}

function Group({
  type,
  ranked,
  current,
  onShow,
  highlight,
}: { type: ActorType; ranked: { actor: Actor; rank: number }[] } & Omit<Props, 'actors'>) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? ranked : ranked.slice(0, SHOWN_PER_TYPE);
  const label = LABELS[type];
  return (
    // The type's colours, light or dark, from the theme's tokens (components/theme.css).
    <section
      class="group"
      data-type={type}
      style={`--ink:var(--${type}-ink);--wash:var(--${type}-wash)`}
    >
      <h3>
        {highlight ? (
          <button
            type="button"
            class="type-toggle"
            aria-pressed={highlight.isOn(type)}
            title={`Highlight ${label.toLowerCase()} in the page`}
            onClick={() => highlight.toggle(type)}
          >
            <span class="dot" aria-hidden="true" />
            {label}
          </button>
        ) : (
          <>
            <span class="dot" aria-hidden="true" />
            {label}
          </>
        )}{' '}
        <span class="count">{ranked.length}</span>
      </h3>
      <ul class="chips">
        {shown.map(({ actor, rank }) => {
          const active = current?.actor === rank;
          const aliases = actor.aliases.length ? ` (also: ${actor.aliases.join(', ')})` : '';
          return (
            <li
              key={rank}
              data-actor={actor.name}
              data-type={actor.type}
              data-rank={rank}
              data-aliases={JSON.stringify(actor.aliases)}
            >
              <button
                type="button"
                class={active ? 'chip active' : 'chip'}
                title={`Show ${actor.name} in the page${aliases}`}
                onClick={() => onShow(rank)}
              >
                <span class="name">{actor.name}</span>
                <span class="n" aria-label={`${actor.count} mentions`}>
                  {active && current
                    ? `${current.mention + 1} / ${actor.mentions.length}`
                    : actor.count}
                </span>
              </button>
            </li>
          );
        })}
        {ranked.length > shown.length && (
          <li>
            <button type="button" class="chip more" onClick={() => setExpanded(true)}>
              +{ranked.length - shown.length} more
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}

/** Actors grouped by type (people, organisations, places), each group in rank order. */
export function ActorGroups({ actors, current, onShow, types = ACTOR_TYPES, highlight }: Props) {
  const ranked = actors.map((actor, rank) => ({ actor, rank }));
  const groups = types
    .map((type) => ({
      type,
      ranked: ranked.filter((r) => r.actor.type === type),
    }))
    .filter((g) => g.ranked.length > 0);
  if (groups.length === 0)
    return <p class="muted empty">No people, organisations or places found.</p>;
  return (
    <div class="groups">
      {groups.map((g) => (
        <Group
          key={g.type}
          type={g.type}
          ranked={g.ranked}
          current={current}
          onShow={onShow}
          highlight={highlight}
        />
      ))}
    </div>
  );
}
