import { afterEach, describe, expect, it } from 'vitest';
import { idFromChinese } from '../../../components/options/glossary-model.ts';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { addTermHash, termTextFromHash } from '../../../utils/glossary/add-term-link.ts';
import { translate } from '../../../utils/i18n/translate.ts';
import { defaultSettings } from '../../../utils/settings/schema.ts';
import { button, byId, click, control, mount, textOf, type, waitFor } from './helpers.tsx';
import { USER_TERM, en, fakeOptionsApi } from './options-fixtures.ts';

// A reader who selects 旗舰模型 on a page and chooses "Add to glossary" types a short
// definition in their own language and saves: the id, the other script's form and the other
// Chinese definition are filled in (converted with the real dictionaries here).

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** The dictionaries load on the first conversion; that takes a moment in tests. */
const CONVERSION_MS = 15_000;

async function openWith(selection: string | null, fake = fakeOptionsApi()) {
  const addTerm = selection === null ? null : termTextFromHash(addTermHash(selection));
  const mounted = await mount(<OptionsApp api={fake.api} addTerm={addTerm} />);
  cleanup = mounted.unmount;
  return { page: mounted.container, ...fake };
}

const definitionField = (page: HTMLElement, key: Parameters<typeof en>[0]) =>
  control<HTMLTextAreaElement>(page.querySelectorAll('fieldset')[0]!, en(key));
const noteField = (page: HTMLElement, key: Parameters<typeof en>[0]) =>
  control<HTMLTextAreaElement>(page.querySelectorAll('fieldset')[1]!, en(key));

/** The texts a field is described by (its error, hints, "optional"), in order. */
const describedBy = (page: HTMLElement, field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => textOf(byId(page, id)));

const errorOf = (page: HTMLElement, field: HTMLElement) => {
  expect(field.getAttribute('aria-invalid')).toBe('true');
  return describedBy(page, field)[0];
};

