import { describe, expect, it } from 'vitest';
import type { Target } from '../../../utils/convert/target.ts';
import { planConversion } from '../../../utils/convert/plan.ts';
import { detectTextScript } from '../../../utils/detect/script.ts';
import {
  emptyPageReport,
  type NeteaseKind,
  type PageReport,
  type ScriptVerdict,
} from '../../../utils/messaging/protocol.ts';
import { regionalVocabularyNote } from '../../../utils/report/regional-note.ts';

function page(script: ScriptVerdict, kind: NeteaseKind | null = null): PageReport {
  const base = emptyPageReport({ url: 'https://news.example.tw/a/1', title: 't' });
  return {
    ...base,
    script: { verdict: script, confidence: 0.95 },
    hasChinese: script !== 'none' && script !== 'japanese',
    netease: { kind, signals: [], title: null },
  };
}

const note = (report: PageReport | null, target: Target, regionalVocabulary = true) =>
  regionalVocabularyNote({ report, target, regionalVocabulary });

describe('the popup’s note on regional vocabulary', () => {
  it('tells a Taiwan reader on a Traditional page that is not a mirror copy why nothing changes', () => {
    expect(note(page('traditional'), 'tw')).toBe('popup_regional_traditional_page');
    // A NetEase article of its own in Traditional is no copy of mainland text either.
    expect(note(page('traditional', 'netease'), 'tw')).toBe('popup_regional_traditional_page');
  });

  it('tells a Hong Kong reader on any Traditional page, a mirror copy too', () => {
    expect(note(page('traditional'), 'hk')).toBe('popup_regional_traditional_page_hk');
    expect(note(page('traditional', 'mirror'), 'hk')).toBe('popup_regional_traditional_page_hk');
  });

  it('says nothing where the words do change', () => {
    // A mirror's copy in Traditional, for Taiwan: 芯片 becomes 晶片.
    expect(note(page('traditional', 'mirror'), 'tw')).toBeNull();
    // Simplified and mixed pages take the words for either region.
    for (const target of ['tw', 'hk'] as const) {
      expect(note(page('simplified'), target)).toBeNull();
      expect(note(page('simplified', 'netease'), target)).toBeNull();
      expect(note(page('mixed'), target)).toBeNull();
    }
    // To Simplified, a Traditional page loses its regional words (軟體 becomes 软件).
    expect(note(page('traditional'), 'cn')).toBeNull();
  });

  it('says nothing with the setting off, without a report, or on a page without Chinese', () => {
    expect(note(page('traditional'), 'tw', false)).toBeNull();
    expect(note(page('traditional'), 'hk', false)).toBeNull();
    expect(note(null, 'tw')).toBeNull();
    expect(note(page('none'), 'tw')).toBeNull();
    expect(note(page('japanese'), 'tw')).toBeNull();
    // A Simplified page read in Simplified is not converted at all: no note on the words.
    expect(note(page('simplified'), 'cn')).toBeNull();
  });

  it('shows exactly where the converter’s plan is the same with the setting on and off', () => {
    const taiwan = '業者表示，軟體生態與開發者社群同樣關鍵，單靠硬體規格難以贏得長期競爭。';
    const simplified = '业内人士表示，软件生态与开发者社区同样关键，单靠硬件规格难以赢得长期竞争。';
    const pages = [
      { text: taiwan, lang: 'zh-TW', script: 'traditional' },
      { text: taiwan, lang: 'zh-HK', script: 'traditional' },
      { text: simplified, lang: 'zh-CN', script: 'simplified' },
      { text: `${taiwan}${simplified}`, lang: 'zh', script: 'mixed' },
    ];
    for (const { text, lang, script } of pages) {
      const source = detectTextScript(text, { lang });
      expect(source.script, text).toBe(script);
      for (const kind of [null, 'netease', 'mirror'] as const) {
        for (const target of ['cn', 'tw', 'hk'] as const) {
          const plan = (regionalVocabulary: boolean) =>
            JSON.stringify(
              planConversion({
                source,
                pageLang: lang,
                target,
                regionalVocabulary,
                mainlandCopy: kind === 'mirror',
              }),
            );
          const changesNothing = plan(true) === plan(false);
          // A Simplified page read in Simplified is left alone whatever the words: no note.
          const leftAlone = source.script === 'simplified' && target === 'cn';
          const shown = note(page(source.script, kind), target) !== null;
          expect(shown, `${source.script} ${lang} ${kind} ${target}`).toBe(
            changesNothing && !leftAlone,
          );
        }
      }
    }
  });
});
