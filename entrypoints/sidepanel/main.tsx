import { render } from 'preact';
import { SidePanelView } from '@/components/SidePanelView';
// After the view's own stylesheet (nutshell.css), so the theme tokens win.
import '@/components/theme.css';
import '@/components/nutshell-theme.css';
import { followThemeSetting } from '@/lib/view/theme';
import './sidepanel.css';

followThemeSetting();
const root = document.getElementById('app');
if (root) render(<SidePanelView />, root);
