/**
 * Least privilege, checked on what ships: the built Chrome manifest. `npm test` builds before
 * running vitest, so this reads the build of the current tree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = resolve('.output/chrome-mv3');
const MANIFEST = resolve(OUT, 'manifest.json');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  icons?: Record<string, string>;
  action?: { default_popup?: string };
}

describe('built manifest (chrome-mv3)', () => {
  it('exists: run `npm run build` first', () => {
    expect(existsSync(MANIFEST), `${MANIFEST} missing`).toBe(true);
  });

  const manifest = (): Manifest => JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;

  it('asks for exactly activeTab, scripting and storage (+ the context menu and side panel)', () => {
    expect([...(manifest().permissions ?? [])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
  });

  it('uses every permission it asks for (none is left over from a removed feature)', () => {
    // The API namespace each permission unlocks, as it appears in the built scripts.
    const evidence: Record<string, RegExp> = {
      scripting: /\.scripting\.executeScript\b/,
      storage: /\.storage\.(session|sync|local)\b|["']session:|["']sync:/,
      contextMenus: /\.contextMenus\.create\b/,
      sidePanel: /\.sidePanel\.(open|setOptions|setPanelBehavior)\b/,
    };
    const built = [
      'background.js',
      'content-scripts/content.js',
      ...readdirSync(resolve(OUT, 'chunks')).map((f) => `chunks/${f}`),
    ]
      .map((f) => readFileSync(resolve(OUT, f), 'utf8'))
      .join('\n');
    for (const permission of manifest().permissions ?? []) {
      if (permission === 'activeTab') continue; // granted by the toolbar click; no API of its own
      const pattern = evidence[permission];
      expect(pattern, `no known use for the "${permission}" permission`).toBeDefined();
      expect(built, `"${permission}" is asked for but not used`).toMatch(pattern as RegExp);
    }
  });

  it('asks for no host access at all', () => {
    const m = manifest();
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    for (const p of [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]) {
      expect(p, 'a URL pattern in permissions').not.toMatch(/[:/*]|<all_urls>/);
    }
  });

  it('registers no content script statically (it is injected on click)', () => {
    expect(manifest().content_scripts ?? []).toEqual([]);
  });

  it('has our icon at every manifest size', () => {
    const icons = manifest().icons ?? {};
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const file of Object.values(icons)) {
      expect(existsSync(resolve('.output/chrome-mv3', file)), file).toBe(true);
    }
  });

  // The worker opens the popup on the click (lib/worker/toolbar-click.ts), so that it can read
  // the page while the popup loads; a manifest popup would keep the click from the worker.
  it('is Manifest V3 with a popup the worker opens, and the file is built', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.action).toBeDefined();
    expect(m.action?.default_popup).toBeUndefined();
    expect(existsSync(resolve('.output/chrome-mv3', 'popup.html'))).toBe(true);
  });
});
