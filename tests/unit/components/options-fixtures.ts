import type { BoundShortcut, OptionsApi, UserGlossary } from '../../../components/options/api.ts';
import { createScriptConverter } from '../../../utils/convert/lazy-text-to-target.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { translate } from '../../../utils/i18n/translate.ts';
import type { StoredGlossary } from '../../../utils/settings/glossary-store.ts';
import type { SettingsProblem } from '../../../utils/settings/parse.ts';
import type { SettingsPatch } from '../../../utils/settings/patch.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import type { TextFile } from '../../../components/shared/files.ts';
import { vi } from 'vitest';

export const en = (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
  translate('en', key, subs);

function term(id: string, hans: string, hant: string, en: string, extra: Partial<Term> = {}): Term {
  return {
    id,
    hans,
    hant,
    en,
    category: 'company',
    definition: {
      en: `${en}, a company.`,
      hans: `${hans}是一家公司。`,
      hant: `${hant}是一家公司。`,
    },
    ...extra,
  };
}

export const BUILT_IN: Term[] = [
  term('nvidia', '英伟达', '英偉達', 'NVIDIA', { tw: '輝達' }),
  term('smic', '中芯国际', '中芯國際', 'SMIC'),
  term('cxmt', '长鑫存储', '長鑫存儲', 'CXMT'),
];

export const USER_TERM: Term = term('my-lab', '我的实验室', '我的實驗室', 'My Lab', {
  category: 'organization',
  definition: {
    en: 'My Lab, a research group.',
    hans: '我的实验室是一个研究小组。',
    hant: '我的實驗室是一個研究小組。',
  },
});

/** The converter the options page makes, with the real dictionaries. */
const convertScript = createScriptConverter({ loadDictionaries: loadBundledDictionaries });

/** An options api double over in-memory storage, recording what was saved. */
export function fakeOptionsApi({
  settings = defaultSettings(),
  problems = [],
  glossary = { revision: 3, terms: [USER_TERM] },
  showNotice = true,
}: {
  settings?: Settings;
  problems?: SettingsProblem[];
  glossary?: UserGlossary;
  showNotice?: boolean;
} = {}) {
  const store = { settings: structuredClone(settings), glossary: structuredClone(glossary) };
  const downloads: TextFile[] = [];
  const api = {
    loadSettings: vi.fn(async () => ({ settings: structuredClone(store.settings), problems })),
    changeSettings: vi.fn(async (patch: SettingsPatch) => {
      store.settings = { ...store.settings, ...structuredClone(patch) };
      return structuredClone(store.settings);
    }),
    resetSettings: vi.fn(async () => {
      store.settings = defaultSettings();
      return defaultSettings();
    }),
    watchSettings: vi.fn((_listener: (settings: Settings) => void) => () => {}),
    takeSettingsNotice: vi.fn(async (_problems: readonly SettingsProblem[]) => showNotice),
    loadUserGlossary: vi.fn(async () => structuredClone(store.glossary)),
    saveUserGlossary: vi.fn(async (terms: readonly Term[], expectedRevision: number) => {
      if (expectedRevision !== store.glossary.revision) throw new Error('conflict');
      store.glossary = {
        revision: store.glossary.revision + 1,
        terms: structuredClone([...terms]),
      };
      return structuredClone(store.glossary);
    }),
    builtInTerms: vi.fn(async () => BUILT_IN),
    watchUserGlossary: vi.fn((_listener: (glossary: UserGlossary) => void) => () => {}),
    applyImport: vi.fn(
      async (
        apply: { settings: Settings; userGlossary: StoredGlossary },
        expectedRevision: number,
      ) => {
        if (expectedRevision !== store.glossary.revision) throw new Error('conflict');
        store.settings = structuredClone(apply.settings);
        store.glossary = structuredClone(apply.userGlossary) as UserGlossary;
      },
    ),
    download: vi.fn((file: TextFile) => {
      downloads.push(file);
    }),
    convertScript: vi.fn(convertScript),
    shortcuts: vi.fn(async (): Promise<readonly BoundShortcut[] | null> => [
      { command: 'toggle-conversion', shortcut: 'Alt+Shift+Z' },
      { command: 'cycle-target', shortcut: 'Alt+Shift+X' },
      { command: 'cycle-mode', shortcut: 'Alt+Shift+C' },
      { command: 'next-term', shortcut: 'Alt+Shift+N' },
      { command: 'previous-term', shortcut: '' },
      { command: 'peek-original', shortcut: '' },
    ]),
    openShortcutSettings: vi.fn(async () => {}),
    browserLanguage: 'en-US',
    now: () => new Date('2025-06-01T08:00:00Z'),
  } satisfies OptionsApi;
  return { api, store, downloads };
}

/**
 * Makes the double's settings saves wait for the test: each save pushes its answer, which the
 * test calls to store it (or with `false` to refuse it), in the order the saves came.
 */
export function holdSettingsSaves({ api, store }: ReturnType<typeof fakeOptionsApi>) {
  const answers: ((ok?: boolean) => void)[] = [];
  api.changeSettings.mockImplementation(async (patch: SettingsPatch) => {
    const ok = await new Promise<boolean>((resolve) =>
      answers.push((value = true) => resolve(value)),
    );
    if (!ok) throw new Error('refused once');
    store.settings = { ...store.settings, ...structuredClone(patch) };
    return structuredClone(store.settings);
  });
  return answers;
}
