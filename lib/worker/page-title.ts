/**
 * The page's title as the reader sees it in the popup: without the site's name that many titles
 * carry before or after a separator ("Politics | The Daily Meridian", "The Daily Meridian – Rates
 * rise"). The site's name stands on the line under the title already. Extraction keeps the title
 * as Readability gives it (the CLI's output and its evaluation against Readability's own).
 */
const SEPARATOR = '[-|–—·:•»/]';
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The site's name as a title may write it: in any case, and with or without the spaces between
 * its words ("TheHill" for "The Hill").
 */
function sitePattern(site: string): string {
  return site
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s*');
}

export function titleWithoutSite(title: string, siteName: string | null): string {
  const site = siteName?.trim() ?? '';
  if (!site) return title;
  const name = sitePattern(site);
  for (const around of [`\\s${SEPARATOR}\\s*${name}\\s*$`, `^\\s*${name}\\s*${SEPARATOR}\\s`]) {
    const rest = title.replace(new RegExp(around, 'iu'), '');
    if (rest !== title) return HAS_WORD.test(rest) ? rest.trim() : title;
  }
  return title;
}
