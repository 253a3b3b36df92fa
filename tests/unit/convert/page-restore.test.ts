import { describe, expect, it } from 'vitest';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import {
  compact,
  createConverter,
  documentWithBody,
  fixturePage,
  serialize,
  sharedPage,
  sleep,
} from './helpers.ts';

describe('attributes, title and lang', () => {
  it('converts the title, tooltips, alt text, placeholders, labels and button values', async () => {
    const doc = fixturePage('static-traditional.html');
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    const attribute = (selector: string, name: string) =>
      doc.querySelector(selector)?.getAttribute(name);
    expect(doc.title).toBe('台湾半导体产业发展观察｜科技周报');
    expect(attribute('nav', 'aria-label')).toBe('网站导览');
    expect(attribute('a[href="#news"]', 'title')).toBe('最新消息列表');
    expect(attribute('a[href="#about"]', 'title')).toBe('关于我们的团队');
    expect(attribute('#search-box', 'placeholder')).toBe('搜寻新闻与专栏');
    expect(attribute('#search-box', 'aria-label')).toBe('搜寻关键字');
    expect(attribute('#search-button', 'value')).toBe('开始搜寻');
    expect(attribute('#reset-button', 'value')).toBe('清除条件');
    expect(attribute('#more-button', 'value')).toBe('载入更多');
    expect(attribute('#more-button', 'title')).toBe('显示更多结果');
    expect(attribute('#chart', 'alt')).toBe('图表：近五年晶圆产能变化');
    expect(attribute('#chart', 'title')).toBe('资料来源：产业研究机构');
    expect(attribute('footer button', 'aria-label')).toBe('回到页面顶端');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
    // Twelve attributes, of which 最新消息列表 reads the same in both scripts.
    expect(converter.stats().attributesConverted).toBe(11);
  });

  it('marks Hong Kong Traditional zh-Hant-HK, Taiwan Traditional zh-Hant', async () => {
    const doc = fixturePage('static-simplified.html');
    await createConverter(doc).convert({ target: 'hk' });
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(doc.title).toBe('國產大模型開源生態觀察｜科技週刊');
    const taiwan = fixturePage('static-simplified.html');
    await createConverter(taiwan).convert({ target: 'tw' });
    expect(taiwan.documentElement.getAttribute('lang')).toBe('zh-Hant');
  });

  it('restore puts back the original lang, or its absence', async () => {
    const withLang = fixturePage('static-traditional.html');
    const a = createConverter(withLang);
    await a.convert({ target: 'cn' });
    a.restore();
    expect(withLang.documentElement.getAttribute('lang')).toBe('zh-TW');

    const withoutLang = documentWithBody('<p>這個國家的發展</p>', null);
    const b = createConverter(withoutLang);
    await b.convert({ target: 'cn' });
    expect(withoutLang.documentElement.getAttribute('lang')).toBe('zh-Hans');
    b.restore();
    expect(withoutLang.documentElement.hasAttribute('lang')).toBe(false);
  });

  it('exposes originals to other modules', async () => {
    const doc = fixturePage('static-traditional.html');
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    const text = doc.getElementById('p2')!.firstChild as Text;
    expect(text.data).toContain('软体');
    expect(converter.originalTextOf(text)).toContain('軟體');
    const chart = doc.getElementById('chart')!;
    expect(converter.originalAttributeOf(chart, 'alt')).toBe('圖表：近五年晶圓產能變化');
    expect(converter.originalAttributeOf(chart, 'data-missing')).toBeNull();
    // Nothing is stored on the nodes themselves.
    expect(Object.keys(text)).toEqual(Object.keys(doc.createTextNode('')));
  });
});

