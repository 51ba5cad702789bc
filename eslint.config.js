import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'reports/', 'web-ext-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ is the pure pipeline: no browser extension API may leak in.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt',
            'wxt/*',
            'webextension-polyfill',
            '#imports',
            'preact',
            'preact/*',
            '@/lib/*',
            '@/components/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
  // lib/ is grouped by where the code runs; each runtime may import only what exists there.
  // lib/page: injected into the reader's page; lib/worker: the background service worker;
  // lib/view: popup, side panel and options; lib/protocol: the typed messages every side shares;
  // lib/storage: the storage schemas (cache, settings) the worker and the views both read;
  // lib/shared: small runtime-free helpers (colours, the side panel's API) used on several sides.
  ...boundaries('lib/page/**', [
    '@/lib/worker/*',
    '@/lib/view/*',
    '@/lib/storage/*',
    '@/components/*',
    'preact',
    'preact/*',
  ]),
  // The worker hands lib/page/watch.ts and parsed.ts to scripting.executeScript, to run in the
  // page.
  ...boundaries('lib/worker/**', [
    '@/lib/page/*',
    '!@/lib/page/watch',
    '!@/lib/page/parsed',
    '@/lib/view/*',
    '@/components/*',
    'preact',
    'preact/*',
  ]),
  ...boundaries('lib/view/**', ['@/lib/page/*', '@/lib/worker/*']),
  ...boundaries('lib/{protocol,shared}/**', [
    '@/lib/page/*',
    '@/lib/worker/*',
    '@/lib/view/*',
    '@/lib/storage/*',
    '@/components/*',
  ]),
  ...boundaries('lib/storage/**', [
    '@/lib/page/*',
    '@/lib/worker/*',
    '@/lib/view/*',
    '@/components/*',
  ]),
  // components/ holds views only: their logic lives in lib/view, and the worker's or the page's
  // code never runs in them.
  ...boundaries('components/**', ['@/lib/page/*', '@/lib/worker/*', '@/entrypoints/*']),
  prettier,
);

/** One runtime folder's forbidden imports (and core's own rule still applies to core/). */
function boundaries(files, forbidden) {
  return [
    { files: [files], rules: { 'no-restricted-imports': ['error', { patterns: forbidden }] } },
  ];
}
