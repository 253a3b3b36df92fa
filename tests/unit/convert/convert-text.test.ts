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

  it('reads a few words in Hong Kong forms as Traditional from Hong Kong', async () => {
    const convert = createTextToTarget({ loadDictionaries: loadBundledDictionaries });
    const go = (text: string, target: 'cn' | 'tw' | 'hk') =>
      convert({ text, target, regionalVocabulary: false });
    expect(await go('衞生署説明', 'cn')).toBe('卫生署说明');
    expect(await go('衞生署説明', 'tw')).toBe('衛生署說明');
    expect(await go('衞生署説明', 'hk')).toBe('衞生署説明');
    // Hong Kong forms that Simplified shares (温, 税) say nothing by themselves.
    expect(await go('温度', 'cn')).toBe('温度');
    // Taiwan's 著 for the particle in Hong Kong's forms, and Hong Kong's own 着 and 著.
    expect(await go('衞生署説明，隨著疫情緩和', 'cn')).toBe('卫生署说明，随着疫情缓和');
    expect(await go('衞生署説明，隨着疫情，金庸著', 'cn')).toBe('卫生署说明，随着疫情，金庸著');
    // A selection with a writer's 著 alone says nothing of the particle.
    expect(await go('倪匡著《衞斯理傳奇》', 'cn')).toBe('倪匡著《卫斯理传奇》');
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

  it('converts text that does not tell its script from the other one, as asked', async () => {
    const convert = createTextToTarget({ loadDictionaries: loadBundledDictionaries });
    const go = (text: string, target: 'cn' | 'tw' | 'hk') =>
      convert({ text, target, regionalVocabulary: false });
    // Only characters both scripts write: read as Simplified, they came back unchanged.
    expect(await go('他睡著了', 'cn')).toBe('他睡着了');
    expect(await go('新疆的葡萄乾很有名', 'cn')).toBe('新疆的葡萄干很有名');
    expect(await go('他於2020年加入公司', 'cn')).toBe('他于2020年加入公司');
    expect(await go('他回覆了我的消息', 'cn')).toBe('他回复了我的消息');
    expect(await go('藉口太多了', 'cn')).toBe('借口太多了');
    // The same characters in Simplified words stay as they are.
    for (const text of ['著名作家', '乾隆皇帝', '慰藉', '覆盖范围', '他于2020年加入公司']) {
      expect(await go(text, 'cn')).toBe(text);
    }
    // And such text asked for in Traditional is read as Simplified, as before.
    expect(await go('他于2020年加入公司', 'tw')).toBe('他於2020年加入公司');
    expect(await go('他睡著了', 'hk')).toBe('他睡著了');
  });

  it('converts only the characters of such text, not the words of a region', async () => {
    const convert = createTextToTarget({ loadDictionaries: loadBundledDictionaries });
    const go = (text: string) => convert({ text, target: 'cn', regionalVocabulary: true });
    // Mainland words too: read as Taiwan's, they came out as 文档, 视频 and 程序化.
    for (const text of ['文件', '一部影片', '程式化']) expect(await go(text)).toBe(text);
    expect(await go('他睡著了')).toBe('他睡着了');
    // Text that tells its script still takes the words.
    expect(await go('這個程式')).toBe('这个程序');
  });

  it('loads each dictionary pack once', async () => {
    const load = vi.fn(loadBundledDictionaries);
    const convert = createTextToTarget({ loadDictionaries: load });
    await convert({ text: '简体中文的句子', target: 'tw', regionalVocabulary: false });
    await convert({ text: '另一个简体句子', target: 'hk', regionalVocabulary: false });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
