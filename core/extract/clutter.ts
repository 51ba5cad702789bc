/**
 * Clean Readability's output, block by block: what survives its scoring but is not the story.
 * Every rule looks at what a block is (its words, its links, its place), never at the site.
 */
import type { Block } from './blocks';
import { dropCommentThreads } from './comment-thread';
import { attributeTokens, isSentence, isStepCaption } from './prepare';
import { countWords } from './words';

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** The page's own addresses (canonical, og:url, document URL): a print header repeats them. */
  urls: readonly string[];
}

const linkShare = (b: Block): number => (b.rawChars ? b.linkChars / b.rawChars : 0);
const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A block's word count and folded text, worked out once: every rule asks for them, and a long
 * block (a whole chapter in one <div>) makes each count cost.
 */
const wordCounts = new WeakMap<Block, number>();
const foldedTexts = new WeakMap<Block, string>();

function words(b: Block): number {
  let n = wordCounts.get(b);
  if (n === undefined) wordCounts.set(b, (n = countWords(b.text)));
  return n;
}

function folded(b: Block): string {
  let f = foldedTexts.get(b);
  if (f === undefined) foldedTexts.set(b, (f = fold(b.text)));
  return f;
}

/**
 * Labels that stand alone as a block: section titles of other stories, share and follow bars,
 * sign-up prompts, ad labels, gallery controls, comment counters. Matched on the whole folded
 * block, so a sentence that merely contains one of these words stays.
 */
const LABEL =
  /^(?:breaking news|don t miss|by|advertisement|advertising|advert|ad|sponsored(?: content)?|anzeige|publicidade|publicidad|publicité|pubblicità|реклама|광고|iklan|(?:read|see|view|show) (?:more|less|all|also|full story|next)(?: [\p{L}\p{N} ]{0,40})?|more(?: from [\p{L}\p{N} ]{1,40}|(?: [\p{L}\p{N}]+){0,3} (?:stories|news|articles|reads|videos|coverage))?|related(?: stories| articles| posts| content| news| coverage| reading| links| topics)?|also (?:read|see|on [\p{L}\p{N} ]{1,30})|you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|most (?:read|popular|viewed|shared)|popular(?: now| this week| stories)?|trending(?: now| stories)?|recent (?:articles|posts|stories)|latest (?:news|stories|articles)|top stories|editor s picks|share(?: this| this article| this story| on [a-z]+| via [a-z]+)?|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|follow us(?: on [\p{L} ]{1,30})?|sign up|sign in|log in|subscribe(?: now| today)?|newsletter|comments?|\d+ comments?|comments? \d+|leave a (?:comment|reply)|skip to (?:main )?content|caption|close|open|expand|image \d+ of \d*(?: \d+)?|\d+ of \d+|photos?|video|watch|listen|loading|back to top|table of contents|contents|in this article|jump to)$/u;

function isLabel(b: Block): boolean {
  const f = folded(b);
  return f.length > 0 && f.length <= 60 && LABEL.test(f);
}

/** "Read more: <headline>", "Related: <headline>" — a pointer to another story. */
const POINTER_PREFIX =
  /^(?:read (?:more|also|next)|see (?:more|also)|also (?:read|see)|related|more|recommended|watch|listen|click here|continue reading|also on [\p{L}\p{N}. ]{1,30}|on [\p{L}\p{N}.]+\.[a-z]{2,})\s*[:>»|–—-]/iu;

/** The same phrases without punctuation, when the rest of the block is the link. */
const POINTER_WORDS =
  /^(?:don.?t miss|read (?:more|also|next)|see (?:more|also)|also (?:read|see)|related|recommended|click here|continue reading|also on \S+)\b/iu;

function isPointer(b: Block): boolean {
  if (words(b) > 40) return false;
  const share = linkShare(b);
  return (
    (POINTER_PREFIX.test(b.text) && share >= 0.4) || (POINTER_WORDS.test(b.text) && share >= 0.6)
  );
}

/** Photo credits and captions that slipped past the caption elements. */
const CREDIT =
  /^(?:\(?(?:photo|photos|image|images|picture|pictures|credit|credits|foto|fotos|фото|사진|illustration)s?\s*(?::|by\b|\/|©|\|))|©|\((?:photo|image|picture|credit)s?\s*[:/]|^\[(?:사진|photo|image|foto)[^\]]*\]$/iu;

/** A short block ending in a picture agency: "Jane Doe/Getty Images", "AP Photo". */
const AGENCY_CREDIT =
  /(?:getty images|shutterstock|istock(?:photo)?|associated press|ap photo|afp|reuters|epa(?:-efe)?|pool)\s*\)?\.?$/i;

