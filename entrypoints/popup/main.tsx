import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NutshellView } from '@/components/NutshellView';
import { readBeforeRender } from '@/lib/view/first-read';
import '@/components/theme.css';
import '@/components/nutshell-theme.css';
import { followThemeSetting } from '@/lib/view/theme';
import { followLanguageSetting, speakReadersLanguage } from '@/lib/view/ui-language';

// Light / dark / system, from the options (components/theme.css has both palettes).
followThemeSetting();
const root = document.getElementById('app');

async function start(container: HTMLElement): Promise<void> {
  // The popup belongs to the window whose toolbar was clicked: its active tab is the page. And
  // the reader's language, at once for the browser's own, one file read for a chosen one: before
  // the first request, whose cached answer must be in that language.
  const [[tab]] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    speakReadersLanguage(),
  ]);
  // One first render, with the summary (or after first-read.ts's wait).
  await readBeforeRender(tab);
  const view = () => render(<NutshellView tabId={tab?.id ?? null} url={tab?.url} />, container);
  view();
  followLanguageSetting(view);
}

if (root) void start(root);
