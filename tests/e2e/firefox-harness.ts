/**
 * Debian's firefox-esr with the built extension, driven over Marionette (./marionette.ts).
 *
 * Two things a page-level driver cannot do, and how they are done here:
 * - Open the popup with the activeTab grant a reader's gesture gives. Firefox registers each
 *   `commands` shortcut as a <key> element in the browser window; firing that element's command
 *   is exactly what the browser does when the keys are pressed (`_execute_action` opens the
 *   popup and grants activeTab). It is reached from the browser window's own (chrome) realm,
 *   which Marionette exposes when Firefox runs with --remote-allow-system-access.
 * - Read the popup. The popup is no tab a driver can switch to. So the browser window opens one
 *   of the extension's own pages in a background tab, and that page reads the popup's document
 *   through `browser.extension.getViews({ type: 'popup' })`, as any extension page may.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser as BrowserKind, createProfile } from '@puppeteer/browsers';
import { Marionette } from './marionette';
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

/** Discard-port proxy for every scheme; loopback is never proxied (Firefox's default). */
const REFUSE_OTHER_HOSTS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.no_proxies_on': '127.0.0.1',
};

/** A tab of the Firefox window: a web page or one of the extension's pages. */
export class FirefoxTab {
  constructor(
    private readonly firefox: FirefoxWithExtension,
    readonly handle: string,
  ) {}

  /** Loads `url` in this tab and waits for it, as typing it in the address bar would. */
  async goto(url: string): Promise<void> {
    await this.firefox.use(this, true);
    await this.firefox.marionette.send('WebDriver:Navigate', { url });
  }

  /** Runs an expression in the tab's page (without selecting the tab); returns its value. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    await this.firefox.use(this, false);
    return this.firefox.execute<T>(expression);
  }

  /** Selects the tab, as a click on it would. */
  bringToFront(): Promise<void> {
    return this.firefox.use(this, true);
  }

  /** Clicks the element `selector` finds (waiting for it), with a reader's pointer events. */
  async click(selector: string): Promise<void> {
    await this.firefox.use(this, true);
    const { value } = await this.firefox.marionette.send<{ value: Record<string, string> }>(
      'WebDriver:FindElement',
      { using: 'css selector', value: selector },
    );
    const id = Object.values(value)[0];
    await this.firefox.marionette.send('WebDriver:ElementClick', { id });
  }
}

export class FirefoxWithExtension {
  private context: 'chrome' | 'content' | null = null;
  private current: { handle: string; focused: boolean } | null = null;

  private constructor(
    private readonly process: ChildProcess,
    private readonly profile: string,
    readonly marionette: Marionette,
    readonly extensionId: string,
    private readonly manifest: Manifest,
  ) {}

