import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../components/options/api.ts';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { translate } from '../../../utils/i18n/translate.ts';
import { exportAll } from '../../../utils/settings/backup.ts';
import { parseStoredGlossary } from '../../../utils/settings/glossary-store.ts';
import { parseStoredSettings } from '../../../utils/settings/parse.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import {
  askAndKeep,
  byId,
  button,
  choose,
  click,
  control,
  mount,
  pickFile,
  settle,
  syncQuotaError,
  textOf,
  type,
} from './helpers.tsx';
import { en, fakeOptionsApi, holdSettingsSaves } from './options-fixtures.ts';

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

const saveStatus = (page: HTMLElement) => textOf(byId(page, 'save-status'));

describe('options: settings', () => {
  it('shows the stored settings', async () => {
    const { api } = fakeOptionsApi({
      settings: { ...defaultSettings(), target: 'hk', readingMode: 'peek', glossaryEnabled: false },
    });
    const page = await open(api);
    expect(control<HTMLSelectElement>(page, en('option_target')).value).toBe('hk');
    expect(control<HTMLSelectElement>(page, en('option_reading_mode')).value).toBe('peek');
    expect(control(page, en('option_glossary_enabled')).checked).toBe(false);
    // The scope means nothing while the glossary is off.
    expect(control<HTMLSelectElement>(page, en('option_glossary_scope')).disabled).toBe(true);
  });

  const changes = [
    { label: 'option_target', value: 'auto', field: 'target', from: 'tw' },
    { label: 'option_reading_mode', value: 'original', field: 'readingMode', from: 'converted' },
    { label: 'option_auto_convert', value: 'chinese', field: 'autoConvert', from: 'netease' },
    { label: 'option_peek_modifier', value: 'Shift', field: 'peekModifier', from: 'Alt' },
    { label: 'option_glossary_scope', value: 'page', field: 'glossaryScope', from: 'article' },
    { label: 'option_ui_language', value: 'zh_CN', field: 'uiLanguage', from: 'auto' },
  ] as const;

  it.each(changes)('saves $field as soon as it changes', async ({ label, value, field, from }) => {
    const { api, store } = fakeOptionsApi({
      settings: { ...defaultSettings(), target: 'tw' },
    });
    const page = await open(api);
    expect(store.settings[field]).toBe(from);
    await choose(control<HTMLSelectElement>(page, en(label)), value);
    expect(api.changeSettings).toHaveBeenCalledTimes(1);
    expect(store.settings[field]).toBe(value);
  });

  it.each([
    ['option_regional_vocabulary', 'regionalVocabulary', true],
    ['option_repair_mirrors', 'repairMirrors', false],
    ['option_glossary_enabled', 'glossaryEnabled', false],
  ] as const)('saves the %s switch', async (label, field, expected) => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    await click(control(page, en(label)));
    expect(store.settings[field]).toBe(expected);
    expect(saveStatus(page)).toBe(en('options_saved'));
  });

  it('keeps every change made while an earlier one was still being saved', async () => {
    const fake = fakeOptionsApi({ settings: { ...defaultSettings(), target: 'tw' } });
    const { api, store } = fake;
    // Storage answers only when the test lets it.
    const answers = holdSettingsSaves(fake);
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('option_reading_mode')), 'parallel');
    await choose(control<HTMLSelectElement>(page, en('option_target')), 'hk');
    await click(control(page, en('option_glossary_enabled')));
    // The page shows all three choices before anything is stored.
    expect(control<HTMLSelectElement>(page, en('option_reading_mode')).value).toBe('parallel');
    expect(control<HTMLSelectElement>(page, en('option_target')).value).toBe('hk');
    expect(control(page, en('option_glossary_enabled')).checked).toBe(false);
    for (let saved = 0; saved < 3; saved++) {
      await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
      answers.shift()!();
    }
    await vi.waitFor(() => expect(saveStatus(page)).toBe(en('options_saved')));
    expect(api.changeSettings).toHaveBeenCalledTimes(3);
    expect(store.settings).toMatchObject({
      readingMode: 'parallel',
      target: 'hk',
      glossaryEnabled: false,
    });
  });

  it('names the chosen key in the peek hints, and the new one once it changes', async () => {
    const { api } = fakeOptionsApi({ settings: { ...defaultSettings(), readingMode: 'peek' } });
    const page = await open(api);
    const hintOf = (id: string) =>
      textOf(byId(page, byId(page, id).getAttribute('aria-describedby')!));
    expect(hintOf('reading-mode')).toBe(en('mode_peek_help', en('key_alt')));
    expect(hintOf('peek-modifier')).toContain('hold Alt');
    await choose(control<HTMLSelectElement>(page, en('option_peek_modifier')), 'Shift');
    expect(hintOf('reading-mode')).toContain('hold Shift');
    expect(hintOf('peek-modifier')).toContain('hold Shift');
  });

  it('says "Saved" afresh for each change, so that a screen reader hears every one', async () => {
    const fake = fakeOptionsApi();
    const answers = holdSettingsSaves(fake);
    const page = await open(fake.api);
    for (const mode of ['parallel', 'peek']) {
      await choose(control<HTMLSelectElement>(page, en('option_reading_mode')), mode);
      // While it is saved the live region is empty; the answer fills it again.
      expect(saveStatus(page)).toBe('');
      await vi.waitFor(() => expect(answers.length).toBe(1));
      answers.shift()!();
      await vi.waitFor(() => expect(saveStatus(page)).toBe(en('options_saved')));
    }
  });

  it('stores only its own change over one the popup stored meanwhile, and then shows both', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    // The popup stores a target; storage has not reported it to this page yet.
    store.settings = { ...store.settings, target: 'hk' };
    await choose(control<HTMLSelectElement>(page, en('option_reading_mode')), 'parallel');
    expect(api.changeSettings).toHaveBeenCalledWith({ readingMode: 'parallel' });
    expect(store.settings).toMatchObject({ target: 'hk', readingMode: 'parallel' });
    await vi.waitFor(() =>
      expect(control<HTMLSelectElement>(page, en('option_target')).value).toBe('hk'),
    );
  });

  it('keeps a change still being saved when an earlier save is refused', async () => {
    const fake = fakeOptionsApi({ settings: { ...defaultSettings(), target: 'tw' } });
    const { api, store } = fake;
    const answers = holdSettingsSaves(fake);
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('option_reading_mode')), 'parallel');
    await choose(control<HTMLSelectElement>(page, en('option_target')), 'hk');
    // The first save is refused while the second is still in line.
    answers.shift()!(false);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(control<HTMLSelectElement>(page, en('option_target')).value).toBe('hk');
    // A third change, made now, builds on the second.
    await choose(control<HTMLSelectElement>(page, en('option_peek_modifier')), 'Shift');
    answers.shift()!(true);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    answers.shift()!(true);
    await vi.waitFor(() => expect(store.settings.peekModifier).toBe('Shift'));
    expect(store.settings.target).toBe('hk');
  });

  it('does not let the report of its own first save undo a change made since', async () => {
    const fake = fakeOptionsApi();
    const { api, store } = fake;
    let storageChanged: (settings: Settings) => void = () => {};
    api.watchSettings.mockImplementation((listener) => {
      storageChanged = listener;
      return () => {};
    });
    const answers = holdSettingsSaves(fake);
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('option_reading_mode')), 'parallel');
    await choose(control<HTMLSelectElement>(page, en('option_target')), 'hk');
    await vi.waitFor(() => expect(answers.length).toBe(1));
    answers.shift()!();
    // Storage reports the first save while the second is still to come.
    await vi.waitFor(() => expect(store.settings.readingMode).toBe('parallel'));
    storageChanged(structuredClone(store.settings));
    await choose(control<HTMLSelectElement>(page, en('option_peek_modifier')), 'Shift');
    expect(control<HTMLSelectElement>(page, en('option_target')).value).toBe('hk');
    while (api.changeSettings.mock.calls.length < 3 || answers.length > 0) {
      await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
      answers.shift()!();
      await Promise.resolve();
    }
    await vi.waitFor(() => expect(store.settings.peekModifier).toBe('Shift'));
    expect(store.settings).toMatchObject({ readingMode: 'parallel', target: 'hk' });
  });

  it('shows the quota error and the value that is really stored when a save is refused', async () => {
    const { api } = fakeOptionsApi();
    const quota = syncQuotaError();
    api.changeSettings.mockRejectedValueOnce(quota);
    const page = await open(api);
    const select = control<HTMLSelectElement>(page, en('option_reading_mode'));
    await choose(select, 'parallel');
    expect(saveStatus(page)).toBe(en('error_quota_sync', ['9.1 KB', '8.0 KB']));
    expect(select.value).toBe('converted');
  });

  it('switches its own language when the interface language changes', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    expect(textOf(page.querySelector('h1')!)).toBe(en('options_title'));
    await choose(control<HTMLSelectElement>(page, en('option_ui_language')), 'zh_TW');
    expect(textOf(page.querySelector('h1')!)).toBe(translate('zh_TW', 'options_title'));
    expect(saveStatus(page)).toBe(translate('zh_TW', 'options_saved'));
  });

  it('shows the damaged-settings notice when the storage layer says it is due', async () => {
    const { problems } = parseStoredSettings({ ...defaultSettings(), readingMode: 3 });
    const { api } = fakeOptionsApi({ problems, showNotice: true });
    const page = await open(api);
    expect(api.takeSettingsNotice).toHaveBeenCalledWith(problems);
    const notice = page.querySelector('.notice')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(textOf(notice)).toContain(en('settings_notice_title'));
    expect(textOf(notice)).toContain('readingMode');
    await click(button(notice as HTMLElement, en('action_close')));
    expect(page.querySelector('.notice')).toBeNull();
  });

  it('names damaged glossary storage in the notice as the reader knows it, not by its key alone', async () => {
    const settingsProblems = parseStoredSettings({
      ...defaultSettings(),
      target: 'klingon',
    }).problems;
    const glossaryProblems = parseStoredGlossary('garbage{{').problems;
    const problems = [...settingsProblems, ...glossaryProblems];
    const { api } = fakeOptionsApi({ problems, showNotice: true });
    const page = await open(api);
    const items = [...page.querySelectorAll('.notice li')].map((li) => textOf(li as HTMLElement));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(new RegExp(`^${en('option_target')} target`));
    // Each line starts with what the reader sees in this page: a setting's label, or the glossary.
    expect(items[1]).toMatch(new RegExp(`^${en('glossary_title')} userGlossary`));
  });

  it('moves the focus to the next section’s heading when the notice is closed', async () => {
    const { problems } = parseStoredSettings({ ...defaultSettings(), readingMode: 3 });
    const { api } = fakeOptionsApi({ problems, showNotice: true });
    const page = await open(api);
    const close = button(page.querySelector('.notice') as HTMLElement, en('action_close'));
    close.focus();
    await click(close);
    expect(page.querySelector('.notice')).toBeNull();
    const heading = byId(page, 'conversion-heading');
    expect(document.activeElement).toBe(heading);
    expect(textOf(heading)).toBe(en('options_section_conversion'));
    // Focusable from script only: the heading is not a stop in the tab order.
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('does not show the notice again once it was seen', async () => {
    const { problems } = parseStoredSettings({ ...defaultSettings(), target: 'mars' });
    const { api } = fakeOptionsApi({ problems, showNotice: false });
    const page = await open(api);
    expect(api.takeSettingsNotice).toHaveBeenCalledTimes(1);
    expect(page.querySelector('.notice')).toBeNull();
  });

  it('shows no notice when nothing was wrong, and says so to the marker', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    // With no problems, the marker is cleared (see the storage-fault tests).
    expect(api.takeSettingsNotice).toHaveBeenCalledWith([]);
    expect(page.querySelector('.notice')).toBeNull();
  });

  it('labels every control', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    const controls = [...page.querySelectorAll('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(10);
    for (const element of controls) {
      const labelled =
        element.hasAttribute('aria-label') ||
        page.querySelector(`label[for="${element.id}"]`) !== null;
      expect(labelled, `#${element.id}`).toBe(true);
    }
  });
});

