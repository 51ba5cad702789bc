import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, QUIET_SWITCHES } from '../../tests/e2e/harness';
import type { BenchWindow } from './in-browser';
import type { PageTimes } from './measure';

const ENTRY = fileURLToPath(new URL('./in-browser.ts', import.meta.url));

/**
 * The browser entry and the core pipeline as one script for a web page, minified as the
 * extension's build is (esbuild, which vite and tsx use; nothing is written to disk).
 */
export async function bundleForBrowser(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const script = outputFiles[0]?.text;
  if (!script) throw new Error(`esbuild gave no output for ${ENTRY}`);
  return script;
}

export interface ChromiumBench {
  /** Chromium's version, for the report. */
  version: string;
  /** Every stage of one page, measured inside the browser page (wall clock; CPU is null). */
  measure(id: string, html: string, repeat: number): Promise<PageTimes>;
  close(): Promise<void>;
}

/** Why Chromium cannot be used here, or null when it can. */
export function chromiumUnavailable(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing`;
}

/**
 * Debian's Chromium, headless, with one blank page holding the bundle. The page's HTML goes in
 * as a string and the stage times come back; the page is parsed and analysed in there.
 */
export async function openChromiumBench(): Promise<ChromiumBench> {
  const script = await bundleForBrowser();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_SWITCHES],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><title>Nutshell bench</title>');
    await page.addScriptTag({ content: script });
    return {
      version: browser.version(),
      measure: (id, html, repeat) =>
        page.evaluate(
          ([id, html, repeat]) =>
            (globalThis as unknown as BenchWindow).nutshellBench.measurePage(id, html, repeat),
          [id, html, repeat] as const,
        ),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
