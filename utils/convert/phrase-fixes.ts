/**
 * Phrases opencc-js 1.4.2 converts wrongly from Simplified to Traditional, with the right
 * conversion. Each slip comes from one of opencc's phrases matching across a word boundary,
 * since its scan takes the longest phrase at each position from the left:
 *
 * - `个中` (箇中, "therein") wins in every `一个中…`: 一个中国 → 一箇中國, 一个中心 → 一箇中心;
 * - `多采` (as in 多采多姿) wins in 大多采用 and leaves 采 unconverted: 大多采用;
 * - `米制` (the metric system) wins in 纳米制程 → 納米制程, where 制程 is 製程;
 * - `统制` (control) wins in 传统制造 → 傳統制造, where 制造 is 製造;
 * - `更复` wins in 更复杂 → 更復雜, where 复杂 is 複雜.
 *
 * A fix is a longer phrase that starts where the wrong one starts, or before it, so the same
 * longest-match scan prefers it. It is listed first in the segmentation dictionaries and in the
 * first conversion stage (opencc-chains.ts), which keeps it a phrase of its own for the later,
 * regional stages: 纳米制程 becomes 納米製程, and then 奈米製程 with Taiwan vocabulary. Each
 * key is chosen so that it cannot match across a word boundary itself: 传统制 would also match
 * in 传统制度 (傳統制度), so the whole of 传统制造 is listed.
 *
 * tests/unit/convert/phrase-fixes.test.ts checks that opencc-js still makes each slip (so a
 * fix that is no longer needed shows up) and that the neighbouring phrases are unchanged.
 */
export const S2T_PHRASE_FIXES: readonly (readonly [simplified: string, traditional: string])[] = [
  ['一个中', '一個中'],
  ['多采用', '多採用'],
  ['多采取', '多採取'],
  ['多采购', '多採購'],
  ['多采集', '多採集'],
  ['多采访', '多採訪'],
  ['多采纳', '多採納'],
  ['多采样', '多採樣'],
  ['纳米制程', '納米製程'],
  ['纳米制造', '納米製造'],
  ['微米制程', '微米製程'],
  ['传统制造', '傳統製造'],
  ['传统制作', '傳統製作'],
  ['传统制品', '傳統製品'],
  ['更复杂', '更複雜'],
  ['更复合', '更複合'],
  ['更复制', '更複製'],
];

/** The fixes as an opencc-js dictionary table (`"key value|key value"`). */
export const S2T_PHRASE_FIXES_TABLE = S2T_PHRASE_FIXES.map(
  ([simplified, traditional]) => `${simplified} ${traditional}`,
).join('|');
