import { scriptHintFromLang, type Target } from '../convert/target.ts';
import {
  isHan,
  isKana,
  isKoreanWithHanja,
  isOtherLetter,
  JAPANESE_KANA_SHARE,
  MIN_HAN_CHARACTERS,
  sampleSubtree,
} from './chinese-presence.ts';
import {
  HONG_KONG_FORMS,
  HONG_KONG_ONLY,
  SIMPLIFIED_ONLY,
  TAIWAN_FORMS,
  TRADITIONAL_ONLY,
} from './generated/script-chars.ts';

/**
 * Which script a page or a text is written in, from character statistics.
 *
 * Only characters that belong to one script count as evidence (发 is Simplified only, 發
 * Traditional only; 中 is both). The character classes are generated from opencc's tables
 * (scripts/gen-script-chars.mjs) and kept small, because this module runs before the
 * conversion dictionaries are loaded. The content script of every page only asks whether a
 * page is Chinese at all (chinese-presence.ts, by the same counting rules); this module runs
 * in the reader kit.
 *
 * `<html lang>` is a hint, never the truth: mirror sites label Simplified pages zh-TW and the
 * other way round. It breaks ties and chooses between Taiwan and Hong Kong when the
 * characters do not.
 */
export type ChineseScript = 'traditional' | 'simplified' | 'mixed' | 'japanese' | 'none';

/** The Traditional standard a page follows. */
export type TraditionalRegion = 'tw' | 'hk';

export interface ScriptCounts {
  /** Han characters sampled. */
  han: number;
  /** Hiragana and katakana (not the ・ and ー that Chinese text borrows). */
  kana: number;
  /** Letters of other scripts (Latin, Cyrillic, Hangul …). */
  otherLetters: number;
  /** Hangul syllables, of the other letters. */
  hangul: number;
  traditionalOnly: number;
  simplifiedOnly: number;
  /** Hong Kong variant forms (衞, 説, 温 …). */
  hongKongForms: number;
  /** The Taiwan/standard forms those replace (衛, 說, 溫 …). */
  taiwanForms: number;
  /**
   * 著 outside the words of writing and renown that keep it in every standard (著名, 顯著, 原著,
   * 著有, a writer's 著 before a title《): the particle, as Taiwan writes it, or a writer's 著
   * after a name. Hong Kong's standard writes the particle 着.
   */
  zhu: number;
  /** 着, the particle as the mainland and Hong Kong's standard write it. */
  zhe: number;
}

export interface ScriptVerdict {
  script: ChineseScript;
  /** 0 (a guess) to 1 (certain). */
  confidence: number;
  /** For Traditional and mixed text: whose Traditional forms it uses. Null otherwise. */
  region: TraditionalRegion | null;
  counts: ScriptCounts;
}

// The rules for "not Chinese at all" live with the content script's cheaper check.
export { JAPANESE_KANA_SHARE, MIN_HAN_CHARACTERS };
/** Distinctive characters needed for full confidence. */
const CONFIDENT_EVIDENCE = 20;
/** Mixed when each script has at least this many distinctive characters … */
const MIXED_MIN_EACH = 3;
/** … and the minority holds at least this share of them. */
const MIXED_MIN_SHARE = 0.2;
/** Hong Kong forms needed before they outweigh the page's `lang`. */
const MIN_HONG_KONG_FORMS = 3;

/** Default bound of the document sample. */
export const DEFAULT_MAX_HAN_SAMPLE = 4000;

/** 著 and 着, counted for `writesTaiwanZhu`. */
const ZHU = 0x8457;
const ZHE = 0x7740;
const codes = (chars: string) => new Set([...chars].map((char) => char.charCodeAt(0)));
/**
 * Around a 著 that is not the particle: before it the words of writing and renown that end in it
 * (顯著, 原著, 名著, 編著, 論著, 專著, 卓著, 昭著, 土著, 巨著, 遺著, 譯著, 拙著, 撰著, 合著, 所著,
 * 新著, 大著, 見微知著, 彰明較著), in both scripts; after it those that start with it (著名, 著作,
 * 著述, 著稱, 著書, 著錄, 著者, 著有) and a title (著《). Only counts, for a verdict: 穿著名牌 is
 * passed over too.
 */
