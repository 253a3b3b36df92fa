import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../components/options/api.ts';
import { GLOSSARY_PAGE_SIZE } from '../../../components/options/GlossaryManager.tsx';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import {
  exportGlossaryCsv,
  exportGlossaryJson,
  parseGlossaryImport,
} from '../../../utils/glossary/io.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { SETTINGS_FIELD_LABELS } from '../../../utils/i18n/labels.ts';
import { translate } from '../../../utils/i18n/translate.ts';
import { parseImportAll } from '../../../utils/settings/backup.ts';
import { defaultSettings } from '../../../utils/settings/schema.ts';
import { validateStoredTerm } from '../../../components/options/glossary-model.ts';
import {
  askAndKeep,
  button,
  byId,
  choose,
  click,
  control,
  mount,
  pickFile,
  settle,
  textOf,
  type,
} from './helpers.tsx';
import { BUILT_IN, USER_TERM, en, fakeOptionsApi } from './options-fixtures.ts';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function open(api: OptionsApi) {
  const mounted = await mount(<OptionsApp api={api} />);
  cleanup = mounted.unmount;
  return mounted.container;
}

const listed = (page: HTMLElement) =>
  [...page.querySelectorAll('.terms > li .term-id')].map((element) => textOf(element));

const saveStatus = (page: HTMLElement) => textOf(byId(page, 'save-status'));
const termForm = (page: HTMLElement) => page.querySelector<HTMLElement>('.term-form');

const newTerm = {
  id: 'hbm4',
  hans: '第四代高带宽内存',
  hant: '第四代高頻寬記憶體',
  en: 'HBM4',
  category: 'technology',
  definition: {
    en: 'The fourth generation of high-bandwidth memory.',
    hans: '第四代高带宽内存。',
    hant: '第四代高頻寬記憶體。',
  },
} satisfies Term;

/** The import preview once it shows (a CSV's Traditional forms wait for the dictionaries). */
function previewOf(page: HTMLElement): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const found = page.querySelector<HTMLElement>('.import-preview');
      if (found === null) throw new Error('no preview yet');
      return found;
    },
    { timeout: 10_000 },
  );
}

/** The api double, with a hand on the glossary watch: `elsewhere` saves terms as another page. */
function withOtherPage() {
  const fake = fakeOptionsApi();
  let listener: ((glossary: { revision: number; terms: Term[] }) => void) | null = null;
  fake.api.watchUserGlossary.mockImplementation((callback) => {
    listener = callback;
    return () => {
      listener = null;
    };
  });
  const elsewhere = async (terms: Term[]) => {
    fake.store.glossary = { revision: fake.store.glossary.revision + 1, terms };
    await act(async () => listener?.(structuredClone(fake.store.glossary)));
    await settle();
  };
  return { ...fake, elsewhere };
}

/** The backup the page exports, edited by `edit`, picked as the file to import. */
async function importEditedBackup(
  page: HTMLElement,
  downloads: { text: string }[],
  edit: (backup: {
    settings: Record<string, unknown>;
    userGlossary: { revision: number; terms: unknown[] };
  }) => void,
) {
  await click(button(page, en('backup_export_all')));
  const backup = JSON.parse(downloads.at(-1)!.text) as Parameters<typeof edit>[0];
  edit(backup);
  await pickFile(
    control(page, en('import_choose_backup_file')),
    'backup.json',
    JSON.stringify(backup),
  );
}

