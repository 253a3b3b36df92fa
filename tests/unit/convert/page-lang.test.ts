import { describe, expect, it } from 'vitest';
import { langMarkedByUs } from '../../../utils/convert/dom-rules.ts';
import { HELD_BLOCK_MIN_RUNS } from '../../../utils/convert/page-converter.ts';
import {
  LANG_SWITCH_MAX_BLOCKS,
  LANG_SWITCH_MAX_ELEMENTS,
} from '../../../utils/convert/page-lang.ts';
import { compact, createConverter, documentWithBody, serialize, waitFor } from './helpers.ts';

const PARAGRAPHS = 12;

/** A page of Traditional paragraphs, one with a language of its own, and a block of blocks. */
function page(): Document {
  return documentWithBody(
    [
      ...Array.from(
        { length: PARAGRAPHS },
        (_, i) => `<p id="p${i}">第${i}段：這個國家的<b>經濟</b>發展。</p>`,
      ),
      '<p id="ja" lang="ja">日本語の段落、這個。</p>',
      '<div id="outer">外層的說明<p id="inner">內層的段落</p></div>',
    ].join(''),
  );
}

/** A clock that moves 3 ms every time it is read, so each slice holds a few paragraphs. */
function steppingClock() {
  let t = 0;
  return () => (t += 3);
}

const ownLangs = (doc: Document) =>
  [...doc.body.querySelectorAll('[lang]')].map(
    (element) => `${element.id}=${element.getAttribute('lang')}`,
  );

describe('the lang of a page being converted', () => {
  it('moves to <html> once the page is done, and is carried by each converted block until then', async () => {
    const doc = page();
    const midway: { html: string | null; blocks: string[]; converted: boolean[] }[] = [];
    await createConverter(doc, {
      now: steppingClock(),
      yieldToEventLoop: async () => {
        midway.push({
          html: doc.documentElement.getAttribute('lang'),
          blocks: ownLangs(doc),
          converted: Array.from({ length: PARAGRAPHS }, (_, i) =>
            compact(doc.getElementById(`p${i}`)).includes('这个'),
          ),
        });
      },
    }).convert({ target: 'cn' });

    expect(midway.length).toBeGreaterThan(2);
    const converting = midway.filter((snapshot) => snapshot.html === 'zh-TW');
    const settling = midway.slice(converting.length);
    expect(converting.length).toBeGreaterThan(2);
    for (const snapshot of converting) {
      // The page still says it is Traditional; each converted paragraph says it is Simplified.
      snapshot.converted.forEach((converted, i) => {
        expect(snapshot.blocks.includes(`p${i}=zh-Hans`)).toBe(converted);
      });
      expect(snapshot.blocks).toContain('ja=ja');
    }
    // Then <html> says Simplified, and the blocks' own lang comes off in slices: whatever is
    // left of it says the same.
    expect(settling.length).toBeGreaterThan(0);
    for (const snapshot of settling) {
      expect(snapshot.html).toBe('zh-Hans');
      expect(snapshot.converted.every(Boolean)).toBe(true);
      for (const block of snapshot.blocks)
        expect(block === 'ja=ja' || block.endsWith('=zh-Hans')).toBe(true);
    }
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
    // Only the page's own lang is left on its blocks.
    expect(ownLangs(doc)).toEqual(['ja=ja']);
    expect(compact(doc.getElementById('inner'))).toBe('内层的段落');
  });

  it('leaves a block that holds other blocks to the final switch', async () => {
    const doc = page();
    const outerLangs: (string | null)[] = [];
    await createConverter(doc, {
      now: steppingClock(),
      yieldToEventLoop: async () => {
        outerLangs.push(doc.getElementById('outer')!.getAttribute('lang'));
      },
    }).convert({ target: 'cn' });
    expect(outerLangs.every((lang) => lang === null)).toBe(true);
    expect(compact(doc.getElementById('outer'))).toBe('外层的说明内层的段落');
  });

  it('restore in the middle of a conversion takes the blocks’ lang off again', async () => {
    const doc = page();
    const converter = createConverter(doc, {
      now: steppingClock(),
      yieldToEventLoop: async () => {
        if (ownLangs(doc).length > 1) converter.restore();
      },
    });
    await converter.convert({ target: 'cn' });
    expect(ownLangs(doc)).toEqual(['ja=ja']);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW');
    expect(compact(doc.getElementById('p0'))).toBe('第0段：這個國家的經濟發展。');
  });

  it('restore leaves a <html lang> the page set itself since the conversion', async () => {
    const doc = documentWithBody('<p id="p">這個國家的經濟</p>', 'zh-TW');
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
    // The page's own script switch, say, shows Hong Kong text now.
    doc.documentElement.setAttribute('lang', 'zh-HK');
    converter.restore();
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-HK');
  });

  it('gives the lang to a block of <br> lines with its first lines, as to a paragraph', async () => {
    // Left to <html> at the end, a mirror's article of <br> lines was shaped again as a whole.
    const lines = Array.from({ length: HELD_BLOCK_MIN_RUNS * 2 }, (_, i) => `第${i}行：這個國家`);
    const doc = documentWithBody(
      `<p id="p">這個國家的經濟</p><div id="lines">${lines.join('<br>')}</div>`,
      'zh-TW',
    );
    const midway: (string | null)[] = [];
    const converter = createConverter(doc, {
      now: steppingClock(),
      yieldToEventLoop: async () => {
        if (compact(doc.getElementById('lines')).includes('这个')) {
          midway.push(doc.getElementById('lines')!.getAttribute('lang'));
        }
      },
    });
    await converter.convert({ target: 'cn' });
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.every((lang) => lang === 'zh-Hans')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
    expect(ownLangs(doc)).toEqual([]);
    expect(compact(doc.getElementById('lines'))).toContain('第31行：这个国家');
    converter.restore();
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW');
    expect(ownLangs(doc)).toEqual([]);
  });

  it('needs no block lang when <html> already has the target’s', async () => {
    const doc = documentWithBody('<p id="p">这个国家的經濟</p>', 'zh-Hans');
    await createConverter(doc).convert({ target: 'cn' });
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
    expect(ownLangs(doc)).toEqual([]);
  });
});

