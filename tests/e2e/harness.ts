/**
 * Real-browser harness: serves a fixture on 127.0.0.1, launches Debian's Chromium with the built
 * extension, clicks the toolbar button for real (CDP Extensions.triggerAction, which grants
 * activeTab as a reader's click does) and talks to the real action popup over CDP.
 * How and why: ../shared/notes/e2e-in-chromium.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The unpacked build to load (override to test a copy while the tree is being rebuilt). */
export const BUILD_DIR = resolve(process.env.NUTSHELL_EXTENSION_DIR ?? '.output/chrome-mv3');

/** Under CI nothing is skipped; locally only a missing browser skips the e2e tests. */
export function e2eUnavailable(): string | null {
  if (process.env.CI) return null;
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing`;
}

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

export interface Route {
  type: string;
  body: string | Buffer;
  /** Sent `afterMs` after `body`, which then ends the response (a slow site's HTML). */
  rest?: { afterMs: number; body: string };
}

/**
 * A throw-away self-signed certificate for 127.0.0.1 (openssl, which Debian has everywhere), so
 * that saved pages of HTTPS sites are served as HTTPS: their scripts may send an http page to
 * https, which a plain server cannot answer. The browser is started with IGNORE_CERTIFICATES.
 */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'nutshell-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Accepts the self-signed certificate of `serve(routes, { https: true })`. */
export const IGNORE_CERTIFICATES = '--ignore-certificate-errors';

/** Serves fixed routes (path → content) on a free port of 127.0.0.1, over HTTP or HTTPS. */
export async function serve(
  routes: Record<string, Route>,
  { https = false }: { https?: boolean } = {},
): Promise<FixtureServer> {
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const route = routes[(req.url ?? '/').split('?')[0] as string];
    res.writeHead(route ? 200 : 404, { 'content-type': route?.type ?? 'text/plain' });
    res.end(route?.body ?? 'not found');
  };
  const server: Server = https
    ? createHttpsServer(selfSignedCertificate(), answer)
    : createServer(answer);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${https ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export const html = (body: string | Buffer): Route => ({ type: 'text/html; charset=utf-8', body });

/** Serves one HTML file at /article.html; `url` is that page's address. */
export async function serveFile(path: string): Promise<FixtureServer> {
  const server = await serve({ '/article.html': html(readFileSync(path)) });
  return { ...server, url: `${server.url}/article.html` };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  browserSession: CDPSession;
  close(): Promise<void>;
}

/**
 * Switches every test browser gets: no sandbox or GPU (a container), and none of Chromium's own
 * background traffic (updates, sync, QUIC probes), so the zero-network test sees only ours.
 */
export const QUIET_SWITCHES = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * Chromium with the build loaded; `switches` are extra command-line switches for a test. The
 * popup benchmark loads another extension (`extensionDir`) for its baseline.
 */
export async function launchWithExtension(
  switches: readonly string[] = [],
  extensionDir: string = BUILD_DIR,
): Promise<Browser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'nutshell-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_SWITCHES,
      ...switches,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
  };
  if (!manifest.action?.default_popup) await untilWorkerListens(context, extensionId);
  const browser = context.browser();
  if (!browser) throw new Error('A persistent context without a browser object');
  const browserSession = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    browserSession,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Targets of one type (tab targets are only listed when a filter asks for them). */
async function targets(session: CDPSession, type: 'tab' | 'page'): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type }] })) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

/**
 * Stops the extension's service worker, as the browser does after 30 s without events; the next
 * message starts a new one. Returns whether a running worker was found.
 */
export async function stopExtensionWorker(b: Browser): Promise<boolean> {
  const { targetInfos } = (await b.browserSession.send('Target.getTargets')) as {
    targetInfos: TargetInfo[];
  };
  const url = `chrome-extension://${b.extensionId}/background.js`;
  const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url === url);
  for (const worker of workers) {
    await b.browserSession.send('Target.closeTarget', { targetId: worker.targetId });
  }
  return workers.length > 0;
}

/**
 * Until the extension's worker has run its start-up and listens for the toolbar click. Chromium
 * drops a click that comes before a new install's worker has added its listener (no popup
 * opens); a reader cannot click that fast, a test can.
 */
export async function untilWorkerListens(context: BrowserContext, extensionId: string) {
  const listens = () => {
    const api = (globalThis as unknown as { chrome: { action: ActionApi } }).chrome;
    return api.action.onClicked.hasListeners();
  };
  await waitFor('the worker to listen for clicks', async () => {
    const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    return (await worker?.evaluate(listens).catch(() => false)) ? true : undefined;
  });
}

