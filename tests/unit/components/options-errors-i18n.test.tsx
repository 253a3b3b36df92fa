import { afterEach, describe, expect, it } from 'vitest';
import type { OptionsApi } from '../../../components/options/api.ts';
import { validateStoredTerm } from '../../../components/options/glossary-model.ts';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { translate, type Locale } from '../../../utils/i18n/translate.ts';
import { parseStoredGlossary } from '../../../utils/settings/glossary-store.ts';
import { parseStoredSettings } from '../../../utils/settings/parse.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import { button, click, control, mount, pickFile, textOf, type, waitFor } from './helpers.tsx';
import { USER_TERM, fakeOptionsApi } from './options-fixtures.ts';

/**
 * A reader who chose a Chinese interface sees errors in Chinese: a file that cannot be
 * imported, a term field that is not right, a damaged settings or glossary notice. The
 * expected phrases are written out by hand; English words from the engine's messages must not
 * show.
 */

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

const inLanguage = (uiLanguage: Locale): Settings => ({ ...defaultSettings(), uiLanguage });
const say = (locale: Locale) => (key: Parameters<typeof translate>[1], subs?: string | string[]) =>
  translate(locale, key, subs);
const items = (list: Element) => [...list.querySelectorAll('li')].map((item) => textOf(item));

/** Words of the engine's English messages that a Chinese page must not show. */
const ENGLISH = /\b(must|expected|found|got|the file|column|separated|term \d|setting)\b/i;

const GOOD = {
  id: 'hbm4',
  hans: '第四代高带宽内存',
  hant: '第四代高頻寬記憶體',
  category: 'technology',
  definition: { en: 'Memory.', hans: '内存。', hant: '記憶體。' },
};
const glossaryFile = (terms: unknown[]) =>
  JSON.stringify({ format: 'jianfan-glossary', version: 1, terms }, null, 2);

describe('a malformed glossary import in a Chinese interface', () => {
  it('says in Traditional Chinese that a CSV file uses semicolons, on line 1', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_TW') });
    const page = await open(api);
    const tw = say('zh_TW');
    await pickFile(
      control(page, tw('import_choose_glossary_file')),
      'terms.csv',
      'id;hans;hant;category\r\nhbm4;内存;記憶體;technology\r\n',
    );
    const list = page.querySelector('#glossary-import-errors')!;
    expect(textOf(list)).toContain('無法匯入此檔案');
    expect(items(list)).toEqual([
      '第 1 行：欄位以分號（;）分隔；詞彙表 CSV 檔案須以逗號（,）分隔。',
    ]);
    expect(textOf(list)).not.toMatch(ENGLISH);
  });

  it('names the field, the line and the value found in Simplified Chinese', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    const page = await open(api);
    const cn = say('zh_CN');
    // Line 5 is where the term starts in this two-space-indented file.
    await pickFile(
      control(page, cn('import_choose_glossary_file')),
      'terms.json',
      glossaryFile([{ ...GOOD, hans: 5, category: 'gadget', protect: 'yes' }]),
    );
    const shown = items(page.querySelector('#glossary-import-errors')!);
    expect(shown).toContain('第 5 行，字段 terms[0].hans：必须是文字，而不是数字 5');
    expect(shown).toContain(
      '第 5 行，字段 terms[0].protect：必须是 true 或 false，而不是文字“yes”',
    );
    const category = shown.find((item) => item.includes('terms[0].category'));
    // Each allowed category with its label, which a file may use as well.
    expect(category).toMatch(
      /^第 5 行，字段 terms\[0\]\.category：必须是以下类别之一：company（公司）、/,
    );
    expect(category).toMatch(/，而不是文字“gadget”$/);
    for (const item of shown) expect(item).not.toMatch(ENGLISH);
    expect(page.querySelector('.import-preview')).toBeNull();
  });

  it('shows the same file’s errors in English to an English reader', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('en') });
    const page = await open(api);
    await pickFile(
      control(page, say('en')('import_choose_glossary_file')),
      'terms.json',
      glossaryFile([{ ...GOOD, hans: 5 }]),
    );
    expect(items(page.querySelector('#glossary-import-errors')!)).toEqual([
      'Line 5, field terms[0].hans: must be a string, got the number 5',
    ]);
  });

  it('refuses in Simplified Chinese a form that already belongs to one of the reader’s terms', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    const page = await open(api);
    await pickFile(
      control(page, say('zh_CN')('import_choose_glossary_file')),
      'terms.json',
      glossaryFile([{ ...GOOD, hans: USER_TERM.hans }]),
    );
    expect(page.querySelector('.import-preview')).toBeNull();
    expect(textOf(page)).toContain(
      '“我的实验室”已经是您的术语“my-lab”的写法；一种写法只能属于一个术语。',
    );
  });
});