describe('options: site rules', () => {
  /** Settings with two site rules: a.example always, b.example never. */
  const twoRules = () => ({
    ...defaultSettings(),
    siteRules: [
      { pattern: 'a.example', mode: 'always' as const },
      { pattern: 'b.example', mode: 'never' as const },
    ],
  });

  async function addRule(page: HTMLElement, pattern: string, mode?: string) {
    await type(control(page, en('site_rule_pattern')), pattern);
    if (mode) await choose(control<HTMLSelectElement>(page, en('site_rule_mode')), mode);
    await click(button(page, en('site_rule_add')));
  }

  it('adds a rule in its normalized form', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    await addRule(page, ' News.Example.COM ', 'never');
    expect(store.settings.siteRules).toEqual([{ pattern: 'news.example.com', mode: 'never' }]);
    expect(control(page, en('site_rule_pattern')).value).toBe('');
  });

  it('gives the typed pattern back when the rule cannot be saved', async () => {
    const { api, store } = fakeOptionsApi();
    const quota = syncQuotaError();
    api.changeSettings.mockRejectedValueOnce(quota);
    const page = await open(api);
    await addRule(page, 'news.example.com', 'never');
    expect(saveStatus(page)).toBe(en('error_quota_sync', ['9.1 KB', '8.0 KB']));
    expect(store.settings.siteRules).toEqual([]);
    expect(page.querySelectorAll('.rules > li')).toHaveLength(0);
    expect(control(page, en('site_rule_pattern')).value).toBe('news.example.com');
  });

  it.each([
    // Only an http(s) address has its scheme taken off; any other is refused as before.
    ['ftp://example.com', 'pattern_error_scheme'],
    ['javascript:alert(1)', 'pattern_error_scheme'],
    ['https://javascript:alert(1)', 'pattern_error_scheme'],
    ['https://example.com\\@good.example', 'pattern_error_credentials'],
    ['https://*', 'pattern_error_wildcard_alone'],
    ['https://user@com', 'pattern_error_top_level_domain'],
    ['*', 'pattern_error_wildcard_alone'],
    ['com', 'pattern_error_top_level_domain'],
    ['com.cn', 'pattern_error_top_level_domain'],
    ['*.com.tw', 'pattern_error_wildcard_too_broad'],
    ['example.com:99999', 'pattern_error_invalid_port'],
    ['', 'pattern_error_empty'],
  ] as const)('refuses %j with an inline error tied to the field', async (pattern, key) => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await addRule(page, pattern);
    const input = control(page, en('site_rule_pattern'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    const messages = describedBy.map((id) => textOf(byId(page, id)));
    expect(messages).toContain(en(key));
    // The field has the focus, so that a screen reader reads the error.
    expect(page.ownerDocument.activeElement).toBe(input);
    expect(api.changeSettings).not.toHaveBeenCalled();
    // Typing again clears the error.
    await type(input, 'example.com');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it.each([
    ['https://www.kejisudi.example/archives/*', 'www.kejisudi.example/archives/*'],
    ['http://News.Example.com/world/', 'news.example.com/world/*'],
    ['  HTTPS://reader:secret@example.com:8080/a  ', 'example.com:8080/a'],
    ['https://user@新闻.example', 'xn--efvy88h.example'],
  ])('takes the pasted address %j as the pattern %j', async (address, pattern) => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    await addRule(page, address, 'never');
    expect(store.settings.siteRules).toEqual([{ pattern, mode: 'never' }]);
    expect(textOf(page.querySelector('.rules .rule-pattern')!)).toBe(pattern);
  });

  /** Pastes text in a field, as a whole: the browser's input event says so. */
  async function paste(field: HTMLInputElement, text: string) {
    await act(() => {
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    await settle();
  }

  it('shows a pasted address as the pattern it saves as, at once', async () => {
    const { api, store } = fakeOptionsApi();
    const page = await open(api);
    const input = control<HTMLInputElement>(page, en('site_rule_pattern'));
    await paste(input, 'https://reader@www.KejiSudi.example/archives/*');
    expect(input.value).toBe('www.kejisudi.example/archives/*');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    // The same address again, or in other case: the pattern is what the field holds already.
    await paste(input, 'HTTPS://reader:pw@www.kejisudi.example/archives/*');
    expect(input.value).toBe('www.kejisudi.example/archives/*');
    // Typed, the text is left as it is until it is added: "https://" is half an address.
    await type(input, 'https://');
    expect(input.value).toBe('https://');
    await paste(input, 'https://example.com/news?page=2');
    expect(input.value).toBe('example.com/news?page=2');
    await click(button(page, en('site_rule_add')));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(page.querySelector('.field-error')!)).toBe(en('pattern_error_query_or_fragment'));
    expect(store.settings.siteRules).toEqual([]);
    expect(api.changeSettings).not.toHaveBeenCalled();
  });

  it('shows the address refused without its scheme, and the error about it', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await addRule(page, 'https://user:pw@example.com/#top');
    const input = control<HTMLInputElement>(page, en('site_rule_pattern'));
    expect(input.value).toBe('example.com/#top');
    expect(textOf(page.querySelector('.field-error')!)).toBe(en('pattern_error_query_or_fragment'));
    expect(api.changeSettings).not.toHaveBeenCalled();
  });

  it('takes a pasted address when a rule is edited, and says so in the hint', async () => {
    const { api, store } = fakeOptionsApi({ settings: twoRules() });
    const page = await open(api);
    await click(button(page, en('site_rule_edit_named', 'a.example')));
    const input = control<HTMLInputElement>(page, en('site_rule_edit_input', 'a.example'));
    await paste(input, 'https://a.example/news/');
    expect(input.value).toBe('a.example/news/*');
    await click(button(page, en('action_save')));
    expect(store.settings.siteRules[0]).toEqual({ pattern: 'a.example/news/*', mode: 'always' });
    expect(textOf(byId(page, 'new-rule-pattern-hint'))).toBe(en('site_rules_help'));
    expect(en('site_rules_help')).toContain('https://');
  });

  it('names the offending character', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await addRule(page, 'exa_mple.com');
    expect(textOf(page.querySelector('.field-error')!)).toBe(
      en('pattern_error_forbidden_character', '“_”'),
    );
    // In a pasted address too, which is refused as the pattern left once its scheme is off.
    await addRule(page, 'https://example.com/<script>');
    expect(textOf(page.querySelector('.field-error')!)).toBe(
      en('pattern_error_forbidden_character', '“<”'),
    );
    expect(control(page, en('site_rule_pattern')).value).toBe('example.com/<script>');
    expect(api.changeSettings).not.toHaveBeenCalled();
  });

  it('refuses a second rule for the same pattern', async () => {
    const { api } = fakeOptionsApi({
      settings: { ...defaultSettings(), siteRules: [{ pattern: 'example.com', mode: 'always' }] },
    });
    const page = await open(api);
    await addRule(page, 'EXAMPLE.com');
    expect(textOf(page.querySelector('.field-error')!)).toBe(
      en('site_rule_duplicate', 'example.com'),
    );
    expect(api.changeSettings).not.toHaveBeenCalled();
  });

  it('edits, changes the mode of and removes a rule', async () => {
    const { api, store } = fakeOptionsApi({
      settings: {
        ...defaultSettings(),
        siteRules: [
          { pattern: 'example.com', mode: 'always' },
          { pattern: 'other.example', mode: 'never' },
        ],
      },
    });
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('site_rule_for', 'other.example')), 'always');
    expect(store.settings.siteRules[1]).toEqual({ pattern: 'other.example', mode: 'always' });

    await click(button(page, en('site_rule_edit_named', 'example.com')));
    const input = control(page, en('site_rule_edit_input', 'example.com'));
    await type(input, 'example.com/news/');
    await click(button(page, en('action_save')));
    expect(store.settings.siteRules[0]).toEqual({ pattern: 'example.com/news/*', mode: 'always' });

    // Removing asks first: the rule is kept until the question is answered.
    await click(button(page, en('site_rule_remove_named', 'other.example')));
    const asking = page.querySelector('.confirm-row') as HTMLElement;
    expect(asking.getAttribute('aria-label')).toBe(en('site_rule_remove_title'));
    expect(textOf(asking)).toContain(en('site_rule_remove_confirm', 'other.example'));
    expect(store.settings.siteRules).toHaveLength(2);
    await click(button(asking, en('action_remove')));
    expect(store.settings.siteRules).toEqual([{ pattern: 'example.com/news/*', mode: 'always' }]);
    expect(page.querySelector('.confirm-row')).toBeNull();
  });

  it('asks before removing a rule, with Cancel focused; Escape or Cancel keeps it', async () => {
    const { api, store } = fakeOptionsApi({ settings: twoRules() });
    const page = await open(api);
    const remove = () => button(page, en('site_rule_remove_named', 'a.example'));
    await askAndKeep(page, remove, en('action_cancel'));
    expect(api.changeSettings).not.toHaveBeenCalled();
    expect(store.settings.siteRules).toEqual(twoRules().siteRules);
  });

  it('keeps an edited pattern in its editor when the save is refused', async () => {
    const { api, store } = fakeOptionsApi({
      settings: { ...defaultSettings(), siteRules: [{ pattern: 'example.com', mode: 'never' }] },
    });
    api.changeSettings.mockRejectedValueOnce(syncQuotaError());
    const page = await open(api);
    await click(button(page, en('site_rule_edit_named', 'example.com')));
    await type(control(page, en('site_rule_edit_input', 'example.com')), 'example.com/news/');
    await click(button(page, en('action_save')));
    expect(saveStatus(page)).toBe(en('error_quota_sync', ['9.1 KB', '8.0 KB']));
    expect(store.settings.siteRules).toEqual([{ pattern: 'example.com', mode: 'never' }]);
    // The stored rule is listed, with the typed pattern still in its editor.
    const input = control(page, en('site_rule_edit_input', 'example.com'));
    expect(input.value).toBe('example.com/news/');
    // Saved again once there is room: as typed, normalised.
    await click(button(page, en('action_save')));
    expect(store.settings.siteRules).toEqual([{ pattern: 'example.com/news/*', mode: 'never' }]);
    expect(page.querySelector('.rule-editing')).toBeNull();
  });

  it('keeps the keyboard focus on the rules through edit, cancel, save and remove', async () => {
    const { api } = fakeOptionsApi({ settings: twoRules() });
    const page = await open(api);
    await click(button(page, en('site_rule_edit_named', 'a.example')));
    expect(document.activeElement).toBe(control(page, en('site_rule_edit_input', 'a.example')));
    await click(button(page, en('action_cancel')));
    expect(document.activeElement).toBe(button(page, en('site_rule_edit_named', 'a.example')));
    await click(button(page, en('site_rule_edit_named', 'a.example')));
    await type(control(page, en('site_rule_edit_input', 'a.example')), 'c.example');
    await click(button(page, en('action_save')));
    expect(document.activeElement).toBe(button(page, en('site_rule_edit_named', 'c.example')));
    const removeAndConfirm = async (pattern: string) => {
      await click(button(page, en('site_rule_remove_named', pattern)));
      await click(button(page.querySelector('.confirm-row') as HTMLElement, en('action_remove')));
    };
    await removeAndConfirm('c.example');
    expect(document.activeElement).toBe(button(page, en('site_rule_edit_named', 'b.example')));
    await removeAndConfirm('b.example');
    expect(document.activeElement).toBe(control(page, en('site_rule_pattern')));
  });

  it('keeps an edit that would clash with another rule from being saved', async () => {
    const { api } = fakeOptionsApi({ settings: twoRules() });
    const page = await open(api);
    await click(button(page, en('site_rule_edit_named', 'a.example')));
    const input = control(page, en('site_rule_edit_input', 'a.example'));
    await type(input, 'b.example');
    await click(button(page, en('action_save')));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(api.changeSettings).not.toHaveBeenCalled();
  });
});

