import { BUILT_IN_TERMS } from '../../utils/glossary/pack/index.ts';
import type { Term } from '../../utils/glossary/schema.ts';
import { browserUiLanguage } from '../../utils/platform/browser-language.ts';
import {
  applyImport,
  loadSettings,
  loadUserGlossary,
  resetSettings,
  saveUserGlossary,
  saveSettings,
  takeSettingsNotice,
  watchSettings,
} from '../../utils/platform/settings-storage.ts';
import { downloadTextFile } from '../shared/files.ts';
import type { OptionsApi } from './api.ts';
import { validateStoredTerm } from './glossary-model.ts';

/** The options page's access to the extension, built on utils/platform. */
export function createOptionsApi(): OptionsApi {
  const readGlossary = async () => {
    // Terms that fail validation are dropped from view (and from the next save).
    const { glossary } = await loadUserGlossary({ validateTerm: validateStoredTerm });
    return { revision: glossary.revision, terms: glossary.terms as Term[] };
  };
  return {
    async loadSettings() {
      const { settings, problems } = await loadSettings();
      return { settings, problems };
    },
    async saveSettings(settings) {
      await saveSettings(settings);
    },
    resetSettings,
    watchSettings: (listener) => watchSettings(({ settings }) => listener(settings)),
    takeSettingsNotice,
    loadUserGlossary: readGlossary,
    async saveUserGlossary(terms, expectedRevision) {
      const saved = await saveUserGlossary(terms, { expectedRevision });
      return { revision: saved.revision, terms: saved.terms as Term[] };
    },
    builtInTerms: async () => BUILT_IN_TERMS,
    applyImport,
    download: (file) => downloadTextFile(file),
    browserLanguage: browserUiLanguage(),
  };
}
