import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { createOptionsApi } from '../../components/options/platform-api.ts';
import { hashWithoutTermText, termTextFromHash } from '../../utils/glossary/add-term-link.ts';
import { documentLanguage } from '../../utils/i18n/translate.ts';

const root = document.getElementById('app');
if (root) {
  render(
    <OptionsApp
      api={createOptionsApi()}
      addTerm={termTextFromHash(location.hash)}
      // The form has the text now: a reload must not open it again (after saving, say).
      onAddTermTaken={() =>
        history.replaceState(history.state, '', hashWithoutTermText(location.hash))
      }
      onLocale={(locale, t) => {
        document.documentElement.lang = documentLanguage(locale);
        document.title = t('options_title');
      }}
    />,
    root,
  );
}

if (import.meta.env.MODE === 'e2e') {
  // Test builds only: lets browser tests run axe-core inside this page.
  void import('../../components/shared/e2e-axe.ts').then(({ installAxeHook }) => installAxeHook());
}
