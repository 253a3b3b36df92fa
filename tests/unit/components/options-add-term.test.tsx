import { afterEach, describe, expect, it } from 'vitest';
import { draftFromSelection } from '../../../components/options/glossary-model.ts';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { addTermHash, termTextFromHash } from '../../../utils/glossary/add-term-link.ts';
import { button, click, control, mount, type } from './helpers.tsx';
import { USER_TERM, en, fakeOptionsApi } from './options-fixtures.ts';

// "Add to glossary" on a page selection opens the options page with the
// selection in the fragment; the term form opens with it filled in.

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function openWith(selection: string) {
  const { api, store } = fakeOptionsApi();
  const addTerm = termTextFromHash(addTermHash(selection));
  const mounted = await mount(<OptionsApp api={api} addTerm={addTerm} />);
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
    expect(document.activeElement).toBe(control(page, en('glossary_field_id')));

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

  it('puts Traditional text in the Traditional field', async () => {
    const { page } = await openWith('輝達');
    expect(value(page, en('glossary_field_hans'))).toBe('');
    expect(value(page, en('glossary_field_hant'))).toBe('輝達');
  });

  it('makes a Latin name its own English name and id', async () => {
    const { page } = await openWith('Ascend 910C');
    expect(value(page, en('glossary_field_hans'))).toBe('Ascend 910C');
    expect(value(page, en('glossary_field_hant'))).toBe('Ascend 910C');
    expect(value(page, en('glossary_field_en'))).toBe('Ascend 910C');
    expect(value(page, en('glossary_field_id'))).toBe('ascend-910c');
  });

  it('opens no form without a selection', async () => {
    const { api } = fakeOptionsApi();
    const mounted = await mount(<OptionsApp api={api} addTerm={termTextFromHash('#glossary')} />);
    cleanup = mounted.unmount;
    expect(mounted.container.querySelector('.term-form')).toBeNull();
  });
});

describe('draftFromSelection', () => {
  it('fills both scripts when the characters are the same in both', () => {
    const draft = draftFromSelection('芯片');
    expect([draft.hans, draft.hant]).toEqual(['芯片', '芯片']);
  });

  it('leaves the id empty when the Latin text makes no valid one', () => {
    expect(draftFromSelection('—').id).toBe('');
  });
});