describe('a glossary file with a bad category', () => {
  const csv = (category: string) =>
    `hans,hant,en,category,definition_en\r\n英伟达,輝達,NVIDIA,公司,A chip maker.\r\n寒武纪,寒武紀,Cambricon,${category},A chip designer.\r\n`;

  it('names the allowed categories with their labels in Traditional Chinese, and imports nothing', async () => {
    const { api, store } = fakeOptionsApi({ settings: inLanguage('zh_TW') });
    const page = await open(api);
    const before = structuredClone(store.glossary);
    await pickFile(
      control(page, say('zh_TW')('import_choose_glossary_file')),
      't.csv',
      csv('晶片'),
    );
    await waitFor(() => expect(page.querySelector('#glossary-import-errors')).not.toBeNull());
    const [item, ...more] = items(page.querySelector('#glossary-import-errors')!);
    expect(more).toEqual([]);
    expect(item).toMatch(
      /^第 3 行，欄位 category：必須是下列類別之一：company（公司）、organization（機構）、/,
    );
    expect(item).toContain('、technology（技術）、');
    expect(item).toContain('、vocabulary（詞語），而不是文字「晶片」');
    expect(store.glossary).toEqual(before);
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
  });

  it('names them in Simplified Chinese too, and only the key in English', async () => {
    for (const [locale, expected] of [
      ['zh_CN', 'technology（技术）、term（术语）'],
      ['en', 'technology, term, policy'],
    ] as const) {
      const { api } = fakeOptionsApi({ settings: inLanguage(locale) });
      const page = await open(api);
      await pickFile(
        control(page, say(locale)('import_choose_glossary_file')),
        't.csv',
        csv('chip'),
      );
      await waitFor(() => expect(page.querySelector('#glossary-import-errors')).not.toBeNull());
      const shown = items(page.querySelector('#glossary-import-errors')!);
      expect(shown, locale).toHaveLength(1);
      expect(shown[0], locale).toContain(expected);
      cleanup?.();
      cleanup = null;
    }
  });
});

describe('a file that is not JSON in a Chinese interface', () => {
  // A comma after the last field, on line 4 at column 14: V8 says so in English only.
  const trailingComma = '{\n  "format": "jianfan-glossary",\n  "version": 1,\n  "terms": [],\n}\n';

  it('names the line and column of a glossary file’s slip in Traditional Chinese', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_TW') });
    const page = await open(api);
    await pickFile(
      control(page, say('zh_TW')('import_choose_glossary_file')),
      'terms.json',
      trailingComma,
    );
    const list = page.querySelector('#glossary-import-errors')!;
    expect(items(list)).toEqual(['第 4 行：檔案不是有效的 JSON：第 14 欄有誤。']);
    expect(textOf(list)).not.toMatch(ENGLISH);
    // No English word at all, but the name of the format.
    expect(textOf(list).replaceAll('JSON', '')).not.toMatch(/[A-Za-z]/);
  });

  it('names the line and column of a backup’s slip in Simplified Chinese', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    const page = await open(api);
    const backup = '{\n  "format": "jianfan-backup",\n  \'version\': 1\n}';
    await pickFile(control(page, say('zh_CN')('import_choose_backup_file')), 'b.json', backup);
    const list = page.querySelector('#backup-import-errors')!;
    expect(items(list)).toEqual(['文件不是有效的 JSON：第 3 行第 3 列有误。']);
    expect(textOf(list)).not.toMatch(ENGLISH);
  });

  it('still says where in English to an English reader', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('en') });
    const page = await open(api);
    await pickFile(
      control(page, say('en')('import_choose_glossary_file')),
      'terms.json',
      trailingComma,
    );
    expect(items(page.querySelector('#glossary-import-errors')!)).toEqual([
      'Line 4: The file is not valid JSON: it goes wrong at column 14.',
    ]);
  });
});