  /**
   * `onlyLoopback`: every host but 127.0.0.1 is refused (through a proxy that does not exist), as
   * Chromium's ONLY_LOOPBACK does for the real-page evaluation. `acceptInsecureCerts`: the
   * fixture server's self-signed HTTPS certificate is accepted.
   */
  static async launch(
    options: { onlyLoopback?: boolean; acceptInsecureCerts?: boolean } = {},
  ): Promise<FirefoxWithExtension> {
    const manifest = readManifest();
    const profile = mkdtempSync(join(tmpdir(), 'nutshell-firefox-'));
    // puppeteer's automation preferences (no first-run pages, updates or telemetry); port 0
    // lets Marionette pick a free port and write it to the profile's MarionetteActivePort.
    await createProfile(BrowserKind.FIREFOX, {
      path: profile,
      preferences: {
        'marionette.port': 0,
        ...(options.onlyLoopback ? REFUSE_OTHER_HOSTS : {}),
      },
    });
    const child = spawn(
      FIREFOX,
      [
        '--headless',
        '--no-remote',
        '--profile',
        profile,
        '--marionette',
        '--remote-allow-system-access',
      ],
      { stdio: 'ignore' },
    );
    let marionette: Marionette | null = null;
    try {
      const port = await waitFor('Firefox to start Marionette', async () => {
        const file = join(profile, 'MarionetteActivePort');
        return existsSync(file) ? Number(readFileSync(file, 'utf8')) || undefined : undefined;
      });
      marionette = await Marionette.connect(port);
      await marionette.send('WebDriver:NewSession', {});
      // Finding an element waits for it: the options page renders once it has read storage.
      await marionette.send('WebDriver:SetTimeouts', { implicit: 10_000 });
      const { value: extensionId } = await marionette.send<{ value: string }>('Addon:Install', {
        path: FIREFOX_BUILD_DIR,
        temporary: true,
      });
      const firefox = new FirefoxWithExtension(child, profile, marionette, extensionId, manifest);
      if (options.acceptInsecureCerts) {
        // What the acceptInsecureCerts capability does, which Marionette alone does not apply.
        await firefox.inBrowserWindow(`(() => {
          Cc['@mozilla.org/security/certoverride;1'].getService(Ci.nsICertOverrideService)
            .setDisableAllSecurityChecksAndLetAttackersInterceptMyData(true);
          return true;
        })()`);
      }
      return firefox;
    } catch (error) {
      marionette?.close();
      child.kill();
      rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  }

  /** The tab Firefox opened with its window. */
  async firstTab(): Promise<FirefoxTab> {
    const [first] = await this.tabHandles();
    if (!first) throw new Error('Firefox opened no tab');
    return new FirefoxTab(this, first);
  }

  /** The handles of the window's tabs (in the chrome context the same command lists windows). */
  private async tabHandles(): Promise<string[]> {
    await this.inContext('content');
    return this.marionette.send<string[]>('WebDriver:GetWindowHandles');
  }

  private async inContext(context: 'chrome' | 'content'): Promise<void> {
    if (this.context === context) return;
    await this.marionette.send('Marionette:SetContext', { value: context });
    this.context = context;
  }

  /** Makes later commands go to `tab`'s page; `focus` also selects the tab. */
  async use(tab: FirefoxTab, focus: boolean): Promise<void> {
    await this.inContext('content');
    const current = this.current;
    if (current?.handle === tab.handle && (current.focused || !focus)) return;
    await this.marionette.send('WebDriver:SwitchToWindow', { handle: tab.handle, focus });
    this.current = { handle: tab.handle, focused: focus };
  }

  /** Runs an expression in the browser window's privileged realm; returns its JSON value. */
  async inBrowserWindow<T>(expression: string): Promise<T> {
    await this.inContext('chrome');
    return this.execute<T>(expression);
  }

  /** Runs an expression where the last `use` or `inBrowserWindow` pointed; returns its value. */
  async execute<T>(expression: string): Promise<T> {
    const { value } = await this.marionette.send<{ value: T }>('WebDriver:ExecuteScript', {
      script: `return (${expression});`,
      args: [],
    });
    return value;
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

  /** Stops the extension's event page, as Firefox does after it idles. */
  async stopBackground(): Promise<void> {
    const id = JSON.stringify(this.extensionId);
    await this.inBrowserWindow(
      `(WebExtensionPolicy.getByID(${id}).extension.terminateBackground(), true)`,
    );
    await waitFor('the event page to stop', async () => {
      const state = await this.inBrowserWindow<string>(
        `String(WebExtensionPolicy.getByID(${id}).extension.backgroundState)`,
      );
      return state === 'stopped' ? true : undefined;
    });
  }

  /** Closes the action popup if it is open (the shortcut would close it instead of opening it). */
  async closePopup(): Promise<void> {
    await this.inBrowserWindow(
      `document.getElementById('customizationui-widget-panel')?.hidePopup() ?? true`,
    );
    await waitFor('the popup closed', async () => ((await this.popupOpen()) ? undefined : true));
  }

  /** Whether the extension's action popup is showing. */
  popupOpen(): Promise<boolean> {
    return this.inBrowserWindow<boolean>(
      `document.getElementById('customizationui-widget-panel')?.state === 'open'`,
    );
  }

  /**
   * Opens one of the extension's pages (e.g. "options.html") in a background tab, so the
   * article tab stays selected and the popup stays open.
   */
  async openExtensionPage(path: string): Promise<FirefoxTab> {
    const host = await this.inBrowserWindow<string>(
      `WebExtensionPolicy.getByID(${JSON.stringify(this.extensionId)}).mozExtensionHostname`,
    );
    const url = `moz-extension://${host}/${path}`;
    const before = new Set(await this.tabHandles());
    await this.inBrowserWindow(`(() => {
      gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
        inBackground: true,
      });
      return true;
    })()`);
    const handle = await waitFor('the new tab', async () => {
      return (await this.tabHandles()).find((h) => !before.has(h));
    });
    const tab = new FirefoxTab(this, handle);
    await waitFor(url, async () => {
      const href = await tab
        .evaluate<string | false>('document.readyState === "complete" && location.href')
        .catch(() => false);
      return href === url ? true : undefined;
    });
    return tab;
  }

  async close(): Promise<void> {
    await this.marionette.send('WebDriver:DeleteSession').catch(() => undefined);
    this.marionette.close();
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    rmSync(this.profile, { recursive: true, force: true });
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
