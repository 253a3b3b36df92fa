/**
 * Forms of built-in terms that the page converter gives but that are no alias of the term.
 * The pack holds, as aliases, each form a term takes once the extension converts the page it
 * is on (`scripts/gen-glossary-hant.mjs`), so that the card is still found after conversion.
 * These are left out: opencc's regional vocabulary, read backwards, turns them into other
 * words that mainland text uses in their own sense (程序 is 进程, "process"; 資料 is 资料,
 * "materials"), so matching them would put the wrong card on ordinary text.
 */
export const CONVERSION_SLIPS: ReadonlySet<string> = new Set([
  '进程',
  '进程员',
  '驱动进程',
  '操作符',
  '运运算元',
  '運運算元',
  '资料',
  '文档夹',
  // 真實社群 (Truth Social, in Taiwan) read with mainland vocabulary: a real community.
  '真实社区',
]);
