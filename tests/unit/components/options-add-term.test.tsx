import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeDraft, draftFromSelection } from '../../../components/options/glossary-model.ts';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { createScriptConverter } from '../../../utils/convert/lazy-text-to-target.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import { addTermHash, termTextFromHash } from '../../../utils/glossary/add-term-link.ts';
import { button, byId, click, control, mount, textOf, type, waitFor } from './helpers.tsx';
import { USER_TERM, en, fakeOptionsApi } from './options-fixtures.ts';

// "Add to glossary" on a page selection opens the options page with the
// selection in the fragment; the term form opens with it filled in.

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function openWith(selection: string, onAddTermTaken?: () => void) {
  const { api, store } = fakeOptionsApi();
  const addTerm = termTextFromHash(addTermHash(selection));
  const mounted = await mount(
    <OptionsApp api={api} addTerm={addTerm} onAddTermTaken={onAddTermTaken} />,
  );
  cleanup = mounted.unmount;
  return { page: mounted.container, store };
}

const value = (page: HTMLElement, label: string) => control<HTMLInputElement>(page, label).value;

describe('options: a term started from a page selection', () => {
  it('opens the form with Simplified text in the Simplified field, focused, and saves it', async () => {
    const { page, store } = await openWith('  寒武纪\n');
    expect(page.querySelector('.term-form')).not.toBeNull();
    expect(value(page, en('glossary_field_hans'))).toBe('寒武纪');
    expect(value(page, en('glossary_field_hant'))).toBe('');
    // The focus is on the written form, which the reader checks first; the optional id is later.
    expect(document.activeElement).toBe(control(page, en('glossary_field_hans')));

    await type(control(page, en('glossary_field_id')), 'cambricon');
    await type(control(page, en('glossary_field_hant')), '寒武紀');
    const definition = page.querySelectorAll('fieldset')[0]!;
    await type(control(definition, en('glossary_in_english')), 'A Chinese AI chip designer.');
    await type(control(definition, en('glossary_in_simplified')), '中国AI芯片设计公司。');
    await type(control(definition, en('glossary_in_traditional')), '中國AI晶片設計公司。');
    await click(button(page, en('action_add')));
    expect(store.glossary.terms).toEqual([
      USER_TERM,
      expect.objectContaining({ id: 'cambricon', hans: '寒武纪', hant: '寒武紀' }),
    ]);
  });

  it('puts Traditional text in the Traditional field, focused', async () => {
    const { page } = await openWith('輝達');
    expect(value(page, en('glossary_field_hans'))).toBe('');
    expect(value(page, en('glossary_field_hant'))).toBe('輝達');
    expect(document.activeElement).toBe(control(page, en('glossary_field_hant')));
  });

  it('makes a Latin name its own English name, and its id on saving', async () => {
    const { page, store } = await openWith('Ascend 910C');
    expect(value(page, en('glossary_field_hans'))).toBe('Ascend 910C');
    expect(value(page, en('glossary_field_hant'))).toBe('Ascend 910C');
    expect(value(page, en('glossary_field_en'))).toBe('Ascend 910C');
    expect(value(page, en('glossary_field_id'))).toBe('');
    await type(
      control(page.querySelectorAll('fieldset')[0]!, en('glossary_in_english')),
      'A chip.',
    );
    await click(button(page, en('action_add')));
    await waitFor(() => expect(store.glossary.terms[1]?.id).toBe('ascend-910c'));
  });

  it('adds a built-in term’s English name as the reader’s own term, beside the built-in one', async () => {
    const { page, store } = await openWith('NVIDIA');
    // The form does not take the built-in term's id, which would replace it, and says that a
    // built-in term has the name too.
    const id = control(page, en('glossary_field_id'));
    expect(id.value).toBe('');
    expect(textOf(byId(page, `${id.id}-hint`))).toBe(en('glossary_id_help_optional'));
    const hint = en('glossary_form_builtin', ['英伟达 (nvidia)', 'NVIDIA']);
    expect(textOf(byId(page, 'term-builtin-forms-hint'))).toBe(hint);
    expect(control(page, en('glossary_field_hans')).getAttribute('aria-describedby')).toBe(
      'term-forms-hint term-builtin-forms-hint',
    );

    const definition = page.querySelectorAll('fieldset')[0]!;
    await type(control(definition, en('glossary_in_english')), 'The chip maker, as we write it.');
    await click(button(page, en('action_add')));
    await waitFor(() => expect(store.glossary.terms).toHaveLength(2));
    expect(store.glossary.terms[1]).toEqual({
      id: 'nvidia-2',
      hans: 'NVIDIA',
      hant: 'NVIDIA',
      en: 'NVIDIA',
      category: 'term',
      definition: { en: 'The chip maker, as we write it.' },
    });
    // Both are listed: the reader's term, and the built-in one, still built-in.
    const row = (termId: string) => page.querySelector<HTMLElement>(`li[data-term-id="${termId}"]`);
    await waitFor(() => expect(row('nvidia-2')).not.toBeNull());
    expect(textOf(row('nvidia-2')!.querySelector('.badge')!)).toBe(en('card_user_term'));
    expect(textOf(row('nvidia')!.querySelector('.badge')!)).toBe(en('glossary_source_builtin'));
  });

  it('says once the form has taken the selection, so the page can forget it', async () => {
    const taken = vi.fn();
    const { page } = await openWith('寒武纪', taken);
    expect(page.querySelector('.term-form')).not.toBeNull();
    expect(taken).toHaveBeenCalledTimes(1);
    // Typing and closing the form do not call it again.
    await type(control(page, en('glossary_field_hans')), '寒武纪芯片');
    await click(button(page, en('action_cancel')));
    expect(taken).toHaveBeenCalledTimes(1);
  });

  it('opens no form without a selection', async () => {
    const { api } = fakeOptionsApi();
    const taken = vi.fn();
    const mounted = await mount(
      <OptionsApp api={api} addTerm={termTextFromHash('#glossary')} onAddTermTaken={taken} />,
    );
    cleanup = mounted.unmount;
    expect(mounted.container.querySelector('.term-form')).toBeNull();
    expect(taken).not.toHaveBeenCalled();
  });
});

