import type { ActorType, Sentence } from '@/core/types';
import type { Segment } from '@/lib/protocol/marks';
import { t } from '@/lib/shared/i18n';
import { typeColors } from './TypeKey';

interface Props {
  sentences: readonly Sentence[];
  /** Each sentence cut at the actors' mentions (made by the background, lib/protocol/marks.ts). */
  marks: readonly Segment[][];
  /** Each actor described in full (made by the background): the marks' tooltips. */
  titles: readonly string[];
  /** The actor types whose mentions are coloured (the reader's choice in the options). */
  types: readonly ActorType[];
  onShow: (index: number) => void;
}

/**
 * The summary; actors' mentions are coloured by type (the legend says which), and name their
 * actor and type on hover. Page text is rendered as text only.
 */
export function SummaryList({ sentences, marks, titles, types, onShow }: Props) {
  return (
    // dir="auto": an Arabic or Hebrew summary reads right to left in an English popup.
    <ol class="summary" dir="auto">
      {sentences.map((sentence, i) => (
        <li key={sentence.start}>
          <button type="button" class="sentence" title={t('showInPage')} onClick={() => onShow(i)}>
            {marks[i]?.map((seg, j) =>
              seg.type && types.includes(seg.type) ? (
                <mark
                  key={j}
                  class="mention"
                  style={typeColors(seg.type)}
                  title={titles[seg.actor ?? -1]}
                >
                  {seg.text}
                </mark>
              ) : (
                seg.text
              ),
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