describe('options: glossary list', () => {
  it('lists user and built-in terms, and finds them by any form', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    expect(listed(page)).toEqual(['my-lab', 'nvidia', 'smic', 'cxmt']);
    const search = control(page, en('glossary_search'));
    // The Taiwan form, the Traditional form, English in another case.
    await type(search, '輝達');
    expect(listed(page)).toEqual(['nvidia']);
    await type(search, '長鑫');
    expect(listed(page)).toEqual(['cxmt']);
    await type(search, 'my lab');
    expect(listed(page)).toEqual(['my-lab']);
    await type(search, 'nothing like this');
    expect(listed(page)).toEqual([]);
    expect(textOf(byId(page, 'glossary-count'))).toBe(
      en('glossary_no_results', 'nothing like this'),
    );
  });

  it('shows the reader’s terms first, however many built-in terms fill the first page', async () => {
    const { api } = fakeOptionsApi();
    const pack = Array.from({ length: GLOSSARY_PAGE_SIZE + 50 }, (_, index) => ({
      ...BUILT_IN[1]!,
      id: `built-in-${index}`,
      hans: `内置${index}`,
      hant: `內建${index}`,
    }));
    api.builtInTerms.mockImplementation(async () => pack);
    const page = await open(api);
    expect(listed(page)).toHaveLength(GLOSSARY_PAGE_SIZE);
    expect(listed(page)[0]).toBe('my-lab');
    expect(() => button(page, en('glossary_edit_named', '我的实验室 (My Lab)'))).not.toThrow();
  });

  it('asks to go back to a built-in term in words of its own, not as a deletion', async () => {
    const customised = { ...BUILT_IN[0]!, hk: '英偉達' };
    const { api, store } = fakeOptionsApi({
      glossary: { revision: 3, terms: [USER_TERM, customised] },
    });
    const page = await open(api);
    await click(button(page, en('glossary_revert_named', '英伟达 (NVIDIA)')));
    const row = page.querySelector('.confirm-row') as HTMLElement;
    expect(row.getAttribute('aria-label')).toBe(en('glossary_revert_title'));
    expect(textOf(row)).toContain(en('glossary_revert_confirm', '英伟达'));
    expect(textOf(row)).not.toContain(en('glossary_delete_confirm', '英伟达'));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    await click(button(row, en('glossary_revert')));
    expect(store.glossary.terms).toEqual([USER_TERM]);
    // A term of the reader's own is still asked about as a deletion.
    await click(button(page, en('glossary_delete_named', '我的实验室 (My Lab)')));
    const deleting = page.querySelector('.confirm-row') as HTMLElement;
    expect(deleting.getAttribute('aria-label')).toBe(en('glossary_delete'));
    expect(textOf(deleting)).toContain(en('glossary_delete_confirm', '我的实验室'));
  });

  it('asks with Cancel focused, and Escape or Cancel keeps the term and gives the focus back', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    const remove = () => button(page, en('glossary_delete_named', '我的实验室 (My Lab)'));
    await askAndKeep(page, remove, en('action_cancel'));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(store.glossary.terms).toEqual([USER_TERM]);
  });

  it('turns a built-in term off and on again, as a setting', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_disable_named', '中芯国际 (SMIC)')));
    expect(store.settings.disabledBuiltInTerms).toEqual(['smic']);
    await click(button(page, en('glossary_enable_named', '中芯国际 (SMIC)')));
    expect(store.settings.disabledBuiltInTerms).toEqual([]);
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
  });

  it('deletes a user term only after confirming', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_delete_named', '我的实验室 (My Lab)')));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    const row = page.querySelector('.confirm-row') as HTMLElement;
    expect(textOf(row)).toContain(en('glossary_delete_confirm', '我的实验室'));
    await click(button(row, en('action_delete')));
    expect(store.glossary.terms).toEqual([]);
    expect(listed(page)).toEqual(['nvidia', 'smic', 'cxmt']);
    // The focus does not fall to the page: it goes to the row that took the deleted one's place,
    // on the button every row has and that acts on nothing without asking (not "Turn off").
    expect(document.activeElement).toBe(
      button(page, en('glossary_customise_named', '英伟达 (NVIDIA)')),
    );
  });

  /** Presses a button from the keyboard: it has the focus, and Enter on a button clicks it. */
  async function pressFromKeyboard(target: HTMLElement) {
    target.focus();
    expect(document.activeElement).toBe(target);
    await click(target);
  }

  it('keeps the focus on a term gone back to built-in, though its row moved', async () => {
    const customised = { ...BUILT_IN[1]!, hk: '中芯國際' };
    const { api, store } = fakeOptionsApi({
      glossary: { revision: 3, terms: [USER_TERM, customised] },
    });
    const page = await open(api);
    expect(listed(page)).toEqual(['my-lab', 'smic', 'nvidia', 'cxmt']);
    await pressFromKeyboard(button(page, en('glossary_revert_named', '中芯国际 (SMIC)')));
    const confirm = page.querySelector('.confirm-row') as HTMLElement;
    await pressFromKeyboard(button(confirm, en('glossary_revert')));
    expect(store.glossary.terms).toEqual([USER_TERM]);
    // The term went back to its place in the pack; the row now second is NVIDIA's.
    expect(listed(page)).toEqual(['my-lab', 'nvidia', 'smic', 'cxmt']);
    expect(document.activeElement).toBe(
      button(page, en('glossary_customise_named', '中芯国际 (SMIC)')),
    );
    // Enter again acts on the same term, never on the one that came into its old place.
    await click(document.activeElement as HTMLElement);
    expect(control(page, en('glossary_field_id')).value).toBe('smic');
    expect(store.settings.disabledBuiltInTerms).toEqual([]);
  });

  it('moves the focus to the row that took the place of a reverted term the page no longer shows', async () => {
    const pack = Array.from({ length: GLOSSARY_PAGE_SIZE + 50 }, (_, index) => ({
      ...BUILT_IN[1]!,
      id: `built-in-${index}`,
      hans: `内置${index}`,
      hant: `內建${index}`,
      en: `Built-in ${index}`,
    }));
    const customised = { ...pack[GLOSSARY_PAGE_SIZE + 20]!, hk: '內建' };
    const { api } = fakeOptionsApi({ glossary: { revision: 3, terms: [USER_TERM, customised] } });
    api.builtInTerms.mockImplementation(async () => pack);
    const page = await open(api);
    const name = `${customised.hans} (${customised.en})`;
    await pressFromKeyboard(button(page, en('glossary_revert_named', name)));
    const confirm = page.querySelector('.confirm-row') as HTMLElement;
    await pressFromKeyboard(button(confirm, en('glossary_revert')));
    // Back in the pack, beyond the first page: the row after it moved up into its place.
    expect(listed(page)).not.toContain(customised.id);
    expect(listed(page).slice(0, 2)).toEqual(['my-lab', 'built-in-0']);
    expect(document.activeElement).toBe(
      button(page, en('glossary_customise_named', '内置0 (Built-in 0)')),
    );
  });

  it('moves the focus to the row that comes up from the next page after the last shown is deleted', async () => {
    const many = Array.from({ length: GLOSSARY_PAGE_SIZE }, (_, index) => ({
      ...USER_TERM,
      id: `lab-${index}`,
      hans: `实验室${index}`,
      en: `Lab ${index}`,
    }));
    const { api } = fakeOptionsApi({ glossary: { revision: 3, terms: many } });
    const page = await open(api);
    const last = many[GLOSSARY_PAGE_SIZE - 1]!;
    expect(listed(page).at(-1)).toBe(last.id);
    await pressFromKeyboard(button(page, en('glossary_delete_named', `${last.hans} (${last.en})`)));
    await pressFromKeyboard(button(page.querySelector('.confirm-row')!, en('action_delete')));
    // The first built-in term moved up into the deleted row's place.
    expect(listed(page).at(-1)).toBe(BUILT_IN[0]!.id);
    expect(document.activeElement).toBe(
      button(page, en('glossary_customise_named', '英伟达 (NVIDIA)')),
    );
  });

  it('moves the focus to the row before a deleted last row, and with none left to the search', async () => {
    const secondLab = { ...USER_TERM, id: 'second-lab', hans: '第二实验室', en: 'Second Lab' };
    const { api } = fakeOptionsApi({ glossary: { revision: 3, terms: [USER_TERM, secondLab] } });
    const page = await open(api);
    await type(control(page, en('glossary_search')), 'lab');
    expect(listed(page)).toEqual(['my-lab', 'second-lab']);
    await pressFromKeyboard(button(page, en('glossary_delete_named', '第二实验室 (Second Lab)')));
    await pressFromKeyboard(button(page.querySelector('.confirm-row')!, en('action_delete')));
    expect(listed(page)).toEqual(['my-lab']);
    expect(document.activeElement).toBe(
      button(page, en('glossary_edit_named', '我的实验室 (My Lab)')),
    );
    await pressFromKeyboard(button(page, en('glossary_delete_named', '我的实验室 (My Lab)')));
    await pressFromKeyboard(button(page.querySelector('.confirm-row')!, en('action_delete')));
    expect(listed(page)).toEqual([]);
    expect(document.activeElement).toBe(control(page, en('glossary_search')));
  });
});