describe('restore is exact', () => {
  const pages: Array<[string, () => Document, 'cn' | 'tw' | 'hk']> = [
    ['static-traditional.html → cn', () => fixturePage('static-traditional.html'), 'cn'],
    ['static-traditional.html → hk', () => fixturePage('static-traditional.html'), 'hk'],
    ['static-simplified.html → tw', () => fixturePage('static-simplified.html'), 'tw'],
    ['split-words.html → cn', () => fixturePage('split-words.html'), 'cn'],
    ['editors.html → cn', () => fixturePage('editors.html'), 'cn'],
    ['a.netease.html → tw', () => sharedPage('a.netease.html'), 'tw'],
    ['c.mirror.html → cn', () => sharedPage('c.mirror.html'), 'cn'],
  ];

  it.each(pages)('%s: the page is byte-identical after restore', async (_, load, target) => {
    const doc = load();
    const before = serialize(doc);
    const title = doc.title;
    const converter = createConverter(doc);
    await converter.convert({ target, regionalVocabulary: true });
    expect(serialize(doc)).not.toBe(before);
    converter.restore();
    expect(serialize(doc)).toBe(before);
    expect(doc.title).toBe(title);
  });

  it('after switching targets several times, restore is still exact', async () => {
    const doc = sharedPage('b.netease.html');
    const before = serialize(doc);
    const converter = createConverter(doc);
    for (const target of ['tw', 'hk', 'tw', 'cn', 'hk'] as const) {
      await converter.convert({ target, regionalVocabulary: target === 'hk' });
    }
    converter.restore();
    expect(serialize(doc)).toBe(before);
  });
});

