import { render } from 'preact';
import { SidePanelView } from '@/components/SidePanelView';
// After the view's own stylesheet (nutshell.css), so the theme tokens win.
import '@/components/theme.css';
import '@/components/nutshell-theme.css';
import { followThemeSetting } from '@/lib/view/theme';
import { followLanguageSetting, speakReadersLanguage } from '@/lib/view/ui-language';
import './sidepanel.css';

followThemeSetting();
const root = document.getElementById('app');
if (root) {
  const view = () => render(<SidePanelView />, root);
  void speakReadersLanguage().then(() => {
    view();
    followLanguageSetting(view);
  });
}