describe('options: glossary list, the forms a term is named by', () => {
  const flagship: Term = {
    id: 'flagship-model',
    hans: '旗舰模型',
    hant: '旗艦模型',
    en: 'flagship model',
    category: 'technology',
    definition: { en: 'A lab’s best model.', hans: '最好的模型。', hant: '最好的模型。' },
  };
  const inLanguage = (uiLanguage: 'zh_CN' | 'zh_TW') => ({ ...defaultSettings(), uiLanguage });

  it('asks and says in the Traditional interface with the Traditional form', async () => {
    const tw = (key: Parameters<typeof translate>[1], subs?: string) =>
      translate('zh_TW', key, subs);
    const { api, store } = fakeOptionsApi({
      settings: inLanguage('zh_TW'),
      glossary: { revision: 1, terms: [USER_TERM, flagship] },
    });
    const page = await open(api);
    const row = () => page.querySelector<HTMLElement>('li[data-term-id="flagship-model"]')!;
    await click(row().querySelector<HTMLElement>('[data-term-edit]')!);
    await click(button(termForm(page)!, tw('action_save')));
    expect(saveStatus(page)).toBe('已儲存「旗艦模型」。');

    await click(button(row(), tw('action_delete')));
    const confirm = page.querySelector<HTMLElement>('.confirm-row')!;
    expect(textOf(confirm)).toContain('要刪除「旗艦模型」嗎？');
    await click(button(confirm, tw('action_delete')));
    expect(store.glossary.terms).toEqual([USER_TERM]);
    expect(saveStatus(page)).toBe('已刪除「旗艦模型」。');
    expect(textOf(page)).not.toContain('旗舰模型');
  });

  it('labels a term’s buttons with the form in the interface’s script', async () => {
    const tw = (key: Parameters<typeof translate>[1], subs?: string) =>
      translate('zh_TW', key, subs);
    const { api } = fakeOptionsApi({
      settings: inLanguage('zh_TW'),
      glossary: { revision: 1, terms: [flagship] },
    });
    const page = await open(api);
    for (const key of ['glossary_edit_named', 'glossary_delete_named'] as const) {
      expect(() => button(page, tw(key, '旗艦模型 (flagship model)'))).not.toThrow();
    }
  });

  it('names the terms of an import in the interface’s script', async () => {
    const { api } = fakeOptionsApi({
      settings: inLanguage('zh_TW'),
      glossary: { revision: 1, terms: [] },
    });
    const page = await open(api);
    const tw = (key: Parameters<typeof translate>[1], subs?: string) =>
      translate('zh_TW', key, subs);
    await pickFile(
      control(page, tw('import_choose_glossary_file')),
      'terms.json',
      exportGlossaryJson([flagship]),
    );
    const preview = page.querySelector('.import-preview') as HTMLElement;
    expect(textOf(preview)).toContain('旗艦模型');
    expect(textOf(preview)).not.toContain('旗舰模型');
    expect(preview.querySelector('[lang="zh-Hant"]')?.textContent).toBe('旗艦模型');
  });

  it('asks in the Simplified interface with the Simplified form', async () => {
    const cn = (key: Parameters<typeof translate>[1], subs?: string) =>
      translate('zh_CN', key, subs);
    const { api } = fakeOptionsApi({
      settings: inLanguage('zh_CN'),
      glossary: { revision: 1, terms: [flagship] },
    });
    const page = await open(api);
    await click(button(page, cn('glossary_delete_named', '旗舰模型 (flagship model)')));
    expect(textOf(page.querySelector('.confirm-row')!)).toContain('要删除“旗舰模型”吗？');
  });

  it('lists the Hong Kong form of a term, as the Taiwan one, once', async () => {
    const regional: Term = {
      ...flagship,
      id: 'regional',
      hans: '出租车',
      hant: '出租車',
      tw: '計程車',
      hk: '的士',
      en: 'taxi',
    };
    const sameInBoth: Term = { ...BUILT_IN[0]!, id: 'same', hk: '輝達' };
    const { api } = fakeOptionsApi({ glossary: { revision: 1, terms: [regional, sameInBoth] } });
    const page = await open(api);
    const forms = (id: string) =>
      page.querySelector(`.terms > li[data-term-id="${id}"] .term-forms`)!;
    const hk = forms('regional').querySelector('[lang="zh-Hant-HK"]');
    expect(textOf(hk!)).toBe('· 的士');
    expect(textOf(forms('regional'))).toBe('出租车 · 出租車 · 計程車 · 的士 · taxi');
    // Taiwan and Hong Kong write it alike: shown once.
    expect(textOf(forms('same'))).toBe('英伟达 · 英偉達 · 輝達 · NVIDIA');
  });
});

describe('options: glossary list, beyond the first page', () => {
  const pack = Array.from({ length: 2 * GLOSSARY_PAGE_SIZE + 50 }, (_, index) => ({
    ...BUILT_IN[1]!,
    id: `built-in-${index}`,
    hans: `内置${index}`,
    hant: `內建${index}`,
    en: `Built-in ${index}`,
  }));
  const total = pack.length + 1;
  const showMoreText = new RegExp(`^${en('glossary_show_more', '\\d+')}$`);
  const showMoreButtons = (page: HTMLElement) =>
    [...page.querySelectorAll('button')].filter((found) => showMoreText.test(textOf(found)));

  it('shows more terms on request until the whole list is shown, from the keyboard', async () => {
    const { api } = fakeOptionsApi();
    api.builtInTerms.mockImplementation(async () => pack);
    const page = await open(api);
    expect(listed(page)).toHaveLength(GLOSSARY_PAGE_SIZE);
    expect(textOf(byId(page, 'glossary-count'))).toBe(
      en('glossary_showing', [String(GLOSSARY_PAGE_SIZE), String(total)]),
    );

    const more = button(page, en('glossary_show_more', String(GLOSSARY_PAGE_SIZE)));
    expect(showMoreButtons(page)).toEqual([more]);
    expect(more.type).toBe('button');
    more.focus();
    await click(more);
    expect(listed(page)).toHaveLength(2 * GLOSSARY_PAGE_SIZE);
    expect(textOf(byId(page, 'glossary-count'))).toBe(
      en('glossary_showing', [String(2 * GLOSSARY_PAGE_SIZE), String(total)]),
    );
    // The reader goes on at the first row added.
    const firstAdded = pack[GLOSSARY_PAGE_SIZE - 1]!;
    expect(listed(page)[GLOSSARY_PAGE_SIZE]).toBe(firstAdded.id);
    expect(document.activeElement).toBe(
      button(page, en('glossary_customise_named', `${firstAdded.hans} (${firstAdded.en})`)),
    );

    await click(button(page, en('glossary_show_more', String(total - 2 * GLOSSARY_PAGE_SIZE))));
    expect(listed(page)).toHaveLength(total);
    expect(listed(page).at(-1)).toBe(pack.at(-1)!.id);
    expect(textOf(byId(page, 'glossary-count'))).toBe(en('glossary_count', String(total)));
    expect(showMoreButtons(page)).toEqual([]);
  });

  it('offers the keyboard a way past the list, to import and export', async () => {
    const { api } = fakeOptionsApi();
    api.builtInTerms.mockImplementation(async () => pack);
    const page = await open(api);
    const skip = button(page, en('glossary_skip_list'));
    expect(skip.type).toBe('button');
    // Next after the search field and the count, before the first row's buttons.
    const focusable = [...page.querySelectorAll<HTMLElement>('input, button')];
    expect(focusable.indexOf(skip)).toBe(focusable.indexOf(byId(page, 'glossary-search')) + 1);
    skip.focus();
    await click(skip);
    expect(document.activeElement).toBe(byId(page, 'glossary-import-heading'));
    expect(textOf(byId(page, 'glossary-import-heading'))).toBe(en('glossary_import'));
  });

  it('keeps the focus where it can act while the term form is open', async () => {
    const { api } = fakeOptionsApi();
    api.builtInTerms.mockImplementation(async () => pack);
    const page = await open(api);
    await click(button(page, en('glossary_add')));
    const more = button(page, en('glossary_show_more', String(GLOSSARY_PAGE_SIZE)));
    more.focus();
    await click(more);
    expect(listed(page)).toHaveLength(2 * GLOSSARY_PAGE_SIZE);
    expect(document.activeElement).toBe(showMoreButtons(page)[0]);
    await click(showMoreButtons(page)[0]!);
    expect(listed(page)).toHaveLength(total);
    expect(document.activeElement).toBe(control(page, en('glossary_search')));
  });

  it('starts a new search at its first page', async () => {
    const { api } = fakeOptionsApi();
    api.builtInTerms.mockImplementation(async () => pack);
    const page = await open(api);
    await click(button(page, en('glossary_show_more', String(GLOSSARY_PAGE_SIZE))));
    expect(listed(page)).toHaveLength(2 * GLOSSARY_PAGE_SIZE);
    await type(control(page, en('glossary_search')), '内置');
    expect(listed(page)).toHaveLength(GLOSSARY_PAGE_SIZE);
    expect(() => button(page, en('glossary_show_more', String(GLOSSARY_PAGE_SIZE)))).not.toThrow();
  });
});

