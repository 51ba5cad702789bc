import { useEffect, useState } from 'preact/hooks';
import type { ActorType } from '@/core/types';
import {
  requestClearHighlights,
  requestHighlight,
  requestShowMention,
  requestShowSentence,
} from '@/lib/view/client';
import type { PageResult } from '@/lib/protocol/protocol';
import { AiSummary } from './AiSummary';
import { CopyBar } from './CopyBar';
import { KeyActors } from './KeyActors';
import { ReadingFigures } from './ReadingFigures';
import { SummaryList } from './SummaryList';
import { TypeLegend, TypeSwitches } from './TypeKey';
import { shownTypes, useSettings } from '@/lib/view/useSettings';
import { t } from '@/lib/shared/i18n';

interface Props {
  tabId: number;
  result: PageResult;
}

type Feedback = { text: string; tone: 'ok' | 'bad' } | null;

/** A summarised page: what the popup and the side panel show. */
export function ArticleView({ tabId, result }: Props) {
  const { analysis } = result;
  const [highlighted, setHighlighted] = useState(false);
  const [highlightNote, setHighlightNote] = useState<Feedback>(null);
  const [current, setCurrent] = useState<{ actor: number; mention: number } | null>(null);
  const settings = useSettings();
  // The types the reader chose to see that this article has: the legend, chips, marks, switches.
  const types = shownTypes(settings).filter((type) => analysis.actors.some((a) => a.type === type));

  // Types the reader switched off in the page (per-type switches under the actors' heading).
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<ActorType>>(new Set());

  const highlightPage = async (hidden: ReadonlySet<ActorType>) => {
    const reply = await requestHighlight(
      tabId,
      types.filter((type) => !hidden.has(type)),
    );
    // The worker says how many mentions, or why none, in the reader's words.
    setHighlightNote({
      text: reply.message ?? t('highlightFailed'),
      tone: reply.ok ? 'ok' : 'bad',
    });
  };

  const toggleHighlight = async () => {
    const on = !highlighted;
    setHighlighted(on);
    if (!on) {
      setHighlightNote(null);
      await requestClearHighlights(tabId);
      return;
    }
    await highlightPage(hiddenTypes);
  };

  const toggleType = (type: ActorType) => {
    const hidden = new Set(hiddenTypes);
    if (!hidden.delete(type)) hidden.add(type);
    setHiddenTypes(hidden);
    void highlightPage(hidden);
  };

  const showActor = async (actor: number) => {
    const count = analysis.actors[actor]?.mentions.length ?? 0;
    if (count === 0) return;
    const mention = current?.actor === actor ? (current.mention + 1) % count : 0;
    setCurrent({ actor, mention });
    await requestShowMention(tabId, actor, mention);
  };

  // "Highlight automatically" (options): once per shown summary, as if the switch was pressed.
  const [autoDone, setAutoDone] = useState(false);
  useEffect(() => {
    if (!settings.autoHighlight || autoDone || highlighted || result.actorsPending) return;
    setAutoDone(true);
    void toggleHighlight();
  }, [settings.autoHighlight, result]);

  const { site, date, reading } = result.meta;
  // The reader who chose the AI summary first sees it before the actors; otherwise the gist
  // and the actors come first, and the offer of an AI summary after them.
  const ai = <AiSummary result={result} settings={settings} />;
  const aiFirst = settings.mode === 'ai';
  return (
    <article class="article" data-state="ok">
      {/* Scrolls above the footer when the view has a height (components/nutshell.css). */}
      <div class="scroll">
        <header class="head">
          <h1 class="title" dir="auto">
            {result.page.title || analysis.title}
          </h1>
          <p class="meta">
            {/* dir: a site name in another script keeps its own order, the line its own. */}
            {site && (
              <span class="site" dir="auto">
                {site}
              </span>
            )}
            {site && ' · '}
            {[date, reading].filter(Boolean).join(' · ')}
          </p>
          {result.notes.map((note) => (
            <p class="note" role="note" id={note.id} key={note.id}>
              {note.text}
            </p>
          ))}
        </header>

        <section class="block" aria-labelledby="summary-h">
          <div class="row">
            <h2 id="summary-h" class="label">
              {t('summaryHeading')}
            </h2>
            <TypeLegend types={types} />
          </div>
          <SummaryList
            sentences={analysis.summary}
            marks={result.marks}
            titles={result.actorTitles}
            types={types}
            onShow={(i) => void requestShowSentence(tabId, i)}
          />
        </section>

        {aiFirst && ai}

        <section class="block" aria-labelledby="actors-h" aria-busy={!!result.actorsPending}>
          <div class="row">
            <h2 id="actors-h" class="label">
              {t('keyActorsHeading')}
            </h2>
            {analysis.actors.length > 0 && (
              <button
                type="button"
                role="switch"
                aria-checked={highlighted}
                class="switch"
                id="highlight-toggle"
                onClick={() => void toggleHighlight()}
              >
                <span class="track" aria-hidden="true">
                  <span class="thumb" />
                </span>
                {t('highlightInPage')}
              </button>
            )}
          </div>
          {highlighted && (
            <TypeSwitches types={types} isOn={(type) => !hiddenTypes.has(type)} toggle={toggleType}>
              {highlightNote && (
                <span class={`note ${highlightNote.tone}`} role="status">
                  {highlightNote.text}
                </span>
              )}
            </TypeSwitches>
          )}
          <KeyActors
            actors={analysis.actors}
            titles={result.actorTitles}
            types={types}
            current={current}
            onShow={(i) => void showActor(i)}
            pending={result.actorsPending}
          />
        </section>

        {!aiFirst && ai}

        <div class="block">
          <ReadingFigures figures={result.figures} />
        </div>
      </div>

      <CopyBar result={result} tabId={tabId} />
    </article>
  );
}