describe('target switching never converts converted text', () => {
  it('tw page → hk → cn gives what a fresh cn conversion gives, and tw gives the page back', async () => {
    const doc = fixturePage('static-traditional.html');
    const fresh = fixturePage('static-traditional.html');
    await createConverter(fresh).convert({ target: 'cn' });
    const original = serialize(doc);

    const converter = createConverter(doc);
    await converter.convert({ target: 'hk' });
    expect(compact(doc.getElementById('p2'))).toContain('軟體生態與開發者社羣');
    await converter.convert({ target: 'cn' });
    expect(serialize(doc)).toBe(serialize(fresh));
    await converter.convert({ target: 'tw' });
    expect(serialize(doc)).toBe(original);
  });

  it('the 演算法 case: converting to twp twice never gives 演演算法', async () => {
    const doc = documentWithBody('<p id="p">这个算法的内存占用很低</p>', 'zh-CN');
    const converter = createConverter(doc);
    await converter.convert({ target: 'tw', regionalVocabulary: true });
    expect(compact(doc.getElementById('p'))).toBe('這個演算法的記憶體佔用很低');
    await converter.convert({ target: 'tw', regionalVocabulary: true });
    expect(compact(doc.getElementById('p'))).toBe('這個演算法的記憶體佔用很低');
    await converter.convert({ target: 'tw' });
    expect(compact(doc.getElementById('p'))).toBe('這個算法的內存佔用很低');
    await converter.convert({ target: 'tw', regionalVocabulary: true });
    await converter.convert({ target: 'cn' });
    expect(compact(doc.getElementById('p'))).toBe('这个算法的内存占用很低');
  });

  it('Traditional page with regional words: tw → twp → cn switches back and forth cleanly', async () => {
    const doc = documentWithBody('<p id="p">這個演算法需要更多記憶體</p>');
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn', regionalVocabulary: true });
    expect(compact(doc.getElementById('p'))).toBe('这个算法需要更多内存');
    await converter.convert({ target: 'cn' });
    expect(compact(doc.getElementById('p'))).toBe('这个演算法需要更多记忆体');
    await converter.convert({ target: 'tw' });
    expect(compact(doc.getElementById('p'))).toBe('這個演算法需要更多記憶體');
  });

  it('the 昇腾 brand survives the trip from Traditional to Simplified', async () => {
    const doc = documentWithBody('<p id="p">華為的<b>昇騰</b>910C晶片</p>');
    await createConverter(doc).convert({ target: 'cn' });
    expect(compact(doc.getElementById('p'))).toBe('华为的昇腾910C晶片');
  });

  it('捏著鼻子 → 捏着鼻子 on a Taiwan page, and on a Hong Kong page that writes 著 so', async () => {
    const taiwan = documentWithBody('<p id="p">他捏著鼻子喝完了這碗藥</p>', 'zh-TW');
    await createConverter(taiwan).convert({ target: 'cn' });
    expect(compact(taiwan.getElementById('p'))).toBe('他捏着鼻子喝完了这碗药');
    const hongKong = documentWithBody('<p id="p">他捏著鼻子喝完了這碗藥</p>', 'zh-HK');
    await createConverter(hongKong).convert({ target: 'cn' });
    expect(compact(hongKong.getElementById('p'))).toBe('他捏着鼻子喝完了这碗药');
  });

  it('a Hong Kong page of its standard, with the particle 着, keeps the 著 of writing', async () => {
    const body =
      '<p id="book">金庸著《射鵰英雄傳》，作者著有多本小說</p><p id="late">衞生署説明，隨着疫情緩和，市民捏着鼻子</p>';
    const standard = documentWithBody(body, 'zh-HK');
    const converter = createConverter(standard);
    await converter.convert({ target: 'cn' });
    expect(compact(standard.getElementById('book'))).toBe('金庸著《射雕英雄传》，作者著有多本小说');
    expect(compact(standard.getElementById('late'))).toBe('卫生署说明，随着疫情缓和，市民捏着鼻子');
    // The same page with Taiwan's 著 for the particle: read as Taiwan's, words of writing kept.
    const taiwanZhu = documentWithBody(body.replaceAll('着', '著'), 'zh-HK');
    await createConverter(taiwanZhu).convert({ target: 'cn' });
    expect(compact(taiwanZhu.getElementById('late'))).toBe(
      '卫生署说明，随着疫情缓和，市民捏着鼻子',
    );
    expect(compact(taiwanZhu.getElementById('book'))).toContain('作者著有多本小说');
    // A 著 of renown alone (著名) says nothing of the particle: a page of Hong Kong's standard that
    // opens with one keeps the writer's 著 that follows.
    const renown = documentWithBody(
      '<p id="head">香港著名景點推介</p><p id="book">倪匡著《衞斯理傳奇》</p>',
      'zh-HK',
    );
    await createConverter(renown).convert({ target: 'cn' });
    expect(compact(renown.getElementById('book'))).toBe('倪匡著《卫斯理传奇》');
  });

  it('a page already in the target script is left alone', async () => {
    const doc = fixturePage('static-simplified.html');
    const before = serialize(doc);
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    expect(serialize(doc)).toBe(before);
    expect(converter.stats().nodesConverted).toBe(0);
    expect(converter.stats().source.script).toBe('simplified');
    // Said so, for the reading modes that would show nothing beside the original.
    expect(converter.stats().alreadyInTarget).toBe('cn');
    await converter.convert({ target: 'tw' });
    expect(converter.stats().alreadyInTarget).toBeNull();
    const taiwan = fixturePage('static-traditional.html');
    const forTaiwan = createConverter(taiwan);
    await forTaiwan.convert({ target: 'tw' });
    expect(forTaiwan.stats().alreadyInTarget).toBe('tw');
    await forTaiwan.convert({ target: 'hk' });
    expect(forTaiwan.stats().alreadyInTarget).toBeNull();
    forTaiwan.restore();
    expect(forTaiwan.stats().alreadyInTarget).toBeNull();
  });

  it('does not call the page already in a new target while that target’s dictionaries load', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const converter = createConverter(fixturePage('static-traditional.html'), {
      loadDictionaries: async (pack) => {
        if (pack === 't2cn') await gate;
        return loadBundledDictionaries(pack);
      },
    });
    await converter.convert({ target: 'tw' });
    expect(converter.stats().alreadyInTarget).toBe('tw');
    const toSimplified = converter.convert({ target: 'cn' });
    // The Simplified tables are still loading: the page is not in Simplified.
    await sleep(10);
    expect(converter.stats().alreadyInTarget).toBeNull();
    release();
    await toSimplified;
    expect(converter.stats().alreadyInTarget).toBeNull();
    expect(converter.stats().nodesConverted).toBeGreaterThan(0);
  });

  it('Japanese and English pages are never converted', async () => {
    for (const name of ['japanese.html', 'english.html']) {
      const doc = fixturePage(name);
      const before = serialize(doc);
      for (const target of ['cn', 'tw', 'hk'] as const) {
        const converter = createConverter(doc);
        await converter.convert({ target });
        expect(serialize(doc)).toBe(before);
        converter.dispose();
      }
    }
  });
});
