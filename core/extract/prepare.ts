/**
 * What is left out of Readability's copy of the page (copy.ts) BEFORE it scores it: page
 * furniture that a reader never reads as part of the story, and containers named as clutter,
 * known by what they are (their tag, their role, the words in their class and id), never by
 * which site they come from. Readability then works on less, which is both cleaner and faster.
 */

/** Whole elements that are never story text. */
const FURNITURE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'DIALOG',
]);

const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'dialog',
  'alertdialog',
]);

export function isFurniture(el: Element): boolean {
  return (
    FURNITURE_TAGS.has(el.tagName.toUpperCase()) ||
    FURNITURE_ROLES.has(el.getAttribute('role') ?? '') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden')
  );
}

/**
 * Words that, as a whole token of a class or id, name clutter: captions and credits, share and
 * follow bars, newsletter and subscription prompts, other stories, bylines and datelines, ads,
 * tables of contents, comments, cookie notices, breadcrumbs and tag lists.
 */
const CLUTTER_TOKENS = new Set([
  // captions and credits
  'caption',
  'captions',
  'credit',
  'credits',
  'wp-caption-text',
  // share and follow bars
  'share',
  'shares',
  'sharing',
  'sharebar',
  'social',
  'follow',
  // newsletter and subscription prompts
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'promo',
  'optin',
  // other stories
  'related',
  'recommended',
  'recommendations',
  'trending',
  'popular',
  'mostread',
  'readmore',
  'outbrain',
  'taboola',
  'teaser',
  'teasers',
  // bylines and datelines
  'byline',
  'bylines',
  'dateline',
  'timestamp',
  'author',
  'authors',
  // ads
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'sponsor',
  'sponsored',
  // tables of contents
  'toc',
  // comments
  'comment',
  'comments',
  'disqus',
  // cookie notices
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  // navigation furniture
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'masthead',
  'sidebar',
  'toolbar',
]);

/** Two-token phrases (read-more, most-read, table-of-contents...). */
const CLUTTER_PAIRS = new Set([
  'read more',
  'most read',
  'more stories',
  'also read',
  'see also',
  'table of',
  'of contents',
  'sign up',
  'about author',
  'author bio',
  'post meta',
  'entry meta',
  'article meta',
]);

/** An element's class and id as one string: what its tokens are made of. */
const classAndId = (el: Element): string =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function tokensOf(raw: string): string[] {
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Class/id tokens: lower case, split at punctuation, underscores and camelCase humps. */
export function attributeTokens(el: Element): string[] {
  return tokensOf(classAndId(el));
}

function namesClutter(raw: string): boolean {
  const tokens = tokensOf(raw);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (CLUTTER_TOKENS.has(token)) return true;
    if (i > 0 && CLUTTER_PAIRS.has(`${tokens[i - 1]} ${token}`)) return true;
  }
  return false;
}

/**
 * Pages repeat the same few class names on hundreds of elements (every element is asked while
 * the page is copied): each distinct class-and-id string is tokenised once. Bounded, so that a
 * long-lived process does not keep every name it ever saw.
 */
const clutterByName = new Map<string, boolean>();
const MAX_NAMES_REMEMBERED = 5000;

export function looksLikeClutter(el: Element): boolean {
  const raw = classAndId(el);
  let clutter = clutterByName.get(raw);
  if (clutter === undefined) {
    if (clutterByName.size >= MAX_NAMES_REMEMBERED) clutterByName.clear();
    clutter = namesClutter(raw);
    clutterByName.set(raw, clutter);
  }
  return clutter;
}

/**
 * A clutter container is removed only while it holds a small part of the page's text: a class
 * like "has-comments" or "post-with-author" on the story's own wrapper must not take the story.
 */
export const MAX_SHARE_OF_PAGE = 0.25;

/** A container named as clutter, or a form (sign-up and comment boxes; some sites wrap the whole page in one, hence the share of the page). */
export function isClutterContainer(el: Element): boolean {
  return el.tagName === 'FORM' || looksLikeClutter(el);
}
