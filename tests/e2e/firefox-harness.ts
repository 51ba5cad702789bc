/**
 * Debian's firefox-esr with the built extension, driven by puppeteer-core over WebDriver BiDi.
 *
 * Two things BiDi alone cannot do, and how they are done here:
 * - Open the popup with the activeTab grant a reader's gesture gives. Firefox registers each
 *   `commands` shortcut as a <key> element in the browser window; firing that element's command
 *   is exactly what the browser does when the keys are pressed (`_execute_action` opens the
 *   popup and grants activeTab). It is reached from the browser window's own (chrome) realm,
 *   which BiDi exposes when Firefox runs with --remote-allow-system-access.
 * - Read the popup. BiDi refuses to navigate to moz-extension:// pages, and the popup is not a
 *   BiDi context at all. So the browser window opens one of the extension's own pages in a
 *   background tab (that tab *is* a BiDi context), and that page reads the popup's document
 *   through `browser.extension.getViews({ type: 'popup' })`, as any extension page may.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = resolve('.output/firefox-mv3');

/** Under CI nothing is skipped; locally a missing Firefox skips the Firefox e2e test. */
export function firefoxUnavailable(): string | null {
  if (process.env.CI) return null;
  return existsSync(FIREFOX) ? null : `${FIREFOX} is missing`;
}

interface Manifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

function readManifest(): Manifest {
  const path = join(FIREFOX_BUILD_DIR, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox build at ${FIREFOX_BUILD_DIR}: run \`npm run build:firefox\` first.`,
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The slice of puppeteer's BiDi connection we use for chrome-realm commands. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

interface ContextTree {
  contexts: { context: string; url: string }[];
}

export class FirefoxWithExtension {
  private constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    private readonly manifest: Manifest,
    private readonly connection: BidiConnection,
    private readonly chromeContext: string,
  ) {}

  static async launch(): Promise<FirefoxWithExtension> {
    const manifest = readManifest();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
    });
    try {
      const extensionId = await browser.installExtension(FIREFOX_BUILD_DIR);
      // puppeteer's BiDi browser exposes its connection; its type is internal.
      const connection = (browser as unknown as { connection: BidiConnection }).connection;
      const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
        .result as ContextTree;
      const chromeContext = tree.contexts[0]?.context;
      if (!chromeContext) throw new Error('No browser window realm (is system access allowed?)');
      return new FirefoxWithExtension(browser, extensionId, manifest, connection, chromeContext);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Runs an expression in the browser window's privileged realm; returns its JSON value. */
  async inBrowserWindow<T>(expression: string): Promise<T> {
    const { result } = (await this.connection.send('script.evaluate', {
      expression,
      target: { context: this.chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
      serializationOptions: { maxObjectDepth: 0 },
    })) as { result: EvaluateResult };
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text);
    return result.result?.value as T;
  }

  /**
   * Presses a `commands` shortcut as the reader would: fires the <key> element Firefox made for
   * it (found by its keys, e.g. "Alt+Shift+U").
   */
  async pressShortcut(command: string): Promise<void> {
    const keys = this.manifest.commands?.[command]?.suggested_key?.default;
    if (!keys) throw new Error(`The manifest has no shortcut for ${command}`);
    const parts = keys.split('+');
    const key = parts.pop() ?? '';
    const modifiers = parts
      .map((part) => part.toLowerCase())
      .sort()
      .join(',');
    const fired = await this.inBrowserWindow<boolean>(`(() => {
      const id = ${JSON.stringify(this.extensionId)}.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
      const keyset = document.getElementById('ext-keyset-id-' + id);
      const match = [...(keyset?.children ?? [])].find((k) =>
        k.getAttribute('key')?.toUpperCase() === ${JSON.stringify(key.toUpperCase())} &&
        (k.getAttribute('modifiers') ?? '').split(',').sort().join(',') === ${JSON.stringify(modifiers)});
      if (!match) return false;
      match.doCommand();
      return true;
    })()`);
    if (!fired) throw new Error(`Firefox registered no shortcut ${keys} for the extension`);
  }

  /** Opens the extension's sidebar (its side panel) in the window, as the sidebar menu does. */
  async openSidebar(): Promise<void> {
    await this.inBrowserWindow(`(() => {
      const id = ${JSON.stringify(this.extensionId)}.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
      SidebarController.show(id + '-sidebar-action');
      return true;
    })()`);
  }

  /** Whether the extension's action popup is showing. */
  popupOpen(): Promise<boolean> {
    return this.inBrowserWindow<boolean>(
      `document.getElementById('customizationui-widget-panel')?.state === 'open'`,
    );
  }

  /**
   * Opens one of the extension's pages (e.g. "options.html") in a background tab, so the
   * article tab stays active and the popup stays open; returns it as a puppeteer Page.
   */
  async openExtensionPage(path: string): Promise<Page> {
    const host = await this.inBrowserWindow<string>(
      `WebExtensionPolicy.getByID(${JSON.stringify(this.extensionId)}).mozExtensionHostname`,
    );
    const url = `moz-extension://${host}/${path}`;
    const before = new Set(this.browser.targets());
    // puppeteer keeps such a tab's URL at about:blank (BiDi sends no navigation event for
    // moz-extension:// loads), so the new tab is found as the new target and checked inside.
    const opened = this.browser.waitForTarget(
      (target) => target.type() === 'page' && !before.has(target),
    );
    await this.inBrowserWindow(`(() => {
      gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
        inBackground: true,
      });
      return true;
    })()`);
    const page = await (await opened).page();
    if (!page) throw new Error(`${url} opened, but not as a page`);
    await waitFor(url, async () => {
      const href = await page.evaluate('document.readyState === "complete" && location.href');
      return href === url ? true : undefined;
    });
    return page;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** Polls `probe` until it gives a value other than undefined. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