describe('options: adding a term with little typing', () => {
  it(
    'saves a selected Simplified term with a Simplified definition, filling in the rest',
    async () => {
      const { page, store } = await openWith('旗舰模型');
      await type(definitionField(page, 'glossary_in_simplified'), '一家实验室最强的模型。');
      await click(button(page, en('action_add')));
      await waitFor(() => expect(store.glossary.terms).toHaveLength(2), CONVERSION_MS);
      expect(store.glossary.terms[1]).toEqual({
        id: idFromChinese('旗舰模型'),
        hans: '旗舰模型',
        hant: '旗艦模型',
        category: 'term',
        definition: { hans: '一家实验室最强的模型。', hant: '一家實驗室最強的模型。' },
      });
    },
    CONVERSION_MS + 5_000,
  );

  it(
    'fills in the Simplified form and definition of a Traditional term',
    async () => {
      const { page, store } = await openWith('旗艦模型');
      await type(definitionField(page, 'glossary_in_traditional'), '一家實驗室最強的模型。');
      await click(button(page, en('action_add')));
      await waitFor(() => expect(store.glossary.terms).toHaveLength(2), CONVERSION_MS);
      expect(store.glossary.terms[1]).toMatchObject({
        id: idFromChinese('旗舰模型'),
        hans: '旗舰模型',
        hant: '旗艦模型',
        definition: { hans: '一家实验室最强的模型。', hant: '一家實驗室最強的模型。' },
      });
    },
    CONVERSION_MS + 5_000,
  );

  it(
    'fills in the Simplified of a Traditional form without a character only Traditional has',
    async () => {
      // 後端 and 乾杯 read as Simplified to a converter that guesses the script: the field says
      // they are Traditional.
      const { page, store } = await openWith(null);
      await click(button(page, en('glossary_add')));
      await type(control(page, en('glossary_field_hant')), '後端');
      await type(definitionField(page, 'glossary_in_traditional'), '乾杯的後台。');
      await click(button(page, en('action_add')));
      await waitFor(() => expect(store.glossary.terms).toHaveLength(2), CONVERSION_MS);
      expect(store.glossary.terms[1]).toMatchObject({
        id: idFromChinese('后端'),
        hans: '后端',
        hant: '後端',
        definition: { hans: '干杯的后台。', hant: '乾杯的後台。' },
      });
    },
    CONVERSION_MS + 5_000,
  );

  it('keeps an English-only definition English-only, and converts nothing for it', async () => {
    const { page, store, api } = await openWith(null);
    await click(button(page, en('glossary_add')));
    await type(control(page, en('glossary_field_hans')), '芯片');
    await type(control(page, en('glossary_field_hant')), '芯片');
    await type(control(page, en('glossary_field_en')), 'Chip');
    await type(definitionField(page, 'glossary_in_english'), 'A microchip.');
    await click(button(page, en('action_add')));
    await waitFor(() => expect(store.glossary.terms).toHaveLength(2));
    expect(store.glossary.terms[1]).toEqual({
      id: 'chip',
      hans: '芯片',
      hant: '芯片',
      en: 'Chip',
      category: 'term',
      definition: { en: 'A microchip.' },
    });
    expect(api.convertScript).not.toHaveBeenCalled();
  });

  it('saves a note written in English only, as it was written', async () => {
    const { page, store, api } = await openWith(null);
    await click(button(page, en('glossary_add')));
    await type(control(page, en('glossary_field_hans')), '蓝鲸引擎');
    await type(control(page, en('glossary_field_hant')), '藍鯨引擎');
    await type(definitionField(page, 'glossary_in_english'), 'A start-up’s inference engine.');
    await type(noteField(page, 'glossary_in_english'), 'The name is the company’s own.');
    await click(button(page, en('action_add')));
    await waitFor(() => expect(store.glossary.terms).toHaveLength(2));
    expect(store.glossary.terms[1]).toEqual({
      id: idFromChinese('蓝鲸引擎'),
      hans: '蓝鲸引擎',
      hant: '藍鯨引擎',
      category: 'term',
      definition: { en: 'A start-up’s inference engine.' },
      note: { en: 'The name is the company’s own.' },
    });
    expect(page.querySelector('[aria-invalid="true"]')).toBeNull();
    expect(api.convertScript).not.toHaveBeenCalled();
  });

  it(
    'saves a note written in Simplified only, with its Traditional converted',
    async () => {
      const { page, store } = await openWith('蓝鲸引擎');
      await type(definitionField(page, 'glossary_in_english'), 'A start-up’s inference engine.');
      await type(noteField(page, 'glossary_in_simplified'), '这个名字是公司自己起的。');
      await click(button(page, en('action_add')));
      await waitFor(() => expect(store.glossary.terms).toHaveLength(2), CONVERSION_MS);
      expect(store.glossary.terms[1]).toMatchObject({
        hans: '蓝鲸引擎',
        hant: '藍鯨引擎',
        definition: { en: 'A start-up’s inference engine.' },
        note: { hans: '这个名字是公司自己起的。', hant: '這個名字是公司自己起的。' },
      });
    },
    CONVERSION_MS + 5_000,
  );

  it('makes the id from the English name, clear of the reader’s ids and the built-in ones', async () => {
    const { page, store } = await openWith(null);
    const add = async (hans: string, english: string) => {
      await click(button(page, en('glossary_add')));
      await type(control(page, en('glossary_field_hans')), hans);
      await type(control(page, en('glossary_field_hant')), hans);
      await type(control(page, en('glossary_field_en')), english);
      await type(definitionField(page, 'glossary_in_english'), `${english}.`);
      await click(button(page, en('action_add')));
    };
    // `nvidia` is a built-in id: a new term must not replace it unasked.
    await add('甲', 'Nvidia');
    await waitFor(() => expect(store.glossary.terms).toHaveLength(2));
    // `my-lab` is the reader's.
    await add('乙', 'MY LAB');
    await waitFor(() => expect(store.glossary.terms).toHaveLength(3));
    expect(store.glossary.terms.map((term) => term.id)).toEqual(['my-lab', 'nvidia-2', 'my-lab-2']);
  });

  it('keeps the id of a term edited with its id field emptied', async () => {
    const { page, store } = await openWith(null);
    await click(button(page, en('glossary_edit_named', '我的实验室 (My Lab)')));
    await type(control(page, en('glossary_field_id')), '');
    await type(definitionField(page, 'glossary_in_english'), 'Our research group.');
    await click(button(page, en('action_save')));
    await waitFor(() =>
      expect(store.glossary.terms).toEqual([
        { ...USER_TERM, definition: { ...USER_TERM.definition, en: 'Our research group.' } },
      ]),
    );
  });

  it('still refuses an id the reader typed that is not one', async () => {
    const { page, api } = await openWith('旗舰模型');
    await type(control(page, en('glossary_field_id')), 'Flagship Model');
    await type(definitionField(page, 'glossary_in_english'), 'A lab’s best model.');
    await click(button(page, en('action_add')));
    await waitFor(() =>
      expect(errorOf(page, control(page, en('glossary_field_id')))).toBe(en('glossary_error_id')),
    );
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
  });

  it('says so on the field and saves nothing when the conversion fails', async () => {
    const fake = fakeOptionsApi();
    fake.api.convertScript.mockRejectedValue(new Error('Could not establish connection.'));
    const { page, api } = await openWith('旗舰模型', fake);
    await type(definitionField(page, 'glossary_in_simplified'), '一家实验室最强的模型。');
    await click(button(page, en('action_add')));
    const hant = control(page, en('glossary_field_hant'));
    await waitFor(() => expect(errorOf(page, hant)).toBe(en('glossary_error_convert_failed')));
    expect(errorOf(page, definitionField(page, 'glossary_in_traditional'))).toBe(
      en('glossary_error_convert_failed'),
    );
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(hant);
    // Typed in by hand, the term saves.
    fake.api.convertScript.mockClear();
    await type(hant, '旗艦模型');
    await type(definitionField(page, 'glossary_in_traditional'), '一家實驗室最強的模型。');
    expect(hant.hasAttribute('aria-invalid')).toBe(false);
    await click(button(page, en('action_add')));
    await waitFor(() => expect(fake.store.glossary.terms).toHaveLength(2));
    expect(fake.api.convertScript).not.toHaveBeenCalled();
  });

  it('asks for the term in either script, and typing it in either answers that', async () => {
    const { page } = await openWith(null);
    await click(button(page, en('glossary_add')));
    await click(button(page, en('action_add')));
    const hans = control(page, en('glossary_field_hans'));
    await waitFor(() => expect(errorOf(page, hans)).toBe(en('glossary_error_form_missing')));
    await type(control(page, en('glossary_field_hant')), '旗艦模型');
    expect(hans.hasAttribute('aria-invalid')).toBe(false);
  });

  it('asks for a definition in one language when there is none', async () => {
    const { page, api } = await openWith('旗舰模型');
    await type(control(page, en('glossary_field_hant')), '旗艦模型');
    await click(button(page, en('action_add')));
    const english = definitionField(page, 'glossary_in_english');
    await waitFor(() =>
      expect(errorOf(page, english)).toBe(en('glossary_error_definition_missing')),
    );
    for (const key of ['glossary_in_simplified', 'glossary_in_traditional'] as const) {
      expect(definitionField(page, key).getAttribute('aria-invalid')).toBe('true');
    }
    expect(document.activeElement).toBe(english);
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    // Typing a definition answers it.
    await type(definitionField(page, 'glossary_in_traditional'), '最強的模型。');
    expect(english.hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('options: the term form says what is optional and what is filled in', () => {
  it('marks the optional fields and explains the id, the forms and the definition', async () => {
    const { page } = await openWith('旗舰模型');
    expect(describedBy(page, control(page, en('glossary_field_id')))).toEqual([
      en('glossary_optional'),
      en('glossary_id_help_optional'),
    ]);
    for (const key of ['glossary_field_hans', 'glossary_field_hant'] as const) {
      expect(describedBy(page, control(page, en(key)))).toEqual([en('glossary_forms_help')]);
    }
    for (const key of [
      'glossary_field_tw',
      'glossary_field_hk',
      'glossary_field_en',
      'glossary_field_aliases',
      'glossary_field_link',
      'glossary_field_as_of',
    ] as const) {
      expect(describedBy(page, control(page, en(key)))[0], key).toBe(en('glossary_optional'));
    }
    expect(describedBy(page, definitionField(page, 'glossary_in_english'))).toEqual([
      en('glossary_definition_help'),
    ]);
    const note = page.querySelectorAll('fieldset')[1]!.querySelector('legend')!;
    expect(textOf(note)).toBe(`${en('glossary_field_note')} ${en('glossary_optional')}`);
  });

  it('says it in the interface language', async () => {
    const settings = { ...defaultSettings(), uiLanguage: 'zh_TW' as const };
    const { page } = await openWith('旗舰模型', fakeOptionsApi({ settings }));
    const tw = (key: Parameters<typeof translate>[1]) => translate('zh_TW', key);
    expect(describedBy(page, control(page, tw('glossary_field_id')))).toEqual([
      tw('glossary_optional'),
      tw('glossary_id_help_optional'),
    ]);
  });
});
