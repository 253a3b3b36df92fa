/**
 * Taiwan wording in the Traditional texts of the built-in pack.
 *
 * A card shows `definition.hant` and `note.hant` to readers whose interface is in Traditional
 * Chinese, so those texts use Taiwan's everyday words, as the zh-Hant interface does (晶片, 資料,
 * 軟體), not the mainland words that a character conversion of the Simplified text leaves (芯片,
 * 數據, 軟件). `scripts/gen-glossary-hant.mjs` flags them in the texts it generates, and
 * `tests/unit/glossary/pack-hant-wording.test.ts` fails on them.
 *
 * A listed word may stand in such a text only where the text is about the word or names
 * something, that is where the whole word lies inside
 *  1. quotation marks “…” or 「…」, where the word is named, not used (臺灣稱「晶片」), or the
 *     title marks 《…》 of a work that keeps its own title;
 *  2. one of the entry's own written forms (`hans`, `hant`, `tw`, `hk`, aliases): the card is
 *     about that term (the 軟件 card begins 軟件。臺灣稱「軟體」);
 *  3. a written form of an entry that is a name (`isName`): names keep their own spelling
 *     (長江存儲, 長鑫存儲, 摩爾線程, 工業和信息化部);
 *  4. one of `OTHER_NAMES`: official names and product names that are no entry.
 * A name Taiwan writes otherwise (英偉達, 輝達 in Taiwan; 特朗普, 川普; 芯片法案, 晶片法案) is
 * held to quotation marks “…” and 「…」 and the entry's own forms only, not to 《…》: a title is
 * written in the reader's own wording (《晶片法案》). Where an entry that is a name has a Taiwan
 * form (`tw`), its other Traditional forms, and its aliases that hold a listed word
 * (芯片與科學法案), are checked like the listed words, with the Taiwan form to write instead
 * (`regionalNamesOf`).
 * The list holds only words that are mainland-only in every sense the pack uses them in. Words
 * that Taiwan also uses in another sense (程序 for a procedure, 質量 for mass, 項目, 數字 for
 * a numeral, 運行, 通信, 登錄, 通過 for passing a law) are left to the person who writes the
 * text.
 */

/** Mainland word → the Taiwan wording to write instead. */
export const MAINLAND_WORDS: Readonly<Record<string, string>> = {
  芯片: '晶片',
  芯粒: '小晶片',
  數據: '資料',
  軟件: '軟體',
  硬件: '硬體',
  固件: '韌體',
  網絡: '網路',
  互聯網: '網際網路',
  服務器: '伺服器',
  內存: '記憶體',
  存儲: '儲存, 記憶體',
  信息: '資訊',
  視頻: '影片, 視訊',
  默認: '預設',
  打印: '列印',
  激光: '雷射',
  屏幕: '螢幕',
  算法: '演算法',
  人工智能: '人工智慧',
  智能手機: '智慧型手機',
  集成電路: '積體電路',
  計算機: '電腦',
  光刻: '微影, 曝光機',
  帶寬: '頻寬',
  寬帶: '寬頻',
  雲計算: '雲端運算',
  納米: '奈米',
  硅: '矽',
  代碼: '程式碼',
  晶體管: '電晶體',
  刻蝕: '蝕刻',
  裸片: '晶粒',
  堆棧: '堆疊',
  柵極: '閘極',
  溝道: '通道',
  掩模: '光罩',
  集群: '叢集',
  鼠標: '滑鼠',
  博客: '部落格',
  光盤: '光碟',
  硬盤: '硬碟',
  U盤: '隨身碟',
  在線: '線上',
  鏈接: '連結',
  緩存: '快取',
  分辨率: '解析度',
  顯卡: '顯示卡',
  顯存: '顯示記憶體',
  傳感器: '感測器',
  短信: '簡訊',
  閃存: '快閃記憶體',
  操作系統: '作業系統',
  模塊: '模組',
  字符: '字元, 逐字（字符轉換 → 逐字轉換）',
  首席執行官: '執行長',
  創始人: '創辦人',
  接口: '介面',
  線程: '執行緒',
  兼容: '相容',
  搜索: '搜尋',
  編程: '程式設計',
  程序員: '程式設計師',
  驅動程序: '驅動程式',
  數字化: '數位化',
  主板: '主機板',
  黑客: '駭客',
  筆記本電腦: '筆記型電腦',
  文件夾: '資料夾',
  虛擬現實: '虛擬實境',
  移動通信: '行動通訊',
  總線: '匯流排',
  激活: '啟用, 活化',
  高管: '高階主管',
  基帶: '基頻',
  安卓: 'Android',
};

