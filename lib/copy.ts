/**
 * "Copy summary": the summary as plain text with the article's title and URL.
 * (Moves to core/formats once that module offers the plain format.)
 */
import type { PageResult } from './protocol';

export function plainTextSummary({ page, analysis }: PageResult): string {
  const lines = [page.title || analysis.title, page.url, ''];
  for (const sentence of analysis.summary) lines.push(`- ${sentence.text}`);
  return `${lines.join('\n')}\n`;
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