describe('options: keyboard shortcuts', () => {
  /** Each command's label and what its row shows for its keys, in the page's order. */
  const rows = (page: HTMLElement) =>
    [...page.querySelectorAll('#shortcuts tr')].map((row) => [
      textOf(row.querySelector('th')!),
      textOf(row.querySelector('td')!),
    ]);

  it('lists every command with the keys the browser binds to it, or says it has none', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    expect(textOf(byId(page, 'shortcuts-heading'))).toBe(en('options_section_shortcuts'));
    expect(rows(page)).toEqual([
      [en('command_toggle_conversion'), 'Alt+Shift+Z'],
      [en('command_cycle_target'), 'Alt+Shift+X'],
      [en('command_cycle_mode'), 'Alt+Shift+C'],
      [en('command_next_term'), 'Alt+Shift+N'],
      [en('command_previous_term'), en('shortcuts_not_set')],
      [en('command_peek_original'), en('shortcuts_not_set')],
    ]);
  });

  it('lists the toolbar panel’s command too where the browser has one (Chrome)', async () => {
    const { api } = fakeOptionsApi();
    api.shortcuts.mockResolvedValue([
      { command: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
      { command: 'toggle-conversion', shortcut: 'Alt+Shift+Z' },
    ]);
    const page = await open(api);
    expect(rows(page)).toHaveLength(7);
    expect(rows(page)[0]).toEqual([en('command_toggle_conversion'), 'Alt+Shift+Z']);
    expect(rows(page)[6]).toEqual([en('command_open_panel'), 'Ctrl+Shift+Y']);
  });

  it('reads the keys again when the reader comes back from changing them', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    expect(rows(page)[4]).toEqual([en('command_previous_term'), en('shortcuts_not_set')]);
    api.shortcuts.mockResolvedValue([{ command: 'previous-term', shortcut: 'Ctrl+Shift+B' }]);
    await act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await settle();
    expect(rows(page)[4]).toEqual([en('command_previous_term'), 'Ctrl+Shift+B']);
    // A key the reader took away reads as none.
    expect(rows(page)[0]).toEqual([en('command_toggle_conversion'), en('shortcuts_not_set')]);
  });

  it('opens the browser’s shortcuts page, and says so when it cannot', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await click(button(page, en('shortcuts_change')));
    expect(api.openShortcutSettings).toHaveBeenCalledTimes(1);
    expect(page.querySelector('#shortcuts [role="alert"]')).toBeNull();
    api.openShortcutSettings.mockRejectedValueOnce(new Error('no such page'));
    await click(button(page, en('shortcuts_change')));
    expect(textOf(page.querySelector('#shortcuts [role="alert"]')!)).toBe(
      en('shortcuts_open_failed', 'no such page'),
    );
  });

  it('says why when the browser does not give the keys, and still offers its page', async () => {
    const { api } = fakeOptionsApi();
    api.shortcuts.mockRejectedValue(new Error('commands.getAll failed'));
    const page = await open(api);
    expect(rows(page)).toEqual([]);
    expect(textOf(byId(page, 'shortcuts'))).toContain(
      en('shortcuts_unreadable', 'commands.getAll failed'),
    );
    expect(button(page, en('shortcuts_change'))).toBeTruthy();
  });

  it('has no section where the browser has no keyboard commands', async () => {
    const { api } = fakeOptionsApi();
    api.shortcuts.mockResolvedValue(null);
    const page = await open(api);
    expect(page.querySelector('#shortcuts')).toBeNull();
    // The rest of the page is there.
    expect(page.querySelector('#language')).not.toBeNull();
  });
});