/** "(Reporting by Jane Doe; Editing by John Roe)": the wire's staff line. */
const STAFF_LINE =
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|translated)(?: and [a-z]+)? by\b/i;

function isCredit(b: Block): boolean {
  const n = words(b);
  return (
    (n <= 30 && CREDIT.test(b.text)) ||
    (n <= 8 && AGENCY_CREDIT.test(b.text)) ||
    (n <= 60 && STAFF_LINE.test(b.text))
  );
}

/**
 * A caption set as an ordinary paragraph: a short block whose small container also holds the
 * picture (the story's own container holds far more text than a caption).
 */
const PICTURE = 'img, picture, video';
const CAPTION_CONTAINER_MAX_WORDS = 60;
const MEDIA_TOKENS = new Set([
  'image',
  'img',
  'photo',
  'picture',
  'media',
  'figure',
  'gallery',
  'slide',
  'slideshow',
  'embed',
  'inline',
]);

function isMediaContainer(el: Element): boolean {
  return el.tagName === 'FIGURE' || attributeTokens(el).some((t) => MEDIA_TOKENS.has(t));
}

/** Whether a block sits in a small container with a picture, as its caption does. */
function besidePicture(b: Block): boolean {
  let el: Element | null = b.element;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    if (isMediaContainer(el) && el.querySelector(PICTURE)) {
      return countWords(el.textContent ?? '') <= CAPTION_CONTAINER_MAX_WORDS;
    }
  }
  return false;
}

/**
 * A caption that is a sentence of the story (isSentence) or tells a step of a how-to
 * (isStepCaption) stays, unless the story repeats it.
 */
const isPictureCaption = (b: Block): boolean =>
  b.kind !== 'heading' &&
  words(b) <= 50 &&
  !isSentence(b.text) &&
  besidePicture(b) &&
  !isStepCaption(b.element);

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
const MONTHS = new RegExp(MONTH.source, 'gi');
const CLOCK = /\b\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|(?:[:.]\d{2})?\s*[ap]\.?m\.?)(?!\w)/i;
const NUMERIC_DATE = /\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})\b/;
const DATE_WORDS =
  /\b(?:updated|published|posted|modified|last updated|created|on|at|am|pm|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|ist|today|yesterday|ago|minutes?|hours?|days?|mins?|hrs?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|\d+|st|nd|rd|th|of|by|and|de|em|às|le|il|의|년|월|일)\b/gi;

/**
 * A block that is only a date and time, maybe with "Updated"/"Published" and a name or two.
 * Not in a list or a table, where a date is a value of the story's own (a timeline, a schedule).
 */