describe('a full device in a Chinese interface', () => {
  /** What the storage layer throws when the browser has no room left on the device. */
  const deviceFull = () =>
    Object.assign(
      new Error(
        'The browser has no room left to store the settings on this device (QuotaExceededError); removing glossary terms frees some.',
      ),
      {
        name: 'StorageQuotaError',
        check: { ok: false, bytes: 900, limit: Number.POSITIVE_INFINITY, error: 'full' },
      },
    );

  it('says so in Simplified Chinese when a setting cannot be saved', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    api.changeSettings.mockRejectedValueOnce(deviceFull());
    const page = await open(api);
    await click(control(page, say('zh_CN')('option_glossary_enabled')));
    const status = textOf(page.querySelector('#save-status')!);
    expect(status).toBe('浏览器在此设备上已没有空间保存这些内容。删除部分词汇表术语可以腾出空间。');
    expect(status).not.toMatch(/[A-Za-z]/);
  });

  it('says so in Traditional Chinese when a term cannot be saved', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_TW') });
    api.saveUserGlossary.mockRejectedValueOnce(deviceFull());
    const page = await open(api);
    const tw = say('zh_TW');
    await click(button(page, tw('glossary_delete_named', '我的實驗室 (My Lab)')));
    await click(button(page.querySelector('.confirm-row')!, tw('action_delete')));
    const status = textOf(page.querySelector('#save-status')!);
    expect(status).toBe('瀏覽器在此裝置上已沒有空間儲存這些內容。刪除部分詞彙表術語可以騰出空間。');
    expect(status).not.toMatch(/[A-Za-z]/);
  });
});

describe('going back to a built-in term in a Chinese interface', () => {
  it('asks in Traditional Chinese to remove the reader’s version, not to delete a term', async () => {
    const { api } = fakeOptionsApi({
      settings: inLanguage('zh_TW'),
      glossary: {
        revision: 1,
        terms: [
          {
            id: 'nvidia',
            hans: '英伟达',
            hant: '英偉達',
            tw: '輝達',
            en: 'NVIDIA',
            category: 'company',
            definition: { en: 'A company.', hans: '一家公司。', hant: '一家公司。' },
          },
        ],
      },
    });
    const page = await open(api);
    // The term by its Traditional form, the script the interface is in.
    await click(button(page, say('zh_TW')('glossary_revert_named', '英偉達 (NVIDIA)')));
    const row = page.querySelector('.confirm-row')!;
    expect(row.getAttribute('aria-label')).toBe('改用內建術語');
    expect(textOf(row)).toContain('要移除您自訂的「英偉達」，重新使用內建版本嗎？');
    expect(textOf(row)).not.toContain('刪除');
  });
});

describe('a bad term field in a Chinese interface', () => {
  it('explains each field’s problem in Simplified Chinese under the field', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    const page = await open(api);
    const cn = say('zh_CN');
    await click(button(page, cn('glossary_add')));
    await type(control(page, cn('glossary_field_id')), 'HBM 4');
    await type(control(page, cn('glossary_field_hans')), '长'.repeat(65));
    await type(control(page, cn('glossary_field_link')), 'http://example.com');
    await click(button(page, cn('action_add')));
    // The empty Traditional form is converted first, with dictionaries loaded on first use.
    await waitFor(
      () =>
        expect(control(page, cn('glossary_field_id')).getAttribute('aria-invalid')).toBe('true'),
      15_000,
    );
    expect(api.saveUserGlossary).not.toHaveBeenCalled();
    const errorUnder = (label: string) => {
      const field = control(page, label);
      expect(field.getAttribute('aria-invalid'), label).toBe('true');
      const errorId = field.getAttribute('aria-describedby')!.split(' ')[0]!;
      return textOf(page.querySelector(`#${errorId}`)!);
    };
    expect(errorUnder(cn('glossary_field_id'))).toBe(
      '请使用小写字母、数字和连字符，例如 nvidia-h200。',
    );
    // The rule itself, not one of the form's own wordings.
    expect(errorUnder(cn('glossary_field_hans'))).toBe('不能超过 64 个字符');
    // Left empty, the Traditional form is the Simplified one converted: too long as well.
    expect(errorUnder(cn('glossary_field_hant'))).toBe('不能超过 64 个字符');
    // No definition: the form's own wording, above the three languages.
    expect(textOf(page.querySelector('#term-definition-error')!)).toBe(
      '请至少用一种语言填写释义。',
    );
    expect(errorUnder(cn('glossary_field_link'))).toBe('请输入以 https:// 开头的网址。');
  });

  it('explains a control character in Traditional Chinese', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_TW') });
    const page = await open(api);
    const tw = say('zh_TW');
    await click(button(page, tw('glossary_add')));
    await type(control(page, tw('glossary_field_hant')), '記憶\u202e體');
    await click(button(page, tw('action_add')));
    const field = control(page, tw('glossary_field_hant'));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), 15_000);
    const errorId = field.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(textOf(page.querySelector(`#${errorId}`)!)).toBe('不可包含控制字元或換行');
  });
});

