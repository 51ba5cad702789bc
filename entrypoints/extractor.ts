import { extractArticle } from '@/core/extract';
import { clearHighlights, highlightGroups, showSpan } from '@/lib/highlight';
import { answerMessages, describeError, isOwnBackground } from '@/lib/messaging';
import { readablePart } from '@/lib/page-budget';
import {
  isBackgroundToContent,
  type BackgroundToContent,
  type ExtractReply,
  type PageActionReply,
  type PingReply,
} from '@/lib/protocol';

/** Set on the isolated world's global once the listener is installed (guards re-injection). */
const INSTALLED = Symbol.for('nutshell.content.installed');

type Reply = ExtractReply | PageActionReply | PingReply;

function extract(force: boolean): ExtractReply {
  const type = document.contentType;
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') {
    return {
      status: 'unsupported',
      message:
        type === 'application/pdf'
          ? "Browsers don't let extensions read PDFs in the built-in viewer."
          : `This is not a web page (${type}), so there is no article to summarise.`,
    };
  }
  // A huge or pathologically deep page is read from a bounded copy (lib/page-budget.ts).
  const part = readablePart(document);
  const article = extractArticle(part?.doc ?? document, { force });
  return { status: 'ok', url: location.href, article, truncated: part?.truncated ?? false };
}

function pageAction(run: () => number): PageActionReply {
  try {
    return { ok: true, ranges: run() };
  } catch (error) {
    return { ok: false, ranges: 0, message: describeError(error) };
  }
}

async function handle(message: BackgroundToContent): Promise<Reply> {
  switch (message.type) {
    case 'backgroundToContent:ping':
      return { pong: true };
    case 'backgroundToContent:extract':
      return extract(message.force);
    case 'backgroundToContent:highlight':
      return pageAction(() => highlightGroups(message.text, message.groups));
    case 'backgroundToContent:clear':
      return pageAction(() => {
        clearHighlights();
        return 0;
      });
    case 'backgroundToContent:show':
      return pageAction(() => showSpan(message.text, message.span, message.kind));
  }
}

// Injected on demand only (registration: 'runtime'): no content script runs on any page unless
// the reader clicked the toolbar button there. It stays to serve highlight requests. Only the
// extension's own background is listened to; the page has no channel to it (no window
// messages are read, and runtime messages from other tabs are refused).
export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as { [INSTALLED]?: boolean };
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;
    answerMessages(isBackgroundToContent, isOwnBackground, handle);
  },
});
