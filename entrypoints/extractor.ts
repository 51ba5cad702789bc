import type { Browser } from 'wxt/browser';
import { extractArticle } from '@/core/extract';
import { declaredKind } from '@/core/extract/page-kind';
import { PAGE_BUDGET, readablePart } from '@/lib/page/page-budget';
import { hiddenTest } from '@/lib/page/visibility';
import type { ExtractReply, PingReply } from '@/lib/protocol/protocol';

/** Set on the isolated world's global once the ping answer is installed (guards re-injection). */
const INSTALLED = Symbol.for('nutshell.extractor.installed');

type Runtime = Pick<typeof Browser.runtime, 'id' | 'onMessage'>;

function extract(): ExtractReply {
  // Not a web page (an image, a PDF in the viewer): the worker says so in the reader's words.
  const type = document.contentType;
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml') {
    return { status: 'unsupported', contentType: type };
  }
  // What the reader cannot see is never read (lib/page/visibility.ts). A huge or pathologically
  // deep page is read from a bounded copy (lib/page/page-budget.ts), already without it.
  const isHidden = hiddenTest(document);
  const part = readablePart(document, PAGE_BUDGET, isHidden);
  const article = extractArticle(part?.doc ?? document, part ? {} : { isHidden });
  const reply: ExtractReply = {
    status: 'ok',
    url: location.href,
    article,
    truncated: part?.truncated ?? false,
    parsing: document.readyState === 'loading',
  };
  if (!article.readerable) reply.declaresArticle = declaredKind(document) === 'article';
  return reply;
}

/**
 * Answers the extension's own background when it asks whether the reader is alive in the page;
 * the page has no channel to it. This is the one extension API the extractor touches, a listener
 * that answers synchronously, so it uses the browser's own `chrome.runtime` (Chrome and Firefox
 * both provide it to content scripts) instead of importing webextension-polyfill: the polyfill is
 * 3.1 KB gzip, which would put this script over its 20 KB budget (scripts/bench/bundle.ts).
 */
function answerPings(runtime: Runtime): void {
  runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const ping = (message as { type?: unknown } | null)?.type === 'backgroundToContent:ping';
    if (ping && sender.id === runtime.id && sender.tab === undefined) {
      const pong: PingReply = { pong: true };
      sendResponse(pong);
    }
    return false;
  });
}

// The extractor: executed on demand (lib/worker/page-access.ts, scripting.executeScript) when the reader
// clicks the toolbar button, and nowhere else. An unlisted script, not a content script: it needs
// none of WXT's ContentScriptContext, and its result is main()'s return value, which
// executeScript hands to the background, so reading needs no message channel. Highlighting and
// jumping live in the content script (content.ts), injected only when the reader first asks.
export default defineUnlistedScript((): ExtractReply => {
  const scope = globalThis as { [INSTALLED]?: boolean; chrome?: { runtime?: Runtime } };
  const runtime = scope.chrome?.runtime;
  if (!scope[INSTALLED] && runtime) {
    scope[INSTALLED] = true;
    answerPings(runtime);
  }
  return extract();
});
