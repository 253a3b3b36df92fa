import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { convertAcrossNodes } from '../../../utils/convert/page-converter.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import { collectWork } from '../../../utils/convert/blocks.ts';
import { compact, createConverter, documentWithBody, fixturePage, splitAtCuts } from './helpers.ts';
import { readSharedFixtures } from './corpus.ts';

const openccTwToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('words split by inline elements convert as whole words', () => {
  it('every case of split-words.html matches the whole-paragraph conversion', async () => {
    const doc = fixturePage('split-words.html');
    const paragraphs = [...doc.querySelectorAll<HTMLElement>('#cases p')];
    const originals = paragraphs.map((p) => compact(p));
    await createConverter(doc).convert({ target: 'cn' });
    paragraphs.forEach((p, i) => {
      expect(compact(p), p.id).toBe(p.dataset.expectedCn);
      // The expectation agrees with opencc on the paragraph as one string, except where the
      // paragraph is split by a <br> or holds a protected name.
      if (p.id !== 'line-break' && p.id !== 'ascend') {
        expect(openccTwToCn(originals[i]!), p.id).toBe(p.dataset.expectedCn);
      }
    });
  });

  it('each piece stays in its element: 他的<b>頭</b>髮 → 他的<b>头</b>发', async () => {
    const doc = fixturePage('split-words.html');
    await createConverter(doc).convert({ target: 'cn' });
    const inner = (id: string) => doc.querySelector(`#${id} > :not(br)`)?.textContent;
    expect(inner('hair')).toBe('头');
    expect(doc.querySelector('#hair')?.lastChild?.textContent).toBe('发很长');
    expect(inner('develop')).toBe('发');
    expect(inner('qianlong')).toBe('乾');
    expect(inner('notable')).toBe('显');
    expect(inner('famous')).toBe('著');
    expect(inner('holding-nose')).toBe('着');
    expect(inner('ascend')).toBe('腾');
  });

  it('ruby annotations neither convert nor split the word they annotate', async () => {
    const doc = documentWithBody(
      '<p id="ruby" lang="zh-CN"><ruby>头<rp>(</rp><rt>tóu</rt><rp>)</rp></ruby>' +
        '<ruby>发<rp>(</rp><rt>fà</rt><rp>)</rp></ruby>很长，这个头发很长。</p>',
      'zh-CN',
    );
    await createConverter(doc).convert({ target: 'tw' });
    const ruby = doc.getElementById('ruby')!;
    const base = [...ruby.querySelectorAll('ruby')].map((r) => r.firstChild!.textContent).join('');
    // 頭髮 as one word, as without the annotations (not 頭發); the readings as they were.
    expect(base).toBe('頭髮');
    expect([...ruby.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['tóu', 'fà']);
    expect(ruby.lastChild!.textContent).toBe('很長，這個頭髮很長。');
  });

  it('an annotation container (<rtc>) and an SVG <textPath> do not split a word either', async () => {
    const doc = documentWithBody(
      '<p id="rtc" lang="zh-CN"><ruby>头<rtc>tóu</rtc></ruby><ruby>发<rtc>fà</rtc></ruby>长了</p>',
      'zh-CN',
    );
    const svgNs = 'http://www.w3.org/2000/svg';
    const text = doc.createElementNS(svgNs, 'text');
    const path = doc.createElementNS(svgNs, 'textPath');
    text.append('剪头', path);
    path.textContent = '发';
    doc.body.append(doc.createElementNS(svgNs, 'svg'));
    doc.querySelector('svg')!.append(text);
    await createConverter(doc).convert({ target: 'tw' });
    const rtc = doc.getElementById('rtc')!;
    expect([...rtc.querySelectorAll('ruby')].map((r) => r.firstChild!.textContent).join('')).toBe(
      '頭髮',
    );
    expect([...rtc.querySelectorAll('rtc')].map((r) => r.textContent)).toEqual(['tóu', 'fà']);
    expect(text.textContent).toBe('剪頭髮');
  });

  it('with regional words, length-changing phrases split across nodes lose and repeat nothing', async () => {
    const doc = fixturePage('split-words.html');
    await createConverter(doc).convert({ target: 'cn', regionalVocabulary: true });
    for (const p of doc.querySelectorAll<HTMLElement>('#cases p[data-expected-cn-regional]')) {
      expect(compact(p), p.id).toBe(p.dataset.expectedCnRegional);
    }
    // <span>記憶</span>體價格上漲: 内 ← 記, 存 ← 憶, and 體 leaves its node.
    expect(doc.querySelector('#memory span')?.textContent).toBe('内存');
    expect(compact(doc.querySelector('#memory')?.lastChild ?? null)).toBe('价格上涨');
  });

  it('内存 → 記憶體 (cn → twp) grows inside the last source node', async () => {
    const doc = documentWithBody('<p id="p">买<span>内</span>存</p>', 'zh-CN');
    await createConverter(doc).convert({ target: 'tw', regionalVocabulary: true });
    const p = doc.getElementById('p')!;
    expect(compact(p)).toBe('買記憶體');
    expect(p.querySelector('span')?.textContent).toBe('記');
    expect(p.lastChild?.textContent).toBe('憶體');
  });

  it('a break (<br>, a block, an image, a skipped element) ends the run', () => {
    const doc = documentWithBody(
      '<div id="d">頭<br>髮<p>發</p>展<img alt="">乾<code>x</code>隆<b>顯</b>著</div>',
    );
    const runs = collectWork(doc.getElementById('d')!, { deep: true })
      .filter((item) => item.kind === 'text')
      .map((item) => item.nodes.map((node) => node.data).join(''));
    expect(runs).toEqual(['頭', '髮', '發', '展', '乾', '隆顯著']);
  });

  it('inline elements of every kind join the run', () => {
    const inline = [
      'a',
      'abbr',
      'b',
      'cite',
      'em',
      'font',
      'i',
      'label',
      'mark',
      'q',
      's',
      'small',
      'span',
      'strong',
      'sub',
      'sup',
      'time',
      'u',
    ];
    const doc = documentWithBody(
      `<p id="p">${inline.map((tag) => `<${tag}>字</${tag}>`).join('')}</p>`,
    );
    const runs = collectWork(doc.getElementById('p')!, { deep: true }).filter(
      (item) => item.kind === 'text',
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]!.kind === 'text' && runs[0]!.nodes.length).toBe(inline.length);
  });
});

