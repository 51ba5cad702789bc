/**
 * Page-supplied language tags, checked. On its own (no stop lists): the worker boundary's checks
 * are bundled into the popup too, which must stay small.
 */

/**
 * Longest language tag taken from a page: the 35 characters RFC 5646 (4.4.1) asks implementations
 * to allow. A page's `lang` reaches Intl.Segmenter, whose constructor takes time that grows fast
 * with the tag (one of 100,000 subtags blocked the worker for a minute).
 */
export const MAX_LANGUAGE_TAG = 35;

/** `tag` when it is a well-formed BCP 47 language tag of at most 35 characters, else ''. */
export function languageTag(tag: string): string {
  if (!tag || tag.length > MAX_LANGUAGE_TAG) return '';
  try {
    Intl.getCanonicalLocales(tag);
    return tag;
  } catch {
    return '';
  }
}