describe('options: term form', () => {
  async function fill(page: HTMLElement, fields: Record<string, string>) {
    for (const [label, value] of Object.entries(fields)) {
      await type(control<HTMLInputElement | HTMLTextAreaElement>(page, label), value);
    }
  }

  it('shows an error under each field that needs one, and saves nothing', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_add')));
    await fill(page, {
      [en('glossary_field_id')]: 'Not An Id',
      [en('glossary_field_link')]: 'http://x',
    });
    await click(button(page, en('action_add')));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    const errorOf = (label: string) => {
      const field = control(page, label);
      expect(field.getAttribute('aria-invalid'), label).toBe('true');
      const id = field.getAttribute('aria-describedby')!.split(' ')[0]!;
      return textOf(byId(page, id));
    };
    expect(errorOf(en('glossary_field_id'))).toBe(en('glossary_error_id'));
    expect(errorOf(en('glossary_field_hans'))).toBe(en('glossary_error_form_missing'));
    expect(errorOf(en('glossary_field_link'))).toBe(en('glossary_error_link'));
    // Optional fields left empty are not errors.
    expect(control(page, en('glossary_field_tw')).hasAttribute('aria-invalid')).toBe(false);
    // The first field to fix has the focus: the written form, which comes before the id.
    expect(document.activeElement).toBe(control(page, en('glossary_field_hans')));
  });

  it('opens with the focus on the Simplified form, the optional id after the category', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_add')));
    const hans = control(page, en('glossary_field_hans'));
    expect(document.activeElement).toBe(hans);
    // In the tab order (the document's: no field sets a tabindex), the fields the reader must
    // or may type come first, the id after the category.
    const order = [
      ...page.querySelectorAll<HTMLElement>(
        '.term-form input, .term-form select, .term-form textarea',
      ),
    ];
    expect(order.some((element) => element.hasAttribute('tabindex'))).toBe(false);
    expect(order[0]).toBe(hans);
    expect(order[1]).toBe(control(page, en('glossary_field_hant')));
    const at = (label: string) => order.indexOf(control(page, label));
    expect(at(en('glossary_field_id'))).toBe(at(en('glossary_field_category')) + 1);
  });

  it('focuses an invalid id when it is the only field to fix', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_add')));
    await fill(page, {
      [en('glossary_field_hans')]: '寒武纪',
      [en('glossary_field_hant')]: '寒武紀',
      [en('glossary_field_id')]: 'Not An Id',
    });
    await fill(page.querySelectorAll('fieldset')[0]!, {
      [en('glossary_in_english')]: 'A chip designer.',
    });
    await click(button(page, en('action_add')));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(control(page, en('glossary_field_id')));
  });

  it('an empty form asks for a written form and a definition, not for the id it can make', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_add')));
    await click(button(page, en('action_add')));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(
      [...page.querySelectorAll('.term-form .field-error')].map((error) => textOf(error)),
    ).toEqual([en('glossary_error_form_missing'), en('glossary_error_definition_missing')]);
    expect(control(page, en('glossary_field_id')).hasAttribute('aria-invalid')).toBe(false);
    expect(document.activeElement).toBe(control(page, en('glossary_field_hans')));
  });

  it('adds a valid term to the user glossary', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_add')));
    await fill(page, {
      [en('glossary_field_id')]: newTerm.id,
      [en('glossary_field_hans')]: newTerm.hans,
      [en('glossary_field_hant')]: newTerm.hant,
      [en('glossary_field_en')]: newTerm.en!,
    });
    await choose(control<HTMLSelectElement>(page, en('glossary_field_category')), 'technology');
    const definition = page.querySelectorAll('fieldset')[0]!;
    await fill(definition, {
      [en('glossary_in_english')]: newTerm.definition.en,
      [en('glossary_in_simplified')]: newTerm.definition.hans,
      [en('glossary_in_traditional')]: newTerm.definition.hant,
    });
    await click(button(page, en('action_add')));
    expect(store.glossary.terms).toEqual([USER_TERM, newTerm]);
    expect(textOf(byId(page, 'save-status'))).toBe(en('glossary_term_saved', newTerm.hans));
    expect(page.querySelector('.term-form')).toBeNull();
  });

  it('refuses an id another of the user’s terms already has', async () => {
    const { api } = fakeOptionsApi({ glossary: { revision: 1, terms: [USER_TERM, newTerm] } });
    const page = await open(api);
    await click(button(page, en('glossary_edit_named', '第四代高带宽内存 (HBM4)')));
    await type(control(page, en('glossary_field_id')), USER_TERM.id);
    await click(button(page, en('action_save')));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(textOf(page.querySelector('.term-form .field-error')!)).toBe(
      en('glossary_error_id_taken', USER_TERM.id),
    );
  });

  it('refuses a written form another of the user’s terms has, so that the export imports back', async () => {
    const { api } = fakeOptionsApi({ glossary: { revision: 1, terms: [USER_TERM, newTerm] } });
    const page = await open(api);
    await click(button(page, en('glossary_edit_named', '第四代高带宽内存 (HBM4)')));
    await type(control(page, en('glossary_field_aliases')), USER_TERM.hans);
    await click(button(page, en('action_save')));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(textOf(page.querySelector('.term-form .field-error')!)).toBe(
      en('glossary_error_form_taken', [USER_TERM.hans, USER_TERM.id]),
    );
    expect(control(page, en('glossary_field_aliases')).getAttribute('aria-invalid')).toBe('true');
  });

  it('customises a built-in term as a user term with its id', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_customise_named', '英伟达 (NVIDIA)')));
    expect(control(page, en('glossary_field_id')).value).toBe('nvidia');
    await type(control(page, en('glossary_field_hk')), '英偉達');
    await click(button(page, en('action_save')));
    expect(store.glossary.terms.at(-1)).toEqual({ ...BUILT_IN[0], hk: '英偉達' });
    // It now replaces the built-in one in the list, among the reader's terms; it offers to go back.
    expect(listed(page)).toEqual(['my-lab', 'nvidia', 'smic', 'cxmt']);
    expect(() => button(page, en('glossary_revert_named', '英伟达 (NVIDIA)'))).not.toThrow();
  });
});

