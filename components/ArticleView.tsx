import { useEffect, useState } from 'preact/hooks';
import type { ActorType } from '@/core/types';
import {
  requestClearHighlights,
  requestHighlight,
  requestShowMention,
  requestShowSentence,
} from '@/lib/view/client';
import { copyText } from '@/lib/view/clipboard';
import type { PageResult } from '@/lib/protocol/protocol';
import { ActorGroups } from './ActorGroups';
import { AiSummary } from './AiSummary';
import { CopyFormats } from './CopyFormats';
import { OpenSidePanel } from './OpenSidePanel';
import { ReadingFigures } from './ReadingFigures';
import { SummaryList } from './SummaryList';
import { shownTypes, useSettings } from '@/lib/view/useSettings';

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
  const [copied, setCopied] = useState<Feedback>(null);
  const settings = useSettings();

  // Types the reader switched off in the page (per-type toggles on the group headings).
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<ActorType>>(new Set());

  const highlightPage = async (hidden: ReadonlySet<ActorType>) => {
    const present = new Set(analysis.actors.map((a) => a.type));
    const types: ActorType[] = shownTypes(settings).filter(
      (type) => present.has(type) && !hidden.has(type),
    );
    const reply = await requestHighlight(tabId, types);
    setHighlightNote(
      reply.ok
        ? { text: `${reply.ranges} mentions highlighted`, tone: 'ok' }
        : { text: reply.message ?? 'Could not highlight the page.', tone: 'bad' },
    );
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

  const copy = async () => {
    const ok = (await copyText(result.copies.withoutActors.plain)) === 'copied';
    setCopied(ok ? { text: 'Copied', tone: 'ok' } : { text: 'Copy failed', tone: 'bad' });
    setTimeout(() => setCopied(null), 2500);
  };

  // "Highlight automatically" (options): once per shown summary, as if the switch was pressed.
  const [autoDone, setAutoDone] = useState(false);
  useEffect(() => {
    if (!settings.autoHighlight || autoDone || highlighted) return;
    setAutoDone(true);
    void toggleHighlight();
  }, [settings.autoHighlight]);

  const { site, date } = result.meta;
  return (
    <article class="article" data-state="ok">
      <header class="head">
        <h1 class="title" dir="auto">
          {result.page.title || analysis.title}
        </h1>
        <p class="meta">
          {site && <span class="site">{site}</span>}
          {site && ' · '}
          {[date, `${analysis.stats.readingMinutes} min read`].filter(Boolean).join(' · ')}
        </p>
        {result.notes.map((note) => (
          <p class="note" role="note" id={note.id} key={note.id}>
            {note.text}
          </p>
        ))}
      </header>

      <section class="block" aria-labelledby="summary-h">
        <h2 id="summary-h" class="label">
          Summary
        </h2>
        <SummaryList
          sentences={analysis.summary}
          marks={result.marks}
          types={shownTypes(settings)}
          onShow={(i) => void requestShowSentence(tabId, i)}
        />
        <ReadingFigures figures={result.figures} />
      </section>

      <AiSummary result={result} settings={settings} />

      <section class="block" aria-labelledby="actors-h">
        <div class="row">
          <h2 id="actors-h" class="label">
            Key actors
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
              Highlight in page
            </button>
          )}
        </div>
        {highlightNote && (
          <p class={`note ${highlightNote.tone}`} role="status">
            {highlightNote.text}
          </p>
        )}
        <ActorGroups
          actors={analysis.actors}
          types={shownTypes(settings)}
          current={current}
          onShow={(i) => void showActor(i)}
          highlight={
            highlighted ? { isOn: (type) => !hiddenTypes.has(type), toggle: toggleType } : undefined
          }
        />
      </section>

      <footer class="foot">
        <button type="button" class="primary" id="copy-summary" onClick={() => void copy()}>
          Copy summary
        </button>
        <span class={`feedback ${copied?.tone ?? ''}`} role="status" aria-live="polite">
          {copied?.text ?? ''}
        </span>
        <CopyFormats result={result} />
        <OpenSidePanel tabId={tabId} />
      </footer>
    </article>
  );
}
