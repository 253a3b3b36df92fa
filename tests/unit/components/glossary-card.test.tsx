import { afterEach, describe, expect, it } from 'vitest';
import { cardAnnouncement, GlossaryCard } from '../../../components/glossary-card/GlossaryCard.tsx';
import { translatorFor } from '../../../components/shared/i18n.tsx';
import { termCardContent } from '../../../utils/glossary/card-content.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import type { BuiltInTerm, Term } from '../../../utils/glossary/schema.ts';
import { translate, type Locale } from '../../../utils/i18n/translate.ts';
import { mount } from './helpers.tsx';

function builtIn(id: string): BuiltInTerm {
  const term = BUILT_IN_TERMS.find((entry) => entry.id === id);
  if (!term) throw new Error(id);
  return term;
}

const nvidia = builtIn('nvidia');
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function renderCard(
  term: Term,
  {
    pageText,
    form = pageText,
    locale,
    userTerm = false,
  }: {
    pageText: string;
    form?: string;
    locale: Locale;
    userTerm?: boolean;
  },
) {
  const content = termCardContent({ term, pageText, form, locale, userTerm });
  const { container, unmount } = await mount(
    <GlossaryCard
      id="jianfan-glossary-card"
      content={content}
      t={translatorFor(locale)}
      uiLang={locale === 'en' ? 'en' : locale === 'zh_CN' ? 'zh-CN' : 'zh-TW'}
      theme="light"
      box={{ left: 12, top: 40, maxHeight: null }}
      safeWidth={600}
    />,
  );
  cleanup = unmount;
  const card = container.querySelector<HTMLElement>('[role="tooltip"]');
  if (!card) throw new Error('no tooltip');
  return { card, content };
}

