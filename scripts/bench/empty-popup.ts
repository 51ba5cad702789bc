/**
 * The popup benchmark's baseline: an extension whose popup does nothing but set the summary mark
 * from its first script. Its time is what Chromium spends opening any extension popup on this
 * machine at this moment (the popup window, its renderer, the extension API bindings) before a
 * line of the extension's own code runs; Nutshell's time minus it is Nutshell's own work.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Empty popup (benchmark baseline)',
    version: '1.0',
    // The harness reads the extension's id from its service worker.
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
  }),
  'background.js': '',
  'popup.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title>' +
    '<script src="popup.js"></script></head><body></body></html>',
  'popup.js': "performance.mark('nutshell:summary-shown');\n",
};

/** Writes the empty extension into a new temporary folder and returns the folder. */
export function writeEmptyPopupExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nutshell-empty-popup-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  return dir;
}