describe('draftFromSelection', () => {
  const convert = createScriptConverter({ loadDictionaries: loadBundledDictionaries });
  const saved = async (text: string) => {
    const { draft, problems } = await completeDraft(
      { ...draftFromSelection(text), definitionEn: 'A note.' },
      { convert, takenIds: new Set() },
    );
    expect(problems).toEqual([]);
    return [draft.hans, draft.hant];
  };

  it('puts text of either script in its own field, the other filled in on saving', async () => {
    expect([draftFromSelection('軟體').hans, draftFromSelection('軟體').hant]).toEqual([
      '',
      '軟體',
    ]);
    expect(await saved('晶片')).toEqual(['晶片', '晶片']);
    expect(await saved('芯片')).toEqual(['芯片', '芯片']);
    expect(await saved('软件')).toEqual(['软件', '軟件']);
    expect(await saved('軟體')).toEqual(['软体', '軟體']);
  });

  it('reads Hong Kong text’s particle 著 as on a page, where the text never writes 着', async () => {
    const fromHongKong = await completeDraft(
      { ...draftFromSelection('衞星'), definitionHant: '衞生署説明，隨著疫情緩和。' },
      { convert, takenIds: new Set() },
    );
    expect(fromHongKong.draft.hans).toBe('卫星');
    expect(fromHongKong.draft.definitionHans).toBe('卫生署说明，随着疫情缓和。');
  });

  it('reads text that no character tells apart as Simplified, its Traditional form converted', async () => {
    // 后 and 面 are in both scripts, but Traditional writes 後面: copying the text into both
    // fields made a term that no Traditional page has.
    const draft = draftFromSelection('后面');
    expect([draft.hans, draft.hant]).toEqual(['后面', '']);
    expect(await saved('后面')).toEqual(['后面', '後面']);
  });

  it('leaves the id empty when the Latin text makes no valid one', () => {
    expect(draftFromSelection('—').id).toBe('');
  });
});
