import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import { createPopupApi } from '../../components/popup/platform-api.ts';
import { documentLanguage, translate } from '../../utils/i18n/translate.ts';

const root = document.getElementById('app');
if (root) {
  render(
    <PopupApp
      api={createPopupApi()}
      onLocale={(locale) => {
        document.documentElement.lang = documentLanguage(locale);
        document.title = translate(locale, 'extName');
      }}
    />,
    root,
  );
}

if (import.meta.env.MODE === 'e2e') {
  // Test builds only: lets browser tests run axe-core inside this page.
  void import('../../components/shared/e2e-axe.ts').then(({ installAxeHook }) => installAxeHook());
}
