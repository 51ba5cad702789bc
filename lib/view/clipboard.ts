/**
 * Clipboard writes for the copy buttons. Rich copy puts HTML and its plain-text twin in ONE
 * ClipboardItem, so an editor pastes the formatted version and a plain field the text.
 */

export type CopyOutcome = 'copied' | 'plainOnly' | 'failed';

export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export async function copyRich(html: string, plain: string): Promise<CopyOutcome> {
  try {
    // Without ClipboardItem or clipboard.write, this throws too.
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([plain], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
    return 'copied';
  } catch {
    // Some browsers refuse HTML (or have no rich clipboard): the text alone is still worth having.
    return (await copyText(plain)) === 'copied' ? 'plainOnly' : 'failed';
  }
}
