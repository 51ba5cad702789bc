import { useEffect, useRef, useState } from 'preact/hooks';
import { aiAvailability, summarizeWithAi, type AiAvailability } from '@/lib/view/ai-summarizer';
import type { PageResult } from '@/lib/protocol/protocol';
import type { Settings } from '@/lib/storage/settings';
import { formatPercent, t } from '@/lib/shared/i18n';
import './extras.css';

type Run =
  | { kind: 'idle' }
  | { kind: 'working'; download: number | null }
  | { kind: 'done'; points: string[]; truncated: boolean }
  | { kind: 'failed'; message: string };

const OFFERED: readonly AiAvailability[] = ['available', 'downloadable', 'downloading'];

/**
 * "AI summary (on device)": key points from the browser's built-in model, offered only where it
 * exists. The extractive summary above stays the default; this never replaces it. With the
 * "AI summary" option and the model already on the device, it runs at once; otherwise on a
 * click (Chrome downloads the model only during a user gesture). Without a Summarizer it renders
 * nothing. Part of the popup's one script, not a lazy chunk: the popup's size budget counts lazy
 * chunks too, and a separate chunk brought Vite's preload helper and export lists (1.1 KB gzip in
 * all).
 */
export function AiSummary({ result, settings }: { result: PageResult; settings: Settings }) {
  const { analysis } = result;
  const [availability, setAvailability] = useState<AiAvailability | null>(null);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const started = useRef(false);

  const start = async () => {
    if (started.current) return;
    started.current = true;
    setRun({ kind: 'working', download: null });
    try {
      const summary = await summarizeWithAi({
        text: analysis.text,
        title: result.page.title || analysis.title,
        lang: analysis.lang,
        length: settings.length,
        onDownloadProgress: (fraction) => setRun({ kind: 'working', download: fraction }),
      });
      setRun({ kind: 'done', ...summary });
    } catch (error) {
      started.current = false;
      setRun({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => {
    void aiAvailability(analysis.lang).then(setAvailability);
  }, [analysis.lang]);

  useEffect(() => {
    if (settings.mode === 'ai' && availability === 'available') void start();
  }, [settings.mode, availability]);

  if (!availability || !OFFERED.includes(availability)) return null;
  return (
    <section class="block ai-summary" aria-labelledby="ai-h" aria-busy={run.kind === 'working'}>
      <h2 id="ai-h" class="label">
        {t('aiHeading')} <span class="badge">{t('aiBadge')}</span>
      </h2>
      {run.kind === 'idle' && (
        <button type="button" class="secondary" id="ai-summary" onClick={() => void start()}>
          {t(availability === 'available' ? 'aiWrite' : 'aiDownloadAndWrite')}
        </button>
      )}
      {run.kind === 'working' && (
        <p class="muted" role="status">
          {run.download === null || run.download >= 1
            ? t('aiWriting')
            : t('aiDownloading', formatPercent(run.download))}
        </p>
      )}
      {run.kind === 'failed' && (
        <p class="note bad" role="status">
          {t('aiFailed', run.message)}
        </p>
      )}
      {run.kind === 'done' && (
        <>
          <ul class="ai-points">
            {run.points.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
          <p class="muted small">{t(run.truncated ? 'aiNoteFirstPart' : 'aiNote')}</p>
        </>
      )}
    </section>
  );
}
