import { describe, expect, it } from 'vitest';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import { conversionChain } from '../../../utils/convert/opencc-chains.ts';
import { planConversion } from '../../../utils/convert/plan.ts';
import { detectTextScript } from '../../../utils/detect/script.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_FIXTURES } from './corpus.ts';
import {
  TWP_PAGE_BOUNDARY_KEEPS,
  TWP_PHRASE_FIXES,
  TWP_TAIWAN_WORDS,
} from '../../../utils/convert/phrase-fixes.ts';
import { createConverter, documentWithBody, serialize } from './helpers.ts';

// A Traditional page with regional vocabulary: a mirror of mainland news keeps its words
// (芯片, 內存, 軟件) in Traditional characters; a Taiwan reader reads them in Taiwan's. Only the
// page's NetEase verdict (a mirror) says a page is such a copy (`mainlandCopy`).
const tw2twp = createTextConverter({ pack: t2cn, from: 'tw', to: 'twp' });
const hk2twp = createTextConverter({ pack: t2cn, from: 'hk', to: 'twp' });
const hk2tw = createTextConverter({ pack: t2cn, from: 'hk', to: 'tw' });
const cn2twp = createTextConverter({ pack: cn2t, from: 'cn', to: 'twp' });
const planFor = (text: string, target: 'tw' | 'hk', lang?: string, mainlandCopy = false) =>
  planConversion({
    source: detectTextScript(text, { lang }),
    pageLang: lang ?? null,
    target,
    regionalVocabulary: true,
    mainlandCopy,
  });
const mirrorPlan = (text: string, target: 'tw' | 'hk', lang?: string) =>
  planFor(text, target, lang, true);

// News written in Taiwan, with the phrases where opencc's Taiwan keys match across a word
// boundary (的士 in 國軍的士氣, 加蓬 in 更加蓬勃 …) and Taiwan's own words that its phrases take
// for mainland computing terms (默認, 用戶, 腳本 …).
const TAIWAN_NEWS = [
  '國防部今天表示，國軍的士氣高昂，前線的士兵持續戒備。觀光署指出，國旅市場更加蓬勃，',
  '但疫情期間不少店家也門可羅雀。業者推出家用戶外兩用的露營燈，並提醒生鮮應在冷藏室內存放。',
  '這一集成為收視冠軍，節目探討孩童的心智能力。主辦單位在線上平台公布得獎名單，請將文字段落標示清楚。',
  '民眾乍得知消息，想起當年參加納莉颱風救災的經驗，事故的總線索仍待釐清；有人喊出極端口號，引發討論。',
  '他默認了這項指控。遠程操作的設備拋出異常，工程師以腳本綁定帳號後掛斷電話。',
  '騎自行車的民眾換了手機壁紙，時鐘的指針停在三點；研究導出的結論具有全局意義。',
  '電信用戶持續增加，社會網絡學者赴格拉斯哥交流，菲律賓前總統拉莫斯曾多次訪台。',
].join('');

// News written in Hong Kong: its own 操作系統, 編程語言, 內存條 and 軟件, in its own forms.
const HONG_KONG_NEWS =
  '政府發言人説，市民溫和支持新措施，住戶可以上網查閱。衞生署表示，學校將加強編程語言教育，' +
  '新電腦的操作系統預載教學軟件，內存條價格亦見上升。';

// Taiwan text that quotes the mainland's words by name, and words that hold one of them across
// a word boundary (國內存款: 內存; 刺激光: 激光; 簡短信函: 短信).
const TAIWAN_QUOTING =
  '兩岸用語不同，大陸稱為芯片、軟件、服務器，台灣稱晶片、軟體、伺服器。' +
  '央行公布國內存款數據，新政策可望刺激光電產業，業者以簡短信函通知客戶。';

// Hong Kong news in the standard forms and without lang="zh-HK": its own 操作系統, 軟件, 內存
// and 芯片, which a Taiwan page does not write.
const HONG_KONG_PLAIN =
  '特區政府表示，學校新電腦的操作系統預載教學軟件，內存和芯片價格上升，預算須增加。';

// Phrases a Taiwan key would slip across on a page (TWP_PAGE_BOUNDARY_KEEPS), with the key.
const PAGE_SLIPS: readonly (readonly [phrase: string, key: string])[] = [
  ['國軍的士氣', '的士'],
  ['前線的士兵', '的士'],
  ['更加蓬勃', '加蓬'],
  ['店家也門可羅雀', '也門'],
  ['家用戶外', '用戶'],
  ['冷藏室內存放', '內存'],
  ['這一集成為', '集成'],
  ['心智能力', '智能'],
  ['在線上平台', '在線'],
  ['文字段落', '字段'],
  ['乍得知', '乍得'],
  ['參加納莉颱風', '加納'],
  ['總線索', '總線'],
  ['極端口號', '端口'],
];

