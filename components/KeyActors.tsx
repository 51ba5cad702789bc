import { useState } from 'preact/hooks';
import type { Actor, ActorType } from '@/core/types';
import { TYPE_LABELS, TypeIcon, typeColors } from './TypeKey';

/** Chips shown before "+N more": the first view needs five; the rest wait for a click. */
const SHOWN = 10;

interface Props {
  actors: readonly Actor[];
  /** The actor whose mention is shown in the page, and which one. */
  current: { actor: number; mention: number } | null;
  onShow: (actor: number) => void;
  /** The types to show: the reader's choice in the options, among those the article has. */
  types: readonly ActorType[];
}

const mentions = (n: number) => (n === 1 ? '1 mention' : `${n} mentions`);

/** What a chip's number means, for the tooltip and screen readers (the icon is not read). */
function describe(actor: Actor, shown: number | null): string {
  const also = actor.aliases.length ? `; also ${actor.aliases.join(', ')}` : '';
  const count =
    shown === null
      ? `${mentions(actor.count)} in the article`
      : `mention ${shown + 1} of ${actor.mentions.length} shown`;
  return `${TYPE_LABELS[actor.type]}: ${actor.name}, ${count}${also}`;
}

/**
 * The key actors in rank order, each chip with its type's icon and colour and its number of
 * mentions; a click shows the next mention in the page.
 */
export function KeyActors({ actors, current, onShow, types }: Props) {
  const [expanded, setExpanded] = useState(false);
  const ranked = actors
    .map((actor, rank) => ({ actor, rank }))
    .filter((r) => types.includes(r.actor.type));
  if (ranked.length === 0)
    return <p class="muted empty">No people, organisations or places found.</p>;
  const shown = expanded ? ranked : ranked.slice(0, SHOWN);
  return (
    <ul class="chips">
      {shown.map(({ actor, rank }) => {
        const active = current?.actor === rank ? current.mention : null;
        const label = describe(actor, active);
        return (
          <li
            key={rank}
            data-actor={actor.name}
            data-type={actor.type}
            data-rank={rank}
            data-aliases={JSON.stringify(actor.aliases)}
            style={typeColors(actor.type)}
          >
            <button
              type="button"
              class={active === null ? 'chip' : 'chip active'}
              title={label}
              onClick={() => onShow(rank)}
            >
              <TypeIcon type={actor.type} />
              <span class="name">{actor.name}</span>
              <span class="n">
                {active === null ? actor.count : `${active + 1} / ${actor.mentions.length}`}
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
  );
}
