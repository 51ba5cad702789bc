/**
 * The summary ready to paste, in every copy format (core/formats), made by the background once
 * per analysed page and carried in the result (lib/worker/page-result.ts): the popup then holds no
 * format code. Both variants of the optional key-actors line are made, so the reader's "copy
 * key actors" option applies at copy time, as before, even to a cached result.
 */
import { toHtml, toMarkdown, toPlainText } from '@/core/formats';
import type { Analysis } from '@/core/types';
import type { CopyTexts, PageInfo } from '@/lib/protocol/protocol';
import { t } from '@/lib/shared/i18n';

/**
 * The three formats, with a line of `keyActors` key actors (0: none). Their own words (the
 * key actors' label) are in the reader's language, the summary in the page's.
 */
export function copyTexts(page: PageInfo, analysis: Analysis, keyActors: number): CopyTexts {
  const source = { ...analysis, title: page.title || analysis.title };
  const labels = { keyActors: t('copyKeyActorsLabel'), untitled: t('copyUntitled') };
  const options = { keyActors, labels };
  return {
    plain: toPlainText(source, page.url, options),
    markdown: toMarkdown(source, page.url, options),
    html: toHtml(source, page.url, options),
  };
}