describe('options: reset', () => {
  it('resets after the changes made before it are saved, not before', async () => {
    const fake = fakeOptionsApi();
    const { api, store } = fake;
    const answers = holdSettingsSaves(fake);
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('option_reading_mode')), 'parallel');
    await click(button(page, en('reset_defaults')));
    await click(button(page.querySelector('dialog')!, en('reset_defaults')));
    // The reset waits for the change's save, which storage now answers.
    expect(api.resetSettings).not.toHaveBeenCalled();
    answers.shift()!();
    await vi.waitFor(() => expect(api.resetSettings).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(saveStatus(page)).toBe(en('reset_done')));
    expect(store.settings).toEqual(defaultSettings());
    expect(control<HTMLSelectElement>(page, en('option_reading_mode')).value).toBe('converted');
  });

  it('asks in a dialog first, and resets only when confirmed', async () => {
    const { api, store } = fakeOptionsApi({
      settings: { ...defaultSettings(), readingMode: 'parallel' },
    });
    const page = await open(api);
    const dialog = page.querySelector('dialog')!;
    expect(dialog.open).toBe(false);

    await click(button(page, en('reset_defaults')));
    expect(dialog.open).toBe(true);
    expect(textOf(dialog)).toContain(en('reset_confirm'));
    await click(button(dialog, en('action_cancel')));
    expect(dialog.open).toBe(false);
    expect(api.resetSettings).not.toHaveBeenCalled();

    await click(button(page, en('reset_defaults')));
    await click(button(dialog, en('reset_defaults')));
    expect(api.resetSettings).toHaveBeenCalledTimes(1);
    expect(store.settings).toEqual(defaultSettings());
    expect(control<HTMLSelectElement>(page, en('option_reading_mode')).value).toBe('converted');
    expect(saveStatus(page)).toBe(en('reset_done'));
    expect(dialog.open).toBe(false);
  });
});

