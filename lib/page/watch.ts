/**
 * Injected by the worker (scripting.executeScript `func`, so it must be self-contained) while
 * the popup or side panel shows "not an article" or "no text": a single-page app may still be
 * rendering its article. Resolves true once the page has added at least `minChars` characters
 * of text and then stayed still for a moment (the article is in), false after `ms`. Runs in the
 * extension's isolated world and only observes: the page's DOM is never changed.
 */
export function waitForNewText(ms: number, minChars: number): Promise<boolean> {
  return new Promise((resolve) => {
    let added = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const done = (changed: boolean) => {
      observer.disconnect();
      clearTimeout(deadline);
      clearTimeout(settle);
      resolve(changed);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') added += (record.target as Text).length;
        // Counted up to the threshold only: a page that adds megabytes costs no more.
        for (const node of Array.from(record.addedNodes)) {
          if (added >= minChars) break;
          added += node.textContent?.length ?? 0;
        }
      }
      if (added < minChars) return;
      clearTimeout(settle);
      settle = setTimeout(() => done(true), 300);
    });
    const deadline = setTimeout(() => done(false), ms);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}