const ZHU_AFTER_WRITING = codes('顯显原名編编論论專专卓昭土巨遺遗譯译拙撰合所新大知較较');
const ZHU_BEFORE_WRITING = codes('名作述稱称書书錄录者有《');
/**
 * Verbs that end in one of those characters and take the particle (結合著, 討論著, 凸顯著): their
 * 著 counts. Read as two code units before the 著, within one text node.
 */
const PARTICLE_VERBS = new Set(
  '結合 结合 配合 融合 組合 组合 迎合 符合 湊合 凑合 討論 讨论 爭論 争论 議論 议论 評論 评论 談論 谈论 凸顯 凸显 突顯 突显 彰顯 彰显'.split(
    ' ',
  ),
);

let classes: {
  traditional: Set<number>;
  simplified: Set<number>;
  hongKong: Set<number>;
  hongKongOnly: Set<number>;
  taiwan: Set<number>;
} | null = null;

function characterClasses(): NonNullable<typeof classes> {
  if (classes === null) {
    const set = (chars: string) => new Set([...chars].map((char) => char.codePointAt(0)!));
    classes = {
      traditional: set(TRADITIONAL_ONLY),
      simplified: set(SIMPLIFIED_ONLY),
      hongKong: set(HONG_KONG_FORMS),
      hongKongOnly: set(HONG_KONG_ONLY),
      taiwan: set(TAIWAN_FORMS),
    };
  }
  return classes;
}

/** Accumulates character statistics up to a bound on Han characters. */
export class ScriptSampler {
  readonly counts: ScriptCounts = {
    han: 0,
    kana: 0,
    otherLetters: 0,
    hangul: 0,
    traditionalOnly: 0,
    simplifiedOnly: 0,
    hongKongForms: 0,
    taiwanForms: 0,
    zhu: 0,
    zhe: 0,
  };

  constructor(readonly maxHan: number = Number.POSITIVE_INFINITY) {}

  get full(): boolean {
    return this.counts.han >= this.maxHan;
  }

  add(text: string): void {
    const { traditional, simplified, hongKong, hongKongOnly, taiwan } = characterClasses();
    const counts = this.counts;
    for (let i = 0; i < text.length && counts.han < this.maxHan; i += 1) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) counts.otherLetters += 1;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff) {
        code = text.codePointAt(i)!;
        if (code > 0xffff) i += 1;
      }
      if (isHan(code)) {
        counts.han += 1;
        // A Hong Kong form that no Simplified text uses (衞, 説) is Traditional too: a short
        // Hong Kong text may have nothing else to tell it by.
        if (traditional.has(code) || hongKongOnly.has(code)) counts.traditionalOnly += 1;
        else if (simplified.has(code)) counts.simplifiedOnly += 1;
        if (hongKong.has(code)) counts.hongKongForms += 1;
        else if (taiwan.has(code)) counts.taiwanForms += 1;
        if (code === ZHU) {
          const particle = PARTICLE_VERBS.has(text.slice(i - 2, i))
            ? !ZHU_BEFORE_WRITING.has(text.charCodeAt(i + 1))
            : !ZHU_AFTER_WRITING.has(text.charCodeAt(i - 1)) &&
              !ZHU_BEFORE_WRITING.has(text.charCodeAt(i + 1));
          if (particle) counts.zhu += 1;
        } else if (code === ZHE) {
          counts.zhe += 1;
        }
      } else if (isKana(code)) {
        counts.kana += 1;
      } else if (isOtherLetter(code)) {
        counts.otherLetters += 1;
        if (code >= 0xac00 && code <= 0xd7a3) counts.hangul += 1;
      }
    }
  }

  verdict(lang?: string | null, minHongKongForms?: number): ScriptVerdict {
    return scriptVerdictFromCounts(this.counts, lang, minHongKongForms);
  }
}