describe('the damaged-settings notice in a Chinese interface', () => {
  it('lists what could not be read in Traditional Chinese', async () => {
    const stored = {
      ...inLanguage('zh_TW'),
      readingMode: 3,
      siteRules: [{ pattern: '*', mode: 'never' }],
    };
    const { settings, problems } = parseStoredSettings(stored);
    const { api } = fakeOptionsApi({ settings, problems });
    const page = await open(api);
    const notice = page.querySelector('.notice')!;
    expect(textOf(notice)).toContain('部分設定無法讀取');
    expect(textOf(notice.querySelector('summary')!)).toBe('詳細資訊（2 項）');
    const [readingMode, siteRule] = items(notice);
    expect(readingMode).toBe(
      '閱讀模式 readingMode：應為 converted、parallel、peek、original 其中之一，實際為數字 3',
    );
    expect(siteRule).toBe(
      '網站規則 siteRules[0]：網站：單獨的「*」會符合所有網站，請寫成 *.example.com。',
    );
    expect(textOf(notice)).not.toMatch(ENGLISH);
  });

  it('lists a stored term that is not valid in Simplified Chinese', async () => {
    const { problems } = parseStoredGlossary(
      { revision: 'two', terms: [USER_TERM, { ...GOOD, link: 'http://example.com' }] },
      { validateTerm: validateStoredTerm },
    );
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    // What the storage layer hands over: the readable terms, and what it could not read.
    const loaded = { revision: 0, terms: [USER_TERM], problems };
    api.loadUserGlossary.mockResolvedValue(loaded);
    const page = await open(api);
    const notice = page.querySelector('.notice')!;
    expect(items(notice)).toEqual([
      '我的词汇表 userGlossary.revision：应为不小于 0 的整数，实际为文字“two”',
      '我的词汇表 userGlossary.terms[1]：不是有效的术语：link 必须是以 https:// 开头的网址',
    ]);
  });
});

describe('a broken backup in a Chinese interface', () => {
  it('says in Traditional Chinese which term and which setting are wrong', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_TW') });
    const page = await open(api);
    const backup = JSON.stringify({
      format: 'jianfan-backup',
      version: 1,
      settings: { ...inLanguage('zh_TW'), glossaryEnabled: 'yes' },
      userGlossary: { revision: 1, terms: [{ ...GOOD, category: 'gadget' }, GOOD, GOOD] },
    });
    await pickFile(control(page, say('zh_TW')('import_choose_backup_file')), 'b.json', backup);
    const list = page.querySelector('#backup-import-errors')!;
    expect(textOf(list)).toContain('無法匯入此檔案，未做任何變更。');
    const shown = items(list);
    // The setting by its label in the options page, as the damaged-settings notice names it.
    expect(shown).toContain('標示術語（glossaryEnabled）：應為 true 或 false，實際為文字「yes」。');
    expect(
      shown.some((item) => item.startsWith('第 1 個術語：category 必須是下列類別之一：')),
    ).toBe(true);
    expect(shown).toContain('第 3 個術語與第 2 個重複。');
    expect(textOf(list)).not.toMatch(ENGLISH);
    expect(api.applyImport).not.toHaveBeenCalled();
  });

  it('says in Simplified Chinese that a file is not JSON', async () => {
    const { api } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    const page = await open(api);
    await pickFile(control(page, say('zh_CN')('import_choose_backup_file')), 'notes.txt', '');
    expect(items(page.querySelector('#backup-import-errors')!)).toEqual(['文件是空的。']);
  });
});

describe('numbers, dates and lists in the interface language', () => {
  it('a backup preview in Simplified Chinese: a Chinese date and a Chinese list', async () => {
    const { api, downloads } = fakeOptionsApi({ settings: inLanguage('zh_CN') });
    const page = await open(api);
    const cn = say('zh_CN');
    await click(button(page, cn('backup_export_all')));
    const backup = JSON.parse(downloads.at(-1)!.text) as { settings: Record<string, unknown> };
    backup.settings.target = 'hk';
    backup.settings.readingMode = 'parallel';
    await pickFile(
      control(page, cn('import_choose_backup_file')),
      'backup.json',
      JSON.stringify(backup),
    );
    const preview = textOf(page.querySelector('.import-preview')!);
    const exportedAt = new Date('2025-06-01T08:00:00Z').toLocaleString('zh-CN');
    expect(preview).toContain(cn('backup_exported_at', exportedAt));
    expect(preview).toContain(
      cn('backup_import_settings_changes', `${cn('option_target')}、${cn('option_reading_mode')}`),
    );
  });

  it('counts one term as one', async () => {
    const { api } = fakeOptionsApi();
    const page = await open(api);
    await type(control(page, say('en')('glossary_search')), 'My Lab');
    expect(textOf(page.querySelector('#glossary-count')!)).toBe(say('en')('glossary_count_one'));
  });
});
