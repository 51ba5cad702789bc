/**
 * The page's own names: its og:site_name and the name in its address ("therealdeal" in
 * www.therealdeal.com, "bbc" in news.bbc.co.uk). A site's name on its own pages is a byline or a
 * logo, never an actor of the story.
 */

/** Labels that are no site's name: generic and country endings, and common host prefixes. */
const ENDINGS = new Set(
  'com|org|net|edu|gov|mil|int|info|biz|io|co|ac|news|tv|fm|uk|us|au|ca|de|fr|es|it|nl|ru|jp|cn|in|ie|nz|za|br|mx|ch|at|be|se|no|dk|fi|pl|pt'.split(
    '|',
  ),
);
const PREFIXES = new Set(['www', 'm', 'amp', 'mobile', 'news', 'edition', 'en', 'uk', 'us']);

/** The name in a page address, or '' (no address, an IP address, a local file). */
export function hostName(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return '';
  const labels = host.split('.').filter((l) => !PREFIXES.has(l));
  while (labels.length > 1 && ENDINGS.has(labels[labels.length - 1] as string)) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/** The site's names to leave out of the actors: its og:site_name and its address's name. */
export function siteNames(siteName: string | null | undefined, url?: string): string[] {
  const names: string[] = [];
  if (siteName?.trim()) names.push(siteName.trim().slice(0, 200));
  const host = url ? hostName(url) : '';
  if (host) names.push(host);
  return names;
}