describe('options: the term form', () => {
  it('keeps a change made in another window to the term being edited, and what was typed', async () => {
    const { api, store, elsewhere } = withOtherPage();
    const page = await open(api);
    await click(button(page, en('glossary_edit_named', '我的实验室 (My Lab)')));
    await type(control(page, en('glossary_field_en')), 'My Laboratory');
    // Meanwhile another window gives the term a Hong Kong form and saves it.
    const theirs = { ...USER_TERM, hk: '我的實驗室' };
    await elsewhere([theirs]);
    await click(button(termForm(page)!, en('action_save')));
    expect(store.glossary.terms).toEqual([theirs]);
    expect(saveStatus(page)).toBe(en('glossary_edit_conflict_changed', '我的实验室'));
    expect(saveStatus(page)).not.toBe(en('glossary_term_saved', '我的实验室'));
    expect(control(page, en('glossary_field_en')).value).toBe('My Laboratory');
    // Told, the reader may save again: that replaces the other version with theirs, knowingly.
    await click(button(termForm(page)!, en('action_save')));
    expect(store.glossary.terms).toEqual([{ ...USER_TERM, en: 'My Laboratory' }]);
    expect(termForm(page)).toBeNull();
  });

  it('does not bring back a term deleted in another window while its form was open', async () => {
    const { api, store, elsewhere } = withOtherPage();
    const page = await open(api);
    await click(button(page, en('glossary_edit_named', '我的实验室 (My Lab)')));
    await type(control(page, en('glossary_field_en')), 'My Laboratory');
    await elsewhere([]);
    await click(button(termForm(page)!, en('action_save')));
    expect(store.glossary.terms).toEqual([]);
    expect(saveStatus(page)).toBe(en('glossary_edit_conflict_deleted', '我的实验室'));
    expect(control(page, en('glossary_field_en')).value).toBe('My Laboratory');
  });

  it('does not let a customised built-in term from another window be overwritten', async () => {
    const { api, store, elsewhere } = withOtherPage();
    const page = await open(api);
    await click(button(page, en('glossary_customise_named', '英伟达 (NVIDIA)')));
    await type(control(page, en('glossary_field_hk')), '英偉達');
    const theirs = { ...BUILT_IN[0]!, en: 'Nvidia' };
    await elsewhere([USER_TERM, theirs]);
    await click(button(termForm(page)!, en('action_save')));
    expect(store.glossary.terms).toEqual([USER_TERM, theirs]);
    expect(saveStatus(page)).toBe(en('glossary_edit_conflict_changed', '英伟达'));
  });

  it('saves over a change in another window to another term', async () => {
    const { api, store, elsewhere } = withOtherPage();
    const page = await open(api);
    await click(button(page, en('glossary_edit_named', '我的实验室 (My Lab)')));
    await type(control(page, en('glossary_field_en')), 'My Laboratory');
    await elsewhere([USER_TERM, newTerm]);
    await click(button(termForm(page)!, en('action_save')));
    expect(store.glossary.terms).toEqual([{ ...USER_TERM, en: 'My Laboratory' }, newTerm]);
    expect(saveStatus(page)).toBe(en('glossary_term_saved', '我的实验室'));
  });

  it('keeps the open form from being replaced or its term deleted by the other rows', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_add')));
    await type(control(page, en('glossary_field_hans')), '第四代');
    const names = [
      en('glossary_edit_named', '我的实验室 (My Lab)'),
      en('glossary_delete_named', '我的实验室 (My Lab)'),
      en('glossary_customise_named', '英伟达 (NVIDIA)'),
    ];
    const hint = en('glossary_form_open_hint');
    for (const name of names) {
      const other = button(page, name);
      expect(other.disabled, name).toBe(true);
      // Why they are off is said, to screen readers too.
      expect(textOf(byId(page, other.getAttribute('aria-describedby')!))).toBe(hint);
      await click(other);
    }
    expect(control(page, en('glossary_field_hans')).value).toBe('第四代');
    // Turning a built-in term off does not touch the form: it stays on.
    expect(button(page, en('glossary_disable_named', '中芯国际 (SMIC)')).disabled).toBe(false);
    await click(button(termForm(page)!, en('action_cancel')));
    for (const name of names) expect(button(page, name).disabled, name).toBe(false);
    expect(textOf(page)).not.toContain(hint);
  });

  it('gives the focus back to the button the form was opened from', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('glossary_edit_named', '我的实验室 (My Lab)')));
    expect(termForm(page)!.contains(document.activeElement)).toBe(true);
    await click(button(termForm(page)!, en('action_cancel')));
    expect(document.activeElement).toBe(
      button(page, en('glossary_edit_named', '我的实验室 (My Lab)')),
    );
    // Customised and saved, the built-in term's row offers Edit now: the focus is there.
    await click(button(page, en('glossary_customise_named', '英伟达 (NVIDIA)')));
    await type(control(page, en('glossary_field_hk')), '英偉達');
    await click(button(termForm(page)!, en('action_save')));
    expect(document.activeElement).toBe(button(page, en('glossary_edit_named', '英伟达 (NVIDIA)')));
    // A term customised moves up among the reader's: the focus follows it, not its old place.
    await click(button(page, en('glossary_customise_named', '长鑫存储 (CXMT)')));
    await type(control(page, en('glossary_field_hk')), '長鑫存儲');
    await click(button(termForm(page)!, en('action_save')));
    expect(listed(page)).toEqual(['my-lab', 'nvidia', 'cxmt', 'smic']);
    expect(document.activeElement).toBe(button(page, en('glossary_edit_named', '长鑫存储 (CXMT)')));
    // A new term's form goes back to "Add term".
    await click(button(page, en('glossary_add')));
    await click(button(termForm(page)!, en('action_cancel')));
    expect(document.activeElement).toBe(button(page, en('glossary_add')));
  });

  describe('Escape in the term form', () => {
    /** Presses Escape in `target` as a keyboard does (`init`: an IME composing, say). */
    async function escape(target: Element, init: KeyboardEventInit = {}) {
      await act(() => {
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, ...init }),
        );
      });
      await settle();
    }
    const discardQuestion = (page: HTMLElement) =>
      page.querySelector<HTMLElement>(
        `[role="group"][aria-label="${en('glossary_discard_confirm')}"]`,
      );

    it('cancels an unchanged form, and gives the focus back to the button that opened it', async () => {
      const { api } = fakeOptionsApi();
      const page = await open(api);
      const edit = () => button(page, en('glossary_edit_named', '我的实验室 (My Lab)'));
      await click(edit());
      await escape(document.activeElement!);
      expect(termForm(page)).toBeNull();
      expect(document.activeElement).toBe(edit());
      await click(button(page, en('glossary_add')));
      await escape(control(page, en('glossary_field_en')));
      expect(termForm(page)).toBeNull();
      expect(document.activeElement).toBe(button(page, en('glossary_add')));
      // Typed and typed back: nothing to lose.
      await click(edit());
      await type(control(page, en('glossary_field_en')), 'My Lab 2');
      await type(control(page, en('glossary_field_en')), 'My Lab');
      await escape(control(page, en('glossary_field_en')));
      expect(termForm(page)).toBeNull();
      expect(api.saveUserGlossary).not.toHaveBeenCalled();
    });

    it('asks before it drops unsaved typing; Escape again keeps editing', async () => {
      const { api, store } = fakeOptionsApi();
      const page = await open(api);
      await click(button(page, en('glossary_add')));
      const hans = control(page, en('glossary_field_hans'));
      await type(hans, '第四代');
      await escape(hans);
      // Still open, with its typing; the question's safe answer has the focus.
      expect(hans.value).toBe('第四代');
      const question = discardQuestion(page)!;
      expect(textOf(question)).toContain(en('glossary_discard_confirm'));
      expect(document.activeElement).toBe(button(question, en('glossary_keep_editing')));
      await escape(document.activeElement!);
      expect(discardQuestion(page)).toBeNull();
      expect(document.activeElement).toBe(hans);
      expect(hans.value).toBe('第四代');
      // Asked again, "Keep editing" does the same.
      await escape(hans);
      await click(button(discardQuestion(page)!, en('glossary_keep_editing')));
      expect(discardQuestion(page)).toBeNull();
      expect(document.activeElement).toBe(hans);
      // Discarded: closed as Cancel closes it, nothing saved.
      await escape(hans);
      await click(button(discardQuestion(page)!, en('glossary_discard')));
      expect(termForm(page)).toBeNull();
      expect(document.activeElement).toBe(button(page, en('glossary_add')));
      expect(store.glossary.terms).toEqual([USER_TERM]);
      expect(api.saveUserGlossary).not.toHaveBeenCalled();
    });

    it('is left to a select, and to an input method composing', async () => {
      const { api } = fakeOptionsApi();
      const page = await open(api);
      await click(button(page, en('glossary_add')));
      await escape(control<HTMLSelectElement>(page, en('glossary_field_category')));
      expect(termForm(page)).not.toBeNull();
      await escape(control(page, en('glossary_field_hans')), { isComposing: true });
      expect(termForm(page)).not.toBeNull();
      await escape(control(page, en('glossary_field_hans')), { keyCode: 229 });
      expect(termForm(page)).not.toBeNull();
      expect(discardQuestion(page)).toBeNull();
    });
  });
});