/** Decides from counts; `lang` is the page's or text's declared language, if any. */
export function scriptVerdictFromCounts(
  counts: ScriptCounts,
  lang?: string | null,
  minHongKongForms = MIN_HONG_KONG_FORMS,
): ScriptVerdict {
  const hint = scriptHintFromLang(lang);
  const verdict = (script: ChineseScript, confidence: number): ScriptVerdict => ({
    script,
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000,
    region:
      script === 'traditional' || script === 'mixed'
        ? regionOf(counts, hint, minHongKongForms)
        : null,
    counts: { ...counts },
  });

  const cjk = counts.han + counts.kana;
  if (counts.kana > 0 && counts.kana >= JAPANESE_KANA_SHARE * cjk) {
    return verdict('japanese', Math.min(1, counts.kana / cjk / (3 * JAPANESE_KANA_SHARE)));
  }
  if (counts.han === 0) return verdict('none', 1);
  // Not Chinese, so never converted; the content script's check decides the same.
  if (isKoreanWithHanja(counts, lang?.trim().replace(/_/g, '-'))) return verdict('none', 1);
  if (counts.han < MIN_HAN_CHARACTERS && counts.han * 5 < counts.otherLetters) {
    // A few Han characters in a page of other letters (an English page quoting 中文).
    return verdict('none', 1 - counts.han / MIN_HAN_CHARACTERS);
  }

  const t = counts.traditionalOnly;
  const s = counts.simplifiedOnly;
  const evidence = Math.min(1, (t + s) / CONFIDENT_EVIDENCE);
  if (t + s === 0) {
    // Only characters both scripts share: trust the hint, with little confidence.
    return verdict(hint === 'tw' || hint === 'hk' ? 'traditional' : 'simplified', hint ? 0.3 : 0);
  }
  const minority = Math.min(t, s);
  if (minority >= MIXED_MIN_EACH && minority / (t + s) >= MIXED_MIN_SHARE) {
    return verdict('mixed', evidence * (minority / (t + s) / 0.5));
  }
  const agrees = (script: 'traditional' | 'simplified') =>
    hint !== null && (hint === 'cn') === (script === 'simplified');
  const decide = (script: 'traditional' | 'simplified') =>
    verdict(script, (Math.max(t, s) / (t + s)) * evidence + (agrees(script) ? 0.1 : 0));
  if (t > s) return decide('traditional');
  if (s > t) return decide('simplified');
  return decide(hint === 'tw' || hint === 'hk' ? 'traditional' : 'simplified');
}

function regionOf(
  counts: ScriptCounts,
  hint: 'cn' | 'tw' | 'hk' | null,
  minHongKongForms: number,
): TraditionalRegion {
  if (counts.hongKongForms >= minHongKongForms && counts.hongKongForms > counts.taiwanForms) {
    return 'hk';
  }
  return hint === 'hk' ? 'hk' : 'tw';
}

/** The script of a piece of text (a selection, the popup's text box). */
export function detectTextScript(
  text: string,
  options: { lang?: string | null } = {},
): ScriptVerdict {
  const sampler = new ScriptSampler();
  sampler.add(text);
  // A selection or a few words typed in the popup: one Hong Kong form is all it may have.
  return sampler.verdict(options.lang, 1);
}

export interface DetectDocumentOptions {
  /** Reads a text node; a converter passes its originals so its own output is not measured. */
  textOf?: (node: Text) => string;
  /** Overrides `<html lang>` (a converter passes the page's original `lang`). */
  lang?: string | null;
  /** Bound of the sample in Han characters. */
  maxHanCharacters?: number;
}

/**
 * The script of a document, from a bounded sample: the title and then the text nodes of the
 * body in document order, until `maxHanCharacters` Han characters (or 40 000 nodes) have been
 * seen.
 */