function isDateline(b: Block): boolean {
  if (b.kind === 'list-item' || b.element.tagName === 'TR') return false;
  const n = words(b);
  // "— Jane Doe (@jane) November 18, 2019" closes an embedded post: it is part of the story.
  if (n > 16 || /\(@\w+\)/.test(b.text)) return false;
  if (!(MONTH.test(b.text) || CLOCK.test(b.text) || NUMERIC_DATE.test(b.text))) return false;
  const rest = b.text
    .replace(MONTH, ' ')
    .replace(MONTHS, ' ')
    .replace(CLOCK, ' ')
    .replace(NUMERIC_DATE, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  // At most a short name left over ("By Jane Doe - 11/18/19 11:04 PM EST").
  return countWords(rest) <= 4;
}

/** "By Jane Doe", "Jane Doe, Associated Press", the byline Readability found. */
function isByline(b: Block, meta: ArticleMeta): boolean {
  const text = b.text;
  if (words(b) > 12) return false;
  if (/^(?:by|por|von|par|di|от|written by|words by|posted by|reporting by)\s+\p{Lu}/iu.test(text))
    return true;
  const f = folded(b);
  if (!f) return false;
  for (const known of [meta.byline, meta.siteName]) {
    if (known && fold(known) === f) return true;
  }
  return false;
}

/** "Tags: a, b, c", "Filed under: x": the post's keywords, not its text. */
const TAG_LIST =
  /^(?:tags?|tagged(?: with| in)?|topics?|categories|category|filed under|keywords|temas|etiquetas)\b\s*:?\s*\S/i;

/** "05/10/2018 - Published by: Jane - Category: Health - Tags: x": a post's meta line. */
const META_FIELD =
  /\b(?:published|posted|updated|publicado|publicada|atualizado|category|categoria|categories|tags?|author|autor)(?: by| por| em| on| in)?\s*:/gi;

function isPostMeta(b: Block): boolean {
  const n = words(b);
  if (n > 40) return false;
  if (TAG_LIST.test(b.text) && (linkShare(b) >= 0.3 || b.text.includes(','))) return true;
  return (b.text.match(META_FIELD)?.length ?? 0) >= 2;
}

/** A block that is only an address: an e-mail, a URL, a social handle. */
function isBareAddress(b: Block, meta: ArticleMeta): boolean {
  const text = b.text;
  if (meta.urls.includes(text)) return true;
  // One token, or no address. The e-mail shape (\S+@\S+\.\S+: a character, "@", a character,
  // ".", a character) is tested by hand: as a regex it backtracks cubically on a run of "@.".
  if (/\s/.test(text)) return false;
  const at = text.indexOf('@', 1);
  return (
    (at > 0 && text.lastIndexOf('.', text.length - 2) >= at + 2) ||
    /^(?:(?:https?:\/\/)?(?:www\.)?(?:twitter|instagram|facebook)\.com\/\S+|@\w+)$/i.test(text)
  );
}

/** Sign-up, share and cookie prompts: short and about the reader, not the story. */
const PROMPT =
  /(?:\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|my) (?:[\p{L}-]+ ){0,4}(?:newsletters?|emails?|alerts|updates)|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe)|\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b|\bshare (?:it|this|this story|this article) with\b|\blike this (?:story|article)\b|\bfollow us on\b|\bwe use cookies\b|\b(?:accept|manage) (?:all )?cookies\b|\ball rights reserved\b|\baffiliate (?:links?|commission)\b|\bmay earn (?:a |an )?(?:small )?(?:commission|affiliate)|무단전재|\bcopyright\b|^click here to (?:get|download|subscribe|sign up|follow|read|see|watch)\b|^subscribe to\b|^follow\b.{0,60}\b(?:twitter|facebook|instagram|youtube|linkedin|tiktok)\b|\b(?:log(?:ged)?|sign(?:ed)?) in\b.{0,30}\bto (?:reply|comment|post|respond|join the discussion|leave a (?:comment|reply))\b)/iu;

/**
 * A word that every branch of PROMPT holds, with the same flags: a block without any of them
 * cannot match it, and this simple test is many times cheaper than PROMPT's.
 */
const PROMPT_WORDS =
  /sign up|subscribe|register|newsletter|share|like this|follow|cookies|rights reserved|affiliate|may earn|무단전재|copyright|click here|logged in|log in|signed in|sign in/iu;

/** "Let our news meet your inbox." A short line about e-mail to the reader. */
const INBOX = /\b(?:your|to the) inbox\b/i;

function isPrompt(b: Block): boolean {
  const n = words(b);
  return (
    (n <= 40 && PROMPT_WORDS.test(b.text) && PROMPT.test(b.text)) || (n <= 20 && INBOX.test(b.text))
  );
}

/** Only punctuation and separators ("___", "* * *", "|"). */
function isSeparator(b: Block): boolean {
  return !/[\p{L}\p{N}]/u.test(b.text);
}

function isTitle(b: Block, meta: ArticleMeta): boolean {
  return b.kind === 'heading' && folded(b) === fold(meta.title);
}

/** A headline of another story set in capitals and linked, between paragraphs of this one. */
function isCapsLink(b: Block): boolean {
  if (linkShare(b) < 0.8) return false;
  const letters = b.text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 12 && upper / letters.length >= 0.8;
}

/** A block that is a link and little else: a headline of another story, a menu entry. */
function isLinkOnly(b: Block): boolean {
  return linkShare(b) >= 0.9 && words(b) <= 25;
}

/** The host of an absolute web address, without its "www." (the same site either way). */
export const siteOf = (url: string | null | undefined): string | undefined =>
  /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(url ?? '')?.[1]?.toLowerCase();

/**
 * A link to another site: a source, a reference, a bug, a paper. Lists of other stories and
 * menus point to the site's own pages (a relative link does too). Unknown without an address of
 * the page's own.
 */
export function pointsAway(href: string | undefined, sites: ReadonlySet<string>): boolean {
  const site = siteOf(href);
  return sites.size > 0 && site !== undefined && !sites.has(site);
}

