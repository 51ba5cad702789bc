/** "Copy summary": the summary as plain text with the article's title and URL (core/formats). */
import { toPlainText } from '@/core/formats';
import type { PageResult } from './protocol';

export function plainTextSummary({ page, analysis }: PageResult): string {
  return toPlainText({ ...analysis, title: page.title || analysis.title }, page.url);
}

/** Puts text on the clipboard; resolves false when the browser refuses. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
