import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { convertAcrossNodes } from '../../../utils/convert/page-converter.ts';
import { createTextConverter, type TextConverter } from '../../../utils/convert/text-converter.ts';
import type { OpenccLocale } from '../../../utils/convert/opencc-chains.ts';
import { pinyinAnnotationSpans } from '../../../utils/repair/artifacts.ts';
import { readSharedFixtures } from './corpus.ts';
import { splitAtCuts } from './helpers.ts';

/**
 * With the mirror repair off, the tool's pinyin annotations (國(guó)) stay on the page, and the
 * converter reads the words around them as if they were not there: a name cut by one converts as
 * the name, and the annotation stays after its character.
 */

const converter = (from: OpenccLocale, to: OpenccLocale, options = {}) =>
  createTextConverter({ pack: t2cn, from, to, ...options });

/** The text without the tool's annotations, as the repair leaves it. */
function withoutAnnotations(text: string): string {
  let bare = '';
  let from = 0;
  for (const { start, end } of pinyinAnnotationSpans(text)) {
    bare += text.slice(from, start);
    from = end;
  }
  return bare + text.slice(from);
}

/** The output without the code units that came from an annotation of the input. */
function outputWithoutAnnotations(text: string, convert: TextConverter): string {
  const spans = pinyinAnnotationSpans(text);
  const { text: output, sourceIndex } = convert.convertAligned(text);
  let kept = '';
  for (let i = 0; i < output.length; i += 1) {
    const source = sourceIndex[i]!;
    if (!spans.some(({ start, end }) => source >= start && source < end)) kept += output[i];
  }
  return kept;
}

function expectConverts(convert: TextConverter, text: string, expected: string): void {
  expect(convert.convert(text)).toBe(expected);
  expect(convert.convertAligned(text).text).toBe(expected);
}

