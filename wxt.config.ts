import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Least privilege: activeTab + scripting let us read the tab the reader clicked on, and only
// that tab, only after the click. storage keeps the per-tab cache (storage.session) and options.
// No host_permissions and no statically registered content script: see tests/manifest.test.ts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Nutshell',
    description:
      'The gist of any article in one click: summary and key actors, on your own device.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Nutshell: summarise this page' },
  },
});
