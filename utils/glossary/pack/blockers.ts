/**
 * Text in which the built-in terms are not found: everyday words and names that contain a
 * term's form in another sense. A blocker hides every built-in form that starts inside it, not
 * only the one it was written for, so each is a whole name or word, never a loose string; a
 * reader's own term is still found in one unless a built-in term has its form (光源 is found in
 * 上海光源, 三星 is not in 三星堆). Each is written as the mainland writes it, then as the
 * extension's conversions write it (Taiwan and Hong Kong forms, and Taiwan vocabulary, which
 * turns 主板 into 主機板); a unit test checks that every conversion is listed.
 *
 * Some are the word before a form that a reading across two words would find: 相比 takes the
 * 比 of 比特 in 相比特朗普, so 特朗普 after it is found; 其中 takes the 中 of 中芯 in 其中芯片,
 * so 芯片 is. Such a word is listed only where it is never the end of one word and the start of
 * the next in common text (not 轻微, which 年轻微软 holds, nor 长沙, which 延长沙特 holds), and a
 * form that starts with the whole word and runs on is still found (each holds no form itself).
 * One, 尤其, only guards another: 尤其中芯国际 starts 其中 inside it, so 中芯国际 is found.
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
  // 海光 (Hygon): sunshine on Shanghai and the coast, Bright Dairy, the Everbright
  // convention centre.
  '上海光照',
  '沿海光照',
  '上海光明',
  '上海光大',
  // 高通 (Qualcomm): high-throughput sequencing, screening and computing; high-pass filters.
  '高通量测序',
  '高通量測序',
  '高通量筛选',
  '高通量篩選',
  '高通量计算',
  '高通量計算',
  '高通滤波',
  '高通濾波',
  // ... and high inflation; 提高 (raise) before 通行 or 通风.
  '高通胀',
  '高通脹',
  '高通货膨胀',
  '高通貨膨脹',
  '提高',
  // 开源 (open source): "raise revenue and cut spending".
  '开源节流',
  '開源節流',
  // N+2 (SMIC's process): severance of a month's pay per year worked, plus two.
  'N+2补偿',
  'N+2補償',
  'N+2赔偿',
  'N+2賠償',
  '按照N+2标准',
  '按照N+2標準',
  '按N+2标准',
  '按N+2標準',
  '补偿N+2',
  '補償N+2',
  '赔偿N+2',
  '賠償N+2',
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
  '沪深主板',
  '滬深主板',
  '滬深主機板',
  'A股主板',
  'A股主機板',
  // 川普 (Trump, in Taiwan): Sichuan-accented Mandarin (not 川普话 or 说川普话, which 川普話鋒一轉
  // and 據說川普話鋒一轉 hold).
  '一口川普',
  // ... and 四川 before 普通话, 普及, 普遍, which the days guard: 周四川普表示 is Trump on Thursday.
  '四川',
  '周四',
  '週四',
  '星期四',
  '礼拜四',
  '禮拜四',
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
  // 界面 (interface) across two words: the world or the industry faces (業介面臨 with Taiwan
  // vocabulary).
  '世界面临',
  '世界面臨',
  '世界面前',
  '世界面对',
  '世界面對',
  '业界面临',
  '業界面臨',
  '業介面臨',
  // 内存 (memory) across two words: "there is, within the Party, the body, the country"; a
  // line of verse. Not 系统内存在 or 实体内存在, which are also said of memory.
  '党内存在',
  '黨內存在',
  '体内存在',
  '體內存在',
  '国内存在',
  '國內存在',
  '境内存在',
  '境內存在',
  '海内存知己',
  '海內存知己',
  // 比特 (bit): 相比 (compared with) before 特朗普 or 特斯拉; Cupid, the pit bull. 位元 (bit, in
  // Taiwan) across two words: 这位元老, 两位元首, 一位元帅 (after a measure word: 32位元老舊程式
  // is 32-bit, and so are 十六位元, 三十二位元 and 六十四位元, so not after 二, 四 or 六). 亮相 and 变相 guard 相比: 亮相比特币大会 is a debut at a bitcoin conference.
  '相比',
  '亮相',
  '变相',
  '變相',
  '丘比特',
  '丘位元',
  '比特犬',
  '位元犬',
  '一位元老',
  '两位元老',
  '兩位元老',
  '三位元老',
  '几位元老',
  '幾位元老',
  '多位元老',
  '各位元老',
  '数位元老',
  '數位元老',
  '每位元老',
  '这位元老',
  '這位元老',
  '那位元老',
  '该位元老',
  '該位元老',
  '五位元老',
  '七位元老',
  '九位元老',
  '十位元老',
  '诸位元老',
  '諸位元老',
  '一位元首',
  '两位元首',
  '兩位元首',
  '三位元首',
  '几位元首',
  '幾位元首',
  '多位元首',
  '各位元首',
  '数位元首',
  '數位元首',
  '每位元首',
  '这位元首',
  '這位元首',
  '那位元首',
  '该位元首',
  '該位元首',
  '五位元首',
  '七位元首',
  '九位元首',
  '十位元首',
  '诸位元首',
  '諸位元首',
  '位元帅',
  '位元帥',
  // 线上 (online) across two words: on the starting line, the production line; taking up a
  // post on the front line.
  '起跑线上',
  '起跑線上',
  '生产线上',
  '生產線上',
  '流水线上',
  '流水線上',
  '一线上岗',
  '一線上崗',
  // 中芯 (SMIC) across two words: 其中 (among them) before 芯片; 尤其 guards 尤其中芯国际.
  '其中',
  '尤其',
  '与其',
  '與其',
  // ... but 参与其中 (taking part) is its own: 参与其中芯片设计 is chips.
  '参与其中',
  '參與其中',
  // 程式 (program, in Taiwan): Formula One, formula racing.
  '一级方程式',
  '一級方程式',
  '方程式赛车',
  '方程式賽車',
  // 良率 (yield): the share of days with good air.
  '优良率',
  '優良率',
  // 显卡 (graphics card) across two words: noticeably laggy (Taiwan vocabulary makes it
  // 明顯示卡頓).
  '明显卡顿',
  '明顯卡頓',
  '明顯示卡頓',
  // 视频 (video) across two words: a TV channel (電影片道 with Taiwan vocabulary).
  '电视频道',
  '電視頻道',
  '電影片道',
  // 沙特 (Saudi) across two words: Changsha's specialities.
  '长沙特色',
  '長沙特色',
  '长沙特产',
  '長沙特產',
  // 雪梨 (Sydney, in Taiwan): the pear.
  '炖雪梨',
  '燉雪梨',
  '冰糖雪梨',
  '雪梨汤',
  '雪梨湯',
  // 微影 (lithography, in Taiwan) across two words: a slight effect.
  '微影响',
  '微影響',
  // 量测 (metrology) across two words: testing in large or small numbers.
  '大量测试',
  '大量測試',
  '少量测试',
  '少量測試',
  // 曝光机 (lithography machine, in Taiwan) across two words: chances to be seen.
  '增加曝光机会',
  '增加曝光機會',
  '获得曝光机会',
  '獲得曝光機會',
  '更多曝光机会',
  '更多曝光機會',
  // 沙利文 (Jake Sullivan): Frost & Sullivan.
  '弗若斯特沙利文',
  // 纳米 (nanometre): Namibia.
  '纳米比亚',
  '納米比亞',
  // 软体 (software, in Taiwan): molluscs.
  '软体动物',
  '軟體動物',
  // 固件 (firmware) across two words: fasteners (緊韌體 with Taiwan vocabulary).
  '紧固件',
  '緊固件',
  // ... which 收紧 guards: 收紧固件签名 is tightening firmware signing.
  '收紧',
  '收緊',
  '緊韌體',
  // 百度 (Baidu): hundreds of degrees, by the words around them (not 数百度 alone, which
  // 大多数百度用户 and 模型参数百度未公开 hold, nor guards such as 多数, which take the 数 of
  // 数据中心 in 大多数据中心).
  '数百度高温',
  '數百度高温',
  '數百度高溫',
  '数百度的高温',
  '數百度的高温',
  '數百度的高溫',
  '数百度以上',
  '數百度以上',
  '数百度左右',
  '數百度左右',
  '达数百度',
  '達數百度',
  '至数百度',
  '至數百度',
  '到数百度',
  '到數百度',
  '几百度',
  '幾百度',
  // 微软 (Microsoft), 微调 (fine-tuning): 稍微 and 略微 (slightly) before 软 or 调整.
  '稍微',
  '略微',
  // Guards: 忽略微调, 省略微调, 策略微调 are fine-tuning left out or of a strategy; but policy
  // and decisions before 略微 are slightly so (货币政策略微软化).
  // (对策略微调 is also fine-tuning a policy in reinforcement learning; the commoner reading wins.)
  '政策略微',
  '决策略微',
  '決策略微',
  '对策略微',
  '對策略微',
  '稍稍',
  '忽略',
  '省略',
  '策略',
  '战略',
  '戰略',
  '领略',
  '領略',
  // 快取 (cache, in Taiwan): 尽快 and 很快 (soon) before 取得 or 取代.
  '尽快',
  '盡快',
  '儘快',
  '很快',
  // 内卷 (involution) across two words: the country's cigarettes.
  '国内卷烟',
  '國內捲煙',
  '國內捲菸',
  // 算法 (algorithm): the Budget Law.
  '预算法',
  '預算法',
  // 光罩 (photomask, in Taiwan): a lens hood.
  '遮光罩',
  // 深紫外 (DUV): germicidal deep-ultraviolet light.
  '深紫外线杀菌',
  '深紫外線殺菌',
  '深紫外线消毒',
  '深紫外線消毒',
  // 大基金 (the Big Fund) across two words: the world's largest fund company.
  '最大基金',
  // 断供 (supply cut-off) across two words: uninterrupted supply.
  '不间断供电',
  '不間斷供電',
  '不间断供应',
  '不間斷供應',
  // 破局 (breaking the deadlock) across two words: breaking through limits.
  '突破局限',
  '打破局限',
  // 品质 (quality, the Taiwan word) across two words, where 质量 is the word: 产品质量.
  '产品',
  '產品',
  '食品',
  // Products again where the guards below would cut them: 投资产品, 卫生产品, 餐饮食品; and
  // 研发生产, which 发生产品 would cut in 研发生产品质.
  '研发生产',
  '研發生產',
  '投资产品',
  '投資產品',
  '发生产品',
  '發生產品',
  '卫生产品',
  '衛生產品',
  '衞生產品',
  '餐饮食品',
  '餐飲食品',
  // Guards: 资产品质, 生产品质, 伙食品质 are the quality of assets, production, meals.
  '资产',
  '資產',
  '生产',
  '生產',
  '伙食',
  '饮食',
  '飲食',
  '粮食',
  '糧食',
  // 美超微 (Supermicro) across two words: a perfect, an exquisite super-macro shot (not
  // 美超微距 alone, which 美超微距離提交年報期限 and 美超微距今已漲三倍 hold: Supermicro).
  '完美超微距',
  '唯美超微距',
  '精美超微距',
  '绝美超微距',
  '絕美超微距',
  // 應材 (Applied Materials, in Taiwan) across two words: 供应, 相应, 理应 and the like before
  // 材料, 材质, 材积 or 材尽其用 (供应材料, 钢材供应材积偏紧, 理应材尽其用). Not 应材料 or
  // 应材质 alone: 應材料第二季營收創高 is 應材 expecting (料), 應材質疑 is 應材 questioning.
  '供应材',
  '供應材',
  '相应材',
  '相應材',
  '对应材',
  '對應材',
  '因应材',
  '因應材',
  '反应材',
  '反應材',
  '适应材',
  '適應材',
  '响应材',
  '響應材',
  '效应材',
  '效應材',
  '感应材',
  '感應材',
  '理应材',
  '理應材',
  '顺应材',
  '順應材',
  '呼应材',
  '呼應材',
  '答应材',
  '答應材',
  '回应材',
  '回應材',
  '照应材',
  '照應材',
  // ... which 针对 guards: 针对应材展开调查 is an inquiry into 應材.
  '针对',
  '針對',
  // 真實社群 (Truth Social, in Taiwan): a real community, as against a virtual one.
  '虚拟与真实社群',
  '虛擬與真實社群',
  '虛擬與真實社羣',
  '回到真实社群',
  '回到真實社群',
  '回到真實社羣',
  '真实社群连结',
  '真實社群連結',
  '真實社羣連結',
  '真实社群互动',
  '真實社群互動',
  '真實社羣互動',
  '真实社群关系',
  '真實社群關係',
  '真實社羣關係',
  // 阿尔特曼, 奥尔特曼, 阿特曼 (Sam Altman): his brother Jack and sister Annie, the film
  // director Robert Altman, the chemist Sidney Altman; Altman's Z-score of bankruptcy risk.
  '杰克·阿尔特曼',
  '傑克·阿爾特曼',
  '安妮·奥尔特曼',
  '安妮·奧爾特曼',
  '罗伯特·阿特曼',
  '羅伯特·阿特曼',
  '罗伯特·奥尔特曼',
  '羅伯特·奧爾特曼',
  '勞勃·阿特曼',
  '劳勃·阿特曼',
  '西德尼·奥尔特曼',
  '西德尼·奧爾特曼',
  '阿特曼Z',
  '阿尔特曼Z',
  '阿爾特曼Z',
  '奥尔特曼Z',
  '奧爾特曼Z',
  // 三星 (Samsung): a Michelin three-star restaurant (米芝蓮 in Hong Kong); three weeks, as
  // Taiwan and Hong Kong write it (not 三星期 alone, which 三星期待 holds); the spring onions of
  // Sanxing township in Yilan; the three gods of fortune; a three-star general.
  '米其林三星',
  '米芝莲三星',
  '米芝蓮三星',
  '三星期后',
  '三星期後',
  '三星期内',
  '三星期內',
  '三星期前',
  '三星葱',
  '三星蔥',
  '福禄寿三星',
  '福祿壽三星',
  '三星上将',
  '三星上將',
  // 海光 (Hygon) across two words: sunshine and solar farms in Qinghai, Shanghai, on the coast.
  '青海光照',
  '青海光伏',
  '上海光伏',
  '沿海光伏',
  // 海思 (HiSilicon) across two words: Sinan Road and the Sinan Mansions in Shanghai.
  '上海思南',
  // 高通 (Qualcomm) across two words: a high pass rate; high blood pressure, or a height, that
  // is usually so (not 高通常 alone, which 高通常被视为 holds).
  '高通过率',
  '高通過率',
  '偏高通常',
  '身高通常',
  // 光盘 (optical disc): the Clean Plate campaign, eating up what is on the plate.
  '光盘行动',
  '光盤行動',
  '吃光盘',
  '吃光盤',
  '吃光碟',
  // 光阻 (photoresist, in Taiwan) across two words: sunlight kept out.
  '阳光阻挡',
  '陽光阻擋',
  // 推理 (inference): detective fiction and drama, logical reasoning (推理小説 is what the
  // extension's conversion to Traditional gives for the fiction).
  '推理小说',
  '推理小說',
  '推理小説',
  '推理剧',
  '推理劇',
  '逻辑推理',
  '邏輯推理',
  // 微调 (fine-tuning): the small changes to fuel prices that the mainland announces.
  '油价微调',
  '油價微調',
  // 預設 (default, in Taiwan): a preconceived position.
  '预设立场',
  '預設立場',
  // 游標 (cursor, in Taiwan): the vernier caliper.
  '游标卡尺',
  '游標卡尺',
  '遊標卡尺',
  // 寒武纪 (Cambricon): the Cambrian period's explosion of life, its fossils and rocks (not
  // 寒武纪大爆发 alone, which a headline on the company's shares could say).
  '寒武纪生命大爆发',
  '寒武紀生命大爆發',
  '寒武纪化石',
  '寒武紀化石',
  '寒武纪地层',
  '寒武紀地層',
  '寒武纪时期',
  '寒武紀時期',
  // 鲲鹏 (Kunpeng): Zhuangzi's great bird spreading its wings.
  '鲲鹏展翅',
  '鯤鵬展翅',
  // 鸿蒙 (HarmonyOS): the primal chaos of myth and of fantasy fiction.
  '鸿蒙初开',
  '鴻蒙初開',
  '鸿蒙初辟',
  '鴻蒙初闢',
  '鸿蒙紫气',
  '鴻蒙紫氣',
  // 幻方 (High-Flyer): magic squares in school maths.
  '三阶幻方',
  '三階幻方',
  '四阶幻方',
  '四階幻方',
  // 月之暗面 (Moonshot AI): Pink Floyd's album, always a title.
  '《月之暗面》',
  // 连结 (link): an emotional bond.
  '情感连结',
  '情感連結',
  // 真实社交 (Truth Social): socialising in real life, as against online.
  '回归真实社交',
  '回歸真實社交',
  '迴歸真實社交',
  '回到真实社交',
  '回到真實社交',
  '线下真实社交',
  '線下真實社交',
  '线下的真实社交',
  '線下的真實社交',
  '真实社交关系',
  '真實社交關係',
  '真实社交圈',
  '真實社交圈',
  // Latin: a dress code (not program code), Kirin beer (not Huawei's chips).
  'dress code',
  'Dress code',
  'Kirin啤酒',
  // Latin names: Ampere Computing and its Altra chips (not NVIDIA's Ampere), the F1 driver
  // Kimi Antonelli (not Moonshot's Kimi), the Vera C. Rubin Observatory (not NVIDIA's Vera
  // Rubin), phone cases of TPU plastic (not Google's TPU).
  'Ampere Computing',
  'Ampere Altra',
  'Kimi Antonelli',
  'Vera C. Rubin',
  'Rubin Observatory',
  'TPU材质',
  'TPU材質',
  'TPU材料',
];
