import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NutshellView } from '@/components/NutshellView';
import { readBeforeRender } from '@/lib/view/first-read';
import '@/components/theme.css';
import '@/components/nutshell-theme.css';
import { followThemeSetting } from '@/lib/view/theme';

// Light / dark / system, from the options (components/theme.css has both palettes).
followThemeSetting();
const root = document.getElementById('app');

async function start(container: HTMLElement): Promise<void> {
  // The popup belongs to the window whose toolbar was clicked: its active tab is the page.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  readBeforeRender(tab);
  render(<NutshellView tabId={tab?.id ?? null} url={tab?.url} />, container);
}

if (root) void start(root);
