import { lazyScriptConverter } from '../../utils/convert/lazy-text-to-target.ts';
import { BUILT_IN_TERMS } from '../../utils/glossary/pack/index.ts';
import type { Term } from '../../utils/glossary/schema.ts';
import { browserUiLanguage } from '../../utils/platform/browser-language.ts';
import { boundShortcuts, openShortcutSettings } from '../../utils/platform/commands.ts';
import { settingsStorage, type SettingsStorage } from '../../utils/platform/settings-storage.ts';
import { downloadTextFile } from '../shared/files.ts';
import type { OptionsApi } from './api.ts';
import { validateStoredTerm } from './glossary-model.ts';

/**
 * The options page's access to the extension, built on utils/platform. Tests pass a storage
 * made by `createSettingsStorage` over a fake storage area, to drive the real wiring.
 */
export function createOptionsApi(storage: SettingsStorage = settingsStorage()): OptionsApi {
  const {
    applyImport,
    loadSettings,
    loadUserGlossary,
    resetSettings,
    changeSettings,
    saveUserGlossary,
    takeSettingsNotice,
    watchSettings,
    watchUserGlossary,
  } = storage;
  // Made on the first term that needs filling in (see `lazyScriptConverter`). The script of the
  // text is the field's it comes from, not read from the text: 後端 is Traditional too.
  const converter = lazyScriptConverter(async () => (await loadUserGlossary()).glossary.terms);
  // The names the reader protects are read when the converter is made: a glossary saved since
  // (here, by an import, or on another page) may protect another, so the next one is made anew.
  watchUserGlossary(() => converter.forget());
  const readGlossary = async () => {
    // Terms that fail validation are dropped from view (and from the next save).
    const { glossary, problems } = await loadUserGlossary({ validateTerm: validateStoredTerm });
    return { revision: glossary.revision, terms: glossary.terms as Term[], problems };
  };
  return {
    async loadSettings() {
      const { settings, problems } = await loadSettings();
      return { settings, problems };
    },
    changeSettings,
    resetSettings,
    watchSettings: (listener) => watchSettings(({ settings }) => listener(settings)),
    takeSettingsNotice,
    loadUserGlossary: readGlossary,
    async saveUserGlossary(terms, expectedRevision) {
      const saved = await saveUserGlossary(terms, { expectedRevision });
      converter.forget();
      return { revision: saved.revision, terms: saved.terms as Term[] };
    },
    watchUserGlossary: (listener) =>
      watchUserGlossary(() => {
        // Read again through the same checks as the first load.
        readGlossary().then(
          ({ revision, terms }) => listener({ revision, terms }),
          () => undefined,
        );
      }),
    builtInTerms: async () => BUILT_IN_TERMS,
    applyImport: async (apply, expectedRevision) => {
      const applied = await applyImport(apply, { expectedRevision });
      converter.forget();
      return applied;
    },
    download: (file) => downloadTextFile(file),
    async convertScript(text, to) {
      try {
        const convert = await converter.get();
        return await convert(text, to);
      } catch (error) {
        // The converter keeps its dictionaries' load, a failed one too: the next try makes
        // another, which loads them again.
        converter.forget();
        throw error;
      }
    },
    shortcuts: boundShortcuts,
    openShortcutSettings,
    browserLanguage: browserUiLanguage(),
  };
}
