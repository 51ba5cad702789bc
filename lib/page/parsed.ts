/**
 * Injected by the worker (scripting.executeScript `func`, so it must be self-contained) when the
 * extractor found the page still parsing its HTML: the reader clicked while the page was loading,
 * and what the parser has not reached is not in the document yet (a slow site can take seconds to
 * send its story). Resolves true once the whole HTML is parsed (DOMContentLoaded; images, ads and
 * late scripts are not waited for), false after `ms` (a parser stalled on a script that never
 * arrives: the page is then read as it stands). Only listens: the page is never changed.
 */
export function untilParsed(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (document.readyState !== 'loading') {
      resolve(true);
      return;
    }
    const deadline = setTimeout(() => resolve(false), ms);
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        clearTimeout(deadline);
        resolve(true);
      },
      { once: true },
    );
  });
}
