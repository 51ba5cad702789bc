/**
 * Helpers for the trust suites (hostile pages, network, messages, faults) on top of harness.ts:
 * a fixture server that records every request, and "open the page, click, wait until the popup
 * settles" with the popup's own time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Worker } from 'playwright-core';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import {
  BUILD_DIR,
  CHROMIUM,
  clickToolbarButton,
  QUIET_SWITCHES,
  type ActionApi,
  type Browser,
  type PopupTarget,
  type Route,
  untilWorkerListens,
} from './harness';

export interface RecordingServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The same server under another origin (http://localhost:PORT), for cross-origin frames. */
  otherOrigin: string;
  /** Every path requested so far, in order. */
  requests: string[];
  routes: Record<string, Route>;
  close(): Promise<void>;
}

/**
 * Serves `routes` (which may be added to later) and records every request path. Paths in
 * `neverEnding` send their body but never finish: a page that stays "loading" for good.
 */
export async function serveRecorded(
  routes: Record<string, Route>,
  neverEnding: readonly string[] = [],
): Promise<RecordingServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    requests.push(path);
    const route = routes[path];
    res.writeHead(route ? 200 : 404, { 'content-type': route?.type ?? 'text/plain' });
    if (neverEnding.includes(path)) res.write(route?.body ?? '');
    else if (route?.rest) {
      const { afterMs, body } = route.rest;
      res.write(route.body);
      setTimeout(() => res.destroyed || res.end(body), afterMs);
    } else res.end(route?.body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    requests,
    routes,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The popup's settled state (anything but "working"), or null while it works. */
export const SETTLED = `(() => {
  const s = document.querySelector('[data-state]')?.dataset.state;
  return s && s !== 'working' ? s : null;
})()`;

export interface Settled {
  popup: PopupTarget;
  state: string;
  /** The popup's whole visible text. */
  text: string;
  /** The popup's own time from its navigation start until it settled (ms, ±one poll). */
  popupMs: number;
  /** From the toolbar click until the popup settled, as seen from the test (ms). */
  clickMs: number;
}

/** Clicks the toolbar button on `page` (already loaded) and waits for the popup to settle. */
export async function clickAndSettle(b: Browser, page: Page, ms = 15_000): Promise<Settled> {
  const clicked = performance.now();
  const popup = await clickToolbarButton(b, page);
  const [state, popupMs] = await popup.waitFor<[string, number]>(
    'a settled state',
    `(() => { const s = ${SETTLED}; return s ? [s, performance.now()] : null; })()`,
    ms,
  );
  const clickMs = performance.now() - clicked;
  const text = await popup.evaluate<string>('document.body.innerText');
  return { popup, state, text, popupMs, clickMs };
}

/** Text that would betray a stack trace or an internal error in what the reader sees. */
export const INTERNAL_ERROR =
  /\bat .+:\d+:\d+|TypeError|ReferenceError|RangeError|undefined|\[object /;

/** The extension's service worker (started again if the browser stopped it). */
export async function extensionWorker(b: Browser): Promise<Worker> {
  const url = `chrome-extension://${b.extensionId}/background.js`;
  const running = b.context.serviceWorkers().find((w) => w.url() === url);
  return running ?? b.context.waitForEvent('serviceworker', { predicate: (w) => w.url() === url });
}

/** The few extension APIs the tests call inside the worker (typed here: no @types/chrome). */
export interface ChromeApi {
  action: ActionApi;
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(q: {
      active: boolean;
      lastFocusedWindow?: boolean;
      windowType?: string;
    }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      func: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
}

/**
 * The highlight names the highlighter chose in the active tab's page (random for each page
 * load, kept in the extension's world: lib/shared/palette.ts), read through the worker; null
 * before the first highlight.
 */
export async function highlightNames(b: Browser): Promise<Record<string, string> | null> {
  const worker = await extensionWorker(b);
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await c.tabs.query({ active: true, windowType: 'normal' });
    if (tab?.id === undefined) return null;
    const [frame] = await c.scripting.executeScript({
      target: { tabId: tab.id },
      func: () =>
        (globalThis as Record<symbol, unknown>)[Symbol.for('nutshell.highlighter.installed')] ??
        null,
    });
    return (frame?.result ?? null) as Record<string, string> | null;
  });
}

/** Ranges in all the page's CSS highlights (the test pages register none of their own). */
export function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h) => (n += h.size));
    return n;
  });
}