export function detectDocumentScript(
  document: Document,
  options: DetectDocumentOptions = {},
): ScriptVerdict {
  const maxHan = options.maxHanCharacters ?? DEFAULT_MAX_HAN_SAMPLE;
  const textOf = options.textOf ?? ((node: Text) => node.data);
  const lang =
    options.lang !== undefined ? options.lang : document.documentElement?.getAttribute('lang');
  const sampler = new ScriptSampler(maxHan);
  const title = document.querySelector('title');
  if (title) sampleSubtree({ root: title, sink: sampler, textOf, maxNodes: 100 });
  const body = document.body ?? document.documentElement;
  if (body) sampleSubtree({ root: body, sink: sampler, textOf, maxNodes: 40_000 });
  return sampler.verdict(lang);
}

/**
 * The Traditional standard of a Traditional or mixed page: Hong Kong when its characters say
 * so (verdict.region) or its `lang` is zh-HK/zh-MO, Taiwan otherwise.
 */
export function traditionalRegion(
  verdict: ScriptVerdict,
  pageLang?: string | null,
): TraditionalRegion {
  return verdict.region === 'hk' || scriptHintFromLang(pageLang) === 'hk' ? 'hk' : 'tw';
}

/**
 * Whether Traditional text writes Taiwan's 著 for the particle: it has a 著 outside the words of
 * writing and renown (`ScriptCounts.zhu`) and never 着. Hong Kong's standard writes the particle
 * 着 (隨着, 看着) and 著 only for "to write, notable" (著名, 金庸著), but some Hong Kong pages write
 * Taiwan's 著 for both, and a page of any length has the particle somewhere. Read with Hong Kong
 * forms only (`ConversionPlan.taiwanZhu`): Taiwan's tables read 著 so already. A page of Hong
 * Kong's standard whose sample has no particle and a writer's 著 after a name (金庸著有) takes 着
 * there, as a Taiwan page does.
 */
export function writesTaiwanZhu(verdict: ScriptVerdict): boolean {
  return verdict.counts.zhu > 0 && verdict.counts.zhe === 0;
}

/** What a Traditional page may take beyond its script (see `needsConversion`). */
export interface ConversionNeeds {
  /** Regional words (软件 ↔ 軟體) are on. */
  readonly regionalVocabulary?: boolean;
  /**
   * The page is mainland text in Traditional characters, a mirror's copy: the mirror sites copy
   * mainland news through a Simplified → Traditional tool and keep its words (芯片, 內存).
   * Only the page's NetEase verdict says so, never its words (see docs/engine-convert.md).
   */
  readonly mainlandCopy?: boolean;
}

/**
 * Whether a page in this script must be converted to show `target`. A page already in the
 * target script is left alone, with one exception: with regional vocabulary, a mirror's copy
 * in Traditional (`mainlandCopy`) converts for a Taiwan reader, so that its 芯片 becomes 晶片.
 * Traditional of the other region converts (tw → hk), mixed pages convert, and Japanese or
 * non-Chinese pages never do.
 */
export function needsConversion(
  verdict: ScriptVerdict,
  target: Target,
  pageLang?: string | null,
  needs: ConversionNeeds = {},
): boolean {
  switch (verdict.script) {
    case 'none':
    case 'japanese':
      return false;
    case 'mixed':
      return true;
    case 'simplified':
      return target !== 'cn';
    case 'traditional':
      return (
        target === 'cn' ||
        traditionalRegion(verdict, pageLang) !== target ||
        takesTaiwanWords(target, needs)
      );
  }
}

/**
 * Whether a Traditional page takes Taiwan's regional vocabulary: for a Taiwan reader with it
 * on, on a mirror's copy only. Hong Kong's phrases never apply to a Traditional page.
 */
export function takesTaiwanWords(target: Target, needs: ConversionNeeds): boolean {
  return target === 'tw' && needs.regionalVocabulary === true && needs.mainlandCopy === true;
}
