import { Highlighter } from '@/lib/page/highlight';
import { randomHighlightNames, type HighlightNames } from '@/lib/shared/palette';
import { answerMessages, describeError, isOwnBackground } from '@/lib/protocol/messaging';
import {
  isBackgroundToContent,
  type BackgroundToContent,
  type PageActionReply,
} from '@/lib/protocol/protocol';

/**
 * Set on the isolated world's global once the listener is installed, to the highlight names of
 * this page load: lib/worker/page-access.ts reads them there (the page cannot) to style the
 * highlights, and a second injection leaves the first listener alone.
 */
const INSTALLED = Symbol.for('nutshell.highlighter.installed');

type PageAction = Extract<
  BackgroundToContent,
  {
    type:
      'backgroundToContent:highlight' | 'backgroundToContent:clear' | 'backgroundToContent:show';
  }
>;

function isPageAction(x: unknown): x is PageAction {
  return (
    isBackgroundToContent(x) &&
    (x.type === 'backgroundToContent:highlight' ||
      x.type === 'backgroundToContent:clear' ||
      x.type === 'backgroundToContent:show')
  );
}

function run(action: () => number): PageActionReply {
  try {
    return { ok: true, ranges: action() };
  } catch (error) {
    return { ok: false, ranges: 0, message: describeError(error) };
  }
}

function handle(highlighter: Highlighter, message: PageAction): Promise<PageActionReply> {
  switch (message.type) {
    case 'backgroundToContent:highlight':
      return Promise.resolve(run(() => highlighter.highlightGroups(message.text, message.groups)));
    case 'backgroundToContent:clear':
      return Promise.resolve(
        run(() => {
          highlighter.clear();
          return 0;
        }),
      );
    case 'backgroundToContent:show':
      return Promise.resolve(
        run(() => highlighter.showSpan(message.text, message.span, message.kind)),
      );
  }
}

// The highlighter: highlighting and jumping to mentions, injected on demand (registration:
// 'runtime', by lib/worker/page-access.ts) the first time the reader asks for either on a page; the
// article itself is read by the extractor (extractor.ts). It stays to serve later requests. Only the
// extension's own background is listened to; the page has no channel to it (no window messages
// are read, and runtime messages from other tabs are refused).
export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as { [INSTALLED]?: HighlightNames };
    if (scope[INSTALLED]) return;
    const highlighter = new Highlighter(randomHighlightNames());
    scope[INSTALLED] = highlighter.names;
    answerMessages(isPageAction, isOwnBackground, (message) => handle(highlighter, message));
  },
});
