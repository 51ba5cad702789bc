import { render } from 'preact';
import '@/components/theme.css';
import { followThemeSetting } from '@/lib/view/theme';
import { followLanguageSetting, speakReadersLanguage } from '@/lib/view/ui-language';
import { OptionsPage } from './OptionsPage';
import { t } from '@/lib/shared/i18n';
import './options.css';

followThemeSetting();
const root = document.getElementById('app');
if (root) {
  const view = () => {
    document.title = t('optionsTitle');
    render(<OptionsPage />, root);
  };
  void speakReadersLanguage().then(() => {
    view();
    followLanguageSetting(view);
  });
}
