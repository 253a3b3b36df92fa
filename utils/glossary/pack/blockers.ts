/**
 * Text in which the built-in terms are not found: everyday words and names that contain a
 * term's form in another sense. A blocker hides every built-in form that starts inside it, not
 * only the one it was written for, so each is a whole name or word, never a loose string; a
 * reader's own term is still found in one unless a built-in term has its form (光源 is found in
 * 上海光源, 三星 is not in 三星堆). Each is written as the mainland writes it, then as the
 * extension's conversions write it (Taiwan and Hong Kong forms, and Taiwan vocabulary, which
 * turns 主板 into 主機板); a unit test checks that every conversion is listed.
 */
export const BUILT_IN_BLOCKERS: readonly string[] = [
  // 三星 (Samsung): the Sanxingdui site, a three-star rating.
  '三星堆',
  '三星级',
  '三星級',
  // 海光 (Hygon): the Shanghai Institute of Optics and Fine Mechanics, the Shanghai
  // Synchrotron Radiation Facility.
  '上海光机所',
  '上海光機所',
  '上海光学',
  '上海光學',
  '上海光源',
  // 高通 (Qualcomm): high-throughput sequencing, screening and computing; high-pass filters.
  '高通量测序',
  '高通量測序',
  '高通量筛选',
  '高通量篩選',
  '高通量计算',
  '高通量計算',
  '高通滤波',
  '高通濾波',
  // 开源 (open source): "raise revenue and cut spending".
  '开源节流',
  '開源節流',
  // N+2 (SMIC's process): severance of a month's pay per year worked, plus two.
  'N+2补偿',
  'N+2補償',
  'N+2赔偿',
  'N+2賠償',
  // 主板 (motherboard): a stock exchange's main board (主板上市 and 主板市场 are also said of
  // motherboards, so only the exchanges' names).
  '沪市主板',
  '滬市主板',
  '滬市主機板',
  '深市主板',
  '深市主機板',
  '深交所主板',
  '深交所主機板',
  '上交所主板',
  '上交所主機板',
  '港股主板',
  '港股主機板',
  '主板上市公司',
  '主機板上市公司',
  // 川普 (Trump, in Taiwan): Sichuan-accented Mandarin (not 川普话 or 说川普话, which 川普話鋒一轉
  // and 據說川普話鋒一轉 hold).
  '一口川普',
  // BIS (the US Bureau of Industry and Security): the Bank for International Settlements.
  '国际清算银行(BIS)',
  '國際清算銀行(BIS)',
  // 微调 (fine-tuning a model): fine-tuning a policy.
  '政策微调',
  '政策微調',
  '微调政策',
  '微調政策',
  // 美光 (Micron) across two words: 完美光线, 完美光影.
  '完美光线',
  '完美光線',
  '完美光影',
];