/** The toolbar button's API, as tests call it inside the worker (typed here: no @types/chrome). */
export interface ActionApi {
  onClicked: { hasListeners(): boolean };
  setPopup(details: { popup: string; tabId?: number }): Promise<void>;
  getPopup(details: { tabId?: number }): Promise<string>;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 10_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The real toolbar click: Extensions.triggerAction on the browser session with the article's
 * TAB target. Returns the opened popup.
 */
export async function clickToolbarButton(b: Browser, page: Page): Promise<PopupTarget> {
  await page.bringToFront();
  const tab = await waitFor('the tab target', async () =>
    (await targets(b.browserSession, 'tab')).find((t) => t.type === 'tab' && t.url === page.url()),
  );
  const popupUrl = `chrome-extension://${b.extensionId}/popup.html`;
  const isPopup = (t: TargetInfo) => t.type === 'page' && t.url.startsWith(popupUrl);
  const before = new Set(
    (await targets(b.browserSession, 'page')).filter(isPopup).map((t) => t.targetId),
  );
  const clickedAt = Date.now();
  await b.browserSession.send('Extensions.triggerAction', {
    id: b.extensionId,
    targetId: tab.targetId,
  });
  const popup = await waitFor('the popup', async () =>
    (await targets(b.browserSession, 'page')).find((t) => isPopup(t) && !before.has(t.targetId)),
  );
  return PopupTarget.attach(b.browserSession, popup.targetId, clickedAt);
}

/** Virtual key codes of the keys the tests press. */
const KEY_CODES = { Enter: 13, Tab: 9, Escape: 27 } as const;

interface ProtocolReply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** The action popup, reached over CDP (it is not a Playwright Page). */
export class PopupTarget {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: ProtocolReply) => void>();

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
    private readonly targetId: string,
    /** Epoch ms just before the toolbar click that opened it (compare with the popup's timeOrigin). */
    readonly clickedAt: number,
  ) {
    session.on(
      'Target.receivedMessageFromTarget',
      (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== this.sessionId) return;
        const reply = JSON.parse(event.message) as ProtocolReply;
        if (reply.id !== undefined) this.pending.get(reply.id)?.(reply);
      },
    );
  }

  static async attach(
    session: CDPSession,
    targetId: string,
    clickedAt = Date.now(),
  ): Promise<PopupTarget> {
    const { sessionId } = (await session.send('Target.attachToTarget', {
      targetId,
      flatten: false,
    })) as {
      sessionId: string;
    };
    return new PopupTarget(session, sessionId, targetId, clickedAt);
  }

  async send(
    method: string,
    params: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const reply = new Promise<ProtocolReply>((ok) => this.pending.set(id, ok));
    await this.session.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const answer = await reply;
    this.pending.delete(id);
    if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
    return answer.result ?? {};
  }

  /** Evaluates an expression in the popup (as a user gesture, so clipboard writes are allowed). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true,
    })) as {
      result?: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) {
      throw new Error(
        result.exceptionDetails.exception?.description ?? result.exceptionDetails.text,
      );
    }
    return result.result?.value as T;
  }

  async waitFor<T>(what: string, expression: string, ms = 15_000): Promise<T> {
    try {
      return await waitFor(
        what,
        async () => (await this.evaluate<T | null>(expression)) ?? undefined,
        ms,
      );
    } catch (error) {
      // Say what the popup shows instead, so a failure explains itself.
      const shown = await this.evaluate<string>('document.body.innerText').catch(() => '?');
      throw new Error(`${(error as Error).message}; the popup shows: ${JSON.stringify(shown)}`);
    }
  }

  /**
   * The whole view, also what lies below the popup's scroll fold, at 2× for a crisp README
   * image. Sticky parts are unstuck for the capture so they sit where a reader scrolled to the
   * end sees them (a popup target cannot be resized to its content).
   */
  async screenshot(): Promise<Buffer> {
    const [width, height] = await this.evaluate<[number, number]>(`(() => {
      const style = document.createElement('style');
      style.id = 'e2e-capture';
      style.textContent = '.foot { position: static !important; }';
      document.head.append(style);
      return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];
    })()`);
    try {
      const { data } = (await this.send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
        clip: { x: 0, y: 0, width, height, scale: 2 },
      })) as { data: string };
      return Buffer.from(data, 'base64');
    } finally {
      await this.evaluate(`document.getElementById('e2e-capture')?.remove()`);
    }
  }

  /** What the reader sees without scrolling: the viewport at the popup's real size, at 2×. */
  async captureView(): Promise<Buffer> {
    const [width, height, y] = await this.evaluate<[number, number, number]>(
      '[innerWidth, innerHeight, scrollY]',
    );
    const { data } = (await this.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: 0, y, width, height, scale: 2 },
    })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  /** A key pressed and released, as raw key events from a keyboard (not a synthetic DOM event). */
  async press(key: keyof typeof KEY_CODES): Promise<void> {
    const code = KEY_CODES[key];
    const event = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
    await this.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
    if (key === 'Enter') await this.send('Input.dispatchKeyEvent', { type: 'char', text: '\r' });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  }

  async close(): Promise<void> {
    await this.session
      .send('Target.closeTarget', { targetId: this.targetId })
      .catch(() => undefined);
  }
}