/** Waits until the page has rendered a frame (a huge page lays out for a while after load). */
export async function rendered(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(() => ok(), 0))),
  );
}

/** Asks the content script in the active tab's top frame whether it still answers. */
export async function contentScriptAnswers(b: Browser): Promise<boolean> {
  const worker = await extensionWorker(b);
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await c.tabs.query({ active: true, windowType: 'normal' });
    if (tab?.id === undefined) return false;
    try {
      const reply = (await c.tabs.sendMessage(
        tab.id,
        { type: 'backgroundToContent:ping' },
        { frameId: 0 },
      )) as { pong?: boolean } | undefined;
      return reply?.pong === true;
    } catch {
      return false;
    }
  });
}

/** The worker answers (it did not crash; it is restarted on demand if the browser stopped it). */
export async function workerAnswers(b: Browser): Promise<boolean> {
  return (await extensionWorker(b)).evaluate(
    () => typeof (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.id === 'string',
  );
}

/** The popup's time budget on any page (issue 7). */
export const BUDGET_MS = 2_000;

/**
 * Opens `url` (fresh, so nothing is cached), clicks and waits; tries again, up to `attempts`
 * times, while the popup's own time is over budget: the machine is shared and noisy, so the
 * claim checked is "it can be done in time", and every attempt's time is returned.
 */
export async function withinBudget(
  b: Browser,
  page: Page,
  url: string,
  attempts = 3,
): Promise<Settled & { times: number[] }> {
  const times: number[] = [];
  for (let i = 1; ; i++) {
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}attempt=${i}`);
    await rendered(page);
    const settled = await clickAndSettle(b, page, 30_000);
    times.push(Math.round(settled.popupMs));
    if (settled.popupMs < BUDGET_MS || i >= attempts) return { ...settled, times };
    await settled.popup.close();
  }
}

interface TargetInfo {
  type: string;
  url: string;
}

export interface SeenRequest {
  /** The target that made it: page, service_worker, ... and its URL. */
  targetType: string;
  targetUrl: string;
  url: string;
}

/**
 * Launches Chromium WITHOUT the extension, starts watching the network of every target (pages,
 * the popup, service workers: each is held at its first instruction until watched), and only
 * then loads the build over CDP (Extensions.loadUnpacked). So even the worker's very first
 * start, install handlers included, happens under watch. Chromium allows browser-wide
 * auto-attach only in the "flatten" mode, whose child sessions Playwright does not hand out, so
 * the watch runs over a second CDP connection (puppeteer-core, DevToolsActivePort).
 */
export async function launchWatchingNetwork(): Promise<{ browser: Browser; seen: SeenRequest[] }> {
  const profile = mkdtempSync(join(tmpdir(), 'nutshell-net-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0', ...QUIET_SWITCHES],
  });
  const pw = context.browser();
  if (!pw) throw new Error('A persistent context without a browser object');
  const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
  const watcher = await puppeteer.connect({
    browserWSEndpoint: `ws://127.0.0.1:${port}${path}`,
    defaultViewport: null,
  });
  const seen: SeenRequest[] = [];
  const watch = await watcher.target().createCDPSession();
  const infos = new Map<string, { type: string; url: string }>();
  watch.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: TargetInfo }) =>
    infos.set(event.sessionId, event.targetInfo),
  );
  watch.on('sessionattached', (child: CDPSession) => {
    child.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
      const info = infos.get(child.id()) ?? { type: '?', url: '?' };
      seen.push({ targetType: info.type, targetUrl: info.url, url: event.request.url });
    });
    // Network first, then let the target run (it waits for us since it was attached).
    void child
      .send('Network.enable')
      .catch(() => undefined)
      .then(() => child.send('Runtime.runIfWaitingForDebugger'))
      .catch(() => undefined); // the target may be gone already
  });
  await watch.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
  });
  const session = await pw.newBrowserCDPSession();
  const { id: extensionId } = (await session.send('Extensions.loadUnpacked', {
    path: BUILD_DIR,
  })) as { id: string };
  await untilWorkerListens(context, extensionId);
  return {
    seen,
    browser: {
      context,
      extensionId,
      browserSession: session,
      async close() {
        await watcher.disconnect();
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    },
  };
}
