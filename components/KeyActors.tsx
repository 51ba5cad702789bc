import { useState } from 'preact/hooks';
import type { Actor, ActorType } from '@/core/types';
import { t } from '@/lib/shared/i18n';
import { TypeIcon, typeColors } from './TypeKey';

/** Chips shown before "+N more": the first view needs five; the rest wait for a click. */
const SHOWN = 10;

interface Props {
  actors: readonly Actor[];
  /** Each actor described in full (made by the background): the chips' tooltips. */
  titles: readonly string[];
  /** The actor whose mention is shown in the page, and which one. */
  current: { actor: number; mention: number } | null;
  onShow: (actor: number) => void;
  /** The types to show: the reader's choice in the options, among those the article has. */
  types: readonly ActorType[];
  /** While they are still being found (the summary went ahead): what to say meanwhile. */
  pending?: string;
}

/**
 * The key actors in rank order, each chip with its type's icon and colour and its number of
 * mentions; a click shows the next mention in the page.
 */
export function KeyActors({ actors, titles, current, onShow, types, pending }: Props) {
  const [expanded, setExpanded] = useState(false);
  const ranked = actors
    .map((actor, rank) => ({ actor, rank }))
    .filter((r) => types.includes(r.actor.type));
  if (ranked.length === 0) return <p class="muted empty">{pending ?? t('noActors')}</p>;
  const shown = expanded ? ranked : ranked.slice(0, SHOWN);
  return (
    <ul class="chips">
      {shown.map(({ actor, rank }) => {
        const active = current?.actor === rank ? current.mention : null;
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
              title={titles[rank]}
              onClick={() => onShow(rank)}
            >
              <TypeIcon type={actor.type} />
              {/* dir: a name in another script keeps its own order, the UI its own. */}
              <span class="name" dir="auto">
                {actor.name}
              </span>
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
            {t('moreActors', ranked.length - shown.length)}
          </button>
        </li>
      )}
    </ul>
  );
}