/** Official names and product names that are no entry of the pack (rule 4). */
export const OTHER_NAMES: readonly string[] = [
  '中芯國際集成電路製造有限公司',
  '國家集成電路產業投資基金',
  '百度智能雲',
  'Kimi智能助手',
];

/** Categories whose entries are all names (rule 3); a `policy` entry may be one (`isName`). */
export const NAME_CATEGORIES: ReadonlySet<string> = new Set(['company', 'organization', 'person']);

/** The written forms of an entry, as in the pack files. */
interface Forms {
  readonly hans: string;
  readonly hant: string;
  readonly tw?: string;
  readonly hk?: string;
  readonly en?: string;
  readonly aliases?: readonly string[];
  readonly category: string;
}

/** Words that English leaves in lower case inside a proper name (Made in China 2025). */
const MINOR_WORDS: ReadonlySet<string> = new Set('a an and for in of on the to'.split(' '));

/**
 * Whether an entry is a name (rule 3): a company, organization or person, or a policy whose
 * English form is written as a proper name, every word but `MINOR_WORDS` capitalised (CHIPS Act,
 * Entity List, EAR, Made in China 2025, East Data, West Computing). A policy term in lower case
 * is a common noun (export controls, chokehold, domestic substitution) and keeps no wording of
 * its own.
 */
export function isName(entry: Forms): boolean {
  if (NAME_CATEGORIES.has(entry.category)) return true;
  if (entry.category !== 'policy' || entry.en === undefined) return false;
  const words = entry.en.split(/[\s,]+/u).filter((word) => word.length > 0);
  return (
    words.length > 0 && words.every((word) => MINOR_WORDS.has(word) || /^[\p{Lu}\p{N}]/u.test(word))
  );
}

const formsOf = (entry: Forms) =>
  [entry.hans, entry.hant, entry.tw, entry.hk, ...(entry.aliases ?? [])].filter(
    (form): form is string => form !== undefined && form.length > 0,
  );

/** The forms that are names, from all entries of the pack, with `OTHER_NAMES` (rules 3 and 4). */
export function nameFormsOf(entries: readonly Forms[]): string[] {
  return [...entries.filter(isName).flatMap(formsOf), ...OTHER_NAMES];
}

/**
 * The Traditional forms of names that Taiwan writes otherwise, each with Taiwan's: the `hant`
 * and `hk` forms of every entry that is a name and has a `tw` form, and its aliases that hold
 * a listed word (芯片與科學法案). A `tw` form that differs only in 台 for 臺 (台積電) is the
 * same name: the converter writes 臺 for Taiwan.
 */
export function regionalNamesOf(entries: readonly Forms[]): Map<string, string> {
  const words = Object.keys(MAINLAND_WORDS);
  const names = new Map<string, string>();
  for (const entry of entries) {
    if (!isName(entry) || entry.tw === undefined) continue;
    const taiwan = entry.tw;
    const aliases = (entry.aliases ?? []).filter((alias) =>
      words.some((word) => alias.includes(word)),
    );
    for (const form of [entry.hant, entry.hk, ...aliases]) {
      if (form === undefined || form === taiwan) continue;
      if (form === taiwan.replaceAll('台', '臺')) continue;
      names.set(form, taiwan);
    }
  }
  return names;
}

/** Quotation marks: the text names what they hold. */
const QUOTED = /“[^”]*”|「[^」]*」/gu;
/** Title marks: a work's title, in its own wording unless Taiwan names the work otherwise. */
const TITLED = /《[^》]*》/gu;

/** Where `text` holds `needle`, as [start, end) spans. */
function spansOf(text: string, needle: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

/**
 * The mainland words that `text`, a Traditional text of `entry`, uses outside an allowed
 * mention, once per use, in the order of `MAINLAND_WORDS`.
 */
export function mainlandWordsIn(
  text: string,
  entry: Forms,
  nameForms: readonly string[],
  regionalNames: ReadonlyMap<string, string> = new Map(),
): string[] {
  const matched = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((match): [number, number] => [
      match.index,
      match.index + match[0].length,
    ]);
  const mentioned: [number, number][] = [
    ...matched(QUOTED),
    ...formsOf(entry).flatMap((form) => spansOf(text, form)),
  ];
  const allowed = [
    ...mentioned,
    ...matched(TITLED),
    ...nameForms.flatMap((form) => spansOf(text, form)),
  ];
  const found: string[] = [];
  const check = (word: string, spans: readonly [number, number][]) => {
    for (const [start, end] of spansOf(text, word)) {
      if (!spans.some(([from, to]) => from <= start && end <= to)) found.push(word);
    }
  };
  for (const word of Object.keys(MAINLAND_WORDS)) check(word, allowed);
  for (const name of regionalNames.keys()) check(name, mentioned);
  return found;
}
