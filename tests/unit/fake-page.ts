import { fakeBrowser } from 'wxt/testing';
import { vi } from 'vitest';

/** The page's answer to every `scripting.executeScript` (one frame), in the fake browser. */
export function pageAnswers(result: unknown) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue([{ frameId: 0, documentId: 'd', result }] as never);
}
