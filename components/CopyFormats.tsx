import { useEffect, useRef, useState } from 'preact/hooks';
import type { Summarised } from '@/core/formats';
import { copyRich, copyText, type CopyOutcome } from '@/lib/clipboard';
import type { PageResult } from '@/lib/protocol';
import { readSettings } from '@/lib/settings-reader';
import './extras.css';

/** Key actors named in the optional line of a copy. */
const KEY_ACTORS = 5;

const MESSAGES: Record<CopyOutcome, string> = {
  copied: 'Copied',
  plainOnly: 'Copied as plain text (this browser refused rich text)',
  failed: 'Copy failed',
};

function summarised({ page, analysis }: PageResult): Summarised {
  return { ...analysis, title: page.title || analysis.title };
}

/** "Markdown" and "Rich text" copy buttons, next to the plain "Copy summary" one. */
export function CopyFormats({ result }: { result: PageResult }) {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [withActors, setWithActors] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void readSettings().then((s) => setWithActors(s.copyKeyActors));
    return () => clearTimeout(timer.current);
  }, []);

  const report = (what: string, outcome: CopyOutcome) => {
    setMessage({
      text: outcome === 'copied' ? `${what} copied` : MESSAGES[outcome],
      ok: outcome !== 'failed',
    });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(null), 2500);
  };

  const options = { keyActors: withActors ? KEY_ACTORS : 0 };
  const source = summarised(result);
  const url = result.page.url;

  return (
    <div class="copy-formats" role="group" aria-label="Copy in another format">
      <button
        type="button"
        class="secondary"
        id="copy-markdown"
        onClick={async () => {
          // Loaded on first use: the popup opens without the formats code.
          const { toMarkdown } = await import('@/core/formats');
          report('Markdown', await copyText(toMarkdown(source, url, options)));
        }}
      >
        Markdown
      </button>
      <button
        type="button"
        class="secondary"
        id="copy-rich"
        onClick={async () => {
          const { toHtml, toPlainText } = await import('@/core/formats');
          const html = toHtml(source, url, options);
          report('Rich text', await copyRich(html, toPlainText(source, url, options)));
        }}
      >
        Rich text
      </button>
      <span class={`feedback ${message?.ok === false ? 'bad' : ''}`} role="status">
        {message?.text ?? ''}
      </span>
    </div>
  );
}
