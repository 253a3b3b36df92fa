import { describe, expect, it } from 'vitest';
import { safeHttpsLink, termCardContent } from '../../../utils/glossary/card-content.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { makeTerm } from './helpers.ts';

const nvidia = makeTerm('nvidia', {
  hans: '英伟达',
  hant: '英偉達',
  tw: '輝達',
  en: 'NVIDIA',
  category: 'company',
  asOf: '2025',
  link: 'https://en.wikipedia.org/wiki/Nvidia',
  note: { en: 'Taiwan writes 輝達.', hans: '台湾写作“輝達”。', hant: '臺灣寫作“輝達”。' },
});

function builtIn(id: string): Term {
  const term = BUILT_IN_TERMS.find((entry) => entry.id === id);
  if (!term) throw new Error(id);
  return term;
}

describe('termCardContent', () => {
  it('names the term without a mirror’s pinyin inside it (repair off)', () => {
    const cxmt = builtIn('cxmt');
    const content = termCardContent({
      term: cxmt,
      pageText: '長(zhǎng)鑫存儲',
      form: '長鑫存儲',
      locale: 'en',
    });
    expect(content.shown).toEqual({ text: '長鑫存儲', lang: 'zh-Hant' });
  });

  it('shows the Traditional form beside Simplified page text, and the other way round', () => {
    const simplified = termCardContent({
      term: nvidia,
      pageText: '英伟达',
      form: '英伟达',
      locale: 'en',
    });
    expect(simplified.shown).toEqual({ text: '英伟达', lang: 'zh-Hans' });
    expect(simplified.otherScript).toEqual([{ text: '英偉達', lang: 'zh-Hant' }]);

    const traditional = termCardContent({
      term: nvidia,
      pageText: '英偉達',
      form: '英偉達',
      locale: 'en',
    });
    expect(traditional.shown).toEqual({ text: '英偉達', lang: 'zh-Hant' });
    expect(traditional.otherScript).toEqual([{ text: '英伟达', lang: 'zh-Hans' }]);
  });

  it('lists the Taiwan form under regional forms, tagged for Taiwan', () => {
    const content = termCardContent({ term: nvidia, pageText: '輝達', form: '輝達', locale: 'en' });
    expect(content.shown.lang).toBe('zh-Hant-TW');
    expect(content.otherScript).toEqual([
      { text: '英伟达', lang: 'zh-Hans' },
      { text: '英偉達', lang: 'zh-Hant' },
    ]);
    expect(content.regional).toEqual([
      { region: 'tw', form: { text: '輝達', lang: 'zh-Hant-TW' } },
    ]);
  });

  it('shows both Chinese forms for an English name on the page, and no English line', () => {
    const content = termCardContent({
      term: nvidia,
      pageText: 'Nvidia',
      form: 'NVIDIA',
      locale: 'en',
    });
    expect(content.shown).toEqual({ text: 'Nvidia', lang: 'en' });
    expect(content.otherScript.map((form) => form.text)).toEqual(['英伟达', '英偉達']);
    // Labelled as the Chinese names, not as the other script of "Nvidia".
    expect(content.otherScriptKind).toBe('chinese-names');
    expect(content.english).toBeNull();
  });

  it('labels each row of other forms by what it holds', () => {
    const kind = (id: string, pageText: string) =>
      termCardContent({ term: builtIn(id), pageText, form: pageText, locale: 'zh_TW' });
    expect(kind('nvidia', '英伟达').otherScriptKind).toBe('other-script');
    // Taiwan's name is another word: the row is the mainland's, in both scripts.
    const taiwan = kind('nvidia', '輝達');
    expect(taiwan.otherScriptKind).toBe('mainland');
    expect(taiwan.otherScript.map((form) => form.text)).toEqual(['英伟达', '英偉達']);
    // A Hong Kong form that is the term's characters (集羣) has the Simplified as its other script;
    // Hong Kong's own word for a term Taiwan names otherwise is another word too.
    expect(kind('fengxiang-laoshu', '風箱裏的老鼠兩頭受氣').otherScriptKind).toBe('other-script');
    expect(kind('mobile-communications', '流動通訊').otherScriptKind).toBe('mainland');
    // Variants of the same characters: Hong Kong's 集羣, Taiwan's 台積電.
    expect(kind('cluster', '集羣').otherScriptKind).toBe('other-script');
    expect(kind('tsmc', '台積電').otherScriptKind).toBe('other-script');
    expect(kind('tsmc', '台積電').otherScript.map((form) => form.text)).toEqual(['台积电']);
    // A Latin mainland name is the term's name.
    expect(kind('asic', '特殊應用積體電路').otherScriptKind).toBe('names');
    // An alias shows the term's main name: a name, not the alias in the other script.
    const r1 = kind('deepseek-r1', '推理模型R1');
    expect(r1.otherScript.map((form) => form.text)).toEqual(['DeepSeek-R1']);
    expect(r1.otherScriptKind).toBe('names');
  });

  it('does not repeat a Latin name that is the same in both scripts', () => {
    const cuda = builtIn('cuda');
    const content = termCardContent({ term: cuda, pageText: 'CUDA', form: 'CUDA', locale: 'en' });
    expect(content.shown).toEqual({ text: 'CUDA', lang: 'en' });
    expect(content.otherScript).toEqual([]);
    expect(content.english).toBeNull();
  });

  it('gives the definition in the UI language, with the English one below a Chinese one', () => {
    const ascend = builtIn('huawei-ascend');
    const forms = { term: ascend, pageText: '昇腾', form: '昇腾' };
    const en = termCardContent({ ...forms, locale: 'en' });
    expect(en.definition).toEqual({ text: ascend.definition.en, lang: 'en' });
    expect(en.definitionInEnglish).toBeNull();
    expect(en.english).toEqual({ text: 'Ascend', lang: 'en' });

    const hans = termCardContent({ ...forms, locale: 'zh_CN' });
    expect(hans.definition).toEqual({ text: ascend.definition.hans, lang: 'zh-Hans' });
    expect(hans.definitionInEnglish).toEqual({ text: ascend.definition.en, lang: 'en' });
    expect(hans.note).toEqual({ text: ascend.note!.hans, lang: 'zh-Hans' });
    expect(hans.noteInEnglish).toEqual({ text: ascend.note!.en, lang: 'en' });

    const hant = termCardContent({ ...forms, locale: 'zh_TW' });
    expect(hant.definition).toEqual({ text: ascend.definition.hant, lang: 'zh-Hant' });
    expect(hant.definitionInEnglish).toEqual({ text: ascend.definition.en, lang: 'en' });
    expect(hant.note).toEqual({ text: ascend.note!.hant, lang: 'zh-Hant' });
    expect(hant.noteInEnglish).toEqual({ text: ascend.note!.en, lang: 'en' });
    // The English UI shows the English note once.
    expect(en.note).toEqual({ text: ascend.note!.en, lang: 'en' });
    expect(en.noteInEnglish).toBeNull();
  });

  it('falls back to English when a user term left its Chinese definition empty', () => {
    const term: Term = {
      ...makeTerm('blue-whale', { hans: '蓝鲸', hant: '藍鯨' }),
      definition: { en: 'A made-up engine.', hans: '', hant: '' },
    };
    const content = termCardContent({ term, pageText: '藍鯨', form: '藍鯨', locale: 'zh_TW' });
    expect(content.definition).toEqual({ text: 'A made-up engine.', lang: 'en' });
    expect(content.definitionInEnglish).toBeNull();
  });

  it('shows a reader’s definition in the language it has, whatever the UI’s', () => {
    const base = makeTerm('blue-whale', { hans: '蓝鲸', hant: '藍鯨' });
    const card = (definition: Term['definition'], locale: 'en' | 'zh_CN' | 'zh_TW') =>
      termCardContent({ term: { ...base, definition }, pageText: '蓝鲸', form: '蓝鲸', locale });
    // Only Traditional: shown in the Simplified UI and the English one too, never empty.
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      const content = card({ hant: '虛構的引擎。' }, locale);
      expect(content.definition, locale).toEqual({ text: '虛構的引擎。', lang: 'zh-Hant' });
      expect(content.definitionInEnglish, locale).toBeNull();
    }
    // Only Simplified, in the English UI: the Simplified one, not an empty English one.
    expect(card({ hans: '虚构的引擎。' }, 'en').definition).toEqual({
      text: '虚构的引擎。',
      lang: 'zh-Hans',
    });
    // Only English, in a Chinese UI: the English one, and not twice.
    const english = card({ en: 'A made-up engine.' }, 'zh_CN');
    expect(english.definition).toEqual({ text: 'A made-up engine.', lang: 'en' });
    expect(english.definitionInEnglish).toBeNull();
    // Traditional and English, in the Simplified UI: the Chinese one, with the English below.
    const both = card({ en: 'A made-up engine.', hant: '虛構的引擎。' }, 'zh_CN');
    expect(both.definition).toEqual({ text: '虛構的引擎。', lang: 'zh-Hant' });
    expect(both.definitionInEnglish).toEqual({ text: 'A made-up engine.', lang: 'en' });
  });

  it('shows a reader’s note in the language it has, whatever the UI’s, and none without one', () => {
    const base = makeTerm('blue-whale', { hans: '蓝鲸', hant: '藍鯨' });
    const note = (term: Term, locale: 'en' | 'zh_CN' | 'zh_TW') =>
      termCardContent({ term, pageText: '蓝鲸', form: '蓝鲸', locale }).note;
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      expect(note({ ...base, note: { en: 'Named by its maker.' } }, locale), locale).toEqual({
        text: 'Named by its maker.',
        lang: 'en',
      });
      expect(note({ ...base, note: { hans: '厂商自己起的名。' } }, locale), locale).toEqual({
        text: '厂商自己起的名。',
        lang: 'zh-Hans',
      });
      expect(note(base, locale), locale).toBeNull();
    }
    // Simplified and English, in the Traditional UI: the Chinese one, with the English below.
    const both = termCardContent({
      term: { ...base, note: { en: 'Named.', hans: '起的名。' } },
      pageText: '蓝鲸',
      form: '蓝鲸',
      locale: 'zh_TW',
    });
    expect(both.note).toEqual({ text: '起的名。', lang: 'zh-Hans' });
    expect(both.noteInEnglish).toEqual({ text: 'Named.', lang: 'en' });
    // A note in one Chinese script has no English to show below it.
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      const only = termCardContent({
        term: { ...base, note: { hans: '厂商自己起的名。' } },
        pageText: '蓝鲸',
        form: '蓝鲸',
        locale,
      });
      expect(only.noteInEnglish, locale).toBeNull();
    }
  });

  it('has no definition to show for a term without one, rather than an empty one', () => {
    const term: Term = { ...makeTerm('blue-whale', { hans: '蓝鲸' }), definition: {} };
    const content = termCardContent({ term, pageText: '蓝鲸', form: '蓝鲸', locale: 'zh_CN' });
    expect(content.definition).toBeNull();
    expect(content.definitionInEnglish).toBeNull();
  });

  it('carries the category, the date, the link and whether the term is the reader’s', () => {
    const content = termCardContent({
      term: nvidia,
      pageText: '英伟达',
      form: '英伟达',
      locale: 'en',
      userTerm: true,
    });
    expect(content).toMatchObject({
      termId: 'nvidia',
      category: 'company',
      asOf: '2025',
      link: 'https://en.wikipedia.org/wiki/Nvidia',
      userTerm: true,
    });
  });
});

describe('safeHttpsLink', () => {
  it('keeps https addresses only', () => {
    expect(safeHttpsLink('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpsLink('http://example.org/')).toBeNull();
    expect(safeHttpsLink('javascript:alert(1)')).toBeNull();
    expect(safeHttpsLink('JAVASCRIPT:alert(1)//https://x')).toBeNull();
    expect(safeHttpsLink('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpsLink('not a url')).toBeNull();
    expect(safeHttpsLink(undefined)).toBeNull();
  });
});
