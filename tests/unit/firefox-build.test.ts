/**
 * The Firefox build as it ships: its manifest, and `web-ext lint` (Mozilla's own checks for
 * addons.mozilla.org) with 0 errors. `npm test` runs `npm run build:firefox` before vitest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILD = resolve('.output/firefox-mv3');
const WEB_EXT = resolve('node_modules/.bin/web-ext');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
  commands?: Record<string, unknown>;
  sidebar_action?: { default_panel?: string };
  action?: { default_popup?: string };
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe('Firefox build (firefox-mv3)', () => {
  it('exists: run `npm run build:firefox` first', () => {
    expect(existsSync(resolve(BUILD, 'manifest.json')), `${BUILD}/manifest.json missing`).toBe(
      true,
    );
  });

  const manifest = () =>
    JSON.parse(readFileSync(resolve(BUILD, 'manifest.json'), 'utf8')) as Manifest;

  it('has a fixed add-on ID (storage.sync needs one), a minimum version and no data collection', () => {
    const gecko = manifest().browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('is MV3 with the same least privilege as Chrome', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(m.commands).toHaveProperty('_execute_action');
  });

  // As in Chromium, the click reaches the event page, which opens the popup and reads the page
  // while Firefox builds it (lib/worker/toolbar-click.ts); a manifest popup would keep the click.
  it('has no popup in the manifest', () => {
    expect(manifest().action).toBeDefined();
    expect(manifest().action?.default_popup).toBeUndefined();
  });

  it('has the side panel as a sidebar_action', () => {
    expect(manifest().sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });

  it('passes web-ext lint with 0 errors', () => {
    let output: string;
    try {
      output = execFileSync(WEB_EXT, ['lint', '--source-dir', BUILD, '--output', 'json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // Non-zero exit: lint found errors; the report is still on stdout.
      output = String((error as { stdout?: unknown }).stdout ?? '');
    }
    const report = JSON.parse(output) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 120_000);
});