describe('GlossaryCard', () => {
  it('is a tooltip with an id, placed where it is told', async () => {
    const { card } = await renderCard(nvidia, { pageText: '英伟达', locale: 'en' });
    expect(card.id).toBe('jianfan-glossary-card');
    expect(card.style.left).toBe('12px');
    expect(card.style.top).toBe('40px');
    expect(card.style.visibility).toBe('');
    expect(card.getAttribute('data-theme')).toBe('light');
  });

  it('in English: the term, its other forms, category, English definition, date and link', async () => {
    const { card } = await renderCard(nvidia, { pageText: '英伟达', locale: 'en' });
    const text = card.textContent ?? '';
    expect(card.lang).toBe('en');
    expect(card.querySelector('.term')?.textContent).toBe('英伟达');
    expect(card.querySelector('.term')?.getAttribute('lang')).toBe('zh-Hans');
    expect(text).toContain(nvidia.hant);
    expect(text).toContain(`${translate('en', 'card_region_tw')} ${nvidia.tw!}`);
    expect(text).toContain(nvidia.en!);
    expect(text).toContain(translate('en', 'category_company'));
    expect(text).toContain(nvidia.definition.en);
    expect(text).not.toContain(nvidia.definition.hans);
    expect(text).toContain(translate('en', 'card_as_of', nvidia.asOf!));
    const link = card.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(nvidia.link);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.textContent).toBe(translate('en', 'card_more'));
  });

  it('labels the Chinese names of an English name as such, not as its other script', async () => {
    const { card } = await renderCard(nvidia, { pageText: 'NVIDIA', locale: 'zh_TW' });
    const row = [...card.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(row[0]).toEqual([
      translate('zh_TW', 'card_chinese_names'),
      `${nvidia.hans} / ${nvidia.hant}`,
    ]);
    expect(card.textContent).not.toContain(translate('zh_TW', 'card_other_script'));
  });

  it('in Simplified Chinese: the Simplified definition, then the English one', async () => {
    const { card } = await renderCard(nvidia, { pageText: '輝達', locale: 'zh_CN' });
    const text = card.textContent ?? '';
    expect(card.lang).toBe('zh-CN');
    expect(text).toContain(translate('zh_CN', 'category_company'));
    // 輝達 is Taiwan's name: the row beside it is the mainland's, not its other script.
    expect(text).toContain(translate('zh_CN', 'card_mainland_forms'));
    const chinese = text.indexOf(nvidia.definition.hans);
    const english = text.indexOf(nvidia.definition.en);
    expect(chinese).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(chinese);
    expect(card.querySelector('.secondary')?.getAttribute('lang')).toBe('en');
    // The note too: the Simplified one, then the English one below it.
    const notes = [...card.querySelectorAll('.note')];
    expect(notes.map((note) => note.textContent)).toEqual([
      `${translate('zh_CN', 'card_note')}${translate('zh_CN', 'label_separator')}${nvidia.note!.hans}`,
      nvidia.note!.en,
    ]);
    expect(notes[1]!.getAttribute('lang')).toBe('en');
  });

  it('in Traditional Chinese: the Traditional definition, then the English one', async () => {
    const ascend = builtIn('huawei-ascend');
    const { card } = await renderCard(ascend, { pageText: '昇騰', locale: 'zh_TW' });
    const text = card.textContent ?? '';
    expect(card.lang).toBe('zh-TW');
    expect(text).toContain(translate('zh_TW', 'category_product'));
    expect(text).toContain(ascend.hans);
    expect(text.indexOf(ascend.definition.en)).toBeGreaterThan(
      text.indexOf(ascend.definition.hant),
    );
    expect(text).not.toContain(ascend.definition.hans);
    // Its date, in the interface's language.
    expect(card.querySelector('.meta')?.textContent).toBe(
      translate('zh_TW', 'card_as_of', ascend.asOf!),
    );
  });

  it('a term with no link and no date has no empty footer', async () => {
    const undated = { ...builtIn('huawei-ascend') };
    delete undated.asOf;
    delete undated.link;
    const { card } = await renderCard(undated, { pageText: '昇騰', locale: 'zh_TW' });
    expect(card.textContent).toContain(undated.definition.hant);
    expect(card.querySelector('.meta')).toBeNull();
  });

  it('shows a reader’s one-language definition once, and no empty definition heading', async () => {
    const whale: Term = {
      id: 'blue-whale',
      hans: '蓝鲸',
      hant: '藍鯨',
      category: 'term',
      definition: { hant: '虛構的引擎。' },
    };
    const { card } = await renderCard(whale, { pageText: '蓝鲸', locale: 'zh_CN', userTerm: true });
    const definitions = [...card.querySelectorAll('.definition')];
    expect(definitions.map((element) => element.getAttribute('lang'))).toEqual(['zh-Hant']);
    expect(definitions[0]!.textContent).toContain('虛構的引擎。');

    const empty = termCardContent({ term: whale, pageText: '蓝鲸', form: '蓝鲸', locale: 'zh_CN' });
    const { container, unmount } = await mount(
      <GlossaryCard
        id="jianfan-glossary-card-empty"
        content={{ ...empty, definition: null }}
        t={translatorFor('zh_CN')}
        uiLang="zh-CN"
        theme="light"
        box={{ left: 12, top: 40, maxHeight: null }}
        safeWidth={800}
      />,
    );
    expect(container.querySelector('.definition')).toBeNull();
    expect(container.textContent).not.toContain(translate('zh_CN', 'card_definition'));
    unmount();
  });

  it('shows a reader’s one-language note under its label, and no note label without a note', async () => {
    const whale: Term = {
      id: 'blue-whale',
      hans: '蓝鲸',
      hant: '藍鯨',
      category: 'term',
      definition: { en: 'A made-up engine.' },
      note: { en: 'Named by its maker.' },
    };
    const { card } = await renderCard(whale, { pageText: '藍鯨', locale: 'zh_TW', userTerm: true });
    const note = card.querySelector('.note')!;
    expect(note.textContent).toBe(
      `${translate('zh_TW', 'card_note')}${translate('zh_TW', 'label_separator')}Named by its maker.`,
    );
    expect(note.querySelector('[lang="en"]')?.textContent).toBe('Named by its maker.');
    cleanup?.();

    const { note: _, ...withoutNote } = whale;
    const { card: plain } = await renderCard(withoutNote, { pageText: '藍鯨', locale: 'zh_TW' });
    expect(plain.querySelector('.note')).toBeNull();
    expect(plain.textContent).not.toContain(translate('zh_TW', 'card_note'));
  });

  it('marks the reader’s own terms', async () => {
    const term = builtIn('cuda');
    const { card } = await renderCard(term, { pageText: 'CUDA', locale: 'en', userTerm: true });
    expect(card.textContent).toContain(translate('en', 'card_user_term'));
  });

  it('shows hostile term data as text, never as markup', async () => {
    const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const hostile: Term = {
      id: 'hostile',
      hans: `${attack}甲`,
      hant: `${attack}乙`,
      tw: '<b>丙</b>',
      en: '<a href="javascript:alert(3)">x</a>',
      category: 'term',
      definition: { en: attack, hans: attack, hant: attack },
      note: { en: '<svg onload=alert(4)>', hans: '<svg onload=alert(4)>', hant: '' },
      link: 'javascript:alert(5)',
      asOf: '<i>2025</i>',
    };
    const { card } = await renderCard(hostile, {
      pageText: `${attack}甲`,
      locale: 'en',
    });
    expect(card.querySelectorAll('img, script, b, svg, i').length).toBe(0);
    // The one element that could be a link is not there: only https links are.
    expect(card.querySelectorAll('a').length).toBe(0);
    expect(card.textContent).toContain(attack);
    expect(card.textContent).toContain('<a href="javascript:alert(3)">x</a>');
  });

  it('reads the card out in order: term, category, forms, definitions', () => {
    const content = termCardContent({
      term: nvidia,
      pageText: '英伟达',
      form: '英伟达',
      locale: 'zh_TW',
    });
    const spoken = cardAnnouncement(content, translatorFor('zh_TW'));
    const order = ['英伟达', translate('zh_TW', 'category_company'), nvidia.hant, nvidia.tw!];
    let last = -1;
    for (const part of order) {
      const at = spoken.indexOf(part, last + 1);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
    expect(spoken).toContain(nvidia.definition.hant.slice(0, 20));
    expect(spoken).toContain(nvidia.definition.en.slice(0, 20));
  });
});