describe('names and words cut by the mirror’s pinyin annotations', () => {
  it.each([
    // The mirror's 長(zhǎng)鑫存儲 with Taiwan's vocabulary: 存儲 alone is Taiwan's 儲存, the name
    // keeps it (it became 長(zhǎng)鑫儲存).
    ['長(zhǎng)鑫存儲的產能', '長(zhǎng)鑫存儲的產能'],
    // Two annotations in one name, one at its end.
    [
      '長(zhǎng)鑫存儲(chǔ)與長(zhǎng)江存儲(chǔ)擴產',
      '長(zhǎng)鑫存儲(chǔ)與長(zhǎng)江存儲(chǔ)擴產',
    ],
    // The words around them still take Taiwan's vocabulary, through an annotation too.
    ['長(zhǎng)鑫存儲的芯片和存儲市場', '長(zhǎng)鑫存儲的晶片和儲存市場'],
    ['互聯(lián)網和芯片', '網際(lián)網路和晶片'],
  ])('a mirror copy for a Taiwan reader with its words: %s → %s', (mirror, taiwan) => {
    expectConverts(converter('tw', 'twp'), mirror, taiwan);
    // The same words as the repair would leave them.
    expect(withoutAnnotations(mirror) === mirror).toBe(false);
    expect(outputWithoutAnnotations(mirror, converter('tw', 'twp'))).toBe(
      converter('tw', 'twp').convert(withoutAnnotations(mirror)),
    );
  });

  it('a Hong Kong mirror for a Taiwan reader with its words likewise', () => {
    expectConverts(converter('hk', 'twp'), '長(zhǎng)鑫存儲擴產', '長(zhǎng)鑫存儲擴產');
  });

  it.each([
    // A protected name (protected-terms.ts), the annotation at its end: 鯰 is 鲶 in it.
    ['鯰魚效應(yīng)', '鲶鱼效应(yīng)'],
    // opencc's own phrases: the name 錢鍾書 and the word 計畫.
    ['錢(qián)鍾書的小說', '钱(qián)锺书的小说'],
    ['政府的計(jì)畫', '政府的计(jì)划'],
  ])('into Simplified: %s → %s', (mirror, simplified) => {
    for (const from of ['tw', 'twp'] as const)
      expectConverts(converter(from, 'cn'), mirror, simplified);
  });

  it.each([
    ['機(jī)場快線', '機(jī)場快綫'],
    ['天文臺(tái)道', '天文臺(tái)道'],
  ])('into Hong Kong forms: %s → %s', (mirror, hongKong) => {
    expectConverts(converter('tw', 'hk'), mirror, hongKong);
  });

  it('into Taiwan forms from Hong Kong: the name 林國樑 keeps its 樑', () => {
    expectConverts(converter('hk', 'tw'), '林國(guó)樑說', '林國(guó)樑說');
  });

  it('a reader’s protected names, with annotations anywhere in them', () => {
    // Great Wall Software and China Software keep the 軟件 of their names, where Taiwan's vocabulary
    // has 軟體 (長城軟件 became 長(zhǎng)城軟體).
    const protectedTerms = [
      { hans: '长城软件', hant: '長城軟件' },
      { hans: '中国软件', hant: '中國軟件' },
      { hans: '国产软件', hant: '國產軟件' },
    ];
    const toTwp = createTextConverter({ pack: t2cn, from: 'tw', to: 'twp', protectedTerms });
    expect(converter('tw', 'twp').convert('長城軟件')).toBe('長城軟體');
    expectConverts(toTwp, '長(zhǎng)城軟件', '長(zhǎng)城軟件');
    expectConverts(toTwp, '中國(guó)軟件和軟件', '中國(guó)軟件和軟體');
    // Two annotations in one name.
    expectConverts(toTwp, '國(guó)產(chǎn)軟件', '國(guó)產(chǎn)軟件');
    const toCn = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn', protectedTerms });
    expectConverts(toCn, '國(guó)產(chǎn)軟件', '国(guó)产(chǎn)软件');
  });

  it('leaves pinyin that is not the tool’s annotation as a break between words', () => {
    const toTwp = converter('tw', 'twp');
    // 長 is zhǎng in the tool's list; cháng is a writer's. Full-width parentheses are a writer's
    // too: the tool's last step, NFKC, folds them.
    expect(toTwp.convert('長(cháng)鑫存儲')).toBe('長(cháng)鑫儲存');
    expect(toTwp.convert('長（zhǎng）鑫存儲')).toBe('長（zhǎng）鑫儲存');
  });

  it('converts as opencc-js, annotations and all, without our fixes', () => {
    // Into Simplified, opencc-js's own 計畫 is cut by the annotation.
    expect(converter('tw', 'cn', { phraseFixes: false }).convert('計(jì)畫')).toBe('计(jì)画');
  });

  describe('offsets', () => {
    const mirrors = readSharedFixtures('.corrupted.txt');
    const directions = [
      ['tw', 'twp'],
      ['tw', 'cn'],
      ['twp', 'cn'],
      ['tw', 'hk'],
      ['hk', 'twp'],
    ] as const;

    it.each(directions)(
      '%s → %s: the mirror fixtures convert as repaired, each annotation kept after its character',
      (from, to) => {
        const convert = converter(from, to);
        for (const mirror of mirrors) {
          for (const paragraph of mirror.split('\n\n')) {
            const { text, sourceIndex } = convert.convertAligned(paragraph);
            expect(text).toBe(convert.convert(paragraph));
            expect(sourceIndex.length).toBe(text.length);
            for (let i = 1; i < sourceIndex.length; i += 1) {
              expect(sourceIndex[i]! >= sourceIndex[i - 1]!).toBe(true);
            }
            expect(sourceIndex.every((source) => source < paragraph.length)).toBe(true);
            // Every annotation comes out whole, from its own offsets.
            for (const { start, end } of pinyinAnnotationSpans(paragraph)) {
              const at = sourceIndex.indexOf(start);
              expect(text.slice(at, at + end - start)).toBe(paragraph.slice(start, end));
            }
            expect(outputWithoutAnnotations(paragraph, convert)).toBe(
              convert.convert(withoutAnnotations(paragraph)),
            );
          }
        }
      },
    );

    it.each(directions)(
      '%s → %s: any split of a mirror paragraph into nodes gives the whole conversion',
      (from, to) => {
        const convert = converter(from, to);
        const paragraphs = mirrors
          .flatMap((mirror) => mirror.split('\n\n'))
          .filter((paragraph) => pinyinAnnotationSpans(paragraph).length > 0);
        fc.assert(
          fc.property(
            fc.integer({ min: 0, max: paragraphs.length - 1 }),
            fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
            (which, cuts) => {
              const paragraph = paragraphs[which]!;
              const sources = splitAtCuts(paragraph, cuts);
              const outputs = convertAcrossNodes(sources, convert);
              expect(outputs.join('')).toBe(convert.convert(paragraph));
              // An annotation held by a node of its own stays there.
              sources.forEach((source, i) => {
                if (source === '') expect(outputs[i]).toBe('');
                else if (!/[\u3400-\u9fff]/.test(source)) expect(outputs[i]).toBe(source);
              });
            },
          ),
          { numRuns: 200, seed: 11 },
        );
      },
    );
  });
});
