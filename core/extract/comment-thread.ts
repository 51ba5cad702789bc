/**
 * Readers' comments under an article, which a page's script often writes into the article's own
 * container (so Readability keeps them): a run of posts, each introduced by a short line saying
 * who posted and when ("Tatiana 2018-02-24 10:15:59", "Jo Reed 24.02.2018 at 10:15",
 * "Sam — March 2, 2019 at 4:12 pm"). Three posts or more in such a run are a comment thread, not
 * the story: the thread goes, with its heading ("Comments", "Отзывы") and the short lines between
 * that heading and the first post ("Hide", "Add yours"). A thread with next to no story before it
 * is the page's own text (a forum thread) and stays.
 */
import type { Block } from './blocks';
import { countWords } from './words';

const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\b/;
/** 2018-02-24, 24.02.2018, 2/24/18; 24 February 2018, February 24, 2018 (any language's month). */
const DATE =
  /\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b|\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\b|\b\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}\b/u;
/** A post's header is a short line: a name and a time stamp (the length bounds the regexes' work). */
const HEADER_MAX_WORDS = 10;
const HEADER_MAX_CHARS = 120;
/** The most blocks one post's text may take before the next header. */
const POST_MAX_BLOCKS = 4;
const MIN_POSTS = 3;
/** Short lines ("Hide", "Add yours") between the thread's heading and its first post. */
const LEAD_MAX_BLOCKS = 2;
const LEAD_MAX_WORDS = 4;
/**
 * A thread with less text than this before it is the page itself (a forum thread, a Q&A), not
 * comments under a story: it stays.
 */
const STORY_MIN_WORDS = 30;

function isPostHeader(block: Block): boolean {
  return (
    block.kind !== 'heading' &&
    block.text.length <= HEADER_MAX_CHARS &&
    countWords(block.text) <= HEADER_MAX_WORDS &&
    TIME.test(block.text) &&
    DATE.test(block.text)
  );
}

/** Where the thread that starts at the post header `first` ends (exclusive), and its posts. */
function threadFrom(blocks: readonly Block[], headers: readonly boolean[], first: number) {
  let posts = 1;
  let last = first;
  for (let i = first + 1; i < blocks.length && i - last <= POST_MAX_BLOCKS; i++) {
    if (blocks[i]?.kind === 'heading') break;
    if (headers[i]) {
      posts++;
      last = i;
    }
  }
  // The last post's text: up to the next heading, at most POST_MAX_BLOCKS - 1 blocks.
  let end = last + 1;
  while (end < blocks.length && end - last < POST_MAX_BLOCKS && blocks[end]?.kind !== 'heading') {
    if (headers[end]) break;
    end++;
  }
  return { posts, end };
}

/** The blocks without their comment threads (one pass; each block is looked at a few times). */
export function dropCommentThreads(blocks: readonly Block[]): Block[] {
  const headers = blocks.map(isPostHeader);
  if (headers.filter(Boolean).length < MIN_POSTS) return [...blocks];
  const drop = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i < blocks.length; i++) {
    if (!headers[i]) continue;
    const { posts, end } = threadFrom(blocks, headers, i);
    if (posts < MIN_POSTS) continue;
    let start = i;
    // Short lines and then a heading just before the first post belong to the thread.
    let lead = start;
    while (
      lead > 0 &&
      start - lead < LEAD_MAX_BLOCKS &&
      blocks[lead - 1]?.kind !== 'heading' &&
      countWords(blocks[lead - 1]?.text ?? '') <= LEAD_MAX_WORDS
    ) {
      lead--;
    }
    if (lead > 0 && blocks[lead - 1]?.kind === 'heading') start = lead - 1;
    const story = blocks.slice(0, start).filter((b) => b.kind !== 'heading');
    if (story.reduce((n, b) => n + countWords(b.text), 0) < STORY_MIN_WORDS) break;
    drop.fill(true, start, end);
    i = end - 1;
  }
  return blocks.filter((_, i) => !drop[i]);
}