describe('options: glossary import and export', () => {
  it('previews an import, and applies it only when asked', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    const changed = { ...USER_TERM, en: 'My Laboratory' };
    const file = exportGlossaryJson([changed, newTerm]);
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.json', file);
    const preview = page.querySelector('.import-preview') as HTMLElement;
    expect(textOf(preview)).toContain(en('glossary_import_summary', ['1', '1', '0']));
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    // The focus is on the preview, whose title a screen reader reads.
    await vi.waitFor(() =>
      expect(page.ownerDocument.activeElement?.id).toBe('glossary-preview-heading'),
    );
    await click(button(preview, en('action_apply')));
    expect(store.glossary.terms).toEqual([changed, newTerm]);
    expect(page.querySelector('.import-preview')).toBeNull();
  });

  it('says in the preview which new terms replace a built-in one', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    const ownNvidia = { ...BUILT_IN[0]!, en: 'Nvidia Corporation' };
    await pickFile(
      control(page, en('import_choose_glossary_file')),
      'terms.json',
      exportGlossaryJson([ownNvidia, newTerm]),
    );
    const rows = [...page.querySelectorAll('.import-preview .preview-list li')].map((row) => [
      textOf(row.querySelector('.badge')!),
      row.querySelector('code')?.textContent,
    ]);
    expect(rows).toEqual([
      [en('import_replaces_built_in'), 'nvidia'],
      [en('import_new'), newTerm.id],
    ]);
  });

  it('makes the preview again when a term is saved in another page, and does not add it twice', async () => {
    const { api, store, elsewhere } = withOtherPage();
    const page = await open(api);
    await pickFile(
      control(page, en('import_choose_glossary_file')),
      'terms.json',
      exportGlossaryJson([newTerm]),
    );
    expect(textOf(page.querySelector('.import-preview') as HTMLElement)).toContain(
      en('glossary_import_summary', ['1', '0', '0']),
    );
    // The same term is added from the "Add to glossary" menu, in another tab.
    await elsewhere([USER_TERM, newTerm]);
    expect(listed(page)).toContain('hbm4');
    const preview = page.querySelector('.import-preview') as HTMLElement;
    expect(textOf(preview)).toContain(en('glossary_import_summary', ['0', '0', '1']));
    await click(button(preview, en('action_apply')));
    expect(store.glossary.terms.map((term) => term.id)).toEqual(['my-lab', 'hbm4']);
  });

  it('stores an import once when Apply is clicked twice', async () => {
    const { api, store } = fakeOptionsApi();
    const answers: (() => void)[] = [];
    const save = api.saveUserGlossary.getMockImplementation()!;
    api.saveUserGlossary.mockImplementation(async (terms, expectedRevision) => {
      await new Promise<void>((resolve) => answers.push(resolve));
      return save(terms, expectedRevision);
    });
    const page = await open(api);
    await pickFile(
      control(page, en('import_choose_glossary_file')),
      'terms.json',
      exportGlossaryJson([newTerm]),
    );
    const apply = button(page.querySelector('.import-preview') as HTMLElement, en('action_apply'));
    await click(apply);
    expect(apply.disabled).toBe(true);
    await click(apply);
    answers.forEach((answer) => answer());
    await settle();
    expect(api.saveUserGlossary).toHaveBeenCalledTimes(1);
    expect(store.glossary.terms.map((term) => term.id)).toEqual(['my-lab', 'hbm4']);
    expect(textOf(byId(page, 'save-status'))).toBe(en('glossary_import_done', ['1', '0']));
    // The preview is gone; the focus is back on the file picker, not on the page.
    expect(document.activeElement).toBe(control(page, en('import_choose_glossary_file')));
  });

  it('cancels a previewed import without storing anything', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await pickFile(
      control(page, en('import_choose_glossary_file')),
      'terms.json',
      exportGlossaryJson([newTerm]),
    );
    await click(button(page.querySelector('.import-preview') as HTMLElement, en('action_cancel')));
    expect(page.querySelector('.import-preview')).toBeNull();
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
  });

  it('says nothing of a built-in term beside an update, which keeps its place', async () => {
    // The reader's own term already has a built-in term's name; the file updates its definition.
    const mine: Term = { ...USER_TERM, id: 'my-nv', hans: '英伟达', hant: '英偉達', en: 'My NV' };
    const { api } = fakeOptionsApi({ glossary: { revision: 3, terms: [mine] } });
    const page = await open(api);
    const updated = { ...mine, definition: { ...mine.definition, en: 'Changed.' } };
    await pickFile(
      control(page, en('import_choose_glossary_file')),
      'terms.json',
      exportGlossaryJson([updated]),
    );
    const preview = await previewOf(page);
    expect(textOf(preview.querySelector('.preview-list li .badge')!)).toBe(en('import_updated'));
    expect(preview.querySelector('.preview-shares')).toBeNull();
  });

  it('marks each Chinese text of the import preview with its lang', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    const csv = [
      'hans,hant,tw,en,category,definition_en',
      // Its Traditional form filled in; it shares its Simplified form with a built-in term.
      '英伟达,,,NVIDIA,company,Mine.',
      // Its Simplified form filled in; it shares Taiwan's form with the same built-in term.
      ',輝達科技,輝達,NV Tech,company,Mine too.',
      '',
    ].join('\n');
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.csv', csv);
    const preview = await previewOf(page);
    // Every text with a Han character, in the English UI, and the lang it is read in.
    const walker = page.ownerDocument.createTreeWalker(preview, NodeFilter.SHOW_TEXT);
    const marked: [string, string | null][] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (!/\p{Script=Han}/u.test(node.textContent ?? '')) continue;
      marked.push([
        node.textContent!,
        node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? null,
      ]);
    }
    expect(marked).toEqual([
      // The term's name, what was filled in, and the built-in term it goes beside.
      ['英伟达', 'zh-Hans'],
      ['英偉達', 'zh-Hant'],
      ['英伟达', 'zh-Hans'],
      ['英伟达', 'zh-Hans'],
      ['英伟达', 'zh-Hans'],
      ['辉达科技', 'zh-Hans'],
      ['辉达科技', 'zh-Hans'],
      ['英伟达', 'zh-Hans'],
      ['輝達', 'zh-Hant-TW'],
      ['輝達', 'zh-Hant-TW'],
    ]);
  });

  it('fills in what a short CSV leaves out, and shows it in the preview before storing it', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    const csv = [
      'hans,en,category,definition_en',
      '旗舰模型,Flagship Model,term,The strongest model of a lab.',
      // The name of a built-in term: a term beside it, not in its place.
      '英伟达,NVIDIA,company,My own notes on NVIDIA.',
      '',
    ].join('\r\n');
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.csv', csv);
    // The Traditional forms wait for the converter's dictionaries.
    const preview = await previewOf(page);
    expect(textOf(preview)).toContain(en('glossary_import_filled', '2'));
    const rows = [...preview.querySelectorAll('.preview-list li')].map((row) => [
      textOf(row.querySelector('.badge')!),
      row.querySelector('code')?.textContent,
      textOf(row.querySelector('.preview-filled')!),
    ]);
    const filled = (id: string, hant: string) =>
      `${en('import_filled_in')}: ${en('glossary_field_id')} ${id}, ${en('glossary_field_hant')} ${hant}`;
    expect(rows).toEqual([
      [en('import_new'), 'flagship-model', filled('flagship-model', '旗艦模型')],
      // Added beside the built-in term, which it takes the place of on pages: said as the term
      // form says it.
      [en('import_beside_built_in'), 'nvidia-2', filled('nvidia-2', '英偉達')],
    ]);
    const shares = [...preview.querySelectorAll('.preview-list li')].map((row) =>
      row.querySelector('.preview-shares') === null
        ? null
        : textOf(row.querySelector('.preview-shares')!),
    );
    expect(shares).toEqual([null, en('import_shares_built_in', ['英伟达 (nvidia)', '英伟达'])]);
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    await click(button(preview, en('action_apply')));
    expect(store.glossary.terms).toEqual([
      USER_TERM,
      {
        id: 'flagship-model',
        hans: '旗舰模型',
        hant: '旗艦模型',
        en: 'Flagship Model',
        category: 'term',
        definition: { en: 'The strongest model of a lab.' },
      },
      {
        id: 'nvidia-2',
        hans: '英伟达',
        hant: '英偉達',
        en: 'NVIDIA',
        category: 'company',
        definition: { en: 'My own notes on NVIDIA.' },
      },
    ]);
  });

  it('names a row without a written form as the term form does, and changes nothing', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    const csv = 'hans,hant,en,category,definition_en\r\n,,Nameless,term,No written form.\r\n';
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.csv', csv);
    const items = [...page.querySelectorAll('#glossary-import-errors li')].map(textOf);
    expect(items).toEqual([
      `${en('import_line', '2')}, ${en('import_field', 'hans')}: ${en('glossary_error_form_missing')}`,
    ]);
    expect(page.querySelector('.import-preview')).toBeNull();
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
  });

  it('lists the errors of a bad file with line and field, and changes nothing', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    const good = exportGlossaryCsv([newTerm], { bom: false }).trimEnd().split('\r\n');
    // Line 3: a category the schema does not have.
    const bad = good[1]!.replace(',technology,', ',gadget,');
    await pickFile(
      control(page, en('import_choose_glossary_file')),
      'terms.csv',
      [good[0], good[1]!.replace('hbm4', 'hbm4-a'), bad].join('\r\n'),
    );
    const errors = page.querySelector('#glossary-import-errors') as HTMLElement;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(textOf(errors)).toContain(en('glossary_import_errors'));
    const items = [...errors.querySelectorAll('li')].map((item) => textOf(item));
    expect(
      items.some((item) =>
        item.startsWith(`${en('import_line', '3')}, ${en('import_field', 'category')}:`),
      ),
    ).toBe(true);
    expect(page.querySelector('.import-preview')).toBeNull();
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(api.changeSettings).not.toHaveBeenCalled();
  });

  it('names the line the CSV header is really on, after blank lines and Excel’s sep=, line', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    const good = exportGlossaryCsv([newTerm], { bom: false }).trimEnd().split('\r\n');
    await pickFile(
      control(page, en('import_choose_glossary_file')),
      'terms.csv',
      ['sep=,', '', `${good[0]},colour`, `${good[1]},red`].join('\r\n'),
    );
    const items = [...page.querySelectorAll('#glossary-import-errors li')].map(textOf);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(
      new RegExp(`^${en('import_line', '3')}, ${en('import_field', 'colour')}:`),
    );
  });

  it('exports the user’s terms as JSON and CSV that import back unchanged', async () => {
    const { api, downloads } = fakeOptionsApi({
      glossary: { revision: 1, terms: [USER_TERM, newTerm] },
    });
    const page = await open(api);
    await click(button(page, en('glossary_export_json')));
    await click(button(page, en('glossary_export_csv')));
    expect(downloads.map((file) => [file.name, file.mimeType])).toEqual([
      ['jianfan-glossary-2025-06-01.json', 'application/json'],
      ['jianfan-glossary-2025-06-01.csv', 'text/csv;charset=utf-8'],
    ]);
    for (const file of downloads) {
      const back = parseGlossaryImport(file.text, { existing: [USER_TERM, newTerm] });
      expect(back).toMatchObject({ ok: true, adds: [], updates: [], unchanged: 2 });
    }
    expect(textOf(page)).toContain(en('glossary_export_help', '2'));
  });

  it('says that an export without terms of one’s own is a template', async () => {
    const { api, downloads } = fakeOptionsApi({ glossary: { revision: 1, terms: [] } });
    const page = await open(api);
    expect(textOf(page)).toContain(en('glossary_export_help_none'));
    await click(button(page, en('glossary_export_csv')));
    // The header alone, which imports back as no terms.
    const [header, ...rows] = downloads[0]!.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header!.split(',')).toContain('definition_en');
    expect(rows).toEqual([]);
  });
});

