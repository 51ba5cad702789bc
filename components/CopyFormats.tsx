import { useEffect, useRef, useState } from 'preact/hooks';
import { copyRich, copyText, type CopyOutcome } from '@/lib/view/clipboard';
import type { PageResult } from '@/lib/protocol/protocol';
import { useSettings } from '@/lib/view/useSettings';
import './extras.css';

const MESSAGES: Record<CopyOutcome, string> = {
  copied: 'Copied',
  plainOnly: 'Copied as plain text (this browser refused rich text)',
  failed: 'Copy failed',
};

/** "Markdown" and "Rich text" copy buttons, next to the plain "Copy summary" one. */
export function CopyFormats({ result }: { result: PageResult }) {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const withActors = useSettings().copyKeyActors;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const report = (what: string, outcome: CopyOutcome) => {
    setMessage({
      text: outcome === 'copied' ? `${what} copied` : MESSAGES[outcome],
      ok: outcome !== 'failed',
    });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(null), 2500);
  };

  // Made by the background (lib/worker/copy.ts), with and without the line of key actors.
  const copies = withActors ? result.copies.withActors : result.copies.withoutActors;

  return (
    <div class="copy-formats" role="group" aria-label="Copy in another format">
      <button
        type="button"
        class="secondary"
        id="copy-markdown"
        onClick={async () => report('Markdown', await copyText(copies.markdown))}
      >
        Markdown
      </button>
      <button
        type="button"
        class="secondary"
        id="copy-rich"
        onClick={async () => report('Rich text', await copyRich(copies.html, copies.plain))}
      >
        Rich text
      </button>
      <span class={`feedback ${message?.ok === false ? 'bad' : ''}`} role="status">
        {message?.text ?? ''}
      </span>
    </div>
  );
}
