import { render } from 'preact';
import '@/components/theme.css';
import { followThemeSetting } from '@/lib/view/theme';
import { OptionsPage } from './OptionsPage';
import './options.css';

followThemeSetting();
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
