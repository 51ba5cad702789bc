/**
 * What is left out of Readability's copy of the page (copy.ts) BEFORE it scores it: page
 * furniture that a reader never reads as part of the story, and containers named as clutter,
 * known by what they are (their tag, their role, the words in their class and id), never by
 * which site they come from. Readability then works on less, which is both cleaner and faster.
 */
import { countWords } from './words';

/** Whole elements that are never story text. */
const FURNITURE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  // Form controls: nothing in them is read, and Readability judges a form by how many it has
  // (a recipe card whose ingredients have checkboxes would go with them).
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
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
 * Words that, as a whole token of a class or id, name clutter: share and follow bars,
 * newsletter and subscription prompts, other stories, bylines and datelines, ads, tables of
 * contents, comments, cookie notices, breadcrumbs and tag lists. Captions are not among them:
 * they sit inside the story, and taking them out before Readability scores it changes what
 * Readability keeps around them (a picture's block without its caption looks empty to it);
 * they go after it (clutter.ts).
 */
const CLUTTER_TOKENS = new Set([
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
  // legal and affiliate notes ("we may earn a commission", terms under a form)
  'disclaimer',
  'disclaimers',
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

/** "no-caption", "without-ads": a name that says the element has no such thing. */
const NEGATIONS = new Set(['no', 'non', 'not', 'without']);

/** Words that, as a whole token of a class or id, name a caption or a picture credit. */
const CAPTION_TOKENS = new Set(['caption', 'captions', 'credit', 'credits']);

/** What an element is, for copy.ts: bits of kindOf. */
export const CLUTTER = 1;
export const CAPTION = 2;
export const FORM = 4;

/** What a class-and-id string names: CLUTTER, CAPTION, both or neither (0). */
function namesOf(raw: string): number {
  const tokens = tokensOf(raw);
  let found = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const before = tokens[i - 1] ?? '';
    if (NEGATIONS.has(before)) continue;
    if (CLUTTER_TOKENS.has(token) || CLUTTER_PAIRS.has(`${before} ${token}`)) found |= CLUTTER;
    if (CAPTION_TOKENS.has(token)) found |= CAPTION;
  }
  return found;
}

/**
 * Pages repeat the same few class names on hundreds of elements (every element is asked while
 * the page is copied): each distinct class-and-id string is tokenised once. Bounded, so that a
 * long-lived process does not keep every name it ever saw.
 */
const namesByRaw = new Map<string, number>();
const MAX_NAMES_REMEMBERED = 5000;

function names(el: Element): number {
  const raw = classAndId(el);
  let found = namesByRaw.get(raw);
  if (found === undefined) {
    if (namesByRaw.size >= MAX_NAMES_REMEMBERED) namesByRaw.clear();
    found = namesOf(raw);
    namesByRaw.set(raw, found);
  }
  return found;
}

export function looksLikeClutter(el: Element): boolean {
  return (names(el) & CLUTTER) !== 0;
}

/** CLUTTER and CAPTION as its class and id name them, CAPTION for <figcaption>, FORM for <form>. */
export function kindOf(el: Element): number {
  const tag = el.tagName;
  return names(el) | (tag === 'FIGCAPTION' ? CAPTION : 0) | (tag === 'FORM' ? FORM : 0);
}

/**
 * A caption or picture credit, by its tag or its name. Captions sit inside the story: taking
 * them out before Readability scores it changes what Readability keeps around them (a
 * picture's block without its caption looks empty to it), so they go after it: copy.ts marks
 * their text with CAPTION_MARK, and blocks.ts leaves the marked text out of the article's blocks.
 */
export const CAPTION_MARK = 'data-nutshell-caption';

/**
 * A caption that is a sentence of prose, eight words or more and ending as a sentence does,
 * nothing after it: it tells the story ("Officials handed out 5 million masks to schoolchildren
 * as the smog thickened."), and stays. A label ("Jane Doe, 2019"), a title or a caption followed
 * by its credit ("… Photo: AP") goes.
 */
export const isSentence = (text: string): boolean =>
  /[.!?…][^\w\s]?$/.test(text.trim()) && countWords(text) >= 8;

/**
 * A step's label: "Step 3", or "Step 3:", "3." or "3)" alone or before the step's text. A bare
 * number is none (it is as often a count: a gallery's pictures, the comments), nor a number
 * that a phrase goes on from ("Updated 5 hours ago").
 */
const STEP_LABEL = /^(?:\p{L}+ )?\d{1,3}[.:)](?:\s|$)|^\p{L}+ \d{1,3}$/u;

/** Nodes looked at to find an element's first text: the walk stays small whatever the page. */
const FIRST_TEXT_NODES = 40;

/** The first text below `el` that is not blank (a text node), or null. */
function firstText(el: Element): Node | null {
  let node: Node | null = el.firstChild;
  for (let seen = 0; node && seen < FIRST_TEXT_NODES; seen++) {
    if (node.nodeType === 3 && node.nodeValue?.trim()) return node;
    let next: Node | null = node.firstChild;
    while (!next && node && node !== el) {
      next = node.nextSibling;
      node = node.parentNode;
    }
    node = next;
  }
  return null;
}

/** How far above a caption its picture's container is looked for. */
const STEP_CONTAINER_LEVELS = 4;

/**
 * A caption of a step's picture: the picture's container (the nearest element above the caption
 * that holds text of its own) opens, before the caption, with the step's number. In a how-to each
 * step's photo shows the step, and its caption tells it ("Dig a hole in the oasis."): it is the
 * article's, short as it is.
 */
export function isStepCaption(caption: Element): boolean {
  let el = caption.parentElement;
  for (let up = 0; el && up < STEP_CONTAINER_LEVELS; up++, el = el.parentElement) {
    const first = firstText(el);
    if (first && !caption.contains(first)) return STEP_LABEL.test(first.nodeValue?.trim() ?? '');
  }
  return false;
}

export function isCaption(el: Element): boolean {
  return (kindOf(el) & CAPTION) !== 0;
}

/**
 * A clutter container is removed only while it holds a small part of the page's text: a class
 * like "has-comments" or "post-with-author" on the story's own wrapper must not take the story.
 */
export const MAX_SHARE_OF_PAGE = 0.25;

/** Text a form may hold per control and still be only a form: a label and a line of help. */
const FORM_CHARS_PER_CONTROL = 40;

/** The controls a reader fills in (hidden inputs are none). */
function controlsOf(form: Element): number {
  let n = 0;
  for (const input of Array.from(form.getElementsByTagName('input'))) {
    if (input.getAttribute('type') !== 'hidden') n++;
  }
  for (const tag of ['textarea', 'select', 'button']) n += form.getElementsByTagName(tag).length;
  return n;
}

/**
 * A container to leave out, given the characters of text it holds: one named as clutter, or a
 * form that is mostly its controls (sign-up, comment and search boxes). A form with more to read
 * than to fill in is content: a recipe card whose ingredients have checkboxes, a quiz. Both only
 * while they hold a small part of the page's text (some sites wrap the whole page in a form).
 */
export function isClutterContainer(
  el: Element,
  kind: number,
  chars: number,
  pageChars: number,
): boolean {
  if (chars > MAX_SHARE_OF_PAGE * Math.max(1, pageChars)) return false;
  if (kind & CLUTTER) return true;
  return (kind & FORM) !== 0 && chars < FORM_CHARS_PER_CONTROL * controlsOf(el);
}
