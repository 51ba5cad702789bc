/**
 * The page's title as the reader sees it in the popup: without the site's name that many titles
 * carry before or after a separator ("Politics | The Daily Meridian", "The Daily Meridian – Rates
 * rise"). The site's name stands on the line under the title already. Extraction keeps the title
 * as Readability gives it (the CLI's output and its evaluation against Readability's own).
 */
const BEFORE_SITE = /\s[-|–—·:•»/]\s*$/u;
const AFTER_SITE = /^\s*[-|–—·:•»/]\s/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function titleWithoutSite(title: string, siteName: string | null): string {
  const site = siteName?.trim().toLowerCase() ?? '';
  const lower = title.toLowerCase();
  if (!site || lower.length <= site.length || lower.length !== title.length) return title;
  if (lower.endsWith(site)) {
    const rest = title.slice(0, -site.length);
    if (BEFORE_SITE.test(rest)) return keepIfWords(rest.replace(BEFORE_SITE, ''), title);
  }
  if (lower.startsWith(site)) {
    const rest = title.slice(site.length);
    if (AFTER_SITE.test(rest)) return keepIfWords(rest.replace(AFTER_SITE, ''), title);
  }
  return title;
}

const keepIfWords = (rest: string, title: string): string =>
  HAS_WORD.test(rest) ? rest.trim() : title;
