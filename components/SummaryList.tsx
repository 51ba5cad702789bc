import type { Actor, Sentence } from '@/core/types';
import { segmentSentence } from './marks';

interface Props {
  sentences: readonly Sentence[];
  actors: readonly Actor[];
  onShow: (index: number) => void;
}

/** The summary; actors' mentions are coloured by type. Page text is rendered as text only. */
export function SummaryList({ sentences, actors, onShow }: Props) {
  return (
    // dir="auto": an Arabic or Hebrew summary reads right to left in an English popup.
    <ol class="summary" aria-label="Summary" dir="auto">
      {sentences.map((sentence, i) => (
        <li key={sentence.start}>
          <button type="button" class="sentence" title="Show in the page" onClick={() => onShow(i)}>
            {segmentSentence(sentence, actors).map((seg, j) =>
              seg.type ? (
                <mark key={j} class={`mention ${seg.type}`} title={seg.actor}>
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