describe('options: one action’s messages at a time', () => {
  it('takes an import’s errors and the last “Saved” away when the reader does something else', async () => {
    const { api } = fakeOptionsApi({ settings: { ...defaultSettings(), target: 'tw' } });
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('option_target')), 'hk');
    await vi.waitFor(() => expect(saveStatus(page)).toBe(en('options_saved')));
    // A glossary file refused: its errors show, and "Saved" (of the target) goes.
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.json', '{"terms": [');
    expect(page.querySelector('#glossary-import-errors')).not.toBeNull();
    expect(saveStatus(page)).toBe('');
    // A backup refused next: its errors show, the glossary file's go.
    await pickFile(control(page, en('import_choose_backup_file')), 'backup.json', '[]');
    expect(page.querySelector('#backup-import-errors')).not.toBeNull();
    expect(page.querySelector('#glossary-import-errors')).toBeNull();
    // A setting changed: the backup's errors go, and the change says "Saved".
    await choose(control<HTMLSelectElement>(page, en('option_target')), 'tw');
    await vi.waitFor(() => expect(saveStatus(page)).toBe(en('options_saved')));
    expect(page.querySelector('#backup-import-errors')).toBeNull();
  });

  it('takes a glossary file’s errors away when a backup is applied after it', async () => {
    const { api } = fakeOptionsApi({ settings: { ...defaultSettings(), target: 'tw' } });
    const page = await open(api);
    const backup = exportAll({
      settings: { ...defaultSettings(), target: 'hk' },
      userGlossary: { revision: 0, terms: [] },
    });
    await pickFile(control(page, en('import_choose_backup_file')), 'backup.json', backup);
    expect(page.querySelector('#backup-preview-heading')).not.toBeNull();
    await pickFile(control(page, en('import_choose_glossary_file')), 'terms.json', '{"terms": [');
    expect(page.querySelector('#glossary-import-errors')).not.toBeNull();
    await click(button(page.querySelector('.import-preview')!, en('action_apply')));
    await vi.waitFor(() => expect(saveStatus(page)).toBe(en('backup_import_done')));
    expect(page.querySelector('#glossary-import-errors')).toBeNull();
  });
});
