/**
 * Words that mark a Traditional page as mainland text in Traditional characters (a mirror of
 * mainland news): words mainland text is full of and a Taiwan writer does not write in text of
 * their own, where Taiwan has a word of its own (芯片 for 晶片, 內存 for 記憶體, 服務器 for
 * 伺服器). Regional vocabulary converts a Traditional page for a Taiwan reader only when it has
 * several of them (`needsConversion`): opencc's Taiwan phrases are made for mainland text, and
 * on text written in Taiwan they slip across word boundaries (的士氣 → 的計程車氣) and rewrite
 * Taiwan's own words (默認, 用戶, 腳本, 自行車), which Taiwan also writes.
 *
 * Left out: the words Taiwan writes too, in a sense of its own or beside its usual one (質量,
 * 信息, 默認, 用戶, 網絡, 數據, 支持, 視頻, 算力, 大數據, 性價比), and words a page quotes by
 * name more often than it uses.
 *
 * `hongKong` marks the words Hong Kong writes itself, or in its news of the mainland (軟件, 硬件,
 * 納米, 人工智能, 互聯網, 英偉達, 內存, 芯片, 光刻機 …): on a Hong Kong page, which a Taiwan
 * reader may read too, they are no sign of the mainland and do not count. Hong Kong text converts
 * for a Taiwan reader by its variants only (hk → tw) unless it has the others.
 */
export const MAINLAND_WORDS: readonly (readonly [word: string, hongKong: boolean])[] = [
  // Neither Taiwan nor Hong Kong writes these (Taiwan's word, Hong Kong's).
  ['服務器', false], // 伺服器, 伺服器
  ['鼠標', false], // 滑鼠, 滑鼠
  ['帶寬', false], // 頻寬, 頻寬
  ['寬帶', false], // 寬頻, 寬頻
  ['短信', false], // 簡訊, 短訊
  ['程序員', false], // 程式設計師, 程式員
  ['U盤', false], // 隨身碟, USB手指
  // Hong Kong writes these, or writes them of the mainland; Taiwan does not (Taiwan's word).
  ['芯片', true], // 晶片
  ['軟件', true], // 軟體
  ['硬件', true], // 硬體
  ['納米', true], // 奈米
  ['內存', true], // 記憶體
  ['互聯網', true], // 網際網路
  ['英偉達', true], // 輝達
  ['人工智能', true], // 人工智慧
  ['屏幕', true], // 螢幕
  ['數據庫', true], // 資料庫
  ['操作系統', true], // 作業系統
  ['打印機', true], // 印表機
  ['激光', true], // 雷射
  ['集成電路', true], // 積體電路
  ['智能手機', true], // 智慧型手機
  ['筆記本電腦', true], // 筆記型電腦
  ['源代碼', true], // 原始碼
  ['運營商', true], // 電信業者
  ['攝像頭', true], // 鏡頭
  ['光刻機', true], // 曝光機
  ['光刻膠', true], // 光阻
  ['刻蝕', true], // 蝕刻
];

/** Distinct mainland words a Traditional page needs before it reads as mainland text. */
export const MIN_MAINLAND_WORDS = 3;

type Entry = { word: string; index: number };

let byFirstUnit: Map<number, Entry[]> | null = null;

function entriesByFirstUnit(): Map<number, Entry[]> {
  if (byFirstUnit === null) {
    byFirstUnit = new Map();
    MAINLAND_WORDS.forEach(([word], index) => {
      const unit = word.charCodeAt(0);
      const list = byFirstUnit!.get(unit) ?? [];
      list.push({ word, index });
      byFirstUnit!.set(unit, list);
    });
  }
  return byFirstUnit;
}

/** Notes which of the mainland words occur in the text it is given, each once. */
export class MainlandWordCounter {
  private readonly seen = new Set<number>();
  /** Distinct words seen. */
  taiwan = 0;
  /** Distinct words seen that Hong Kong does not write either. */
  hongKong = 0;

  /** Counts the words in `text` from `start` to `end` (a word may run past `end`). */
  add(text: string, start = 0, end = text.length): void {
    const entries = entriesByFirstUnit();
    for (let i = start; i < end; i += 1) {
      const candidates = entries.get(text.charCodeAt(i));
      if (candidates === undefined) continue;
      for (const { word, index } of candidates) {
        if (this.seen.has(index) || !text.startsWith(word, i)) continue;
        this.seen.add(index);
        this.taiwan += 1;
        if (!MAINLAND_WORDS[index]![1]) this.hongKong += 1;
      }
    }
  }
}