describe('convertAcrossNodes', () => {
  const converters = [
    [
      'tw → cn',
      createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' }),
      readSharedFixtures('.traditional.txt'),
    ],
    [
      'twp → cn',
      createTextConverter({ pack: t2cn, from: 'twp', to: 'cn' }),
      readSharedFixtures('.traditional.txt'),
    ],
    [
      'cn → twp',
      createTextConverter({ pack: cn2t, from: 'cn', to: 'twp' }),
      readSharedFixtures('.simplified.txt'),
    ],
  ] as const;

  it.each(converters)(
    '%s: any split of a paragraph into nodes gives the whole conversion, in order, nothing lost or repeated',
    (_, converter, texts) => {
      const paragraphs = texts.flatMap((text) => text.split('\n\n'));
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: paragraphs.length - 1 }),
          fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
          (which, cuts) => {
            const paragraph = paragraphs[which]!;
            const sources = splitAtCuts(paragraph, cuts);
            const outputs = convertAcrossNodes(sources, converter);
            expect(outputs).toHaveLength(sources.length);
            expect(outputs.join('')).toBe(converter.convert(paragraph));
            // A node with no source text receives nothing.
            sources.forEach((source, i) => {
              if (source === '') expect(outputs[i]).toBe('');
            });
          },
        ),
        { numRuns: 300, seed: 7 },
      );
    },
  );

  it('leaves text without Han characters as it is, without converting', () => {
    const converter = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' });
    expect(convertAcrossNodes(['Hello ', 'world'], converter)).toEqual(['Hello ', 'world']);
  });
});
