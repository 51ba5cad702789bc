import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Least privilege: activeTab + scripting let us read the tab the reader clicked on, and only
// that tab, only after the click. storage keeps the per-tab cache (storage.session) and options.
// No host_permissions and no statically registered content script: see tests/manifest.test.ts.

// Firefox only (Chrome warns about unknown keys): a fixed add-on ID, which storage.sync and
// signing need; 140 is the first ESR with the CSS Custom Highlight API; no data leaves the device.
const FIREFOX_MANIFEST = {
  browser_specific_settings: {
    gecko: {
      id: '{968345b3-318d-4beb-9aff-c0765c71a340}',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

/**
 * Classic JSX in the build, `h(type, props, ...children)`, not the automatic runtime: no
 * preact/jsx-runtime module and no `children:` keys in the popup's one script (the popup's size
 * budget). Type checking keeps `react-jsx` (tsconfig.json): the element types are the same.
 * A plugin, after @preact/preset-vite, so its esbuild settings win over the preset's.
 */
const classicJsx = {
  name: 'nutshell:classic-jsx',
  config: () => ({
    esbuild: {
      jsx: 'transform' as const,
      jsxFactory: 'h',
      jsxFragment: 'Fragment',
      jsxInject: "import { h, Fragment } from 'preact'",
    },
  }),
};

/**
 * The popup's stylesheet inlined in its page as a <style> element: one file less to fetch when
 * the popup opens, and one gzip stream less in the popup's size budget (45 B). Extension pages
 * may use inline styles (the default CSP restricts scripts, not styles).
 */
const inlinePopupCss: Plugin = {
  name: 'nutshell:inline-popup-css',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const page = bundle['entrypoints/popup/index.html'];
    if (page?.type !== 'asset' || typeof page.source !== 'string') return;
    page.source = page.source.replace(
      /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g,
      (link, file: string) => {
        const sheet = bundle[file];
        if (sheet?.type !== 'asset') return link;
        Reflect.deleteProperty(bundle, file);
        return `<style>${String(sheet.source)}</style>`;
      },
    );
  },
};

/**
 * The background worker's build takes the languages besides English out of its script: the
 * module that holds them all (core/actors/evidence/languages.ts, what Node reads) is replaced by
 * the worker's table of loaded languages, which each language's own script fills on demand
 * (entrypoints/actors-<code>.ts, lib/worker/actor-languages.ts).
 */
const EVIDENCE_LANGUAGES = resolve(import.meta.dirname, 'core/actors/evidence/languages.ts');
const workerLanguages: Plugin = {
  name: 'nutshell:worker-languages-on-demand',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/(?:^|\/)languages(?:\.ts)?$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved?.id !== EVIDENCE_LANGUAGES) return null;
    return resolve(import.meta.dirname, 'lib/worker/actor-language-tables.ts');
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The toolbar button's tooltip in the browser's language (public/_locales): WXT would take
    // the popup page's <title>, which is the name alone (the same in every language).
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // No popup of the button's own, so that the click reaches the worker, which opens the
      // popup and reads the page while the browser builds it (lib/worker/toolbar-click.ts).
      if (manifest.action) delete manifest.action.default_popup;
    },
    // The popup uses the browser's own `browser` (Firefox) / `chrome` (Chrome) object, not
    // webextension-polyfill: every call it makes (tabs.query, runtime.sendMessage, storage
    // get / onChanged, sidePanel.open) returns a promise natively in both browsers on MV3, and
    // the polyfill is 2.7 KB gzip of its 15 KB budget. lib/view/client.ts already sends a
    // request again when the worker was stopped, whether the send throws or answers nothing.
    // Every other entry keeps the polyfill; the extractor page script already goes without it.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.length === 1 && entrypoints[0]?.name === 'extractor') {
        // terser rather than esbuild for the extractor page script: the same code, a few
        // percent smaller after gzip, within its 20 KB budget (docs/page-scripts.md). Readability's
        // debug messages (this.log calls, silent unless its debug option is set) are left out.
        viteConfig.build = {
          ...viteConfig.build,
          minify: 'terser',
          terserOptions: {
            compress: { passes: 2, pure_funcs: ['this.log'] },
            mangle: { properties: { regex: /^_(?!_)/ } },
          },
        };
        return;
      }
      if (entrypoints.length === 1 && entrypoints[0]?.type === 'background') {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), workerLanguages];
        return;
      }
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== 'popup') return;
      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: {
          ...viteConfig.resolve?.alias,
          'wxt/browser': resolve(import.meta.dirname, 'lib/view/browser-native.ts'),
        },
      };
      // terser rather than esbuild for the popup's one script: the same code, 3-4 % smaller
      // after gzip (about 450 B of its 15 KB budget; docs/popup-weight.md). Only here: the
      // other entries have room, and esbuild is faster. The popup's code reads no property for
      // its side effects (no getter that lays out or counts), so pure_getters may drop unused
      // reads; with `unsafe`, 31 B less (docs/popup-weight.md).
      viteConfig.build = {
        ...viteConfig.build,
        minify: 'terser',
        terserOptions: { module: true, compress: { passes: 2, pure_getters: true, unsafe: true } },
      };
    },
    // The popup is built on its own (one script, one stylesheet), not in one build with the side
    // panel and options: there it would load five files, the shared ones split by what the other
    // pages also use (the popup's size budget counts every file it loads; fewer requests at open).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const at = group.findIndex((entry) => entry.name === 'popup');
        if (at < 0) continue;
        groups.push(group.splice(at, 1));
        return;
      }
    },
  },
  // No modulepreload polyfill: every browser we support has modulepreload (Chrome 66, Firefox
  // 115), and the popup would carry it in its one script (the popup's 15 KB budget,
  // scripts/bench/bundle.ts).
  vite: () => ({
    plugins: [preact(), classicJsx, inlinePopupCss],
    build: { modulePreload: { polyfill: false } },
  }),
  // MV3 in Firefox too: one manifest shape (action, _execute_action) for both browsers.
  manifestVersion: 3,
  // The sources zip (for addons.mozilla.org review) takes the whole tree except these: evaluation
  // reports are derived from data that must never ship, screenshots are not source.
  zip: { excludeSources: ['reports/**', 'docs/screenshots/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    // In the browser's language, from public/_locales (English by default): the store listing,
    // the toolbar tooltip and the shortcut's description (lib/shared/i18n.ts for the rest).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Summarise this page / selection" (lib/worker/context-menu.ts). The side panel's
    // sidePanel permission is added by WXT for Chrome (entrypoints/sidepanel).
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The reader can change it in the browser's shortcut settings (linked from the options page).
    commands: {
      _execute_action: {
        // Not Alt+Shift+N: Chromium leaves that one unassigned (tests/e2e/options.test.ts).
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandSummarise__',
      },
    },
    ...(browser === 'firefox' ? FIREFOX_MANIFEST : {}),
  }),
});