/** The sites of the page's own addresses (ArticleMeta.urls). */
export const ownSites = (urls: readonly string[]): Set<string> =>
  new Set(urls.map(siteOf).filter((site): site is string => site !== undefined));

/** Longer than this, a block after a label is the story again (a headline and its summary). */
const INTRODUCED_MAX_WORDS = 60;

/**
 * Link-only blocks go when they come in a run (a list of other stories, a menu) or at the very
 * end; a lone link inside the story (a product link in a buying guide, a source) stays, and so
 * do links to other sites (the story's sources, a list of the bugs a release note fixed). What a
 * label introduces ("More stories", "Don't miss") goes whatever it points to: the blocks after
 * it that hold a link, a fifth of their text or more ("A headline, <a>half of it linked</a>").
 */
function dropLinkRuns(blocks: readonly Block[], meta: ArticleMeta): Block[] {
  const linkOnly = blocks.map(isLinkOnly);
  const sites = ownSites(meta.urls);
  // Where the closing run of link-only blocks starts (blocks.length when there is none).
  let endRun = blocks.length;
  while (endRun > 0 && linkOnly[endRun - 1]) endRun--;
  // Whether the blocks before are a label and what it introduced.
  let introduced = false;
  return blocks.filter((b, i) => {
    if (introduced && linkShare(b) >= 0.2 && words(b) <= INTRODUCED_MAX_WORDS) return false;
    introduced = isLabel(b);
    if (!linkOnly[i]) return true;
    if (pointsAway(b.href, sites)) return true;
    const runs = linkOnly[i - 1] === true || linkOnly[i + 1] === true;
    return !(runs || i >= endRun);
  });
}

export interface Rule {
  name: string;
  test: (b: Block, meta: ArticleMeta) => boolean;
}

export const BLOCK_RULES: readonly Rule[] = [
  { name: 'label', test: isLabel },
  { name: 'pointer', test: isPointer },
  { name: 'credit', test: isCredit },
  { name: 'picture-caption', test: isPictureCaption },
  { name: 'dateline', test: isDateline },
  { name: 'byline', test: isByline },
  { name: 'post-meta', test: isPostMeta },
  { name: 'address', test: isBareAddress },
  { name: 'prompt', test: isPrompt },
  { name: 'separator', test: isSeparator },
  { name: 'title', test: isTitle },
  { name: 'caps-link', test: isCapsLink },
];

/** Names of the whole-list steps, besides the block rules (for `skip`). */
export const LIST_STEPS = ['link-runs', 'pull-quote', 'comment-thread'] as const;

/**
 * A pull quote: a sentence or more of the story set again as a quote, in the story's flow.
 * Text an article repeats in the same role (a refrain, a step done twice, a paragraph the
 * author restates) is the article's own and stays, as do short repeated lines (an interview's
 * questions, a table's header row).
 */
const PULL_QUOTE_MIN_WORDS = 10;

/** How often each paragraph (not quote) long enough to be pulled out as a quote stands. */
function quotableTexts(blocks: readonly Block[]): Map<string, number> {
  const texts = new Map<string, number>();
  for (const b of blocks) {
    const f = folded(b);
    if (b.kind !== 'quote' && words(b) >= PULL_QUOTE_MIN_WORDS)
      texts.set(f, (texts.get(f) ?? 0) + 1);
  }
  return texts;
}

/**
 * Blocks that are not the story, by the rules above; link-only runs go; a quote that repeats a
 * paragraph of the story goes, and so does a caption beside its picture that repeats one (a
 * caption that is a sentence is otherwise kept). `skip` leaves steps out by name.
 */
export function dropClutter(
  blocks: readonly Block[],
  meta: ArticleMeta,
  skip: ReadonlySet<string> = new Set(),
): Block[] {
  const rules = BLOCK_RULES.filter((r) => !skip.has(r.name));
  const threadless = skip.has('comment-thread') ? blocks : dropCommentThreads(blocks);
  const kept = skip.has('link-runs') ? threadless : dropLinkRuns(threadless, meta);
  const quotable = skip.has('pull-quote') ? new Map<string, number>() : quotableTexts(kept);
  return kept.filter((b) => {
    const n = quotable.get(folded(b)) ?? 0;
    const repeats = b.kind === 'quote' ? n > 0 : n > 1 && besidePicture(b);
    return !repeats && !rules.some((r) => r.test(b, meta));
  });
}
