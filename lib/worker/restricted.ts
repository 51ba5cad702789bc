/**
 * Pages no extension may read. Knowing them up front gives the reader a clear message instead of
 * a failed injection; the injection error is classified too, for the cases a URL does not reveal.
 */
import { t } from '@/lib/shared/i18n';

const BROWSER_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'moz-extension:',
  'resource:',
  'data:',
  'blob:',
  'javascript:',
];

/** Stores whose pages browsers protect from every extension. */
const PROTECTED_HOSTS: Record<string, string> = {
  'chromewebstore.google.com': '',
  'chrome.google.com': '/webstore',
  'microsoftedge.microsoft.com': '/addons',
  'addons.mozilla.org': '',
};

/** Why such a page gives no summary, in the reader's words. */
export const restrictedMessage = (): string => t('restrictedPage');

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  const lower = url.toLowerCase();
  if (BROWSER_SCHEMES.some((scheme) => lower.startsWith(scheme))) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const pathPrefix = PROTECTED_HOSTS[parsed.hostname];
  if (pathPrefix === undefined) return false;
  return parsed.pathname.startsWith(pathPrefix);
}

/** Whether an error from `scripting.executeScript` means "this page is off limits". */
export function isRestrictedInjectionError(message: string): boolean {
  return /cannot be scripted|cannot access (a |contents of )?(chrome|url|the page|contents)|chrome:\/\/|extensions gallery|missing host permission|cannot access contents/i.test(
    message,
  );
}

/**
 * Whether Chromium refused for want of a grant ("must request permission"): an ordinary page the
 * reader has not clicked on, or not yet. Firefox's "Missing host permission" is taken, as it
 * always was here, for a page Firefox keeps extensions out of: final, with no wait.
 */
export function isMissingGrantError(message: string): boolean {
  return /must request permission/i.test(message);
}
