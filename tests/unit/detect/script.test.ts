import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectDocumentScript,
  detectTextScript,
  needsConversion,
  writesTaiwanZhu,
} from '../../../utils/detect/script.ts';
import { scriptHintFromLang } from '../../../utils/convert/target.ts';
import { planConversion } from '../../../utils/convert/plan.ts';
import { readSharedFixtures, SHARED_FIXTURES } from '../convert/corpus.ts';

const page = (name: string): Document =>
  new DOMParser().parseFromString(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/pages', name), 'utf8'),
    'text/html',
  );
const sharedPage = (name: string): Document =>
  new DOMParser().parseFromString(
    readFileSync(resolve(SHARED_FIXTURES, name), 'utf8'),
    'text/html',
  );

const [simplifiedA = ''] = readSharedFixtures('.simplified.txt');
const [traditionalA = ''] = readSharedFixtures('.traditional.txt');

describe('detectTextScript', () => {
  it('recognises Simplified and Traditional articles with high confidence', () => {
    const simplified = detectTextScript(simplifiedA);
    expect(simplified.script).toBe('simplified');
    expect(simplified.confidence).toBeGreaterThan(0.9);
    const traditional = detectTextScript(traditionalA);
    expect(traditional.script).toBe('traditional');
    expect(traditional.confidence).toBeGreaterThan(0.9);
    expect(traditional.region).toBe('tw');
  });

  it('reads the forms OpenCC’s own Traditional writes (裏, 啓, 麪; not in Big5) as Traditional', () => {
    // A few words typed in the popup, or selected: no other sign of their script.
    for (const text of ['裏面', '啓事', '麪包']) {
      expect(detectTextScript(text).script, text).toBe('traditional');
    }
  });

  it('reads the corrupted mirror copies as Traditional despite the garbage characters', () => {
    for (const text of readSharedFixtures('.corrupted.txt')) {
      expect(detectTextScript(text).script).toBe('traditional');
    }
  });

  it('calls a text with both scripts in quantity mixed', () => {
    const mixed = detectTextScript(simplifiedA.slice(0, 400) + traditionalA.slice(400, 800));
    expect(mixed.script).toBe('mixed');
    expect(mixed.region).toBe('tw');
  });

  it('a few characters of the other script do not make a text mixed', () => {
    // One Traditional quotation in a Simplified article.
    const verdict = detectTextScript(`${simplifiedA}他说：「這個問題很難。」`);
    expect(verdict.script).toBe('simplified');
  });

  it('recognises Japanese by its kana, even though kanji such as 東京 look Traditional', () => {
    const japanese = detectTextScript('東京の桜は例年より早く開花しました。気象庁が発表しました。');
    expect(japanese.script).toBe('japanese');
    // Kana just under 5 % of CJK characters: Chinese text quoting a Japanese title.
    const chinese = detectTextScript(`${traditionalA.slice(0, 400)}「ポケモン」`);
    expect(chinese.counts.kana / (chinese.counts.kana + chinese.counts.han)).toBeLessThan(0.05);
    expect(chinese.script).toBe('traditional');
  });

  it('the Japanese threshold is 5 % kana', () => {
    const han = '東'.repeat(95);
    expect(detectTextScript(han + 'の'.repeat(5)).script).toBe('japanese');
    expect(detectTextScript(han + 'の'.repeat(4)).script).not.toBe('japanese');
  });

  it('English is not Chinese, nor is English with one Chinese word in it', () => {
    expect(detectTextScript('Memory prices keep climbing.').script).toBe('none');
    expect(
      detectTextScript('The word 中文 means the Chinese language, as every textbook explains.')
        .script,
    ).toBe('none');
    expect(detectTextScript('').script).toBe('none');
  });

  it('Korean with hanja is not Chinese, unless the page says it is Chinese', () => {
    const korean =
      '美, 北에 강력 경고… 韓美 정상회담 앞두고 對北 압박. 윤 대통령은 國會에서 經濟 정책을 발표했다. 與野는 反對 입장을 밝혔다. 中國과 日本도 반응했다.';
    expect(detectTextScript(korean).script).toBe('none');
    expect(detectTextScript(korean, { lang: 'ko' }).script).toBe('none');
    // A Chinese lesson on Korean words says what it is.
    expect(detectTextScript(korean, { lang: 'zh-TW' }).script).toBe('traditional');
    // A Chinese article that quotes a little Korean stays Chinese.
    expect(detectTextScript('韩国媒体报道称，这个国家的经济发展很快（한국 경제）。').script).toBe(
      'simplified',
    );
  });

  it('short Chinese text alone is still Chinese', () => {
    expect(detectTextScript('頭髮').script).toBe('traditional');
    expect(detectTextScript('头发').script).toBe('simplified');
  });

  it('uses lang only as a hint: to break ties and when no character decides', () => {
    // 中文 and 大小 exist in both scripts.
    expect(detectTextScript('中文大小', { lang: 'zh-TW' }).script).toBe('traditional');
    expect(detectTextScript('中文大小', { lang: 'zh-CN' }).script).toBe('simplified');
    expect(detectTextScript('中文大小', { lang: 'zh-TW' }).confidence).toBeLessThan(0.5);
    // A tie (发 vs 發) goes to the hint.
    expect(detectTextScript('发發', { lang: 'zh-Hant' }).script).toBe('traditional');
    expect(detectTextScript('发發', { lang: 'zh-Hans' }).script).toBe('simplified');
    // Characters beat a wrong lang.
    expect(detectTextScript(simplifiedA, { lang: 'zh-TW' }).script).toBe('simplified');
    expect(detectTextScript(traditionalA, { lang: 'zh-CN' }).script).toBe('traditional');
  });

  it('detects Hong Kong Traditional from lang or from Hong Kong forms', () => {
    expect(detectTextScript(traditionalA, { lang: 'zh-HK' }).region).toBe('hk');
    expect(detectTextScript(traditionalA, { lang: 'zh-MO' }).region).toBe('hk');
    const hongKong = '衞生署説，市民應注意個人衞生，天氣温度下降，請各住户留意。';
    expect(detectTextScript(hongKong).script).toBe('traditional');
    expect(detectTextScript(hongKong).region).toBe('hk');
    // Forms outweigh a Taiwan lang; standard forms keep Taiwan.
    expect(detectTextScript(hongKong, { lang: 'zh-TW' }).region).toBe('hk');
    expect(detectTextScript('衛生署說，市民應注意個人衛生，天氣溫度下降。').region).toBe('tw');
  });
});

