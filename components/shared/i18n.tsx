import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n/messages.ts';
import { translate, type Locale, type Substitutions } from '../../utils/i18n/translate.ts';

/**
 * Looks up a UI string. The views get it from context rather than from
 * utils/platform/i18n.ts, so that tests render them in any locale without
 * the extension API, and so that the options page can switch language the
 * moment the reader picks another one.
 */
export type Translate = (key: MessageKey, substitutions?: Substitutions) => string;

export function translatorFor(locale: Locale): Translate {
  return (key, substitutions) => translate(locale, key, substitutions);
}

const TranslateContext = createContext<Translate>(translatorFor('en'));

export function I18nProvider({ t, children }: { t: Translate; children: ComponentChildren }) {
  return <TranslateContext.Provider value={t}>{children}</TranslateContext.Provider>;
}

export function useT(): Translate {
  return useContext(TranslateContext);
}