describe('the lang of a very long page', () => {
  const COUNT = LANG_SWITCH_MAX_BLOCKS + 1;
  const longPage = () =>
    documentWithBody(
      Array.from({ length: COUNT }, (_, i) => `<p id="p${i}">第${i}段的說明文字。</p>`).join(''),
    );

  it('stays on each converted block: <html> keeps its own, restyling nothing else', async () => {
    const doc = longPage();
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    expect(compact(doc.getElementById(`p${COUNT - 1}`))).toBe(`第${COUNT - 1}段的说明文字。`);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW');
    const langs = ownLangs(doc);
    expect(langs).toHaveLength(COUNT);
    expect(langs.every((entry) => entry.endsWith('=zh-Hans'))).toBe(true);

    // A paragraph the page adds later takes it too, once converted.
    const added = doc.createElement('p');
    added.id = 'added';
    added.textContent = '後來加入的段落。';
    doc.body.append(added);
    await waitFor(() => compact(added) === '后来加入的段落。');
    expect(added.getAttribute('lang')).toBe('zh-Hans');

    // Restore takes every one off.
    converter.restore();
    expect(ownLangs(doc)).toEqual([]);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW');
    expect(compact(doc.getElementById('p0'))).toBe('第0段的說明文字。');
  });

  it('restore leaves a block lang the page set itself since the conversion', async () => {
    const doc = longPage();
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    expect(doc.getElementById('p5')!.getAttribute('lang')).toBe('zh-Hans');
    // The page marks one paragraph as its own (a quotation in Hong Kong Chinese, say).
    doc.getElementById('p5')!.setAttribute('lang', 'zh-HK');
    converter.restore();
    expect(ownLangs(doc)).toEqual(['p5=zh-HK']);
    expect(compact(doc.getElementById('p0'))).toBe('第0段的說明文字。');
  });

  it('comes off a block left as the page wrote it (parallel mode), and back when released', async () => {
    const doc = longPage();
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    const p3 = doc.getElementById('p3')!;
    converter.setExcludedSubtrees([p3]);
    expect(compact(p3)).toBe('第3段的說明文字。');
    expect(p3.hasAttribute('lang')).toBe(false);
    converter.setExcludedSubtrees([]);
    await waitFor(() => compact(p3) === '第3段的说明文字。');
    expect(p3.getAttribute('lang')).toBe('zh-Hans');
  });

  it('stays on the blocks of a document with very many elements, however few blocks converted', async () => {
    // A few paragraphs, then more elements than LANG_SWITCH_MAX_ELEMENTS with nothing to convert.
    const doc = documentWithBody(
      '<p id="a">第一段的說明文字。</p><p id="b">第二段的說明文字。</p>' +
        `<div>${'<i></i>'.repeat(LANG_SWITCH_MAX_ELEMENTS)}</div>`,
    );
    await createConverter(doc).convert({ target: 'cn' });
    expect(compact(doc.getElementById('b'))).toBe('第二段的说明文字。');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW');
    expect(ownLangs(doc)).toEqual(['a=zh-Hans', 'b=zh-Hans']);
  });

  it('a conversion to another target gives each block that target’s lang', async () => {
    const doc = longPage();
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    await converter.convert({ target: 'hk' });
    const langs = ownLangs(doc);
    expect(langs).toHaveLength(COUNT);
    expect(langs.every((entry) => entry.endsWith('=zh-Hant-HK'))).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW');
    converter.restore();
    expect(ownLangs(doc)).toEqual([]);
  });
});