describe('scriptHintFromLang', () => {
  it('maps language tags to a script hint', () => {
    expect(scriptHintFromLang('zh-CN')).toBe('cn');
    expect(scriptHintFromLang('zh-Hans-CN')).toBe('cn');
    expect(scriptHintFromLang('zh_TW')).toBe('tw');
    expect(scriptHintFromLang('zh-Hant')).toBe('tw');
    expect(scriptHintFromLang('zh-Hant-HK')).toBe('hk');
    expect(scriptHintFromLang('zh-HK')).toBe('hk');
    expect(scriptHintFromLang('zh')).toBeNull();
    expect(scriptHintFromLang('ja')).toBeNull();
    expect(scriptHintFromLang(null)).toBeNull();
  });
});

describe('detectDocumentScript', () => {
  it('classifies the fixture pages', () => {
    expect(detectDocumentScript(page('static-traditional.html')).script).toBe('traditional');
    expect(detectDocumentScript(page('static-simplified.html')).script).toBe('simplified');
    expect(detectDocumentScript(page('japanese.html')).script).toBe('japanese');
    expect(detectDocumentScript(page('english.html')).script).toBe('none');
    expect(detectDocumentScript(sharedPage('a.netease.html')).script).toBe('simplified');
    expect(detectDocumentScript(sharedPage('b.mirror.html')).script).toBe('traditional');
  });

  it('ignores script, style and our own UI', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><style>.x::after { content: "頭髮頭髮頭髮頭髮頭髮" }</style></head><body>
        <script>var s = "這個國家的發展這個國家的發展";</script>
        <div data-jianfan-ui>這個國家的發展這個國家的發展這個國家的發展</div>
        <p>这个国家的发展</p></body></html>`,
      'text/html',
    );
    const verdict = detectDocumentScript(doc);
    expect(verdict.script).toBe('simplified');
    expect(verdict.counts.traditionalOnly).toBe(0);
  });

  it('samples at most the configured number of Han characters', () => {
    const doc = document.implementation.createHTMLDocument('');
    const simplified = doc.createElement('p');
    simplified.textContent = '这个国家的发展'.repeat(700); // 4 900 Han characters
    const traditional = doc.createElement('p');
    traditional.textContent = '這個國家的發展'.repeat(3000);
    doc.body.append(simplified, traditional);
    const verdict = detectDocumentScript(doc);
    expect(verdict.counts.han).toBe(4000);
    expect(verdict.script).toBe('simplified');
    expect(detectDocumentScript(doc, { maxHanCharacters: 100 }).counts.han).toBe(100);
  });

  it('reads text through textOf, so a converter can measure originals', () => {
    const doc = document.implementation.createHTMLDocument('');
    const p = doc.createElement('p');
    p.textContent = '这个国家的发展';
    doc.body.append(p);
    const verdict = detectDocumentScript(doc, { textOf: () => '這個國家的發展' });
    expect(verdict.script).toBe('traditional');
  });

  it('takes the lang hint from <html lang> unless told otherwise', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.setAttribute('lang', 'zh-HK');
    const p = doc.createElement('p');
    p.textContent = traditionalA.slice(0, 200);
    doc.body.append(p);
    expect(detectDocumentScript(doc).region).toBe('hk');
    expect(detectDocumentScript(doc, { lang: 'zh-TW' }).region).toBe('tw');
  });
});

describe('needsConversion and planConversion', () => {
  const simplified = detectTextScript(simplifiedA);
  const traditional = detectTextScript(traditionalA);
  const hongKong = detectTextScript(traditionalA, { lang: 'zh-HK' });
  const mixed = detectTextScript(simplifiedA.slice(0, 400) + traditionalA.slice(400, 800));

  it('leaves a page already in the target script alone', () => {
    expect(needsConversion(simplified, 'cn')).toBe(false);
    expect(needsConversion(traditional, 'tw')).toBe(false);
    expect(needsConversion(hongKong, 'hk')).toBe(false);
    expect(planConversion({ source: simplified, target: 'cn' })).toBeNull();
    expect(planConversion({ source: traditional, target: 'tw' })).toBeNull();
  });

  it('converts Traditional of the other region, mixed pages, and the other script', () => {
    expect(needsConversion(traditional, 'hk')).toBe(true);
    expect(needsConversion(hongKong, 'tw')).toBe(true);
    expect(needsConversion(mixed, 'cn')).toBe(true);
    expect(needsConversion(mixed, 'tw')).toBe(true);
    expect(needsConversion(simplified, 'tw')).toBe(true);
    expect(needsConversion(traditional, 'cn')).toBe(true);
  });

  it("converts a Traditional page for Taiwan vocabulary only as a mirror's copy", () => {
    const copy = { regionalVocabulary: true, mainlandCopy: true };
    // The mirror's article, known to be a copy (the session's NetEase verdict).
    expect(needsConversion(traditional, 'tw', null, copy)).toBe(true);
    expect(planConversion({ source: traditional, target: 'tw', ...copy })).toEqual({
      from: 'tw',
      to: 'twp',
      pack: 't2cn',
    });
    // The same text, not known to be a copy, stays as it is, whatever words it has.
    expect(needsConversion(traditional, 'tw', null, { regionalVocabulary: true })).toBe(false);
    expect(
      planConversion({ source: traditional, target: 'tw', regionalVocabulary: true }),
    ).toBeNull();
    // Without regional vocabulary, a copy stays as it is too.
    expect(
      planConversion({
        source: traditional,
        target: 'tw',
        regionalVocabulary: false,
        mainlandCopy: true,
      }),
    ).toBeNull();
    // A Hong Kong copy takes Taiwan's forms and words; a Hong Kong page not known as one, its
    // forms only.
    expect(planConversion({ source: hongKong, target: 'tw', ...copy })).toEqual({
      from: 'hk',
      to: 'twp',
      pack: 't2cn',
    });
    expect(planConversion({ source: hongKong, target: 'tw', regionalVocabulary: true })?.to).toBe(
      'tw',
    );
    // A Hong Kong reader never gets Hong Kong's phrases on a Traditional page, copy or not.
    expect(needsConversion(hongKong, 'hk', null, copy)).toBe(false);
    expect(planConversion({ source: hongKong, target: 'hk', ...copy })).toBeNull();
    expect(planConversion({ source: traditional, target: 'hk', ...copy })).toEqual({
      from: 'tw',
      to: 'hk',
      pack: 't2cn',
    });
    // Nor does a page in Simplified for a mainland reader.
    expect(needsConversion(simplified, 'cn', null, copy)).toBe(false);
    expect(planConversion({ source: simplified, target: 'cn', ...copy })).toBeNull();
  });

  it('reads Taiwan’s 著 on a Hong Kong page that never writes 着, into Simplified only', () => {
    const hongKongZhu = detectTextScript('衞生署説明，隨著疫情緩和，市民捏著鼻子', {
      lang: 'zh-HK',
    });
    expect(writesTaiwanZhu(hongKongZhu)).toBe(true);
    expect(planConversion({ source: hongKongZhu, target: 'cn' })).toEqual({
      from: 'hk',
      to: 'cn',
      pack: 't2cn',
      taiwanZhu: true,
    });
    expect(planConversion({ source: hongKongZhu, target: 'cn', regionalVocabulary: true })).toEqual(
      { from: 'hkp', to: 'cn', pack: 't2cn', taiwanZhu: true },
    );
    // To Taiwan's forms, 著 is Taiwan's already.
    expect(planConversion({ source: hongKongZhu, target: 'tw' })).toEqual({
      from: 'hk',
      to: 'tw',
      pack: 't2cn',
    });
    // Hong Kong's standard: the particle is 着, and 著 is "to write".
    const standard = detectTextScript('衞生署説明，隨着疫情緩和，金庸著《射鵰英雄傳》', {
      lang: 'zh-HK',
    });
    expect(writesTaiwanZhu(standard)).toBe(false);
    expect(planConversion({ source: standard, target: 'cn' })).toEqual({
      from: 'hk',
      to: 'cn',
      pack: 't2cn',
    });
    // The particle after a verb that ends as a word of writing does (結合著, 討論著, 凸顯著).
    for (const text of [
      '衞生署説明，兩地結合著發展',
      '市民討論著預算',
      '這凸顯著不足，衞生署説',
      '這次事件突顯著政府的不足，衞生署説',
    ]) {
      expect(writesTaiwanZhu(detectTextScript(text, { lang: 'zh-HK' }))).toBe(true);
    }
    // Words of writing and renown say nothing of the particle.
    for (const text of [
      '香港著名景點，效果顯著',
      '倪匡著《衞斯理傳奇》',
      '他著有多部小説，原著與名著',
    ]) {
      expect(writesTaiwanZhu(detectTextScript(text, { lang: 'zh-HK' }))).toBe(false);
    }
    // A Taiwan page reads 著 as Taiwan's without being told.
    expect(
      planConversion({ source: detectTextScript('他看著窗外，這意味著改變'), target: 'cn' }),
    ).toEqual({
      from: 'tw',
      to: 'cn',
      pack: 't2cn',
    });
  });

  it('leaves Taiwan text with the mainland’s words as it is, unless it is a copy', () => {
    const plan = (text: string, mainlandCopy?: boolean) =>
      planConversion({
        source: detectTextScript(text),
        target: 'tw',
        regionalVocabulary: true,
        ...(mainlandCopy === undefined ? {} : { mainlandCopy }),
      });
    // Quoted by name, or held across a word boundary (國內存款, 刺激光, 簡短信函).
    const quoting = '大陸稱為芯片、軟件、服務器，台灣稱晶片、軟體、伺服器。';
    const boundaries = '國內存款增加，政策可望刺激光電產業，業者以簡短信函通知客戶。';
    // Nor does a page in Taiwan's script holding them.
    const document = new DOMParser().parseFromString(
      `<html lang="zh-TW"><body><p>${quoting}</p><p>${boundaries}</p></body></html>`,
      'text/html',
    );
    for (const text of [quoting, boundaries, quoting + boundaries]) {
      expect(plan(text), text).toBeNull();
      expect(plan(text, false), text).toBeNull();
      expect(plan(text, true), text).toEqual({ from: 'tw', to: 'twp', pack: 't2cn' });
    }
    expect(
      planConversion({
        source: detectDocumentScript(document),
        pageLang: 'zh-TW',
        target: 'tw',
        regionalVocabulary: true,
      }),
    ).toBeNull();
  });

  it('never converts Japanese or non-Chinese pages', () => {
    const japanese = detectTextScript('東京の桜は例年より早く開花しました。');
    const english = detectTextScript('Hello world');
    for (const target of ['cn', 'tw', 'hk'] as const) {
      expect(needsConversion(japanese, target)).toBe(false);
      expect(needsConversion(english, target)).toBe(false);
      expect(planConversion({ source: japanese, target })).toBeNull();
    }
  });

  it('picks the opencc direction and pack', () => {
    expect(planConversion({ source: simplified, target: 'tw' })).toEqual({
      from: 'cn',
      to: 'tw',
      pack: 'cn2t',
    });
    expect(planConversion({ source: simplified, target: 'tw', regionalVocabulary: true })).toEqual({
      from: 'cn',
      to: 'twp',
      pack: 'cn2t',
    });
    expect(planConversion({ source: simplified, target: 'hk' })?.to).toBe('hk');
    expect(planConversion({ source: traditional, target: 'cn' })).toEqual({
      from: 'tw',
      to: 'cn',
      pack: 't2cn',
    });
    expect(
      planConversion({ source: traditional, target: 'cn', regionalVocabulary: true })?.from,
    ).toBe('twp');
    expect(planConversion({ source: hongKong, target: 'cn' })?.from).toBe('hk');
    // The page's lang marks Hong Kong even when the verdict was made without it.
    expect(planConversion({ source: traditional, pageLang: 'zh-HK', target: 'cn' })?.from).toBe(
      'hk',
    );
    expect(planConversion({ source: traditional, target: 'hk' })).toEqual({
      from: 'tw',
      to: 'hk',
      pack: 't2cn',
    });
    expect(planConversion({ source: hongKong, target: 'tw' })).toEqual({
      from: 'hk',
      to: 'tw',
      pack: 't2cn',
    });
    // Hong Kong's words never apply to a Traditional page, and Taiwan's only to a mirror's copy.
    expect(planConversion({ source: traditional, target: 'hk', regionalVocabulary: true })).toEqual(
      { from: 'tw', to: 'hk', pack: 't2cn' },
    );
    expect(planConversion({ source: hongKong, target: 'tw', regionalVocabulary: true })?.to).toBe(
      'tw',
    );
    expect(planConversion({ source: mixed, target: 'cn' })?.from).toBe('tw');
    expect(planConversion({ source: mixed, target: 'tw' })?.from).toBe('cn');
  });
});
