import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { DEFAULT_PROTECTED_TERMS } from '../../../utils/convert/protected-terms.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { BUILT_IN_BLOCKERS } from '../../../utils/glossary/pack/blockers.ts';
import { BUILT_IN_PROTECTED_TERMS, BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
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

  test('each holds a built-in form that it keeps out', () => {
    for (const blocker of BUILT_IN_BLOCKERS) {
      expect(matcher.findAll(blocker).length, blocker).toBeGreaterThan(0);
      expect(termsIn(blocker), blocker).toEqual([]);
    }
  });

  test('are listed in every form the extension converts them to', () => {
    const conversions = ['tw', 'twp', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
    const listed = new Set(BUILT_IN_BLOCKERS);
    const missing = BUILT_IN_BLOCKERS.flatMap((blocker) =>
      conversions.map((convert) => convert(blocker)).filter((form) => !listed.has(form)),
    );
    expect(missing).toEqual([]);
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