describe('options: export and import everything', () => {
  it('exports settings and glossary in one file that imports back', async () => {
    const settings = { ...defaultSettings(), target: 'hk' as const, readingMode: 'peek' as const };
    const { api, downloads } = fakeOptionsApi({ settings });
    const page = await open(api);
    await click(button(page, en('backup_export_all')));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('jianfan-backup-2025-06-01.json');
    const back = parseImportAll(downloads[0]!.text, { validateTerm: validateStoredTerm });
    expect(back.ok && back.apply.settings).toEqual(settings);
    expect(back.ok && back.apply.userGlossary.terms).toEqual([USER_TERM]);
  });

  it('previews what an import changes and stores it only when applied', async () => {
    const { api, store, downloads } = fakeOptionsApi();
    const page = await open(api);
    await importEditedBackup(page, downloads, (backup) => {
      backup.settings.readingMode = 'parallel';
      backup.settings.siteRules = [{ pattern: 'example.com', mode: 'never' }];
      backup.userGlossary.terms.push(newTerm);
    });
    const preview = page.querySelector('.import-preview') as HTMLElement;
    const fields = [SETTINGS_FIELD_LABELS.readingMode, SETTINGS_FIELD_LABELS.siteRules]
      .map((key) => en(key))
      .join(', ');
    expect(textOf(preview)).toContain(en('backup_import_settings_changes', fields));
    expect(textOf(preview)).toContain(en('backup_import_terms', ['1', '0']));
    expect(api.applyImport).not.toHaveBeenCalled();

    await click(button(preview, en('action_apply')));
    expect(api.applyImport).toHaveBeenCalledTimes(1);
    expect(store.settings.readingMode).toBe('parallel');
    expect(store.glossary.terms).toEqual([USER_TERM, newTerm]);
    expect(control<HTMLSelectElement>(page, en('option_reading_mode')).value).toBe('parallel');
    expect(textOf(byId(page, 'save-status'))).toBe(en('backup_import_done'));
    // The preview went with the button pressed: the focus is back on the file picker.
    await vi.waitFor(() => expect(page.ownerDocument.activeElement?.id).toBe('backup-import'));
  });

  it('moves the focus to a backup’s preview, and back to the file picker when it is cancelled', async () => {
    const { api, downloads } = fakeOptionsApi();
    const page = await open(api);
    await importEditedBackup(page, downloads, (backup) => {
      backup.settings.readingMode = 'parallel';
    });
    const preview = page.querySelector('.import-preview') as HTMLElement;
    await vi.waitFor(() =>
      expect(page.ownerDocument.activeElement?.id).toBe('backup-preview-heading'),
    );
    button(preview, en('action_cancel')).focus();
    await click(button(preview, en('action_cancel')));
    expect(page.querySelector('.import-preview')).toBeNull();
    await vi.waitFor(() => expect(page.ownerDocument.activeElement?.id).toBe('backup-import'));
  });

  it('keeps a term saved in another page while a backup was previewed', async () => {
    const { api, store, downloads, elsewhere } = withOtherPage();
    const page = await open(api);
    await importEditedBackup(page, downloads, (backup) => {
      backup.settings.readingMode = 'parallel';
    });
    expect(page.querySelector('.import-preview')).not.toBeNull();
    await elsewhere([USER_TERM, newTerm]);
    // The export follows the stored glossary too.
    await click(button(page, en('backup_export_all')));
    expect(downloads[1]!.text).toContain('hbm4');
    await click(button(page.querySelector('.import-preview') as HTMLElement, en('action_apply')));
    expect(textOf(byId(page, 'save-status'))).toBe(en('backup_import_done'));
    expect(store.settings.readingMode).toBe('parallel');
    expect(store.glossary.terms.map((term) => term.id)).toEqual(['my-lab', 'hbm4']);
  });

  it('refuses a backup applied against an older glossary, and previews it again', async () => {
    const { api, store, downloads } = fakeOptionsApi();
    const page = await open(api);
    await importEditedBackup(page, downloads, (backup) => {
      backup.settings.readingMode = 'parallel';
    });
    // Saved elsewhere, and not reported to this page (yet).
    store.glossary = { revision: store.glossary.revision + 1, terms: [USER_TERM, newTerm] };
    await click(button(page.querySelector('.import-preview') as HTMLElement, en('action_apply')));
    expect(store.settings.readingMode).toBe('converted');
    expect(store.glossary.terms.map((term) => term.id)).toEqual(['my-lab', 'hbm4']);
    // The page reads the glossary again; applied now, the backup keeps the new term.
    await settle();
    await click(button(page.querySelector('.import-preview') as HTMLElement, en('action_apply')));
    expect(store.settings.readingMode).toBe('parallel');
    expect(store.glossary.terms.map((term) => term.id)).toEqual(['my-lab', 'hbm4']);
  });

  it('refuses a broken backup as a whole and changes nothing', async () => {
    const { api, downloads } = fakeOptionsApi();
    const page = await open(api);
    await importEditedBackup(page, downloads, (backup) => {
      backup.settings.readingMode = 'sideways';
    });
    const errors = page.querySelector('#backup-import-errors') as HTMLElement;
    expect(textOf(errors)).toContain(en('backup_import_failed'));
    expect(textOf(errors)).toContain('readingMode');
    expect(page.querySelector('.import-preview')).toBeNull();
    expect(api.applyImport).not.toHaveBeenCalled();
    expect(api.changeSettings).not.toHaveBeenCalled();

    await pickFile(control(page, en('import_choose_backup_file')), 'notes.txt', 'not json at all');
    expect(textOf(page.querySelector('#backup-import-errors')!)).toContain(
      en('backup_import_failed'),
    );
    expect(api.applyImport).not.toHaveBeenCalled();
  });
});
