/**
 * The summary ready to paste, in every copy format (core/formats), made by the background once
 * per analysed page and carried in the result: the popup then holds no format code (issue 7's
 * popup budget). Both variants of the optional key-actors line are made, so the reader's
 * "copy key actors" option applies at copy time, as before, even to a cached result.
 */
import { toHtml, toMarkdown, toPlainText } from '@/core/formats';
import type { Analysis } from '@/core/types';
import type { CopyTexts, PageInfo, PageResult } from './protocol';

/** Key actors named in the optional line of a Markdown or rich-text copy. */
const KEY_ACTORS = 5;

function copyTexts(page: PageInfo, analysis: Analysis, keyActors: number): CopyTexts {
  const source = { ...analysis, title: page.title || analysis.title };
  const options = { keyActors };
  return {
    plain: toPlainText(source, page.url, options),
    markdown: toMarkdown(source, page.url, options),
    html: toHtml(source, page.url, options),
  };
}

/** A page's result as the popup and side panel get it: the page, its analysis, its copies. */
export function pageResult(page: PageInfo, analysis: Analysis): PageResult {
  return {
    page,
    analysis,
    copies: {
      withActors: copyTexts(page, analysis, KEY_ACTORS),
      withoutActors: copyTexts(page, analysis, 0),
    },
  };
}
