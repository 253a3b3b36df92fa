import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { DEFAULT_PROTECTED_TERMS } from '../../../utils/convert/protected-terms.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { BUILT_IN_BLOCKERS } from '../../../utils/glossary/pack/blockers.ts';
import { BUILT_IN_PROTECTED_TERMS, BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import { seen } from './helpers.ts';
import {
  CATEGORIES,
  findFormClashes,
  termForms,
  validateTerm,
  type Term,
} from '../../../utils/glossary/schema.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const matcher = compileMatcher(BUILT_IN_TERMS);

/** Written forms that may belong to two entries on purpose (none so far). */
const SHARED_FORMS_ALLOWED = new Set<string>();

describe('built-in pack', () => {
  test('has at least 200 entries', () => {
    expect(BUILT_IN_TERMS.length).toBeGreaterThanOrEqual(200);
  });

  /**
   * What is wrong with the pack's entries. Stricter than a reader's term: a card in any language
   * shows the pack's definition, so each entry has it in every language.
   */
  const packProblems = (terms: readonly Term[]) =>
    terms.flatMap((term, index) => {
      const result = validateTerm(term, {
        path: `pack[${index}] ${String(term.id)}`,
        definitionLanguages: 'every',
      });
      return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
    });

  test('every entry is a valid term', () => {
    expect(packProblems(BUILT_IN_TERMS)).toEqual([]);
  });

  test('an entry whose definition lacks a language is not valid, as a reader’s term would be', () => {
    const nvidia = BUILT_IN_TERMS.find((term) => term.id === 'nvidia')!;
    const { en, hans } = nvidia.definition;
    expect(packProblems([{ ...nvidia, definition: { en, hans } }])).toEqual([
      'pack[0] nvidia.definition.hant: is required',
    ]);
  });

  test('ids are unique', () => {
    const ids = BUILT_IN_TERMS.map((term) => term.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('a written form belongs to one entry only', () => {
    const clashes = findFormClashes(BUILT_IN_TERMS)
      .filter((clash) => !SHARED_FORMS_ALLOWED.has(clash.form))
      .map(
        (clash) =>
          `${clash.form}: ${BUILT_IN_TERMS[clash.firstIndex]!.id} / ${BUILT_IN_TERMS[clash.secondIndex]!.id}`,
      );
    expect(clashes).toEqual([]);
  });

  test('no field is empty or only whitespace, and regional forms differ from hant', () => {
    const problems: string[] = [];
    for (const term of BUILT_IN_TERMS) {
      for (const [key, value] of Object.entries(term)) {
        if (typeof value === 'string' && value.trim() === '') problems.push(`${term.id}.${key}`);
        if (Array.isArray(value) && value.length === 0) problems.push(`${term.id}.${key}`);
      }
      for (const text of [term.definition, term.note]) {
        if (text === undefined) continue;
        for (const lang of ['en', 'hans', 'hant'] as const) {
          if (text[lang].trim() === '') problems.push(`${term.id} text.${lang}`);
        }
      }
      if (term.tw === term.hant) problems.push(`${term.id}.tw repeats hant`);
    }
    expect(problems).toEqual([]);
  });

  test('definitions are short: at most two or three sentences', () => {
    const long = BUILT_IN_TERMS.filter(
      (term) =>
        term.definition.en.length > 320 ||
        term.definition.hans.length > 120 ||
        (term.definition.en.match(/[.!?](\s|$)/g) ?? []).length > 3,
    ).map((term) => term.id);
    expect(long).toEqual([]);
  });

  test('the Traditional texts are really converted', () => {
    const unconverted = BUILT_IN_TERMS.filter((term) =>
      [term.definition, term.note].some(
        (text) =>
          text !== undefined && toTraditional(text.hans) !== text.hans && text.hant === text.hans,
      ),
    ).map((term) => term.id);
    expect(unconverted).toEqual([]);
  });

  test('facts that change carry the date they were checked (asOf)', () => {
    // People's roles, companies' positions, listings, licences, recent events.
    const changing =
      /Entity List|export licen[cs]e|\b202[3-9]\b|largest|leading|most valuable|main (supplier|source)|only (maker|supplier)/i;
    const undated = BUILT_IN_TERMS.filter(
      (term) =>
        term.asOf === undefined &&
        (term.category === 'person' ||
          term.category === 'company' ||
          changing.test(term.definition.en)),
    ).map((term) => term.id);
    expect(undated).toEqual([]);
  });

  test('uses only known categories, and every category the UI filters by has entries', () => {
    const used = new Set(BUILT_IN_TERMS.map((term) => term.category));
    for (const category of used) expect(CATEGORIES).toContain(category);
    for (const category of ['company', 'product', 'technology', 'policy', 'person', 'idiom']) {
      expect(used).toContain(category);
    }
  });

  test('links point to English Wikipedia over https', () => {
    for (const term of BUILT_IN_TERMS) {
      if (term.link !== undefined)
        expect(term.link).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
    }
  });
});

describe('protected names', () => {
  test('are exactly the entries whose forms opencc converts wrongly', () => {
    const wrong = BUILT_IN_TERMS.filter(
      (term) => toSimplified(term.hant) !== term.hans || toTraditional(term.hans) !== term.hant,
    ).map((term) => term.id);
    const flagged = BUILT_IN_TERMS.filter((term) => term.protect === true).map((term) => term.id);
    expect(flagged.sort()).toEqual(wrong.sort());
  });

  test('are kept by the page converter, which protects them without loading the pack', () => {
    const spelled = (term: { hans: string; hant: string }) => `${term.hans}/${term.hant}`;
    expect(DEFAULT_PROTECTED_TERMS.map(spelled)).toEqual(
      expect.arrayContaining(
        BUILT_IN_PROTECTED_TERMS.filter((t) => !/\d/.test(t.hans)).map(spelled),
      ),
    );
    const toTw = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' });
    const toCn = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' });
    for (const term of BUILT_IN_PROTECTED_TERMS) {
      expect(toTw.convert(`他说${term.hans}很好`)).toBe(`他說${term.hant}很好`);
      expect(toCn.convert(`他說${term.hant}很好`)).toBe(`他说${term.hans}很好`);
    }
  });

  test('include 昇腾, whose Traditional form opencc turns into 升腾', () => {
    expect(toSimplified('昇騰')).toBe('升腾');
    expect(BUILT_IN_PROTECTED_TERMS).toContainEqual({ hans: '昇腾', hant: '昇騰' });
    expect(BUILT_IN_PROTECTED_TERMS.map((entry) => entry.hans)).toEqual(
      expect.arrayContaining(['昇腾910B', '昇腾910C', '昇思', '苏姿丰', '余承东']),
    );
  });
});

describe('coverage asked for by the product', () => {
  const find = (text: string) =>
    matcher.findAll(text).map((match) => [text.slice(match.start, match.end), match.termId]);

  test.each([
    ['A100', 'nvidia-a100'],
    ['H100', 'nvidia-h100'],
    ['H800', 'nvidia-h800'],
    ['H20', 'nvidia-h20'],
    ['H200', 'nvidia-h200'],
    ['B200', 'nvidia-b200'],
    ['GB200', 'nvidia-gb200'],
    ['Blackwell', 'nvidia-blackwell'],
    ['Hopper', 'nvidia-hopper'],
    ['CUDA', 'cuda'],
    ['NVLink', 'nvlink'],
    ['HBM', 'hbm'],
    // As the press writes them: HBM3e, and the rack's name run together.
    ['HBM3e', 'hbm3e'],
    ['GB200NVL72', 'nvidia-nvl72'],
    ['TPU', 'tpu'],
    ['昇腾910B', 'ascend-910b'],
    ['昇騰910C', 'ascend-910c'],
    ['Ascend 910C', 'ascend-910c'],
    ['910B', 'ascend-910b'],
    ['CANN', 'huawei-cann'],
    ['MindSpore', 'mindspore'],
    ['海光', 'hygon'],
    ['DCU', 'hygon-dcu'],
    ['寒武纪', 'cambricon'],
    ['摩尔线程', 'moore-threads'],
    ['壁仞', 'biren'],
    ['沐曦', 'metax'],
    ['长鑫存储', 'cxmt'],
    ['长江存储', 'ymtc'],
    ['中芯国际', 'smic'],
    ['N+2', 'smic-n-plus-2'],
    ['光刻机', 'lithography-machine'],
    ['曝光機', 'lithography-machine'],
    ['EUV', 'euv'],
    ['DUV', 'duv'],
    ['ASML', 'asml'],
    ['制程', 'process-node'],
    ['製程', 'process-node'],
    ['良率', 'yield'],
    ['先进封装', 'advanced-packaging'],
    ['台积电', 'tsmc'],
    ['台積電', 'tsmc'],
    ['臺積電', 'tsmc'],
    ['出口管制', 'export-controls'],
    ['实体清单', 'entity-list'],
    ['Entity List', 'entity-list'],
    ['美国商务部', 'us-commerce-department'],
    ['BIS', 'bis'],
    ['25%分成', 'china-revenue-share'],
    ['小院高墙', 'small-yard-high-fence'],
    ['卡脖子', 'chokehold'],
    ['国产替代', 'domestic-substitution'],
    ['信创', 'xinchuang'],
    ['英伟达', 'nvidia'],
    ['輝達', 'nvidia'],
    ['黄仁勋', 'jensen-huang'],
    ['黃仁勳', 'jensen-huang'],
    ['华为', 'huawei'],
    ['大卫·萨克斯', 'david-sacks'],
    ['彭博社', 'bloomberg'],
    ['Truth Social', 'truth-social'],
    ['刻舟求剑', 'ke-zhou-qiu-jian'],
    ['阳谋', 'yang-mou'],
    ['思想钢印', 'sixiang-gangyin'],
    ['攻守之势异也', 'gong-shou-zhi-shi-yi-ye'],
    ['烫手山芋', 'tang-shou-shan-yu'],
    ['风箱里的老鼠两头受气', 'fengxiang-laoshu'],
    ['風箱裡的老鼠兩頭受氣', 'fengxiang-laoshu'],
    ['硬通货', 'ying-tong-huo'],
    ['输血包', 'shu-xue-bao'],
    ['死磕', 'si-ke'],
    ['复盘', 'fu-pan'],
    // Names of the news that were missed: Huawei in capitals, the Mate 60 phones and their chip
    // as the press writes them, Sam Altman's other names, AMD's Taiwan name, Supermicro's names
    // (bare 超微 is no form: in everyday text it is mostly 超 + 微), the Taiwan short names of
    // Applied Materials (應材) and Truth Social.
    ['HUAWEI', 'huawei'],
    ['Huawei', 'huawei'],
    ['Mate 60', 'huawei-mate-60'],
    ['Mate60', 'huawei-mate-60'],
    ['Mate 60 Pro+', 'huawei-mate-60'],
    ['Mate 60 Pro', 'huawei-mate-60-pro'],
    ['Mate60 Pro', 'huawei-mate-60-pro'],
    ['Mate60Pro', 'huawei-mate-60-pro'],
    ['mate60', 'huawei-mate-60'],
    ['Mate60Pro+', 'huawei-mate-60'],
    ['Mate 60Pro+', 'huawei-mate-60'],
    ['mate60pro', 'huawei-mate-60-pro'],
    ['mate60 pro', 'huawei-mate-60-pro'],
    ['麒麟9000S', 'kirin-9000s'],
    ['麒麟9000s', 'kirin-9000s'],
    ['Kirin 9000S', 'kirin-9000s'],
    ['阿尔特曼', 'sam-altman'],
    ['阿爾特曼', 'sam-altman'],
    ['阿特曼', 'sam-altman'],
    ['山姆·奥特曼', 'sam-altman'],
    ['山姆·奧特曼', 'sam-altman'],
    ['萨姆·奥特曼', 'sam-altman'],
    ['山姆奥特曼', 'sam-altman'],
    ['山姆奧特曼', 'sam-altman'],
    ['萨姆奥特曼', 'sam-altman'],
    ['薩姆奧特曼', 'sam-altman'],
    ['超微半導體', 'amd'],
    ['美超微', 'supermicro'],
    ['超微电脑', 'supermicro'],
    ['超微電腦', 'supermicro'],
    ['Supermicro', 'supermicro'],
    ['Super Micro', 'supermicro'],
    ['Super Micro Computer', 'supermicro'],
    ['SMCI', 'supermicro'],
    ['應材', 'applied-materials'],
    ['应材', 'applied-materials'],
    ['真實社群', 'truth-social'],
    ['真实社交', 'truth-social'],
  ])('%s is found as %s', (form, id) => {
    expect(find(`据报道，${form}。`)).toEqual([[form, id]]);
  });

  test.each([
    ['芯片', '晶片'],
    ['英伟达', '輝達'],
    ['软件', '軟體'],
    ['网络', '網路'],
    ['服务器', '伺服器'],
    ['内存', '記憶體'],
    ['程序', '程式'],
    ['质量', '品質'],
    ['硬件', '硬體'],
    ['数据', '資料'],
    ['信息', '資訊'],
    ['视频', '影片'],
    ['鼠标', '滑鼠'],
    ['打印机', '印表機'],
    ['默认', '預設'],
    ['博客', '部落格'],
    ['人工智能', '人工智慧'],
    ['算法', '演算法'],
    ['操作系统', '作業系統'],
    ['数据库', '資料庫'],
    ['激光', '雷射'],
    ['集成电路', '積體電路'],
    ['云计算', '雲端運算'],
    ['互联网', '網際網路'],
    ['移动通信', '行動通訊'],
  ])(
    'cross-strait pair %s / %s: hant is the character conversion, tw the Taiwan word',
    (hans, tw) => {
      const term = BUILT_IN_TERMS.find((entry) => entry.hans === hans);
      expect(term?.tw).toBe(tw);
      expect(term?.hant).toBe(toTraditional(hans));
      expect(find(tw).map(([, id]) => id)).toEqual([term?.id]);
    },
  );

  test('晶圆 and 半导体 are the same word on both sides', () => {
    for (const hans of ['晶圆', '半导体']) {
      const term = BUILT_IN_TERMS.find((entry) => entry.hans === hans)!;
      expect(term.tw).toBeUndefined();
      expect(termForms(term).map((entry) => entry.form)).toContain(toTraditional(hans));
    }
  });
});

describe('blockers', () => {
  const blocked = compileMatcher(BUILT_IN_TERMS, { blockers: BUILT_IN_BLOCKERS });
  const termsIn = (text: string) => blocked.findAll(text).map((match) => match.termId);
  const builtInForms = BUILT_IN_TERMS.flatMap((term) => termForms(term).map(({ form }) => form));
  /** The page conversions a reader can ask for, from Simplified. */
  const pageConversions = [false, true].flatMap((regionalVocabulary) =>
    (['tw', 'hk'] as const).map((to) =>
      createTextConverter({ pack: cn2t, from: 'cn', to, regionalVocabulary }),
    ),
  );
  /**
   * Where `word`, followed by the rest of one of `forms`, starts that form inside it: the form
   * a word before it cuts into (相比 into 比特, 其中 into 中芯), as `[offset, form]`.
   */
  const cutsInto = (word: string, forms: readonly string[]) =>
    forms.flatMap((form) => {
      const cuts: [number, string][] = [];
      for (let at = 1; at < word.length; at++) {
        const rest = word.slice(at);
        if (form.length > rest.length && form.startsWith(rest)) cuts.push([at, form]);
      }
      return cuts;
    });
  /** Whether a blocker has anything to keep out: a form inside it, or one it cuts into. */
  const keepsOut = (blocker: string) =>
    matcher.findAll(blocker).length > 0 ||
    cutsInto(blocker, builtInForms).length > 0 ||
    cutsInto(
      blocker,
      BUILT_IN_BLOCKERS.filter((other) => other !== blocker),
    ).length > 0;

  test('each holds a built-in form that it keeps out, or is the word before one', () => {
    for (const blocker of BUILT_IN_BLOCKERS) {
      if (matcher.findAll(blocker).length > 0) {
        expect(termsIn(blocker), blocker).toEqual([]);
        continue;
      }
      // The word before a form: what starts inside the word is not found, what follows it is.
      const cut = cutsInto(blocker, builtInForms).find(([at, form]) => {
        const text = blocker + form.slice(blocker.length - at);
        return (
          matcher.findAll(text).some((match) => match.start === at) &&
          blocked.findAll(text).every((match) => match.start >= blocker.length)
        );
      });
      // Or a guard, the word before another blocker (尤其 before 其中 in 尤其中芯国际).
      const guards = cutsInto(
        blocker,
        BUILT_IN_BLOCKERS.filter((other) => other !== blocker),
      );
      expect(cut !== undefined || guards.length > 0, blocker).toBe(true);
    }
  });

  test('are listed in every form the extension converts them to', () => {
    // The extension's own conversions, with its fixes of opencc's phrase slips: opencc alone
    // turns 体内存在 into 體記憶體在 with Taiwan vocabulary, which as a blocker would take
    // memory off 實體記憶體在. A conversion with nothing left to keep out (批次測試) need not be.
    const listed = new Set(BUILT_IN_BLOCKERS);
    const missing = BUILT_IN_BLOCKERS.flatMap((blocker) =>
      pageConversions
        .map((converter) => converter.convert(blocker))
        .filter((form) => !listed.has(form) && keepsOut(form)),
    );
    expect(missing).toEqual([]);
  });

  /**
   * Everyday text where a term's form was found in another sense, each with text where the
   * term is meant and still found: `[text, ids found, ids not found]`. Each is checked as
   * written and as the extension converts it to Traditional (Taiwan and Hong Kong, with and
   * without regional vocabulary).
   */
  const EVERYDAY: Record<string, [string, string[], string[]][]> = {
    '界面 in 世界面临, 业界面临': [
      ['当今世界面临百年未有之大变局', [], ['interface']],
      ['业界面临芯片短缺', ['chip'], ['interface']],
      ['新系统的用户界面更简洁', ['interface'], []],
    ],
    '内存 in 党内存在, 体内存在, 国内存在, 海内存知己': [
      ['党内存在的突出问题', [], ['memory']],
      ['体内存在炎症', [], ['memory']],
      ['国内存在不少问题', [], ['memory']],
      ['海内存知己，天涯若比邻', [], ['memory']],
      ['内存在服务器中的占比', ['memory', 'server'], []],
      ['中国内存芯片的产能', ['memory', 'chip'], []],
    ],
    '高通 in 高通胀, 提高通行': [
      ['高通胀压力下', [], ['qualcomm']],
      ['提高通行效率', [], ['qualcomm']],
      ['提高通风频率', [], ['qualcomm']],
      ['高通发布新一代芯片', ['qualcomm', 'chip'], []],
      ['提高高通的市场份额', ['qualcomm'], []],
      ['目前提高通信效率，提前提高通关效率', [], ['qualcomm']],
    ],
    '比特 in 相比特朗普, 丘比特, 比特犬; 位元 in 这位元老': [
      ['相比特朗普政府', ['donald-trump'], ['bit']],
      ['相比特斯拉', [], ['bit']],
      ['丘比特之箭', [], ['bit']],
      ['一只比特犬', [], ['bit']],
      ['这位元老和两位元首', [], ['bit']],
      ['每个比特都要校验，相比比特币', ['bit', 'bitcoin'], []],
      ['多名高管亮相比特币大会，变相比特币挖矿', ['bitcoin'], []],
      ['支援32位元老旧程式，推出64位元首款处理器', ['bit'], []],
      ['两位元老和三位元首，几位元老与那位元首', [], ['bit']],
      ['五位元首出席峰会，诸位元老', [], ['bit']],
      ['支援十六位元老旧程式，三十二位元老旧软体，六十四位元首款处理器', ['bit'], []],
    ],
    '线上 in 同一起跑线上, 一线上岗': [
      ['站在同一起跑线上', [], ['online']],
      ['医护人员一线上岗', [], ['online']],
      ['生产线上的工人', [], ['online']],
      ['线上会议', ['online'], []],
    ],
    '海光 in 上海光照, 沿海光照, 上海光明, 上海光大': [
      ['今天上海光照充足', [], ['hygon']],
      ['沿海光照不足', [], ['hygon']],
      ['上海光明乳业', [], ['hygon']],
      ['上海光大会展中心', [], ['hygon']],
      ['海光信息发布海光DCU', ['hygon'], []],
    ],
    '中芯 in 其中芯片': [
      ['其中芯片出口增长20%', ['chip'], ['smic']],
      ['尤其中芯国际的产能', ['smic'], []],
      ['与其中芯国际自研，不如合作', ['smic'], []],
      ['参与其中芯片设计', ['chip'], ['smic']],
      ['其中微软占三成', ['microsoft'], []],
    ],
    '程式 in 一级方程式': [
      ['一级方程式锦标赛', [], ['program']],
      ['方程式赛车', [], ['program']],
      ['在台湾，程序叫程式', ['program'], []],
    ],
    '良率 in 优良率': [
      ['空气质量优良率达到90%', [], ['yield']],
      ['芯片良率', ['chip', 'yield'], []],
    ],
    '显卡 in 明显卡顿': [
      ['手机明显卡顿', [], ['graphics-card']],
      ['显卡价格', ['graphics-card'], []],
    ],
    '视频 in 电视频道': [
      ['电视频道', [], ['video']],
      ['短视频平台', ['video'], []],
    ],
    '沙特 in 长沙特色': [
      ['长沙特色小吃和长沙特产', [], ['saudi-arabia']],
      ['沙特和阿联酋', ['saudi-arabia'], []],
    ],
    '雪梨 in 冰糖炖雪梨': [
      ['冰糖炖雪梨', [], ['sydney']],
      ['雪梨歌剧院', ['sydney'], []],
    ],
    '川普 in 四川普通话': [
      ['一口四川普通话', [], ['donald-trump']],
      ['川普政府', ['donald-trump'], []],
      ['周四川普表示，星期四川普在白宫', ['donald-trump'], []],
      ['四川普通高校招生，四川普光气田', [], ['donald-trump']],
    ],
    '微影 in 轻微影响': [
      ['轻微影响', [], ['lithography']],
      ['微影制程', ['lithography'], []],
    ],
    '量测 in 大量测试': [
      ['大量测试和少量测试', [], ['metrology']],
      ['量测设备', ['metrology'], []],
    ],
    '曝光机 in 增加曝光机会': [
      ['增加曝光机会', [], ['lithography-machine']],
      ['EUV曝光机', ['lithography-machine'], []],
    ],
    '主板 in 沪深主板, A股主板': [
      ['沪深主板IPO', [], ['motherboard']],
      ['A股主板', [], ['motherboard']],
      ['华硕主板', ['motherboard'], []],
    ],
    'N+2 in 按照N+2标准给予补偿': [
      ['按照N+2标准给予补偿', [], ['smic-n-plus-2']],
      ['中芯国际的N+2工艺', ['smic', 'smic-n-plus-2'], []],
    ],
    '沙利文 in 弗若斯特沙利文': [
      ['弗若斯特沙利文报告', [], ['jake-sullivan']],
      ['美国国家安全顾问沙利文', ['jake-sullivan'], []],
    ],
    '纳米 in 纳米比亚': [
      ['纳米比亚', [], ['nanometre']],
      ['7纳米工艺', ['nanometre'], []],
    ],
    '软体 in 软体动物': [
      ['软体动物', [], ['software']],
      ['软件和软体', ['software'], []],
    ],
    '固件 in 紧固件': [
      ['紧固件', [], ['firmware']],
      ['固件升级', ['firmware'], []],
      ['苹果收紧固件签名', ['firmware'], []],
    ],
    '百度 in 数百度': [
      ['数百度的高温，高达数百度', [], ['baidu']],
      ['百度发布文心一言', ['baidu'], []],
      ['大多数百度用户，少数百度员工，无数百度用户', ['baidu'], []],
      ['升温至数百度，加热到数百度以上', [], ['baidu']],
      ['大多数据中心采用液冷，多数据中心架构', ['data-center'], []],
      ['大多数字化转型项目', ['digitalisation'], []],
    ],
    '微软, 微调 in 稍微': [
      ['稍微软一点，略微调整', [], ['microsoft', 'fine-tuning']],
      ['微软发布新模型', ['microsoft'], []],
      ['忽略微调的成本，可以省略微调这一步，稍稍微调参数', ['fine-tuning'], []],
      ['货币政策略微软化，美联储政策略微调整', [], ['microsoft', 'fine-tuning']],
    ],
    '快取 in 尽快取得': [
      ['尽快取得突破，很快取代', [], ['cache']],
      ['盡快取得突破', [], ['cache']],
      ['数据写入快取', ['cache'], []],
    ],
    '内卷 in 国内卷烟': [
      ['国内卷烟市场', [], ['nei-juan']],
      ['國內捲菸市場', [], ['nei-juan']],
      ['行业内卷', ['nei-juan'], []],
    ],
    '算法 in 预算法': [
      ['全国人大审议预算法', [], ['algorithm']],
      ['推荐算法', ['algorithm'], []],
    ],
    '光罩 in 遮光罩': [
      ['遮光罩', [], ['photomask']],
      ['光罩', ['photomask'], []],
    ],
    '深紫外 in 深紫外线杀菌': [
      ['深紫外线杀菌', [], ['duv']],
      ['深紫外光刻', ['duv'], []],
    ],
    '大基金 in 最大基金': [
      ['全球最大基金公司', [], ['big-fund']],
      ['大基金三期', ['big-fund'], []],
    ],
    '断供 in 不间断供电': [
      ['不间断供电', [], ['duan-gong']],
      ['美国对华断供', ['duan-gong'], []],
    ],
    '破局 in 突破局限': [
      ['突破局限', [], ['po-ju']],
      ['寻求破局', ['po-ju'], []],
    ],
    '美超微 in 完美超微距, 唯美超微距 (but not in 美超微距离, 美超微距今)': [
      ['超微距镜头拍出完美超微距照片，唯美超微距摄影', [], ['supermicro']],
      ['精美超微距图片，绝美超微距作品', [], ['supermicro']],
      ['美超微距离提交年报期限还有三天', ['supermicro'], []],
      ['美超微距今已涨三倍', ['supermicro'], []],
      ['美超微和超微电脑，超微半导体', ['supermicro', 'amd'], []],
    ],
    '微软 after 超: 市值超微软 (超微 is no form)': [
      ['英伟达市值超微软', ['nvidia', 'microsoft'], []],
      ['苹果一度反超微软，有望赶超微软，市值远超微软', ['microsoft'], []],
    ],
    '應材 in 供應材料, 相應材質, 鋼材供應材積, 理應材盡其用': [
      ['供应材料的企业和相应材料，对应材质', [], ['applied-materials']],
      ['钢材供应材积偏紧，理应材尽其用', [], ['applied-materials']],
      ['感应材料和反应材料，因应材料短缺，顺应材料革新，回应材质问题', [], ['applied-materials']],
      ['应材发布财报，股价上涨', ['applied-materials'], []],
      // 應材 expects (料) a record quarter; 應材 questions (質疑) the new rules.
      ['应材料第二季营收创高', ['applied-materials'], []],
      ['应材质疑美国出口新规', ['applied-materials'], []],
      ['美国针对应材展开调查', ['applied-materials'], []],
    ],
    '真實社群 (Truth Social, in Taiwan) in 回到真實社群, 真實社群互動': [
      ['虚拟与真实社群，回到真实社群', [], ['truth-social']],
      ['真实社群连结，真实社群互动，真实社群关系', [], ['truth-social']],
      ['川普在真实社群发文', ['donald-trump', 'truth-social'], []],
    ],
    '阿尔特曼, 奥尔特曼, 阿特曼 in 杰克·阿尔特曼, 罗伯特·阿特曼, 阿特曼Z': [
      ['杰克·阿尔特曼和安妮·奥尔特曼', [], ['sam-altman']],
      ['罗伯特·阿特曼执导，罗伯特·奥尔特曼的电影，西德尼·奥尔特曼获奖', [], ['sam-altman']],
      ['阿特曼Z值，阿尔特曼Z-score模型，奥尔特曼Z分数', [], ['sam-altman']],
      ['阿尔特曼的弟弟杰克·阿尔特曼', ['sam-altman'], []],
    ],
    '三星 in 米其林三星, 三星期後, 三星蔥, 福禄寿三星, 三星上将': [
      ['米其林三星餐厅，米芝蓮三星餐廳，米芝莲三星', [], ['samsung-electronics']],
      [
        '三星期后出赛，三星期前报名，为期三星期的集训，过去三星期，三星期左右',
        [],
        ['samsung-electronics'],
      ],
      ['羽球名將三星期後再度出賽，過去三星期', [], ['samsung-electronics']],
      ['宜蘭三星蔥，三星乡，福禄寿三星，三星高照，三星上将，三星中将', [], ['samsung-electronics']],
      ['三星期待与英伟达合作，三星发布新手机', ['samsung-electronics', 'nvidia'], []],
      // Samsung's quarter: 期内 is "in the period".
      ['三星期内实现营业利润6.6万亿韩元', ['samsung-electronics'], []],
    ],
    '海光 in 青海光照, 青海光伏; 海思 in 上海思南路': [
      ['青海光照充足，青海光伏电站，上海光伏企业，沿海光伏项目', [], ['hygon']],
      ['上海光明乳业，上海光大证券，珠海光库科技，东海光学，南海光缆，青海光热', [], ['hygon']],
      ['上海思南路的老洋房，上海思岚科技', [], ['hisilicon']],
      ['海光与海思，上海海思', ['hygon', 'hisilicon'], []],
    ],
    '高通 in 高通过率, 偏高通常, 身高通常': [
      ['考试的高通过率，血压偏高通常没有症状，身高通常在一米七', [], ['qualcomm']],
      ['收入较高通常意味着，高通行费，高通用性，高通话质量', [], ['qualcomm']],
      ['高通常被视为苹果的基带供应商', ['qualcomm'], []],
    ],
    '光盘 in 光盘行动, 吃光盘中的饭菜': [
      ['餐厅响应光盘行动，吃光盘中的饭菜', [], ['optical-disc']],
      ['光盘里的资料', ['optical-disc'], []],
    ],
    '光阻 in 阳光阻挡': [
      ['窗帘把阳光阻挡在外，阳光阻隔，遮光阻挡', [], ['photoresist']],
      ['光阻剂和光阻', ['photoresist'], []],
    ],
    '推理 in 推理小说, 推理剧集, 逻辑推理': [
      ['这部推理小说和推理剧集，推理片，推理作家，学生要学会逻辑推理和演绎推理', [], ['inference']],
      ['推理芯片和推理算力', ['inference'], []],
      // Inference demand rising sharply (剧增).
      ['AI推理剧增带动HBM需求', ['inference', 'hbm'], []],
    ],
    '微调 in 油价微调': [
      ['油价迎来年内第五次油价微调', [], ['fine-tuning']],
      ['对模型做微调', ['fine-tuning'], []],
    ],
    '預設 in 預設立場': [
      ['不要预设立场，不要預設立場', [], ['default-setting']],
      ['恢复默认设置', ['default-setting'], []],
    ],
    '游标 in 游标卡尺': [
      ['用游标卡尺测量直径，用遊標卡尺量零件，游标尺', [], ['cursor']],
      ['移动光标', ['cursor'], []],
    ],
    '寒武纪 in 寒武纪生命大爆发, 寒武纪化石, 寒武纪地层': [
      ['寒武纪生命大爆发，寒武纪化石出现在寒武纪地层里，寒武纪时期', [], ['cambricon']],
      ['前寒武纪的岩石，寒武纪早期的生物，寒武纪生物', [], ['cambricon']],
      ['寒武纪发布思元芯片', ['cambricon', 'cambricon-mlu'], []],
    ],
    '鲲鹏 in 鲲鹏展翅; 鸿蒙 in 鸿蒙初开, 鸿蒙紫气': [
      ['鲲鹏展翅九万里', [], ['huawei-kunpeng']],
      ['鸿蒙初开之时修炼出鸿蒙紫气，鸿蒙初辟', [], ['harmonyos']],
      ['华为鲲鹏处理器和鸿蒙系统', ['huawei-kunpeng', 'harmonyos'], []],
    ],
    '幻方 in 三阶幻方; 月之暗面 in 《月之暗面》': [
      ['数学课讲了三阶幻方、四阶幻方和五阶幻方', [], ['high-flyer']],
      ['平克·弗洛伊德的专辑《月之暗面》，嫦娥四号登陆月之暗面', [], ['moonshot-ai']],
      ['幻方旗下的DeepSeek，月之暗面推出Kimi', ['high-flyer', 'moonshot-ai', 'kimi'], []],
    ],
    '连结 in 情感连结; 真实社交 in 线下的真实社交, 真实社交关系': [
      ['家人之间的情感连结', [], ['hyperlink']],
      ['年轻人渴望线下的真实社交', [], ['truth-social']],
      ['线下真实社交，真实社交关系', [], ['truth-social']],
      ['点击连结，特朗普在真实社交发文', ['hyperlink', 'donald-trump', 'truth-social'], []],
      // Trump back on his platform, and winning followers there (圈粉).
      ['特朗普回到真实社交发文称', ['donald-trump', 'truth-social'], []],
      ['特朗普在真实社交圈粉无数', ['donald-trump', 'truth-social'], []],
    ],
    '龙芯 in 骁龙芯片': [
      ['高通骁龙芯片', ['qualcomm', 'chip'], ['loongson']],
      ['龙芯中科发布新处理器', ['loongson'], []],
    ],
    'code in dress code; Kirin in Kirin啤酒': [
      ['Dress code係smart casual，the dress code', [], ['code']],
      ['Kirin啤酒配燒肉，Kirin 啤酒，Kirin Ichiban，Kirin Holdings', [], ['huawei-kirin']],
      ['source code和code review，华为Kirin芯片', ['code', 'huawei-kirin'], []],
    ],
    'Latin names: Ampere Computing, Kimi Antonelli, Vera C. Rubin, TPU材质': [
      ['Ampere Computing的Ampere Altra', [], ['nvidia-ampere']],
      ['Kimi Antonelli', [], ['kimi']],
      ['Vera C. Rubin天文台', [], ['nvidia-rubin']],
      ['TPU材质手机壳', [], ['tpu']],
      [
        'Ampere架构、Kimi智能助手、Vera Rubin平台和谷歌TPU',
        ['nvidia-ampere', 'kimi', 'nvidia-rubin', 'tpu'],
        [],
      ],
    ],
  };

  test.each(Object.entries(EVERYDAY))(
    'take the wrong card off everyday text, in both scripts: %s',
    (_, cases) => {
      for (const [written, found, notFound] of cases) {
        const texts = new Set([written, ...pageConversions.map((c) => c.convert(written))]);
        for (const text of texts) {
          const ids = termsIn(text);
          expect({
            text,
            found: found.filter((id) => ids.includes(id)),
            wrong: notFound.filter((id) => ids.includes(id)),
          }).toEqual({ text, found, wrong: [] });
        }
      }
    },
  );

  test('品质 (quality, in Taiwan) no longer takes 质量 a character early in 产品质量', () => {
    const spans = (text: string) => seen(blocked.findAll(text), text);
    expect(spans('产品质量和食品质量')).toEqual([
      ['质量', 'quality'],
      ['质量', 'quality'],
    ]);
    expect(spans('產品質量')).toEqual([['質量', 'quality']]);
    expect(spans('產品品質')).toEqual([['品質', 'quality']]);
    expect(spans('产品品质')).toEqual([['品质', 'quality']]);
    // The quality of assets, production, meals: the word before 产品 or 食品 is not cut.
    for (const text of ['银行资产品质良好', '銀行資產品質良好', '提升生產品質', '改善伙食品质']) {
      expect(spans(text), text).toEqual([[text.includes('品質') ? '品質' : '品质', 'quality']]);
    }
    // And products after the words that end on 资, 生, 饮: the quality is still 质量.
    for (const text of ['投资产品质量', '发生产品质量问题', '卫生产品质量', '餐饮食品质量']) {
      expect(spans(text), text).toEqual([['质量', 'quality']]);
    }
    expect(spans('研发生产品质')).toEqual([['品质', 'quality']]);
  });

  test('take the wrong card off everyday text and leave the terms elsewhere', () => {
    expect(termsIn('四川广汉三星堆遗址和一家三星级酒店')).toEqual([]);
    expect(termsIn('上海光机所和上海光源的科研人员')).toEqual([]);
    expect(termsIn('高通量测序和高通滤波器')).toEqual([]);
    expect(termsIn('企业要开源节流')).toEqual([]);
    expect(termsIn('裁员按N+2补偿')).toEqual([]);
    expect(termsIn('公司在沪市主板上市')).toEqual([]);
    expect(termsIn('公司拟在深交所主板上市，主板上市公司')).toEqual([]);
    expect(termsIn('画面在完美光线下')).toEqual([]);
    expect(termsIn('据说川普话锋一转')).toEqual(['donald-trump']);
    expect(termsIn('国际清算银行（BIS）发布报告')).toEqual([]);
    // Where the same words name the term, it is found.
    expect(termsIn('华硕Z890主板上市，全球主板市场')).toEqual(['motherboard', 'motherboard']);
    expect(termsIn('川普話鋒一轉')).toEqual(['donald-trump']);
    expect(termsIn('三星发布新手机，海光和高通的芯片，中芯国际的N+2工艺，美光的内存')).toEqual(
      expect.arrayContaining([
        'samsung-electronics',
        'hygon',
        'qualcomm',
        'smic-n-plus-2',
        'micron',
      ]),
    );
  });
});

describe('names of the news: case, word boundaries, both scripts', () => {
  const blocked = compileMatcher(BUILT_IN_TERMS, { blockers: BUILT_IN_BLOCKERS });
  const spans = (text: string) => seen(blocked.findAll(text), text);
  /** Every conversion a reader can ask for, from either script. */
  const conversions = [
    ...[false, true].flatMap((regionalVocabulary) =>
      (['tw', 'hk'] as const).map((to) =>
        createTextConverter({ pack: cn2t, from: 'cn', to, regionalVocabulary }),
      ),
    ),
    ...(['tw', 'hk'] as const).map((from) => createTextConverter({ pack: t2cn, from, to: 'cn' })),
    createTextConverter({ pack: t2cn, from: 'tw', to: 'cn', regionalVocabulary: true }),
  ];
  /** Taiwan text read in Simplified with mainland vocabulary (the last of `conversions`). */
  const mainland = conversions.at(-1)!;

  test('Huawei in any case, the only Latin form of the term, but not inside a longer word', () => {
    expect(spans('HUAWEI Mate 60 Pro')).toEqual([
      ['HUAWEI', 'huawei'],
      ['Mate 60 Pro', 'huawei-mate-60-pro'],
    ]);
    expect(spans('Huawei和huawei')).toEqual([
      ['Huawei', 'huawei'],
      ['huawei', 'huawei'],
    ]);
    expect(spans('HuaweiCloud')).toEqual([]);
  });

  test('the Mate 60 phones: spaced or run together, the Pro apart from the series', () => {
    expect(spans('华为Mate60系列，Mate 60 Pro和Mate60 Pro+，Mate60Pro')).toEqual([
      ['华为', 'huawei'],
      ['Mate60', 'huawei-mate-60'],
      ['Mate 60 Pro', 'huawei-mate-60-pro'],
      ['Mate60 Pro+', 'huawei-mate-60'],
      ['Mate60Pro', 'huawei-mate-60-pro'],
    ]);
    // In lower case and run together, as shops and posts write them; Pro+ is the series'.
    expect(spans('华为mate60pro，mate60和mate60 pro，Mate60Pro+和Mate 60Pro+')).toEqual([
      ['华为', 'huawei'],
      ['mate60pro', 'huawei-mate-60-pro'],
      ['mate60', 'huawei-mate-60'],
      ['mate60 pro', 'huawei-mate-60-pro'],
      ['Mate60Pro+', 'huawei-mate-60'],
      ['Mate 60Pro+', 'huawei-mate-60'],
    ]);
    // A longer model number, another word or another case is not the phone.
    expect(spans('Mate600，Mate 60X，Mate 6，my mate 60 years old')).toEqual([]);
    expect(spans('mate600，mate60x，mate60pros，MATE60')).toEqual([]);
  });

  test('the Kirin 9000S in either case, but not the Kirin 9000 nor the 9000SL', () => {
    expect(spans('麒麟9000S、麒麟9000s和KIRIN 9000S')).toEqual([
      ['麒麟9000S', 'kirin-9000s'],
      ['麒麟9000s', 'kirin-9000s'],
      ['KIRIN 9000S', 'kirin-9000s'],
    ]);
    expect(spans('麒麟9000和麒麟9000SL')).toEqual([]);
  });

  test('Sam Altman as 奥特曼 only with his given name: alone it is also Ultraman', () => {
    // 奥特曼 (奧特曼) alone is what mainland and Taiwan news often write for him, but it is the
    // everyday name of Ultraman, the TV hero, and of the toys and cards after him; the card
    // would be wrong there, so only the full name (with or without the dot), 奥尔特曼,
    // 阿尔特曼 and 阿特曼 are forms.
    for (const text of ['迪迦奥特曼和奥特曼玩具', '奧特曼卡片', 'OpenAI首席执行官奥特曼']) {
      expect(
        spans(text).filter(([, id]) => id === 'sam-altman'),
        text,
      ).toEqual([]);
    }
    for (const written of [
      '山姆·奥特曼表示',
      '萨姆·奥特曼表示',
      '山姆奥特曼表示',
      '萨姆奥特曼表示',
      '山姆奧特曼表示',
      '阿尔特曼表示',
      '阿爾特曼表示',
      '奥尔特曼表示',
      '阿特曼表示',
    ]) {
      for (const text of new Set([written, ...conversions.map((c) => c.convert(written))])) {
        expect(
          blocked.findAll(text).map((match) => match.termId),
          text,
        ).toEqual(['sam-altman']);
      }
    }
  });

  test('other Altmans and the Altman Z-score are not Sam Altman', () => {
    // His brother Jack and sister Annie, the film director Robert Altman (勞勃·阿特曼 in Taiwan),
    // the chemist Sidney Altman; Edward Altman's Z-score of bankruptcy risk.
    for (const written of [
      '傑克·阿爾特曼',
      '杰克·阿尔特曼',
      '安妮·奥尔特曼',
      '安妮·奧爾特曼',
      '罗伯特·阿特曼',
      '羅伯特·阿特曼',
      '罗伯特·奥尔特曼',
      '勞勃·阿特曼',
      '西德尼·奥尔特曼',
      '西德尼·奧爾特曼',
      '阿特曼Z值',
      '阿尔特曼Z-score',
      '阿爾特曼Z分數',
      '奥尔特曼Z分数',
    ]) {
      for (const text of new Set([written, ...conversions.map((c) => c.convert(written))])) {
        expect(spans(text), text).toEqual([]);
      }
    }
    // Sam himself, beside his brother, is still found.
    expect(spans('阿尔特曼和弟弟杰克·阿尔特曼')).toEqual([['阿尔特曼', 'sam-altman']]);
  });

  test('Taiwan’s 應材 and 真實社群 are found in Simplified too, except where that is another word', () => {
    const ids = (text: string) => blocked.findAll(text).map((match) => match.termId);
    const inEveryScript = (written: string) => [
      ...new Set([written, ...conversions.map((c) => c.convert(written))]),
    ];
    // 應材 announces, expects (料) a record quarter, questions (質疑) the new rules.
    for (const written of ['應材公布財報', '應材料第二季營收創高', '應材質疑美國出口新規']) {
      for (const text of inEveryScript(written)) {
        expect(ids(text), text).toEqual(['applied-materials']);
      }
    }
    // 供應 or 理應 before 材: steel supply is tight in volume; things ought to be put to best use.
    for (const written of ['鋼材供應材積偏緊', '理應材盡其用', '相應材質']) {
      for (const text of inEveryScript(written)) expect(ids(text), text).toEqual([]);
    }
    // With mainland vocabulary 真實社群 reads 真实社区, a real community: not Truth Social.
    expect(mainland.convert('川普在真實社群發文')).toBe('川普在真实社区发文');
    for (const text of inEveryScript('川普在真實社群發文')) {
      expect(ids(text), text).toEqual(
        text.includes('社区') ? ['donald-trump'] : ['donald-trump', 'truth-social'],
      );
    }
    expect(ids('线下的真实社区')).toEqual([]);
    // The real community, as against a virtual one, in Taiwan text.
    for (const written of [
      '虛擬與真實社群',
      '回到真實社群',
      '真實社群連結',
      '真實社群互動',
      '真實社群關係',
    ]) {
      for (const text of inEveryScript(written)) {
        expect(ids(text), text).not.toContain('truth-social');
      }
    }
  });

  test('bare 超微 has no card, and the longer names keep their companies', () => {
    expect(spans('超微（AMD）、超微半導體、美超微（Supermicro，Super Micro）和超微电脑')).toEqual([
      ['AMD', 'amd'],
      ['超微半導體', 'amd'],
      ['美超微', 'supermicro'],
      ['Supermicro', 'supermicro'],
      ['Super Micro', 'supermicro'],
      ['超微电脑', 'supermicro'],
    ]);
    // AMD in Taiwan and Supermicro in mainland news, but far more often 超 + 微 in everyday
    // text: a super smile, Weibo, WeChat, subtle, mild, tipsy, chubby; trace elements,
    // minimally invasive, powder, microcrystalline alloy, microelectrode.
    for (const written of [
      '超微笑，超微博，超微信，超微妙，超微辣，超微醺，超微胖',
      '超微量元素，超微创，超微粉，超微晶合金，超微电极',
      // AMD's Taiwan short name has none either: the everyday words outnumber it.
      '超微量產，超微創新高',
    ]) {
      for (const text of new Set([written, ...conversions.map((c) => c.convert(written))])) {
        expect(spans(text), text).toEqual([]);
      }
    }
    // Supermicro before 距 (距離, 距今), but not in a perfect super-macro shot.
    for (const written of ['美超微距離提交年報期限', '美超微距今已漲三倍']) {
      for (const text of new Set([written, ...conversions.map((c) => c.convert(written))])) {
        expect(spans(text), text).toEqual([['美超微', 'supermicro']]);
      }
    }
    expect(spans('完美超微距照片')).toEqual([]);
    // Overtaking Microsoft: Microsoft's card.
    expect(spans('英伟达市值超微软')).toEqual([
      ['英伟达', 'nvidia'],
      ['微软', 'microsoft'],
    ]);
  });

  test('the facts and wording the review corrected', () => {
    const term = (id: string) => BUILT_IN_TERMS.find((entry) => entry.id === id)!;
    // Taiwan says 大型語言模型 more often than 大模型 (not "大型语言模型 is written 大型語言模型").
    expect(term('large-model').note?.hans).toMatch(
      /^台湾一般说“大型語言模型”（LLM），较少说“大模型”/,
    );
    // The clause after the semicolon has its subject.
    expect(term('supermicro').definition.hans).toContain('；它是');
    // HBM2e is on the standard PCIe card: the H100 NVL, a PCIe card too, has HBM3.
    expect(term('nvidia-h100').definition.en).toContain('HBM2e on the standard PCIe card');
    expect(term('nvidia-h100').definition.hans).toContain('标准PCIe版为HBM2e');
    expect(term('hbm3').definition.en).toContain('H100 NVL');
    // CoWoS-S and CoWoS-L are not the only kinds.
    for (const lang of ['en', 'hans', 'hant'] as const) {
      expect(term('cowos').definition[lang]).toContain('CoWoS-R');
    }
    // Who writes which name, not how the matcher finds him.
    const altman = term('sam-altman').note!;
    expect(altman.en).toContain('Taiwan writes 奧特曼, 阿特曼 or 阿爾特曼');
    expect(`${altman.en} ${altman.hans}`).not.toMatch(/recogni[sz]ed|识别/);
    // AMD's card says how Taiwan writes it without a card of its own for 超微.
    expect(BUILT_IN_TERMS.some((entry) => entry.hans === '超微')).toBe(false);
    expect(term('amd').note?.hans).toContain('超微半導體');
  });

  test('cards say the everyday senses of forms that no blocker can tell apart', () => {
    const term = (id: string) => BUILT_IN_TERMS.find((entry) => entry.id === id)!;
    // The idioms' literal senses, which everyday text uses (a marathon's course, the moat of
    // the Forbidden City, black swans in a park, a car on a bend), come first on their cards.
    for (const [id, literal] of [
      ['sai-dao', /^A race track/],
      ['hu-cheng-he', /^A moat, the water round a city wall/],
      ['hei-tian-e', /^A black swan; figuratively/],
      ['wan-dao-chao-che', /^Overtaking on a bend, on the road \(a dangerous move\)/],
    ] as const) {
      expect(term(id).definition.en, id).toMatch(literal);
    }
    expect(term('sai-dao').definition.hans).toMatch(/^比赛用的跑道/);
    expect(term('hu-cheng-he').definition.hans).toMatch(/^环绕城墙的河道/);
    expect(term('hei-tian-e').definition.hant).toMatch(/^黑色的天鵝/);
    expect(term('wan-dao-chao-che').definition.hant).toMatch(/^在彎道上超車，行車時是危險動作/);
    expect(term('log-in').note?.hant).toContain('登錄網站或帳號，臺灣說「登入」');
    // 遥遥领先 was an ordinary phrase long before it was Richard Yu's catchphrase.
    const farAhead = term('yao-yao-ling-xian').definition;
    expect(farAhead.en).toContain('an ordinary phrase');
    expect(farAhead.hans).toMatch(/^本是形容远远领先的普通说法/);
    expect(farAhead.hant).toMatch(/^本是形容遠遠領先的普通說法.*余承東/);
    // Everyday senses of forms that no blocker can tell apart, said on the cards.
    for (const [id, en, hans] of [
      ['fine-tuning', 'any small adjustment', '小幅调整'],
      ['default-setting', '他默认了', '預設立場'],
      ['hyperlink', 'a connection or bond', '纽带'],
      ['log-in', 'register or record', '登记'],
      ['byte', 'ByteDance', '字节跳动'],
      ['data', 'reference material', '参考材料'],
      ['t-head', 'honey badger', '蜜獾'],
      ['high-flyer', 'magic square', '方阵'],
    ] as const) {
      const note = term(id).note;
      expect(note?.en, id).toContain(en);
      expect(note?.hans, id).toContain(hans);
      expect(note?.hant, id).toBeDefined();
    }
  });
});
