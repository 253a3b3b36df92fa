import * as OpenCC from 'opencc-js';
import { describe, expect, it, vi } from 'vitest';
import { createTextToTarget } from '../../../utils/convert/convert-text.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';

describe('createTextToTarget (the popup box and selections)', () => {
  it('reads the source script from the text and converts to the target', async () => {
    const convert = createTextToTarget({ loadDictionaries: loadBundledDictionaries });
    const simplified = '简体中文的软件更新很快';
    const traditional = '繁體中文的軟體更新很快';
    expect(await convert({ text: simplified, target: 'tw', regionalVocabulary: false })).toBe(
      OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified),
    );
    expect(await convert({ text: traditional, target: 'cn', regionalVocabulary: false })).toBe(
      OpenCC.Converter({ from: 'tw', to: 'cn' })(traditional),
    );
    expect(await convert({ text: simplified, target: 'tw', regionalVocabulary: true })).toContain(
      '軟體',
    );
  });

  it('returns text already in the target, Japanese or without Chinese unchanged, loading nothing', async () => {
    const load = vi.fn(loadBundledDictionaries);
    const convert = createTextToTarget({ loadDictionaries: load });
    for (const text of [
      '这是简体中文的句子，已经是目标文字了',
      '東京で新しいスマートフォンが発表されました',
      'plain English',
    ]) {
      expect(await convert({ text, target: 'cn', regionalVocabulary: false })).toBe(text);
    }
    expect(load).not.toHaveBeenCalled();
  });

  it('loads each dictionary pack once', async () => {
    const load = vi.fn(loadBundledDictionaries);
    const convert = createTextToTarget({ loadDictionaries: load });
    await convert({ text: '简体中文的句子', target: 'tw', regionalVocabulary: false });
    await convert({ text: '另一个简体句子', target: 'hk', regionalVocabulary: false });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