describe('a part of the page marked as Chinese in one script', () => {
  const marked = () =>
    documentWithBody(
      '<p id="context">这个国家的经济发展很快，这个国家的发展。</p>' +
        '<article id="cn" lang="zh-CN"><p>这是一段发展的文字。</p></article>' +
        '<aside id="tw" lang="zh-TW"><p>這是一段發展的文字。</p></aside>' +
        '<section id="plain" lang="zh"><p>这是一段文字。</p></section>' +
        '<div id="ours" lang="zh-Hans"><p>这是一段文字。</p></div>',
      'zh-CN',
    );
  const langOf = (doc: Document, id: string) => doc.getElementById(id)!.getAttribute('lang');

  it('is marked as the script it shows once converted, and gets its own mark back on restore', async () => {
    const doc = marked();
    const converter = createConverter(doc);
    await converter.convert({ target: 'tw' });
    expect(compact(doc.getElementById('cn'))).toBe('這是一段發展的文字。');
    expect(langOf(doc, 'cn')).toBe('zh-Hant');
    // Already Traditional, and a tag that names no script: left as they are.
    expect(langOf(doc, 'tw')).toBe('zh-TW');
    expect(langOf(doc, 'plain')).toBe('zh');
    // The same with the tags we write ourselves, when the page writes them.
    expect(langOf(doc, 'ours')).toBe('zh-Hant');
    await converter.convert({ target: 'cn' });
    // Back in its own script, it takes its own tag again.
    expect(langOf(doc, 'cn')).toBe('zh-CN');
    expect(langOf(doc, 'tw')).toBe('zh-Hans');
    converter.restore();
    expect(['cn', 'tw', 'plain', 'ours'].map((id) => langOf(doc, id))).toEqual([
      'zh-CN',
      'zh-TW',
      'zh',
      'zh-Hans',
    ]);
  });

  it('follows not a mark the side-by-side mode wrote, and gives its own back with its text', async () => {
    const doc = marked();
    const converter = createConverter(doc);
    const tw = doc.getElementById('tw')!;
    const ours = doc.getElementById('ours')!;
    // As the side-by-side mode marks a block shown in the original.
    ours.removeAttribute('lang');
    ours.setAttribute('lang', 'zh-Hans');
    langMarkedByUs.set(ours, 'zh-Hans');
    await converter.convert({ target: 'tw' });
    expect(langOf(doc, 'ours')).toBe('zh-Hans');
    langMarkedByUs.delete(ours);
    await converter.convert({ target: 'cn' });
    expect(langOf(doc, 'tw')).toBe('zh-Hans');
    // The side-by-side mode shows this part in the original: its text and its mark come back.
    converter.setExcludedSubtrees([tw]);
    await waitFor(() => compact(tw) === '這是一段發展的文字。');
    expect(langOf(doc, 'tw')).toBe('zh-TW');
  });

  it('gives its own mark back to a part the page set aside and put back', async () => {
    const doc = marked();
    const converter = createConverter(doc);
    await converter.convert({ target: 'tw' });
    const cn = doc.getElementById('cn')!;
    cn.remove();
    // A feed adds many more marked parts meanwhile.
    for (let i = 0; i < 80; i += 1) {
      const part = doc.createElement('section');
      part.setAttribute('lang', 'zh-CN');
      part.textContent = `第${i}条：这是发展的消息。`;
      doc.body.append(part);
    }
    await waitFor(() => doc.body.lastElementChild?.getAttribute('lang') === 'zh-Hant');
    doc.body.append(cn);
    converter.restore();
    expect(langOf(doc, 'cn')).toBe('zh-CN');
    expect(compact(cn)).toBe('这是一段发展的文字。');
    expect(doc.body.lastElementChild?.getAttribute('lang')).toBe('zh-CN');
  });

  it('follows the page when it marks a block the side-by-side mode had marked', async () => {
    const doc = marked();
    const converter = createConverter(doc);
    const ours = doc.getElementById('ours')!;
    langMarkedByUs.set(ours, 'zh-Hans');
    // The page writes its own mark over ours.
    ours.setAttribute('lang', 'zh-CN');
    await converter.convert({ target: 'tw' });
    expect(langOf(doc, 'ours')).toBe('zh-Hant');
    converter.restore();
    expect(langOf(doc, 'ours')).toBe('zh-CN');
  });

  it('keeps a mark the page set after ours', async () => {
    const doc = marked();
    const converter = createConverter(doc);
    await converter.convert({ target: 'tw' });
    doc.getElementById('cn')!.setAttribute('lang', 'en');
    converter.restore();
    expect(langOf(doc, 'cn')).toBe('en');
  });
});