const fixture = (name: string) => readFileSync(resolve(SHARED_FIXTURES, name), 'utf8');
const articles = ['a', 'b', 'c'];
const simplified = articles.map((article) => fixture(`${article}.simplified.txt`));
const traditional = articles.map((article) => fixture(`${article}.traditional.txt`));

describe('regional vocabulary on a Traditional page', () => {
  it("offers tw → twp and hk → twp, and never Hong Kong's phrases", () => {
    expect(tw2twp.to).toBe('twp');
    expect(hk2twp.to).toBe('twp');
    expect(conversionChain('tw', 'hkp')).toBeNull();
    expect(conversionChain('hk', 'hkp')).toBeNull();
    expect(conversionChain('twp', 'hkp')).toBeNull();
  });

  it('leaves news written in Taiwan as written: it is no copy', () => {
    expect(planFor(TAIWAN_NEWS, 'tw')).toBeNull();
    // For a Hong Kong reader, its variants only, as without regional vocabulary.
    expect(planFor(TAIWAN_NEWS, 'hk')).toEqual({ from: 'tw', to: 'hk', pack: 't2cn' });
  });

  it('leaves news written in Hong Kong as written for a Hong Kong reader', () => {
    expect(planFor(HONG_KONG_NEWS, 'hk', 'zh-HK')).toBeNull();
    // For a Taiwan reader, its variants only: 操作系統, 內存 and 軟件 are Hong Kong's own.
    expect(planFor(HONG_KONG_NEWS, 'tw', 'zh-HK')).toEqual({ from: 'hk', to: 'tw', pack: 't2cn' });
  });

  it('leaves Taiwan text quoting the mainland’s words, and Hong Kong news, as written', () => {
    // However many of the mainland's words they hold: no count tells them from a copy.
    expect(planFor(TAIWAN_QUOTING, 'tw')).toBeNull();
    expect(planFor(HONG_KONG_PLAIN, 'tw')).toBeNull();
    // A mirror's article, without the verdict that it is a copy, stays as it is too.
    for (const article of articles) {
      expect(planFor(fixture(`${article}.expected_repair.traditional.txt`), 'tw')).toBeNull();
    }
  });

  it("converts a mirror's article to Taiwan's words", () => {
    for (const article of articles) {
      const text = fixture(`${article}.expected_repair.traditional.txt`);
      const plan = mirrorPlan(text, 'tw');
      expect(plan).toEqual({ from: 'tw', to: 'twp', pack: 't2cn' });
      const converted = createTextConverter({ pack: t2cn, from: plan!.from, to: plan!.to }).convert(
        text,
      );
      expect(converted).not.toContain('芯片');
      expect(converted).toContain('晶片');
      // A Hong Kong reader: its variants only.
      expect(mirrorPlan(text, 'hk')).toEqual({ from: 'tw', to: 'hk', pack: 't2cn' });
    }
  });

  it('converts a mirror with a single mainland word, or in Hong Kong forms, for Taiwan only', () => {
    // One word is enough on a copy, and a Hong Kong mirror takes Taiwan's forms and words.
    expect(mirrorPlan('政府表示，芯片供應穩定。', 'tw')).toEqual({
      from: 'tw',
      to: 'twp',
      pack: 't2cn',
    });
    expect(mirrorPlan('衞生署説，芯片供應穩定。', 'tw', 'zh-HK')).toEqual({
      from: 'hk',
      to: 'twp',
      pack: 't2cn',
    });
    // Never Hong Kong's phrases: a Hong Kong mirror stays as it is for a Hong Kong reader.
    expect(mirrorPlan('衞生署説，芯片供應穩定。', 'hk', 'zh-HK')).toBeNull();
    expect(mirrorPlan(HONG_KONG_NEWS, 'hk', 'zh-HK')).toBeNull();
  });

  it('keeps the phrases a Taiwan key would slip across, on a mirror too', () => {
    for (const [phrase, key] of PAGE_SLIPS) {
      const mirror = `芯片和內存供應緊張，${phrase}，服務器的${key}。`;
      expect(mirrorPlan(mirror, 'tw')?.to).toBe('twp');
      const converted = tw2twp.convert(mirror);
      // The phrase stays; the mirror's words, and the key standing alone, still convert.
      expect(converted.startsWith(`晶片和記憶體供應緊張，${phrase}，伺服器的`), phrase).toBe(true);
      expect(converted.endsWith(`的${key}。`), phrase).toBe(false);
    }
  });

  it('gives a mirror the Taiwan words', () => {
    expect(tw2twp.convert('台積電的7納米芯片和內存，軟件更新')).toBe(
      '台積電的7奈米晶片和記憶體，軟體更新',
    );
    // Its fixes of words joined across a boundary hold in Traditional too.
    expect(tw2twp.convert('國內存在的安全局勢')).toBe('國內存在的安全局勢');
  });

  it("gives a mirror's article what its Simplified original gives, but the Taiwan words it keeps", () => {
    // Words a Taiwan writer uses in a sense of their own stay as the mirror wrote them.
    const kept: Record<string, string> = {
      高端: '高階',
      數據: '資料',
      調度: '排程',
      消息: '訊息',
      支持: '支援',
      社區: '社群',
      運行: '執行',
      代碼: '程式碼',
    };
    simplified.forEach((text, index) => {
      let expected = cn2twp.convert(text);
      const got = tw2twp.convert(traditional[index]!);
      for (const [word, taiwan] of Object.entries(kept))
        expected = expected.replaceAll(taiwan, word);
      expect(got.replaceAll('程式碼', '代碼')).toBe(expected);
      expect(got).not.toBe(traditional[index]);
    });
  });

  it('leaves Taiwan-authored text as written', () => {
    const taiwan =
      '台灣的資訊安全面臨挑戰，部分網路系統一度癱瘓。政府將持續支持半導體產業，協助企業導入數位轉型，' +
      '重要文件應公開。主計總處公布的數據顯示，消息傳出後股市大漲；社區大學的課程包羅萬象，' +
      '高級中學的菜單也有。祕書說，他纔到，樑上有燕子。';
    expect(tw2twp.convert(taiwan)).toBe(taiwan);
  });

  it('converts a Hong Kong mirror for Taiwan, its variants too', () => {
    expect(hk2twp.convert('衞生署的軟件')).toBe('衛生署的軟體');
  });

  it('keeps the phrases a Taiwan key would slip across on a Hong Kong mirror too', () => {
    for (const [phrase, key] of PAGE_SLIPS) {
      const mirror = `芯片和內存供應緊張，${phrase}，服務器的${key}。`;
      const converted = hk2twp.convert(mirror);
      // The phrase stays, in Taiwan's forms (平台 is 平臺 from Hong Kong's, as hk → tw has it).
      const kept = hk2tw.convert(phrase);
      expect(converted.startsWith(`晶片和記憶體供應緊張，${kept}，伺服器的`), phrase).toBe(true);
      expect(converted.endsWith(`的${key}。`), phrase).toBe(false);
    }
    expect(hk2twp.convert('這一集成為收視冠軍，部隊列為重點，眾多任務')).toBe(
      '這一集成為收視冠軍，部隊列為重點，眾多任務',
    );
  });

  it('gives a Hong Kong mirror what a mirror in Taiwan forms gets, for every word Taiwan keeps', () => {
    // Our keeps and fixes are written in Taiwan's forms; a Hong Kong mirror's text reaches them
    // in Taiwan's forms too (為, 眾, not opencc's 爲, 衆).
    const words = [
      ...TWP_TAIWAN_WORDS,
      ...TWP_PAGE_BOUNDARY_KEEPS,
      ...TWP_PHRASE_FIXES.map(([traditional]) => traditional),
    ];
    for (const word of words) {
      expect(hk2twp.convert(word), word).toBe(tw2twp.convert(hk2tw.convert(word)));
    }
  });

  it("gives a mirror Taiwan's 發布, 營運 and 報導, in Taiwan's forms or Hong Kong's", () => {
    const mirror = '國務院發佈通知，新聞發佈會，三大運營商，據新華社報道，蘋果發佈測試版。';
    const taiwan = '國務院發布通知，新聞發布會，三大營運商，據新華社報導，蘋果釋出測試版。';
    expect(tw2twp.convert(mirror)).toBe(taiwan);
    expect(hk2twp.convert(mirror)).toBe(taiwan);
    // Not across a word boundary, and 激活 keeps its form but for a code or an account.
    const kept =
      '鐵路貨運營收，空運營收，天氣預報道路結冰，激活市場活力，輸入激活碼，幸運營造成功，舉報道德敗壞，經濟日報道出，疫情報道指出。';
    const expected =
      '鐵路貨運營收，空運營收，天氣預報道路結冰，激活市場活力，輸入啟用碼，幸運營造成功，舉報道德敗壞，經濟日報道出，疫情報導指出。';
    expect(tw2twp.convert(kept)).toBe(expected);
    expect(hk2twp.convert(kept)).toBe(expected);
  });

  it("gives a mirror Taiwan's 宣布, 公布 and the other 布 words, as it gives 發布", () => {
    const mirror =
      '在發佈當天就宣佈完成，公佈欄上公佈名單，人口分佈，散佈，頒佈，遍佈，密佈，佈局，佈置';
    const taiwan =
      '在發布當天就宣布完成，公布欄上公布名單，人口分布，散布，頒布，遍布，密布，布局，布置';
    expect(tw2twp.convert(mirror)).toBe(taiwan);
    expect(hk2twp.convert(mirror)).toBe(taiwan);
    // 佈道 and 佈告 stay as written; a Hong Kong reader gets the variants only, 佈 and all.
    expect(tw2twp.convert('佈道大會，佈告欄')).toBe('佈道大會，佈告欄');
    expect(createTextConverter({ pack: t2cn, from: 'tw', to: 'hk' }).convert(mirror)).toBe(mirror);
  });

  it("writes article c's 發布 and 宣布 alike for a Taiwan reader with its vocabulary", () => {
    const bu = /[宣公發分散頒遍密]布|布[局置]/g;
    const buOfOpencc = /[宣公發分散頒遍密]佈|佈[局置]/g;
    const index = articles.indexOf('c');
    // From the Simplified original, and from the mirror's copy in Traditional.
    for (const converted of [
      cn2twp.convert(simplified[index]!),
      tw2twp.convert(traditional[index]!),
    ]) {
      expect(converted.match(buOfOpencc)).toBeNull();
      expect(converted).toContain('在發布當天就宣布完成');
      expect(converted.match(bu)).toEqual(['發布', '發布', '宣布', '發布', '宣布', '發布']);
    }
    // Without Taiwan's vocabulary, opencc's 佈 throughout, as before.
    const characters = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' }).convert(
      simplified[index]!,
    );
    expect(characters.match(bu)).toBeNull();
    expect(characters).toContain('在發佈當天就宣佈完成');
  });
});