describe('the lang of a page converted to Hong Kong Traditional', () => {
  it('names the region, and gives the page’s own lang back on restore', async () => {
    for (const own of ['zh-CN', 'zh-Hans', 'zh', null]) {
      const doc = documentWithBody('<p id="p">这个国家的经济发展很快，这里的温度很高。</p>', own);
      const original = serialize(doc);
      const converter = createConverter(doc);
      await converter.convert({ target: 'hk' });
      expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hant-HK');
      await converter.convert({ target: 'tw' });
      expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hant');
      await converter.convert({ target: 'hk' });
      converter.restore();
      expect(serialize(doc)).toBe(original);
    }
  });

  it('marks a part in Taiwan’s Traditional as Hong Kong’s once converted, and leaves one in Hong Kong’s', async () => {
    const doc = documentWithBody(
      '<p id="context">这个国家的经济发展很快，这个国家的发展。</p>' +
        '<aside id="tw" lang="zh-TW"><p>這裡的溫度很高，這是一段發展的文字。</p></aside>' +
        '<section id="hk" lang="zh-HK"><p>這裏的温度很高，這是一段發展的文字。</p></section>' +
        '<div id="ours" lang="zh-Hant-HK"><p>這裏的温度很高。</p></div>',
      'zh-CN',
    );
    const original = serialize(doc);
    const langOf = (id: string) => doc.getElementById(id)!.getAttribute('lang');
    const converter = createConverter(doc);
    await converter.convert({ target: 'hk' });
    // In Hong Kong's forms now (溫 → 温).
    expect(compact(doc.getElementById('tw'))).toBe('這裡的温度很高，這是一段發展的文字。');
    expect(langOf('tw')).toBe('zh-Hant-HK');
    // Already Hong Kong's, however it says so.
    expect(langOf('hk')).toBe('zh-HK');
    expect(langOf('ours')).toBe('zh-Hant-HK');
    // Taiwan's now: the part in Taiwan's takes its own tag again.
    await converter.convert({ target: 'tw' });
    expect(compact(doc.getElementById('tw'))).toBe('這裡的溫度很高，這是一段發展的文字。');
    expect(langOf('tw')).toBe('zh-TW');
    // And the part in Hong Kong's shows Taiwan's forms (裏 → 裡, 温 → 溫), and says so.
    expect(compact(doc.getElementById('hk'))).toBe('這裡的溫度很高，這是一段發展的文字。');
    expect(langOf('hk')).toBe('zh-Hant');
    converter.restore();
    expect(serialize(doc)).toBe(original);
  });

  it('keeps a part marked as Cantonese (zh-yue) while its script is right', async () => {
    const doc = documentWithBody(
      '<p id="context">这个国家的经济发展很快，这个国家的发展。</p>' +
        '<div id="yue" lang="zh-yue"><p>呢度嘅温度好高，係一段發展嘅文字。</p></div>',
      'zh-CN',
    );
    const original = serialize(doc);
    const langOf = () => doc.getElementById('yue')!.getAttribute('lang');
    const converter = createConverter(doc);
    // Shown in Taiwan's forms, still Cantonese: relabelled zh-Hant, it would be read as Mandarin.
    await converter.convert({ target: 'tw' });
    expect(compact(doc.getElementById('yue'))).toBe('呢度嘅溫度好高，係一段發展嘅文字。');
    expect(langOf()).toBe('zh-yue');
    await converter.convert({ target: 'hk' });
    expect(langOf()).toBe('zh-yue');
    converter.restore();
    expect(serialize(doc)).toBe(original);
  });
});