describe('a Traditional page with regional vocabulary', () => {
  const body = '<p>台積電的7納米芯片</p><p>內存與軟件</p>';

  it('converts a mirror for Taiwan only, and restores when regional vocabulary is turned off', async () => {
    const doc = documentWithBody(body);
    const before = serialize(doc);
    const converter = createConverter(doc);
    const mirror = { regionalVocabulary: true, mainlandCopy: true } as const;
    await converter.convert({ target: 'tw', ...mirror });
    expect(doc.body.textContent).toBe('台積電的7奈米晶片記憶體與軟體');
    await converter.convert({ target: 'hk', ...mirror });
    // For Hong Kong, the variants only.
    expect(doc.body.textContent).toBe('台積電的7納米芯片內存與軟件');
    await converter.convert({ target: 'tw', regionalVocabulary: false, mainlandCopy: true });
    expect(serialize(doc)).toBe(before);
    await converter.convert({ target: 'tw', ...mirror });
    converter.restore();
    expect(serialize(doc)).toBe(before);
  });

  it('plans again when the verdict that the page is a copy comes or goes', async () => {
    const doc = documentWithBody(body);
    const before = serialize(doc);
    const converter = createConverter(doc);
    await converter.convert({ target: 'tw', regionalVocabulary: true });
    expect(serialize(doc)).toBe(before);
    await converter.convert({ target: 'tw', regionalVocabulary: true, mainlandCopy: true });
    expect(doc.body.textContent).toBe('台積電的7奈米晶片記憶體與軟體');
    await converter.convert({ target: 'tw', regionalVocabulary: true, mainlandCopy: false });
    expect(serialize(doc)).toBe(before);
  });

  it('leaves Taiwan text quoting the mainland’s words, and Hong Kong news, as written', async () => {
    for (const text of [TAIWAN_QUOTING, HONG_KONG_PLAIN]) {
      const doc = documentWithBody(`<p>${text}</p>`);
      const before = serialize(doc);
      await createConverter(doc).convert({ target: 'tw', regionalVocabulary: true });
      expect(serialize(doc)).toBe(before);
    }
  });

  it('leaves a page written in Taiwan exactly as it is', async () => {
    const doc = documentWithBody(`<h1>國軍的士氣</h1><p>${TAIWAN_NEWS}</p>`);
    const before = serialize(doc);
    await createConverter(doc).convert({ target: 'tw', regionalVocabulary: true });
    expect(serialize(doc)).toBe(before);
  });

  it('leaves a page written in Hong Kong exactly as it is for a Hong Kong reader', async () => {
    const doc = documentWithBody(`<p>${HONG_KONG_NEWS}</p>`, 'zh-HK');
    const before = serialize(doc);
    // Even as a mirror's copy: Hong Kong's phrases never apply to a Traditional page.
    await createConverter(doc).convert({
      target: 'hk',
      regionalVocabulary: true,
      mainlandCopy: true,
    });
    expect(serialize(doc)).toBe(before);
  });
});
