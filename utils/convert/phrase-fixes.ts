/**
 * Phrases opencc-js 1.4.2 converts wrongly from Simplified to Traditional (and a few the other
 * way, at the end), with the right conversion. Each slip comes from one of opencc's phrases
 * matching across a word boundary, since its scan takes the longest phrase at each position
 * from the left:
 *
 * - `个中` (箇中, "therein") wins in every `一个中…`: 一个中国 → 一箇中國, 一个中心 → 一箇中心
 *   (kept whole below, in S2T_PHRASE_KEEPS);
 * - `多采` (as in 多采多姿) wins in 大多采用 and leaves 采 unconverted: 大多采用;
 * - `米制` (the metric system) wins in 纳米制程 → 納米制程, where 制程 is 製程;
 * - `统制` (control) wins in 传统制造 → 傳統制造, where 制造 is 製造;
 * - `更复` wins in 更复杂 → 更復雜, where 复杂 is 複雜;
 * - `机制` and the "made in" phrases, below.
 *
 * A fix is a longer phrase that starts where the wrong one starts, or before it, or the wrong
 * phrase itself with its right conversion, so the same longest-match scan prefers it (between
 * equal keys the first listed wins). It is listed first in the segmentation dictionaries and in
 * the stage of opencc's phrases (opencc-chains.ts), which keeps it a phrase of its own for the
 * later, regional stages: 纳米制程 becomes 納米製程, and then 奈米製程 with Taiwan vocabulary. Each
 * key is chosen so that it cannot match across a word boundary itself: 传统制 would also match
 * in 传统制度 (傳統制度), so the whole of 传统制造 is listed.
 *
 * tests/unit/convert/phrase-fixes.test.ts checks that opencc-js still makes each slip (so a
 * fix that is no longer needed shows up) and that the neighbouring phrases are unchanged.
 */
/**
 * opencc's "made in" phrases (中国制, 美国制, 日本制, 韩国制, 香港制, 国产制 → 製) also catch 制
 * where it means to set or to curb: 美国制裁 came out as 美國製裁, 中国制度 as 中國製度.
 * Each name is listed with each such word.
 */
const MADE_IN_PREFIXES: readonly (readonly [string, string])[] = [
  ['中国', '中國'],
  ['美国', '美國'],
  ['日本', '日本'],
  ['韩国', '韓國'],
  ['香港', '香港'],
  ['国产', '國產'],
];
const CURB_WORDS: readonly (readonly [string, string])[] = [
  ['制度', '制度'],
  ['制裁', '制裁'],
  ['制定', '制定'],
  ['制约', '制約'],
  ['制衡', '制衡'],
  ['制止', '制止'],
  ['制订', '制訂'],
  ['制高点', '制高點'],
  ['制胜', '制勝'],
  ['制导', '制導'],
  ['制式', '制式'],
  ['制宪', '制憲'],
];

/**
 * opencc's phrases X制 → X製 (仿制, 研制, 美制, 内制 …) catch 制 in the words above whenever the
 * word before ends in X: 对美制裁 came out as 對美製裁, 国内制度 as 國內製度, 着手制定 as
 * 著手製定, 严重制约 as 嚴重製約. The heads listed end common words before them (对美, 国内,
 * 对外, 着手, 协调, 规模, 严重, 暂停, 提供, 拟, 仲裁 …). Heads whose own X制 word often comes
 * before 度, 定 or 约 are left out: 定 (定制, made to order) would break 定制度假.
 */
const CURB_HEADS: readonly (readonly [string, string])[] = [
  ['美', '美'],
  ['俄', '俄'],
  ['日', '日'],
  ['韩', '韓'],
  ['港', '港'],
  ['外', '外'],
  ['内', '內'],
  ['后', '後'],
  ['手', '手'],
  ['调', '調'],
  ['模', '模'],
  ['重', '重'],
  ['再', '再'],
  ['停', '停'],
  ['供', '供'],
  ['拟', '擬'],
  ['订', '訂'],
  ['裁', '裁'],
];
/** The words of CURB_WORDS that follow such heads in news: to sanction, system, set, curb, balance. */
const HEAD_CURB_WORDS = CURB_WORDS.filter(([word]) =>
  ['制裁', '制度', '制定', '制约', '制衡'].includes(word),
);

/**
 * opencc's 机制 (mechanism) catches 制造 after a machine: 手机制造 came out as 手機制造. The
 * machine is part of the fix, since 机制造成 is also "the mechanism causes"; only 机制造商 and
 * 机制造业 are the same whatever comes before them.
 */
const MACHINES: readonly (readonly [string, string])[] = [
  ['飞机', '飛機'],
  ['手机', '手機'],
  ['计算机', '計算機'],
  ['光刻机', '光刻機'],
  ['刻蚀机', '刻蝕機'],
  ['电机', '電機'],
  ['相机', '相機'],
  ['无人机', '無人機'],
  ['整机', '整機'],
  ['主机', '主機'],
  ['机器人', '機器人'],
  ['电视机', '電視機'],
  ['洗衣机', '洗衣機'],
  ['压缩机', '壓縮機'],
  ['电动机', '電動機'],
  ['柴油机', '柴油機'],
  ['汽轮机', '汽輪機'],
  ['涡轮机', '渦輪機'],
  ['农机', '農機'],
  ['交换机', '交換機'],
  ['一体机', '一體機'],
  ['挖掘机', '挖掘機'],
  ['拖拉机', '拖拉機'],
  ['收割机', '收割機'],
  ['终端机', '終端機'],
  ['处理机', '處理機'],
];

/**
 * opencc's phrases spell numbers in Chinese (十天后, 三只), so after Arabic digits, which news
 * uses, the wrong phrase or the default character wins: 15天后 stayed 15天后 (天后, the
 * goddess), 3只猫 became 3只貓, 3里外 3裡外, 5斗米 5鬥米. Full-width digits likewise.
 */
const DIGITS = [...'0123456789０１２３４５６７８９'];
const AFTER_DIGITS: readonly (readonly [string, string])[] = [
  ['天后', '天後'],
  ['只', '隻'],
  ['里', '里'],
  ['斗', '斗'],
];
/** 只 meaning "only" after a number: 3只有, 3只是. */
const ONLY_WORDS: readonly (readonly [string, string])[] = [
  ['只有', '只有'],
  ['只是', '只是'],
  ['只要', '只要'],
  ['只能', '只能'],
  ['只会', '只會'],
  ['只需', '只需'],
  ['只好', '只好'],
  ['只得', '只得'],
];

/**
 * More of opencc's short phrases that end one word and begin the next in everyday news, found
 * by pairing common words around its phrase keys, each with the words it takes most often:
 * 头发, 直发, 长发, 括发 and 金发 (hair) before 发布, 发展, 发生, 发表 … (科技巨头发布 came out as
 * 巨頭髮布, 一直发展 as 一直髮展, 市长发表 as 市長髮表); 国历, 年历, 天历 and 纪历 (calendars)
 * before 历史 (美国历史 → 美國曆史); 关系, 此系 and 心系 before 系统; 家具 and 家什 after 国
 * (国家具体 → 國傢俱體); 手表, 名表 and 调表 (watches) before 表示 and 表演; X制 → X製 before
 * 制度 and 制定, and 强制 or 新制 before 制造; X复 before 复杂; 方几, 长几 and 高几 (small tables)
 * before 几乎 and 几个; 有采 before 采取, 采用 …; 油面, 食面, 洋面 and 意大利面 (noodles) before
 * 面临, 面对 and 面积; 天后 (the goddess) after 半, 聊 and 每, and 元后 (an empress) after a sum in
 * 元; 是只 before 只要, 只有 and 只能; 加注 and 备注 before 注重 and 注意; 案准 before 准备; 低回
 * before 回报; 友于 before 于是; 陆游 (the poet) before 游客; 海干 before 干部; 门斗 before 斗争;
 * 地方志 (a gazetteer) before 志愿. The keys name both words, so that a fix never takes a phrase
 * it does not mean: not 家具有 (这套家具有 is furniture), nor 说尽管, whose 說 Hong Kong writes 説.
 */
const NEWS_WORD_FIXES: readonly (readonly [string, string])[] = [
  ['头发布', '頭發佈'],
  ['头发起', '頭發起'],
  ['头发表', '頭發表'],
  ['直发展', '直發展'],
  ['直发生', '直發生'],
  ['直发布', '直發佈'],
  ['直发表', '直發表'],
  ['括发展', '括發展'],
  ['括发生', '括發生'],
  ['括发布', '括發佈'],
  ['括发表', '括發表'],
  ['括发现', '括發現'],
  ['长发表', '長發表'],
  ['长发布', '長發佈'],
  ['长发展', '長發展'],
  ['长发生', '長發生'],
  ['长发言', '長發言'],
  ['长发现', '長發現'],
  ['长发出', '長發出'],
  ['金发放', '金發放'],
  ['金发布', '金發佈'],
  ['金发行', '金發行'],
  ['金发展', '金發展'],
  ['金发起', '金發起'],
  ['国历史', '國歷史'],
  ['年历史', '年歷史'],
  ['天历史', '天歷史'],
  ['纪历史', '紀歷史'],
  ['关系统', '關系統'],
  ['此系统', '此系統'],
  ['心系统', '心系統'],
  ['国家具有', '國家具有'],
  ['国家具体', '國家具體'],
  ['国家具备', '國家具備'],
  ['国家什么', '國家什麼'],
  ['手表示', '手表示'],
  ['名表演', '名表演'],
  ['调表示', '調表示'],
  ['产制度', '產制度'],
  ['定制定', '定制定'],
  ['配制度', '配制度'],
  ['试制度', '試制度'],
  ['强制造业', '強製造業'],
  ['重新制造', '重新製造'],
  ['不复杂', '不複雜'],
  ['行复杂', '行複雜'],
  ['明复杂', '明複雜'],
  ['示复杂', '示複雜'],
  ['方几乎', '方幾乎'],
  ['方几个', '方幾個'],
  ['长几乎', '長幾乎'],
  ['长几个', '長幾個'],
  ['高几乎', '高幾乎'],
  ['高几个', '高幾個'],
  ['有采取', '有採取'],
  ['有采用', '有採用'],
  ['有采购', '有採購'],
  ['有采访', '有採訪'],
  ['有采集', '有採集'],
  ['有采纳', '有採納'],
  ['油面临', '油面臨'],
  ['食面临', '食面臨'],
  ['洋面积', '洋面積'],
  ['意大利面对', '意大利面對'],
  ['意大利面临', '意大利面臨'],
  ['元后', '元後'],
  ['半天后', '半天後'],
  ['聊天后', '聊天後'],
  ['每天后', '每天後'],
  ['是只要', '是只要'],
  ['是只有', '是只有'],
  ['是只能', '是只能'],
  ['加注重', '加注重'],
  ['加注意', '加注意'],
  ['备注意', '備注意'],
  ['案准备', '案準備'],
  ['低回报', '低回報'],
  ['友于是', '友於是'],
  ['陆游客', '陸遊客'],
  ['海干部', '海幹部'],
  ['门斗争', '門鬥爭'],
  ['地方志愿', '地方志願'],
];

/**
 * Slips found in mainland news converted for Hong Kong readers: opencc's short phrases across
 * a word boundary, most in both regions' forms, some in Hong Kong's only (its tables keep 蔘
 * for ginseng, where Taiwan's turn every 蔘 into 參). 有人参与 came out as 有人蔘與 and 上海参展 as
 * 上海蔘展 (人参, 海参), 小米面临 as 小米麪臨 (米面, flour), 收盘回升 as 收盤迴升, 在华发展 as 在華髮展
 * (华发, grey hair), 份额发生 as 份額髮生, 三星回应 as 三星迴應, 新征程 as 新徵程, 宝马表示 as 寶馬錶示,
 * 名单于 as 名單于, 进口占比 as 進口占比, 美国历时 as 美國曆時, 小米制造 as 小米制造, 成交并不 as 成交併不,
 * 好困难 as 好睏難, 今天后市 as 今天后市, 政治愈发 as 政治癒發, 收紧系统 as 收緊繫統, 广东升级 as
 * 廣東昇級, 加大干预 as 加大幹預, 网上游戏 as 網上游戲. Not 上游客 (产业链上游客户), nor 东升 alone
 * (旭日东升); 拉面 and 玉米面 (noodles, cornmeal) are left before 对, 向 and 前 (拉面向来), and 年历
 * (a calendar) before 时. Ginseng and sea cucumber keep 蔘 in their own words (人参展览, 海参展销,
 * 海参加工, 人参数量: S2T_PHRASE_KEEPS).
 */
const PAIR_FIXES_OF_HONG_KONG_NEWS: readonly (readonly [string, string])[] = [
  ...headsAndWords(
    '人人 海海 沙沙 洋洋',
    '参与參與 参加參加 参选參選 参观參觀 参会參會 参展參展 参赛參賽 参考參考 参保參保 参股參股 参战參戰 参数參數 参照參照 参议參議 参谋參謀 参演參演 参评參評 参访參訪 参训參訓',
  ),
  ...headsAndWords('米米 小米小米 玉米玉米', '面临面臨 面积面積 面板面板 面世面世'),
  ...headsAndWords('小米小米 斯拉斯拉', '面对面對 面向面向 面前面前'),
  ['斯拉面临', '斯拉面臨'],
  ...headsAndWords('盘盤', '回升回升 回落回落 回调回調 回暖回暖 回稳回穩 回到回到 回应回應'),
  ...headsAndWords(
    '华華 额額',
    '发展發展 发起發起 发布發佈 发言發言 发行發行 发表發表 发出發出 发生發生 发现發現 发放發放 发射發射 发动發動',
  ),
  ...headsAndWords(
    '星星 南南',
    '回应回應 回答回答 回升回升 回落回落 回暖回暖 回到回到 回调回調 回稳回穩 回顾回顧',
  ),
  ...headsAndWords('马馬', '表示表示 表现表現 表明表明 表态表態'),
  ...headsAndWords('快手快手 对手對手', '表现表現'),
  ...headsAndWords('名单名單 清单清單 订单訂單', '于於'),
  ['国历时', '國歷時'],
  ...headsAndWords('星星', '历史歷史 历程歷程 历经歷經'),
  ...headsAndWords('小米小米 特斯拉特斯拉', '制造製造'),
  ...headsAndWords('交交', '并不並不 并非並非'),
  ...headsAndWords('东東 飞飛', '升级升級'),
  ...headsAndWords('大大', '干预干預 干扰干擾'),
  ['新征程', '新征程'],
  ['新征途', '新征途'],
  ['进口占比', '進口佔比'],
  ['好困难', '好困難'],
  ['今天后', '今天後'],
  ['政治愈', '政治愈'],
  ['紧系统', '緊系統'],
  ['上游戏', '上遊戲'],
];

/**
 * The most frequent slips of the same kind in general news, found by pairing the 30,000 most
 * frequent words of a general word list (jieba's) around each of opencc's phrase keys, reading
 * the commonest pairs whose conversion differs from their words' apart, and checking each key
 * against every longer word of the list that contains it: 并发 (併發, concurrent) before 发布,
 * 发出, 发生 … (并发布 came out as 併發布), 并成 and 并产 before 成为 and 产生, 了如 and 了解 after
 * a verb (讨论了如何 → 討論瞭如何), calendars (国历, 年历, 大历, 日历 …) before 历来, 历程, 历经,
 * 历任, hair (生发, 断发, 美发, 被发 …) before the verbs of 发, 冲 after 大, 相 and 对 before
 * 冲突, verbs ending in 明 before 了 (声明了 → 聲明瞭), 表 after 对, 看 and 名, 这只 and 那只
 * before 只能 and 只需, 采 after 下, 得, 大 and 没, 签 after 上 and 中. Keys that would take a
 * rare phrase whole are kept apart in S2T_PHRASE_KEEPS (高并发出现, 对冲突发风险).
 */
const FREQUENT_PAIR_FIXES: readonly (readonly [string, string])[] = [
  ['并发布', '並發佈'],
  ['并成为', '並成為'],
  ['了如何', '了如何'],
  ['国历来', '國歷來'],
  ['并产生', '並產生'],
  ['并发出', '並發出'],
  ['并成立', '並成立'],
  ['了解决', '了解決'],
  ['了如下', '了如下'],
  ['生发展', '生發展'],
  ['和面临', '和面臨'],
  ['被发布', '被發佈'],
  ['国历经', '國歷經'],
  ['年历程', '年歷程'],
  ['大历程', '大歷程'],
  ['新历程', '新歷程'],
  ['护发展', '護發展'],
  ['握发展', '握發展'],
  ['这只能', '這只能'],
  ['并发起', '並發起'],
  ['并发挥', '並發揮'],
  ['并发生', '並發生'],
  ['了如此', '了如此'],
  ['了如今', '了如今'],
  ['国历任', '國歷任'],
  ['国历届', '國歷屆'],
  ['国历代', '國歷代'],
  ['大冲突', '大衝突'],
  ['相冲突', '相衝突'],
  ['大冲击', '大衝擊'],
  ['对冲突', '對衝突'],
  ['大斗争', '大鬥爭'],
  ['好干部', '好幹部'],
  ['生发现', '生發現'],
  ['生发生', '生發生'],
  ['生发表', '生發表'],
  ['生发出', '生發出'],
  ['断发出', '斷發出'],
  ['断发挥', '斷發揮'],
  ['欧美发达', '歐美發達'],
  ['下采取', '下採取'],
  ['得采取', '得採取'],
  ['成合并', '成合併'],
  ['违背人', '違背人'],
  ['历史里程碑', '歷史里程碑'],
  ['家什么', '家什麼'],
  ['全球后', '全球後'],
  ['解封后', '解封後'],
  ['来复杂', '來複雜'],
  ['来复苏', '來復甦'],
  ['被复制', '被複製'],
  ['声明了', '聲明了'],
  ['阐明了', '闡明了'],
  ['查明了', '查明了'],
  ['指明了', '指明了'],
  ['被发表', '被發表'],
  ['被发射', '被發射'],
  ['被发放', '被發放'],
  ['被发出', '被發出'],
  ['被发送', '被發送'],
  ['并发放', '並發放'],
  ['并发射', '並發射'],
  ['并发送', '並發送'],
  ['并发言', '並發言'],
  ['了解释', '了解釋'],
  ['了解除', '了解除'],
  ['了如同', '了如同'],
  ['和面对', '和面對'],
  ['和面积', '和面積'],
  ['生发布', '生發佈'],
  ['生发言', '生發言'],
  ['生发挥', '生發揮'],
  ['生发起', '生發起'],
  ['断发力', '斷發力'],
  ['断发表', '斷發表'],
  ['断发布', '斷發佈'],
  ['美发出', '美發出'],
  ['美发起', '美發起'],
  ['美发动', '美發動'],
  ['美发布', '美發佈'],
  ['直发出', '直發出'],
  ['直发挥', '直發揮'],
  ['头发挥', '頭發揮'],
  ['明白发生', '明白發生'],
  ['长发挥', '長發揮'],
  ['长发起', '長發起'],
  ['束发言', '束發言'],
  ['结发言', '結發言'],
  ['长历程', '長歷程'],
  ['长历史', '長歷史'],
  ['日历史', '日歷史'],
  ['西历史', '西歷史'],
  ['藏历史', '藏歷史'],
  ['国历次', '國歷次'],
  ['年历经', '年歷經'],
  ['标明了', '標明了'],
  ['写明了', '寫明了'],
  ['申明了', '申明了'],
  ['点明了', '點明了'],
  ['讲明了', '講明了'],
  ['不系统', '不系統'],
  ['就系统', '就系統'],
  ['已系统', '已系統'],
  ['对表现', '對表現'],
  ['对表演', '對表演'],
  ['对表决', '對表決'],
  ['看表现', '看表現'],
  ['看表演', '看表演'],
  ['名表现', '名表現'],
  ['这只需', '這只需'],
  ['那只能', '那只能'],
  ['只准备', '只準備'],
  ['大余地', '大餘地'],
  ['大采用', '大採用'],
  ['下采用', '下採用'],
  ['得采用', '得採用'],
  ['没采取', '沒採取'],
  ['上签署', '上簽署'],
  ['上签证', '上簽證'],
  ['中签署', '中簽署'],
];

/**
 * More of opencc's short phrases that end one word and begin the next in business and politics
 * news: 假发 and 白发 (a wig, white hair) before 票, so that fake and blank invoices came out as
 * 假髮票 and 空白髮票; 染发 (dyed hair) after pollution and infection, 污染发生 → 污染髮生, 感染发烧 →
 * 感染髮燒 (not 染发 alone: 染发生意 is a hair-dyeing business); 落发 (tonsure) after a word ending
 * in 落 that opencc has no phrase for, 村落发展 → 村落髮展; 头发 before 展 after 寡头, 龙头 and
 * the like, 寡头发展 → 寡頭髮展;
 * 括发 before 言, 包括发言人 → 包括髮言人; 影后 (a best actress) after 电影, 看完电影后 → 看完電影后;
 * 王后 (a queen) in 国王后来 and in the 小王 and 老王 that news calls people by; 家具 (furniture)
 * after a word ending in 家 before 具有, 具体 and 具备, 一家具有 → 一傢俱有 (not 这家, 买家 or 卖家,
 * where furniture is as likely: 这家具有, 卖家具有); 家俱 (furniture) before 乐部, 这家俱乐部 →
 * 這傢俱樂部; 有云 ("it is said") before 南, 还有云南 → 還有云南; 天台 (a rooftop) before 湾 and
 * 积电, 今天台湾 → 今天台灣 where Taiwan writes 臺灣; 本周 (this week) in 日本周边 and 日本周围
 * (日本周一 is a Monday); 中游 (midstream) in 其中游客 and 其中游戏; 作幸 in 工作幸福; 方几 (a small
 * table) before 天, 年 and 次, 对方几天前 → 對方几天前; 阳历 and 月历 (calendars) before 史; 北回
 * (the Tropic of Cancer, 北回归线) before 应, 来 and the like, 湖北回应 → 湖北迴應; 第一出 (the
 * first act of a play) before 口, 现 and 来, 第一出口国 → 第一齣口國; 经制 in 已经制作 and 已经制成,
 * 市制 in 城市制造; and the sea (海里, 裏) that opencc reads as a nautical mile after 在, 进 and
 * 大 (在海里游泳; 12海里 stays a distance). And the surname 余 before 先生 and 女士, as 范 above:
 * the words that end in 余 (其余, 剩余, 业余 …) are opencc's phrases, which the scan takes first,
 * and a count in numerals (十余, 百余) is kept whole in S2T_PHRASE_KEEPS.
 */
const NEWS_BOUNDARY_FIXES: readonly (readonly [string, string])[] = [
  ['假发票', '假發票'],
  // Not 白发票 alone, which would take 白发票友 (white-haired opera amateurs).
  ['空白发票', '空白發票'],
  ...headsAndWords(
    '污染污染 感染感染 传染傳染',
    '发生發生 发展發展 发病發病 发烧發燒 发热發熱 发作發作 发现發現',
  ),
  ['落发展', '落發展'],
  ['落发生', '落發生'],
  ['落发现', '落發現'],
  // Not 头发展 alone, which would take 头发展示 (hair on show).
  ...headsAndWords(
    '龙头龍頭 巨头巨頭 寡头寡頭 源头源頭 带头帶頭 码头碼頭 势头勢頭 牵头牽頭 领头領頭 街头街頭',
    '发展發展',
  ),
  ['括发言', '括發言'],
  ['电影后', '電影後'],
  ...headsAndWords('国王國王 小王小王 老王老王', '后来後來'),
  ...headsAndWords('小王小王 老王老王', '后悔後悔'),
  ...headsAndWords(
    '一一 专專 大大 人人 商商 作作 玩玩 学學',
    '家具有家具有 家具体家具體 家具备家具備',
  ),
  ['家俱乐部', '家俱樂部'],
  ['有云南', '有雲南'],
  ['天台湾', '天臺灣'],
  ['天台积电', '天臺積電'],
  ['日本周边', '日本周邊'],
  ['日本周围', '日本周圍'],
  ['其中游客', '其中遊客'],
  ['其中游戏', '其中遊戲'],
  ['作幸福', '作幸福'],
  ['作幸运', '作幸運'],
  ...headsAndWords('方方', '几天幾天 几年幾年 几次幾次'),
  ['阳历史', '陽歷史'],
  ['月历史', '月歷史'],
  ...headsAndWords(
    '北北',
    '回应回應 回来回來 回到回到 回暖回暖 回升回升 回落回落 回答回答 回顾回顧 回调回調',
  ),
  ...headsAndWords(
    '第一第一 第二第二 第三第三',
    '出口出口 出现出現 出来出來 出场出場 出版出版 出手出手 出台出臺',
  ),
  ['经制作', '經製作'],
  ['经制成', '經製成'],
  ['经制备', '經製備'],
  ['经制剂', '經製劑'],
  ['市制造', '市製造'],
  ['在海里', '在海裏'],
  ['进海里', '進海裏'],
  ['大海里', '大海裏'],
  ['余先生', '余先生'],
  ['余女士', '余女士'],
  // The handover of Hong Kong and Macau (回歸, as both regions write it): opencc gives every 回归
  // its 迴歸 (regression, the tropics' 迴歸線), so 香港回归 came out as 香港迴歸.
  ['香港回归', '香港回歸'],
  ['澳门回归', '澳門回歸'],
  ['回归祖国', '回歸祖國'],
];

/**
 * People in the news whose surnames opencc gives the character's everyday form: 钟 (鍾, not the
 * bell 鐘) in 钟南山 and 钟睒睒 after 的, where opencc's 的钟 (的鐘) takes 84岁的钟南山, in 姓钟的, and
 * in 钟楚红, which opencc lists wrongly; 宗庆后 (the founder of Wahaha, 后 not 後); 余 (not 餘) in 余秀华
 * and in 余华 after his trade (not 余华 alone: 两万余华人, where opencc's 两万 is taken first);
 * 于 (not 於) in 于和伟 (not 于正: 导演于正式开机前 is the preposition); 范 (not 範) in 范伟, 范曾, 范丞丞,
 * 范长龙 and the 范德 of foreign names (范德比尔特, 范德华力); 郁 (not 鬱) in 郁亮. And a surname
 * named as one: 姓范 and 范姓, 姓于, 姓余, 姓郁 (百姓 is kept whole, in S2T_PHRASE_KEEPS, for
 * 百姓范围 and 百姓余粮). Names whose characters start common words (于适, 于美人: 用于适配,
 * 对于美人鱼) are not listed: 于 after a verb is no phrase of opencc's that the scan would take
 * first.
 */
const NAME_FIXES: readonly (readonly [string, string])[] = [
  ['的钟南山', '的鍾南山'],
  ['的钟睒睒', '的鍾睒睒'],
  ['钟楚红', '鍾楚紅'],
  ['的钟女士', '的鍾女士'],
  ['的钟先生', '的鍾先生'],
  ['宗庆后', '宗慶后'],
  ['作家余华', '作家余華'],
  // 余华 before 的 is the writer too (余华的小说): a count ends in 余 before a noun, not before 华的.
  ['余华的', '余華的'],
  ['余秀华', '余秀華'],
  ['于和伟', '于和偉'],
  ['范伟', '范偉'],
  ['范曾', '范曾'],
  ['范丞丞', '范丞丞'],
  ['范长龙', '范長龍'],
  ['范德', '范德'],
  ['郁亮', '郁亮'],
  ['姓钟的', '姓鍾的'],
  ['姓范', '姓范'],
  ['范姓', '范姓'],
  ['姓于', '姓于'],
  ['姓余', '姓余'],
  ['姓郁', '姓郁'],
];

/**
 * More of opencc's phrases across two words of news, each fixed with both words: 括发 (hair)
 * before 发达, 发出, 发挥 and 发行, as before 发言; 自制 (self-control) after 来, 源, 各, 独 …
 * (来自制造业 came out as 來自制造業, 购自制造商 as 購自制造商; not 自制造 alone: 缺乏自制造成损失), and 参与制, 联合制 and
 * 加强制 (opencc's phrases ending in 制) before 制造; 后面 (behind)
 * before 面粉 after a festival (节后面粉价格); 面制品 (noodle products), which opencc leaves 面;
 * 会尽 and 力尽 before 尽管; 上复 and 往复 before 复杂 (加上复杂的 → 加上覆雜); 科学面 (a brand of
 * instant noodles) before 面前, 面对 and 面临; 母后 (the queen mother) in 父母后来; 上周 (last week) in
 * 实际上周围; and the earthly branch 丑 in 子丑寅卯. Not 后面粉 alone (后面粉刷: painted behind),
 * nor 强制造 (强制造成).
 */
const NEWS_GAP_FIXES: readonly (readonly [string, string])[] = [
  ['括发达', '括發達'],
  ['括发出', '括發出'],
  ['括发挥', '括發揮'],
  ['括发行', '括發行'],
  ...[
    '来',
    '源',
    '各',
    '独',
    '亲',
    '擅',
    '私',
    '取',
    '摘',
    '购',
    '产',
    '引',
    '转',
    '选',
    '译',
    '得',
  ].map((head) => {
    const traditional =
      { 来: '來', 独: '獨', 亲: '親', 购: '購', 产: '產', 转: '轉', 选: '選', 译: '譯' }[head] ??
      head;
    return [`${head}自制造`, `${traditional}自製造`] as const;
  }),
  ['参与制造', '參與製造'],
  ['联合制造', '聯合製造'],
  ['加强制造', '加強製造'],
  ['节后面粉', '節後麵粉'],
  ['面制品', '麵製品'],
  ['会尽管', '會儘管'],
  ['力尽管', '力儘管'],
  ['上复杂', '上複雜'],
  ['往复杂', '往複雜'],
  ['科学面前', '科學面前'],
  ['科学面对', '科學面對'],
  ['科学面临', '科學面臨'],
  ['父母后来', '父母後來'],
  ['实际上周围', '實際上周圍'],
  ['子丑寅卯', '子丑寅卯'],
  // The copula 系 (係) before what a thing is classed as: 该公司系国有控股, 该药品系处方药. Not
  // 系由 or 系因, which a department or a system takes too (历史系由三个专业组成, 三叠系因此).
  ['系国有', '係國有'],
  ['系处方', '係處方'],
];

/** The trades named before 于正 (NEWS_READER_FIXES). */
const PRODUCER_TRADES: readonly (readonly [string, string])[] = [
  ['编剧', '編劇'],
  ['制片人', '製片人'],
  ['监制', '監製'],
  ['导演', '導演'],
  ['出品人', '出品人'],
  ['制作人', '製作人'],
];

/**
 * Slips a native reader found in sports, finance, court, medicine and Hong Kong and Taiwan news
 * (the second audit), each fixed only where the reading is clear:
 *
 * - The producer 于正 after the word that names his trade (编剧于正, 制片人于正): opencc turns the
 *   surname into 於 there, as it must in the preposition (将于正式实施, 于正月初八, 对于正常人).
 *   The name alone is not listed, nor 由于正担任制片人, which reads both ways; the trade words
 *   before the preposition and 正式, 正在, 正月, 正午, 正值, 正当 keep 於 (S2T_PHRASE_KEEPS).
 *   opencc already lists the other 于 people of the news (于谦, 于敏, 于丹; 于和伟 in NAME_FIXES).
 * - 游了 (swam) before a direction of movement (游了过去, 游了回来, 游了上岸): opencc writes 遊了
 *   (toured) for every 游了, right for 游了故宫 and 游了欧洲, and swimming news read 遊了過去.
 *   Only the complements a tour never takes are listed: 游了一圈 and 游了五十米 still give 遊
 *   (在欧洲游了一圈 is a tour), a known limit.
 * - The copula 系 (係) before 临时性 and 暂时性 (该措施系临时性安排), 首次 after 案 and 举 (本案系
 *   首次适用, 此举系首次), 无业, 未成年人, 输入性 and 累犯 (该男子系无业人员, 当事人系未成年人;
 *   opencc's 系累, 繫累, took 被告人系累犯), in 剧本系原创 and 作品系原创 (opencc's 本系 and 品系
 *   come first there), and 情系 (情繫, to care for) in 疫情系 and 案情系 (疫情系输入性病例引起
 *   read 疫情繫輸入). Not 系首次, 系临时 or 系原创 alone: a department or a make whose name is no
 *   phrase of opencc's takes them (计算机系首次招生, 该系临时调整课程, 德系首次), so 此次停电系
 *   临时检修 still reads 系, a known limit.
 */
const NEWS_READER_FIXES: readonly (readonly [string, string])[] = [
  ...PRODUCER_TRADES.map(([s, t]) => [`${s}于正`, `${t}于正`] as const),
  ['于正工作室', '于正工作室'],
  ...[
    '过去過去',
    '过来過來',
    '回来回來',
    '回去回去',
    '上岸上岸',
    '上来上來',
    '出去出去',
    '出来出來',
  ].map((word) => [`游了${word.slice(0, 2)}`, `游了${word.slice(2)}`] as const),
  ['系临时性', '係臨時性'],
  ['系暂时性', '係暫時性'],
  ['案系首次', '案係首次'],
  ['举系首次', '舉係首次'],
  ['系无业', '係無業'],
  ['系未成年人', '係未成年人'],
  ['系输入性', '係輸入性'],
  ['剧本系原创', '劇本係原創'],
  ['作品系原创', '作品係原創'],
  // opencc's 系累 (繫累, tied down) in 被告人系累犯 (is a repeat offender).
  ['系累犯', '係累犯'],
  ['疫情系', '疫情係'],
  ['案情系', '案情係'],
  // A system or a series after them, which opencc's 情系 took too (疫情繫統).
  ['疫情系统', '疫情系統'],
  ['案情系统', '案情系統'],
  ['疫情系列', '疫情系列'],
  ['案情系列', '案情系列'],
];

export const S2T_PHRASE_FIXES: readonly (readonly [simplified: string, traditional: string])[] = [
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
  ['机制造商', '機製造商'],
  ['机制造业', '機製造業'],
  ...MACHINES.map(([s, t]) => [`${s}制造`, `${t}製造`] as const),
  // 体制 (system) after 导体, 实体 and 晶体; 国家制, 无法制 and 设法制 likewise, and 人制
  // before 制造 (有人制造混乱).
  ['导体制造', '導體製造'],
  ['导体制程', '導體製程'],
  ['导体制备', '導體製備'],
  ['实体制造', '實體製造'],
  ['晶体制造', '晶體製造'],
  ['国家制造', '國家製造'],
  ['无法制造', '無法製造'],
  ['无法制作', '無法製作'],
  ['设法制造', '設法製造'],
  ['人制造', '人製造'],
  // 经制, 应制, 家制 and 称制 are no words of today's news, so whatever ends in 经, 应, 家 or 称
  // before 制造 means to make (已经制造, 供应制造商, 一家制造商, 业内称制程); 总统制 and 管制 are,
  // so only 总统制造 and 主管制造.
  ['经制造', '經製造'],
  ['应制造', '應製造'],
  ['家制造', '家製造'],
  ['称制造', '稱製造'],
  ['称制程', '稱製程'],
  ['总统制造', '總統製造'],
  ['主管制造', '主管製造'],
  ...DIGITS.flatMap((digit) =>
    AFTER_DIGITS.map(([ws, wt]) => [`${digit}${ws}`, `${digit}${wt}`] as const),
  ),
  // 几只 is opencc's, but 十几 and 好几 are phrases too and leave 只 alone after them.
  ['十几只', '十幾隻'],
  ['好几只', '好幾隻'],
  // 一出 (一齣, "a play") catches the verb 出 after 一: 唯一出口, 一出现就, 一出台. The plain
  // 一出 comes first here; the plays opencc has no phrase for are in S2T_PHRASE_KEEPS.
  ['一出', '一出'],
  // 心系 (心繫, "to care for") in 中心系统, and 联系 in 互联系统.
  ['中心系统', '中心系統'],
  ['中心系列', '中心系列'],
  ['互联系统', '互聯系統'],
  // 光采 (光彩) in 曝光采用.
  ['光采用', '光採用'],
  // 束脩 (a tutor's fee) in 结束修改.
  ['束修改', '束修改'],
  // 干 is 乾 (dry) in the dry processes of chipmaking, batteries and industry, where 湿法 (the wet
  // ones) is already 溼法/濕法; opencc has only 这般干法 (幹法, a way of doing it), and 干法 alone is
  // that too (换个干法), so only the processes are listed.
  ...[
    '刻蚀刻蝕',
    '蚀刻蝕刻',
    '工艺工藝',
    '清洗清洗',
    '电极電極',
    '隔膜隔膜',
    '氧化氧化',
    '去胶去膠',
  ].map((word) => {
    const half = word.length / 2;
    return [`干法${word.slice(0, half)}`, `乾法${word.slice(half)}`] as const;
  }),
  // 自制 (self-made) before a chip: opencc has 自制 and 自制力 (self-control) whole, and 自制炸弹
  // but no chip: 自制芯片 stayed 自制.
  ['自制芯片', '自製芯片'],
  ['自制的芯片', '自製的芯片'],
  // The copula 系 (係, "is") before what a statement is said to be: 纯系巧合, 消息系误读, 纯系个人
  // 行为, where opencc's 系个 (繫個, to tie) took the last. Keyed on 系 and the word after it: 纯系
  // and 实系 alone would also match in 单纯系统, 现实系列 and 纯系小鼠 (an inbred strain), while
  // the words that end in 系 (关系, 体系, 派系, 中文系) are opencc's phrases, which the scan takes
  // first. And opencc's 此系 (此係, "this is") in 此系列.
  ...['误读誤讀', '误会誤會', '误传誤傳', '巧合巧合', '谣言謠言', '谣传謠傳', '虚构虛構'].map(
    (word) => [`系${word.slice(0, 2)}`, `係${word.slice(2)}`] as const,
  ),
  ['系伪造', '係偽造'],
  ['系捏造', '係捏造'],
  ['系个人', '係個人'],
  ['此系列', '此系列'],
  // 范 as a surname, which opencc writes 範 but in the names it lists (范小姐, 范家, 范氏): the
  // words that end in 范 before 先生 (示范, 模范, 规范, 防范, 师范) are opencc's phrases, which
  // the scan takes first. Not 姓范 alone, which would take 百姓范围.
  ['姓范的', '姓范的'],
  ['范先生', '范先生'],
  ['范女士', '范女士'],
  // The equipment (设备) before 注意, 注重, 注入 after 增 or 好友, where opencc's 备注 (a remark)
  // takes the 注 (新增設備註意): longer than the keeps of 增设备注 and 好友设备注 below.
  ...['注意', '注重', '注入'].flatMap((word) => [
    [`增设备${word}`, `增設備${word}`] as const,
    [`好友设备${word}`, `好友設備${word}`] as const,
  ]),
  // 冲 is 沖 for pouring water on (opencc has 冲泡 and 冲茶).
  ['冲咖啡', '沖咖啡'],
  ['冲奶粉', '沖奶粉'],
  ...MADE_IN_PREFIXES.flatMap(([ps, pt]) =>
    CURB_WORDS.map(([ws, wt]) => [`${ps}${ws}`, `${pt}${wt}`] as const),
  ),
  ...NEWS_WORD_FIXES,
  ...FREQUENT_PAIR_FIXES,
  ...PAIR_FIXES_OF_HONG_KONG_NEWS,
  ...NEWS_BOUNDARY_FIXES,
  ...NAME_FIXES,
  ...NEWS_GAP_FIXES,
  ...NEWS_READER_FIXES,
  ...CURB_HEADS.flatMap(([hs, ht]) =>
    HEAD_CURB_WORDS.map(([ws, wt]) => [`${hs}${ws}`, `${ht}${wt}`] as const),
  ),
];

/**
 * Every word of `words` after every word of `heads`: each list is space-separated, and each of
 * its words is written as it is read then as it is written, in as many characters ('华華 额額',
 * '发展發展' from Simplified; '電电' to Simplified).
 */
function headsAndWords(heads: string, words: string): (readonly [string, string])[] {
  const halves = (word: string) => [word.slice(0, word.length / 2), word.slice(word.length / 2)];
  return heads.split(' ').flatMap((head) => {
    const [hs, ht] = halves(head);
    return words.split(' ').map((word) => {
      const [ws, wt] = halves(word);
      return [`${hs}${ws}`, `${ht}${wt}`] as const;
    });
  });
}

/**
 * `word` (Simplified, Traditional, Taiwan) after each of `heads`, a space-separated list of
 * a character in Simplified followed by its Traditional form ('业業 学學').
 */
function afterHeads(
  heads: string,
  [simplified, traditional, taiwan]: readonly [string, string, string],
): (readonly [string, string, string])[] {
  return heads
    .split(' ')
    .map(([hs, ht]) => [`${hs}${simplified}`, `${ht}${traditional}`, `${ht}${taiwan}`] as const);
}

/**
 * More of opencc's Taiwan computing words that match across a word boundary in news, each fixed
 * with both words it joins (keys in Traditional, as the text is at that stage): 领导出席 came
 * out as 領匯出席 (导出, to export), 世界面临 as 世介面臨 (界面, interface), 国内存在 as 國記憶體在
 * (内存, memory), 明显存在 as 明視訊記憶體在 (显存), 部分区域 as 部分割槽域, 各项目标 as 各專案標,
 * 美元数据 as 美後設資料 (元数据, metadata), 数据报告 as 資料包告, 相比特斯拉 as 相位元斯拉, 国内核心
 * as 國核心心, 用户名称 as 使用者名稱稱, 信息论坛 as 資訊理論壇, 其实时间 as 其即時間, 许多任务 as
 * 許多工, 先进程度 as 先程序度, 路线程度 as 路執行緒度, 安全角度 as 安全形度, 好像素质 as 好畫素質,
 * 调查看到 as 調檢視到, 来源文件 as 來原始檔, 女性能力 as 女效能力, 预算法规 as 預演算法規, 强调制造
 * as 強調變造, 协调用户 as 協呼叫戶, 操作数据 as 運算元據, 人数组成 as 人陣列成, 最高清晰度 as
 * 最高畫質晰度, 部队列为 as 部佇列為, 指导出来 as 指匯出來, 调查找到 as
 * 調查詢到, 女性能够 as 女效能夠, 罢免提案 as 罷擴音案, 紧缩进口 as 緊縮排口. Each is also kept
 * whole from Simplified (S2T_PHRASE_KEEPS): opencc cuts the text into segments at its phrases,
 * those generated from the regional ones included (导出, 界面, 元数据 …), and the Taiwan stage
 * works on each segment alone, so a fix across such a cut would never see both words.
 */
const TWP_NEWS_WORDS: readonly (readonly [
  simplified: string,
  traditional: string,
  taiwan: string,
])[] = [
  ...afterHeads('领領 指指 引引 倡倡 推推 诱誘', ['导出', '導出', '導出']),
  // Not 主导出 for every 主: 自主导出 and 业主导出 are exports (匯出).
  ['主导出台', '主導出臺', '主導出臺'],
  ...afterHeads('世世 业業 外外 各各 学學', ['界面', '界面', '界面']),
  ['内存在', '內存在', '內存在'],
  ['显存在', '顯存在', '顯存在'],
  ['分区域', '分區域', '分區域'],
  ['项目标', '項目標', '項目標'],
  ...afterHeads('美美 日日 欧歐 港港 亿億 万萬', ['元数据', '元數據', '元資料']),
  // A page reloads (重新整理) where news sets a record with 刷新 (TWP_NEWS_SENSES); kept whole from
  // Simplified, where opencc's segmentation cuts 刷新 from 页面.
  ['刷新页面', '刷新頁面', '重新整理頁面'],
  ['刷新网页', '刷新網頁', '重新整理網頁'],
  ['刷新浏览器', '刷新瀏覽器', '重新整理瀏覽器'],
  // An app's or a screen's refresh, which TWP_NEWS_SENSES would keep as 刷新: pulled down, a
  // button, automatic, and a screen's refresh rate (Taiwan's 更新率; opencc gave 重新整理率).
  ['下拉刷新', '下拉刷新', '下拉重新整理'],
  ['刷新按钮', '刷新按鈕', '重新整理按鈕'],
  ['自动刷新', '自動刷新', '自動重新整理'],
  ['刷新率', '刷新率', '更新率'],
  // The video assistant referee (VAR) is Taiwan's 影像助理裁判, not 影片 (a film, a clip).
  ['视频助理裁判', '視頻助理裁判', '影像助理裁判'],
  // A program's test or debug run (執行, 除錯 as opencc has them), which the keep of 试运行 (a
  // line's trial operation) took: 测试运行 came out as 測試運行, 调试运行 as 調試運行.
  ['测试运行', '測試運行', '測試執行'],
  ['调试运行', '調試運行', '除錯執行'],
  ['数据报告', '數據報告', '資料報告'],
  ['数据报导', '數據報導', '資料報導'],
  ['相比特', '相比特', '相比特'],
  ['对比特', '對比特', '對比特'],
  ['内核心', '內核心', '內核心'],
  ['用户名称', '用戶名稱', '使用者名稱'],
  ['信息论坛', '信息論壇', '資訊論壇'],
  ['其实时', '其實時', '其實時'],
  ['确实时', '確實時', '確實時'],
  ...afterHeads('许許 很很 更更 众眾 诸諸', ['多任务', '多任務', '多任務']),
  ['进程度', '進程度', '進程度'],
  ['线程度', '線程度', '線程度'],
  ['全角度', '全角度', '全角度'],
  ['全角色', '全角色', '全角色'],
  ['好像素', '好像素', '好像素'],
  ['调查看', '調查看', '調查看'],
  ['检查看', '檢查看', '檢查看'],
  ['调查找', '調查找', '調查找'],
  ['检查找', '檢查找', '檢查找'],
  ['来源文件', '來源文件', '來源檔案'],
  ['资源文件', '資源文件', '資源檔案'],
  ['性能力', '性能力', '性能力'],
  ['女性能', '女性能', '女性能'],
  ['男性能', '男性能', '男性能'],
  // With opencc's 能征善战 (能徵善戰), which the keeps above would cut.
  ['女性能征善战', '女性能征善戰', '女性能征善戰'],
  ['男性能征善战', '男性能征善戰', '男性能征善戰'],
  ['预算法', '預算法', '預算法'],
  ['调制造', '調製造', '調製造'],
  ['调用户', '調用戶', '調使用者'],
  ['操作数据', '操作數據', '操作資料'],
  ['数组成', '數組成', '數組成'],
  ['高清晰', '高清晰', '高清晰'],
  ['队列为', '隊列為', '隊列為'],
  // 免提 (hands-free, 擴音) after the words that end in 免: 罢免提案 came out as 罷擴音案.
  ...afterHeads('罢罷 避避 以以 难難 不不 未未 任任', ['免提', '免提', '免提']),
  ['缩进口', '縮進口', '縮進口'],
  // 运行 (執行, to run a program) across 运 and 行李 or 行业: 托运行李 came out as 托執行李, 航运行业
  // as 航執行業; 加纳 (Ghana, 迦納) in 增加纳入; 默认 (a default, 預設) in 默默认为; 查看 (to view,
  // 檢視) after 审查 and 普查; 实时 (real-time, 即時) in 落实时间表.
  ...afterHeads('托托 搬搬 装裝 转轉', ['运行李', '運行李', '運行李']),
  ...afterHeads('航航 客客 货貨 海海 空空 水水 联聯 陆陸', ['运行业', '運行業', '運行業']),
  ...afterHeads('增增 追追', ['加纳入', '加納入', '加納入']),
  ...afterHeads('增增 追追', ['加纳税', '加納稅', '加納稅']),
  ...afterHeads('增增 追追', ['加纳米', '加納米', '加奈米']),
  ['默默认', '默默認', '默默認'],
  ['审查看', '審查看', '審查看'],
  ['普查看', '普查看', '普查看'],
  // Not 落实时 alone, which would take 降落实时 and 村落实时 (real-time pictures of a landing).
  ['落实时间', '落實時間', '落實時間'],
  ['落实时限', '落實時限', '落實時限'],
  ['落实时效', '落實時效', '落實時效'],
  ['在落实时', '在落實時', '在落實時'],
  // Laser marking is 雷射標記 in Taiwan; 光标记 is kept whole for the Hong Kong vocabulary
  // (HKP_NEWS_WORDS), which would cut 激光 in two before the Taiwan stage saw it.
  ['激光标记', '激光標記', '雷射標記'],
  ['激光标识', '激光標識', '雷射標識'],
  ['激光标语', '激光標語', '雷射標語'],
  // opencc's Taiwan phrases make every 设备 a 裝置 (a device), and chip news turned its equipment
  // into devices: 半導體裝置, 先進裝置, 國產裝置廠商, 刻蝕裝置. Taiwan's 設備 is equipment and
  // covers devices too (電子設備, 網路設備), where 裝置 is only a device: 设备 stays 設備, and the
  // devices that Taiwan calls 裝置 keep opencc's 裝置 (穿戴设备, also in 可穿戴设备; 设备驱动).
  // Not 显示设备, which would take 数据显示设备投资 (data show that equipment investment …).
  ['设备', '設備', '設備'],
  ['移动设备', '移動設備', '移動裝置'],
  ['智能设备', '智能設備', '智慧裝置'],
  ['穿戴设备', '穿戴設備', '穿戴裝置'],
  ['终端设备', '終端設備', '終端裝置'],
  ['存储设备', '存儲設備', '儲存裝置'],
  ['输入设备', '輸入設備', '輸入裝置'],
  ['输出设备', '輸出設備', '輸出裝置'],
  ['外部设备', '外部設備', '外部裝置'],
  ['物联网设备', '物聯網設備', '物聯網裝置'],
  ['苹果设备', '蘋果設備', '蘋果裝置'],
  ['安卓设备', '安卓設備', '安卓裝置'],
  ['边缘设备', '邊緣設備', '邊緣裝置'],
  ['蓝牙设备', '藍牙設備', '藍牙裝置'],
  ['音频设备', '音頻設備', '音訊裝置'],
  ['跨设备', '跨設備', '跨裝置'],
  ['设备端', '設備端', '裝置端'],
  // 端口 (a port, 埠) after 设备, which 设备端 would cut.
  ['设备端口', '設備端口', '裝置埠'],
  ['设备端口令', '設備端口令', '裝置端口令'],
  ['设备端口令人', '設備端口令人', '裝置埠令人'],
  ['设备端口令人工', '設備端口令人工', '裝置端口令人工'],
  ['设备端口令人工作', '設備端口令人工作', '裝置埠令人工作'],
  ['设备端口令人工智', '設備端口令人工智', '裝置埠令人工智'],
  ['设备驱动', '設備驅動', '裝置驅動'],
  ['设备管理器', '設備管理器', '裝置管理器'],
  // A video link between leaders is 視訊 (影片 is a video clip), as in opencc's 視訊會議.
  ['视频会晤', '視頻會晤', '視訊會晤'],
  ['视频会见', '視頻會見', '視訊會見'],
  ['视频连线', '視頻連線', '視訊連線'],
  // A taxi is 計程車 after 驾驶 and 开 too, where opencc's 驶出 and 开出 cut 出租车.
  ['驾驶出租车', '駕駛出租車', '駕駛計程車'],
  ['开出租车', '開出租車', '開計程車'],
  // opencc's 算子 → 運算元 (an operand) for the operator of a neural network (算子库) or of
  // mathematics (微分算子), which Taiwan writes 算子 too; 操作数 (an operand) is still 運算元.
  ['算子', '算子', '算子'],
  // The memory makers keep their names (長鑫存儲, 長江存儲), as the reverse keeps them
  // (TWP_REVERSE_KEEPS).
  ['长鑫存储', '長鑫存儲', '長鑫存儲'],
  ['长江存储', '長江存儲', '長江存儲'],
  // 連線 is a (network) connection; joining parts is 連接: the layers of HBM, a neural
  // network's. Not 全连接 alone, which would take 安全连接 (a secure connection, 安全連線).
  ['连接起来', '連接起來', '連接起來'],
  ['连接在一起', '連接在一起', '連接在一起'],
  ['全连接层', '全連接層', '全連接層'],
  ['残差连接', '殘差連接', '殘差連接'],
  ['跳跃连接', '跳躍連接', '跳躍連接'],
  // 繫結 is a (data) binding; tying a business or an account to someone is 綁定. Online payment
  // after it is 線上支付; not 绑定在线 alone, which would take 绑定在线程上 and 绑定在线下门店.
  ['绑定在', '綁定在', '綁定在'],
  ['绑定在线支付', '綁定在線支付', '綁定線上支付'],
  ['深度绑定', '深度綁定', '深度綁定'],
  ['利益绑定', '利益綁定', '利益綁定'],
  ['绑定手机', '綁定手機', '綁定手機'],
  ['绑定银行卡', '綁定銀行卡', '綁定銀行卡'],
  ['绑定账号', '綁定賬號', '綁定賬號'],
  // Western Digital, a name, which opencc made 西部資料 ("western data"); the western region's
  // data centers (东数西算) are still 資料中心.
  ['西部数据', '西部數據', '西部數據'],
  ['西部数据中心', '西部數據中心', '西部資料中心'],
  ['中西部数据', '中西部數據', '中西部資料'],
  ['东西部数据', '東西部數據', '東西部資料'],
  // The functions of mathematics and machine learning are 函數 (函式 is a program's): opencc
  // gave 啟用函式 for 激活函数 and 損失函式 for 损失函数.
  ...[
    '激活函数激活函數',
    '激励函数激勵函數',
    '损失函数損失函數',
    '目标函数目標函數',
    '代价函数代價函數',
    '奖励函数獎勵函數',
    '价值函数價值函數',
    '误差函数誤差函數',
    '似然函数似然函數',
  ].map((word) => {
    const [simplified, traditional] = [word.slice(0, 4), word.slice(4)];
    return [simplified, traditional, traditional] as const;
  }),
  // Somaliland, 索馬利蘭 in Taiwan; opencc's 索馬里 (Somalia, 索馬利亞) took its first three.
  ['索马里兰', '索馬里蘭', '索馬利蘭'],
  // 发布 is 發布 in Taiwan's news (TWP_PHRASE_FIXES); opencc's 釋出 stays where software is
  // released, as Taiwan's tech news writes it. Not 发布新版 or 发布更新 alone, which news also
  // writes of lists and rules: 发布新版负面清单, 发布更新后的名单.
  ...[
    ['版本', '版本'],
    ['补丁', '補丁'],
    ['测试版', '測試版'],
  ].map(
    ([simplified, traditional]) =>
      [`发布${simplified}`, `發佈${traditional}`, `釋出${traditional}`] as const,
  ),
  // 消息 after 发布 keeps its form, as in 消息人士 (below).
  ['发布消息', '發佈消息', '發布消息'],
  // 激活 keeps its form (TWP_PHRASE_FIXES); opencc's 啟用 (to enable) stays for what a user
  // activates: a code, an account, a phone, software.
  ['激活码', '激活碼', '啟用碼'],
  ['激活账户', '激活賬戶', '啟用賬戶'],
  ['激活账号', '激活賬號', '啟用賬號'],
  ['激活帐户', '激活帳戶', '啟用帳戶'],
  ['激活帐号', '激活帳號', '啟用帳號'],
  ['激活手机', '激活手機', '啟用手機'],
  ['激活软件', '激活軟件', '啟用軟體'],
  ['激活系统', '激活系統', '啟用系統'],
  // …but not a market, an industry or a sense of risk.
  ['激活手机市场', '激活手機市場', '激活手機市場'],
  ['激活软件行业', '激活軟件行業', '激活軟體行業'],
  ['激活软件产业', '激活軟件產業', '激活軟體產業'],
  ['激活系统性', '激活系統性', '激活系統性'],
  // 程序 as a procedure, which Taiwan writes 程序 too (程式 is a computer program).
  ...[
    ['法律程序', '法律程序'],
    ['审批程序', '審批程序'],
    ['法定程序', '法定程序'],
    ['行政程序', '行政程序'],
    ['正常程序', '正常程序'],
    ['选举程序', '選舉程序'],
    ['弹劾程序', '彈劾程序'],
    ['立法程序', '立法程序'],
    ['调查程序', '調查程序'],
    ['仲裁程序', '仲裁程序'],
    ['破产程序', '破產程序'],
    ['表决程序', '表決程序'],
    ['听证程序', '聽證程序'],
    ['简易程序', '簡易程序'],
    ['审查程序', '審查程序'],
    ['报批程序', '報批程序'],
    ['履行程序', '履行程序'],
    ['程序性', '程序性'],
    ['上诉程序', '上訴程序'],
    ['审判程序', '審判程序'],
    ['一审程序', '一審程序'],
    ['二审程序', '二審程序'],
    ['再审程序', '再審程序'],
    ['复议程序', '複議程序'],
    ['清算程序', '清算程序'],
    ['审议程序', '審議程序'],
    ['罢免程序', '罷免程序'],
    ['引渡程序', '引渡程序'],
    ['招标程序', '招標程序'],
    ['民主程序', '民主程序'],
    ['决策程序', '決策程序'],
    ['依照程序', '依照程序'],
    ['按照程序', '按照程序'],
    ['程序合法', '程序合法'],
    ['程序违法', '程序違法'],
    // 主板 as a stock exchange's main board (主機板 is a motherboard).
    ['沪市主板', '滬市主板'],
    ['深市主板', '深市主板'],
    ['港股主板', '港股主板'],
    // Words whose computing sense tech news hardly uses, which opencc's Taiwan phrases give
    // them everywhere (声明 → 宣告, 循环 → 迴圈, 局部 → 區域性).
    ['声明', '聲明'],
    ['类型', '類型'],
    ['循环', '循環'],
    ['局部', '局部'],
    ['权限', '權限'],
    ['优化', '優化'],
    ['扩展', '擴展'],
    ['注销', '註銷'],
    ['添加剂', '添加劑'],
    ['参数', '參數'],
    ['分区', '分區'],
    // 审核 (review, approve); 稽核 is an audit.
    ['审核', '審核'],
    // Words tech news also uses in the computing sense (运行 a program, 支持 PCIe, 上传文件,
    // 消息队列, 开源社区): kept only in the compounds where news means them otherwise.
    ['经济运行', '經濟運行'],
    ['列车运行', '列車運行'],
    ['地铁运行', '地鐵運行'],
    ['运行平稳', '運行平穩'],
    // A plant, a line or a village put into operation, not a program run (執行). Not 安全运行,
    // which a sandbox gives a program (在沙箱中安全运行程序).
    ['投入运行', '投入運行'],
    ['试运行', '試運行'],
    ['平稳运行', '平穩運行'],
    // 窗口 is a window of opportunity (降息窗口已经打开), not a computer's (視窗).
    ['降息窗口', '降息窗口'],
    ['加息窗口', '加息窗口'],
    ['政策窗口', '政策窗口'],
    ['时间窗口', '時間窗口'],
    ['支持率', '支持率'],
    ['坚定支持', '堅定支持'],
    ['表示支持', '表示支持'],
    ['大力支持', '大力支持'],
    ['支持者', '支持者'],
    ['政府文件', '政府文件'],
    ['红头文件', '紅頭文件'],
    ['一号文件', '一號文件'],
    ['中央文件', '中央文件'],
    ['法律文件', '法律文件'],
    ['会议文件', '會議文件'],
    ['文件精神', '文件精神'],
    ['文件指出', '文件指出'],
    ['文件强调', '文件強調'],
    ['文件明确', '文件明確'],
    ['和平进程', '和平進程'],
    ['现代化进程', '現代化進程'],
    ['一体化进程', '一體化進程'],
    ['历史进程', '歷史進程'],
    ['脱欧进程', '脫歐進程'],
    ['服务对象', '服務對象'],
    ['调查对象', '調查對象'],
    ['打击对象', '打擊對象'],
    ['帮扶对象', '幫扶對象'],
    ['研究对象', '研究對象'],
    ['合作对象', '合作對象'],
    ['保障对象', '保障對象'],
    ['救助对象', '救助對象'],
    ['采访对象', '採訪對象'],
    ['社区工作', '社區工作'],
    ['街道社区', '街道社區'],
    ['社区居民', '社區居民'],
    ['城乡社区', '城鄉社區'],
    ['社区服务', '社區服務'],
    ['服务窗口', '服務窗口'],
    ['办事窗口', '辦事窗口'],
    ['窗口期', '窗口期'],
    ['消息人士', '消息人士'],
    ['好消息', '好消息'],
    ['坏消息', '壞消息'],
    ['消息称', '消息稱'],
    ['餐厅菜单', '餐廳菜單'],
    ['餐厅的菜单', '餐廳的菜單'],
    ['政策菜单', '政策菜單'],
    ['国产化进程', '國產化進程'],
    ['工业化进程', '工業化進程'],
    ['城镇化进程', '城鎮化進程'],
    ['市场化进程', '市場化進程'],
    ['全球化进程', '全球化進程'],
    ['民主化进程', '民主化進程'],
    ['数字化进程', '數字化進程'],
    ['国际化进程', '國際化進程'],
    ['老龄化进程', '老齡化進程'],
    ['信息化进程', '信息化進程'],
    ['法治化进程', '法治化進程'],
    ['改革进程', '改革進程'],
    ['谈判进程', '談判進程'],
    ['结婚对象', '結婚對象'],
    ['补贴对象', '補貼對象'],
    ['约会对象', '約會對象'],
    ['征税对象', '徵稅對象'],
    ['纳税对象', '納稅對象'],
    ['征收对象', '徵收對象'],
    ['监管对象', '監管對象'],
    ['适用对象', '適用對象'],
    ['处罚对象', '處罰對象'],
    ['攻击对象', '攻擊對象'],
    ['社区医院', '社區醫院'],
    ['在轨运行', '在軌運行'],
    ['签署文件', '簽署文件'],
    ['起诉文件', '起訴文件'],
    ['民众支持', '民眾支持'],
    ['民众的支持', '民眾的支持'],
    ['大家的支持', '大家的支持'],
    // In the compounds where news uses them in their ordinary sense: a sport's events are
    // 項目 (專案 is a project), 乒乓球项目 and 羽毛球项目 among them (全球项目 stays 項目 too).
    ['体育项目', '體育項目'],
    ['球项目', '球項目'],
    ['跳水项目', '跳水項目'],
    ['举重项目', '舉重項目'],
    ['射击项目', '射擊項目'],
    ['比赛项目', '比賽項目'],
    ['游泳项目', '游泳項目'],
    ['田径项目', '田徑項目'],
    ['优势项目', '優勢項目'],
    ['检查项目', '檢查項目'],
    ['服务项目', '服務項目'],
    ['各项目', '各項目'],
    ['联系实际', '聯繫實際'],
    ['内在联系', '內在聯繫'],
    ['联系紧密', '聯繫緊密'],
    ['刷新纪录', '刷新紀錄'],
    ['刷新世界', '刷新世界'],
    ['刷新了', '刷新了'],
    ['股票代码', '股票代碼'],
    ['证券代码', '證券代碼'],
    ['信用代码', '信用代碼'],
    ['区划代码', '區劃代碼'],
    ['所主板', '所主板'],
    ['板和主板', '板和主板'],
    ['高级人民', '高級人民'],
    ['高级法院', '高級法院'],
    ['高级官员', '高級官員'],
    ['低级错误', '低級錯誤'],
    ['设置机构', '設置機構'],
    ['设置专门', '設置專門'],
    ['设置障碍', '設置障礙'],
    ['保存完好', '保存完好'],
    ['文物保存', '文物保存'],
    ['股价回调', '股價回調'],
    ['技术性回调', '技術性回調'],
    ['性回调', '性回調'],
    ['光盘行动', '光盤行動'],
    ['中国移动通信', '中國移動通信'],
    ['双方默认', '雙方默認'],
    ['默认这', '默認這'],
    ['溢出效应', '溢出效應'],
    ['抛出橄榄枝', '拋出橄欖枝'],
    ['万象更新', '萬象更新'],
    ['包罗万象', '包羅萬象'],
    ['界面新闻', '界面新聞'],
    ['电力调度', '電力調度'],
    ['调度中心', '調度中心'],
    ['调用物资', '調用物資'],
    ['远程导弹', '遠程導彈'],
    ['远程火箭', '遠程火箭'],
    ['重装旅', '重裝旅'],
    ['重装上阵', '重裝上陣'],
    ['重载铁路', '重載鐵路'],
    ['连接两岸', '連接兩岸'],
    ['仿真枪', '仿真槍'],
    ['高仿真', '高仿真'],
    ['呼出气体', '呼出氣體'],
    ['墙面壁纸', '牆面壁紙'],
    ['兼容并蓄', '兼容並蓄'],
    ['典型实例', '典型實例'],
    ['布尔什维克', '布爾什維克'],
    ['卸载货物', '卸載貨物'],
    ['电影脚本', '電影腳本'],
    // Two words that opencc joins across their boundary (商界面临 → 商介面臨)
    ['商界面', '商界面'],
    ['政界面', '政界面'],
    ['技界面', '技界面'],
    ['疗界面', '療界面'],
    ['闻界面', '聞界面'],
    ['导出口', '導出口'],
    ['导出行', '導出行'],
    ['调用好', '調用好'],
    ['调用电', '調用電'],
    ['数组织', '數組織'],
    ['队列装', '隊列裝'],
    ['高清洁', '高清潔'],
    ['高清算', '高清算'],
    ['内存款', '內存款'],
    ['用户名单', '用戶名單'],
    ['性能否', '性能否'],
    ['性能源', '性能源'],
    ['数据报送', '數據報送'],
    ['像素描', '像素描'],
  ].map(([simplified, traditional]) => [simplified!, traditional!, traditional!] as const),
];

/**
 * opencc's Hong Kong phrases (regional vocabulary) are few, mostly names and computing words,
 * but their computing words match across a word boundary in news as Taiwan's do: 政策放宽带来
 * came out as 政策放寬頻來 (宽带, broadband), 更高带宽带来 as 更高帶寬頻來, 放宽带动 as 放寬頻動,
 * 在低内存条件下 as 在低記憶體模組件下 (内存条, a memory module), 激光标记 and 荧光标记 as
 * 激游標記 and 熒游標記 (光标, a cursor), 小鼠标本 as 小滑鼠本 (鼠标, a computer mouse). Each is kept
 * with both words it joins, as plain Hong Kong forms write it (keys in Traditional, as the text
 * is at that stage: HKP_PHRASE_FIXES), and kept whole from Simplified too, as TWP_NEWS_WORDS
 * are: opencc's segmentation has 内存条 among the phrases generated from the regional ones, and
 * would cut 内存条件 before the Hong Kong stage saw it whole. Not 宽带来 alone, which would take
 * 宽带来到农村 (broadband comes to the village), nor 从宽带来 (从宽带来看, as for broadband); not
 * 光标 before 的, 定, 点 or 本, where the cursor is meant as often (光标的位置, 光标本身), nor
 * 鼠标本 or 鼠标记 but after 小鼠 and 大鼠 (lab mice and rats), for the mouse itself (鼠标本身).
 */
export const HKP_NEWS_WORDS: readonly (readonly [simplified: string, traditional: string])[] = [
  ...headsAndWords('放宽放寬 拓宽拓寬 带宽帶寬', '带来帶來 带动帶動 带有帶有 带给帶給'),
  ['加宽带来', '加寬帶來'],
  ['内存条件', '內存條件'],
  ['光标记', '光標記'],
  ['光标语', '光標語'],
  ['光标识', '光標識'],
  ...headsAndWords('小鼠小鼠 大鼠大鼠', '标记標記 标本標本'),
];

/**
 * The words around Hong Kong's own (HK_VOCABULARY) that take one in, kept whole: in the Hong Kong
 * stage, and from Simplified too, where opencc's segmentation would otherwise cut them before the
 * Hong Kong stage saw them whole (中國 | 移動電話), as HKP_NEWS_WORDS are.
 */
export const HK_VOCABULARY_KEEPS: readonly (readonly [simplified: string, traditional: string])[] =
  [
    ['出租车辆', '出租車輛'],
    ['公交车辆', '公交車輛'],
    ['博客来', '博客來'],
    ['首付出', '首付出'],
    ['中国移动电话', '中國移動電話'],
  ];

/**
 * Words of the Hong Kong vocabulary (HK_VOCABULARY) with the character after them, where opencc
 * converts that character by a phrase that begins inside the word: kept whole from Simplified,
 * the word would cut the phrase, and 猕猴桃干 (dried kiwi fruit) would read 獼猴桃幹, 塑料斗 (a
 * plastic bucket) 塑料鬥 and 台式电脑台 (a desk for it) 臺式電腦臺. Each is kept whole with it.
 */
export const HK_VOCABULARY_PHRASES: readonly (readonly [
  simplified: string,
  traditional: string,
])[] = [
  ['猕猴桃干', '獼猴桃乾'],
  ['西红柿干', '西紅柿乾'],
  ['塑料斗', '塑料斗'],
  ['台式电脑台', '臺式電腦檯'],
  ['酸奶卷', '酸奶捲'],
];

/**
 * Hong Kong's own words for everyday mainland ones, for Hong Kong Traditional with Hong Kong
 * vocabulary. opencc's Hong Kong phrases are names and a few computing words (服務器 → 伺服器,
 * 鼠標 → 滑鼠), so a Simplified article read so kept 出租車, 冰箱 and 首席執行官 where a Hong Kong
 * paper writes 的士, 雪櫃 and 行政總裁. Only words with one sense in news: not 質量 (quality, but
 * also mass), 程序 (a program, but also a procedure), 視頻 alone, 默認 (also tacit consent),
 * 光盤 (also 光盤行動, the clean-plate campaign, and 吃光盤子) or 短信 (kept whole, it would take
 * 短信息 from Taiwan's 短資訊 to 簡訊息). And none a neighbouring word
 * takes in where the vocabulary would change it: 出租車輛 and 公交車輛 (vehicles for hire, buses
 * as vehicles), 博客來 (a Taiwan bookshop), 首付出 (這首付出了…) and 中國移動電話 (China
 * Mobile's phones) keep their form. Keys are in opencc's Traditional, as the text is at that
 * stage (臺式電腦; Hong Kong's forms come after: 台式); values too (即食麪, as opencc writes 麪). Each
 * is kept whole from Simplified too (S2T_PHRASE_KEEPS), so that opencc's segmentation does not
 * cut it before the Hong Kong stage sees it (冰 | 箱裏, from 冰箱里).
 */
export const HK_VOCABULARY: readonly (readonly [
  simplified: string,
  traditional: string,
  hongKong: string,
])[] = [
  // Transport.
  ['出租车', '出租車', '的士'],
  ['公交车', '公交車', '巴士'],
  ['摩托车', '摩托車', '電單車'],
  ['自行车', '自行車', '單車'],
  ['移动电话', '移動電話', '流動電話'],
  ['人行道', '人行道', '行人路'],
  ['集装箱', '集裝箱', '貨櫃'],
  // Computers and work.
  ['笔记本电脑', '筆記本電腦', '手提電腦'],
  ['台式电脑', '臺式電腦', '桌上電腦'],
  ['U盘', 'U盤', 'USB手指'],
  ['优盘', '優盤', 'USB手指'],
  ['芯片', '芯片', '晶片'],
  ['程序员', '程序員', '程式員'],
  ['视频会议', '視頻會議', '視像會議'],
  ['视频通话', '視頻通話', '視像通話'],
  ['首席执行官', '首席執行官', '行政總裁'],
  ['首席财务官', '首席財務官', '財務總監'],
  ['首席技术官', '首席技術官', '技術總監'],
  ['博客', '博客', '網誌'],
  ['隐私', '隱私', '私隱'],
  ['首付', '首付', '首期'],
  ['塑料', '塑料', '塑膠'],
  // Food and home.
  ['冰箱', '冰箱', '雪櫃'],
  ['冰淇淋', '冰淇淋', '雪糕'],
  ['方便面', '方便麪', '即食麪'],
  ['巧克力', '巧克力', '朱古力'],
  ['三明治', '三明治', '三文治'],
  ['沙拉', '沙拉', '沙律'],
  ['维生素', '維生素', '維他命'],
  ['猕猴桃', '獼猴桃', '奇異果'],
  ['西红柿', '西紅柿', '番茄'],
  ['酸奶', '酸奶', '乳酪'],
  ['幼儿园', '幼兒園', '幼稚園'],
  ['急诊室', '急診室', '急症室'],
  // Names Hong Kong writes otherwise.
  ['新西兰', '新西蘭', '紐西蘭'],
  ['澳大利亚', '澳大利亞', '澳洲'],
  ['肯尼亚', '肯尼亞', '肯亞'],
  ['帕金森', '帕金森', '柏金遜'],
  ['艾滋病', '艾滋病', '愛滋病'],
  ['贝克汉姆', '貝克漢姆', '碧咸'],
  ['巴塞罗那', '巴塞羅那', '巴塞隆拿'],
];

/**
 * Phrases opencc converts right, listed with the fixes so that the longest match takes them
 * whole: the plays after 一出, which a fix above would otherwise take; and 一个, so that opencc's
 * 个中 (箇中) cannot start inside it (一个中国 came out as 一箇中國). It used to be 一个中 here,
 * which took the 中 from the word after it: 一个中国历史学家 came out as 一個中國曆史學家,
 * 一个中风后 as 一個中風后, 一个中游 as 一個中遊.
 */
export const S2T_PHRASE_KEEPS: readonly (readonly [simplified: string, traditional: string])[] = [
  // Words the pair fixes of Hong Kong news would cut into (PAIR_FIXES_OF_HONG_KONG_NEWS): 人蔘 and
  // 海蔘 in Hong Kong forms, 參 in Taiwan's.
  ['人参展览', '人蔘展覽'],
  ['人参展销', '人蔘展銷'],
  ['人参加工', '人蔘加工'],
  ['人参数量', '人蔘數量'],
  ['海参展览', '海蔘展覽'],
  ['海参展销', '海蔘展銷'],
  ['海参加工', '海蔘加工'],
  ['海参数量', '海蔘數量'],
  ['一个', '一個'],
  // The same after 多 and after a number in digits: 多个中国城市 and 3个中国团队 came out with 箇.
  ['多个', '多個'],
  ...DIGITS.map((digit) => [`${digit}个`, `${digit}個`] as const),
  // "Only" after a number, which the fix of 只 after digits would otherwise take.
  ...DIGITS.flatMap((digit) =>
    ONLY_WORDS.map(([ws, wt]) => [`${digit}${ws}`, `${digit}${wt}`] as const),
  ),
  // Rarer phrases that fixes above would take apart: concurrency (高并发出现, 并发生成), hedging
  // (对冲突发风险), and 关系统计 (关系统 is fixed for 相关系统).
  ['并发出现', '併發出現'],
  ['并发生成', '併發生成'],
  ['对冲突发', '對沖突發'],
  ['关系统计', '關係統計'],
  // 项目标 is kept whole for the Taiwan vocabulary (各项目标); 项目标志 and 项目标注 are words too.
  ['项目标志', '項目標誌'],
  ['项目标注', '項目標註'],
  // 备注 (a remark) after 设 (to set), which the keep of 设备 (equipment, in TWP_NEWS_WORDS) would
  // take apart (設備注). Not 设备注 alone, which would take 设备注意事项 (設備注意事項).
  ['增设备注', '增設備註'],
  ['好友设备注', '好友設備註'],
  ['设备注名', '設備註名'],
  // The words that the Taiwan vocabulary's fixes join, whole (see TWP_NEWS_WORDS).
  ...TWP_NEWS_WORDS.map(([simplified, traditional]) => [simplified, traditional] as const),
  // And those of the Hong Kong vocabulary (HKP_NEWS_WORDS), and the words around Hong Kong's own
  // (HK_VOCABULARY_KEEPS).
  ...HKP_NEWS_WORDS,
  ...HK_VOCABULARY_KEEPS,
  ...HK_VOCABULARY.map(([simplified, traditional]) => [simplified, traditional] as const),
  ...HK_VOCABULARY_PHRASES,
  // A count before the surname fixes of 余 (NEWS_BOUNDARY_FIXES): 十余女士 is "some ten women".
  ...['十', '百', '千', '万'].map((n) => [`${n}余`, `${n === '万' ? '萬' : n}餘`] as const),
  // The surname fixes of 姓 (NAME_FIXES) in 百姓: 百姓范围, 百姓余粮.
  ['百姓', '百姓'],
  // 自制 (self-control) before 造成 after 看来, which the fix of 来自制造 would take.
  ['看来自制造成', '看來自制造成'],
  // And what those fixes would take from the words around them: a queen on a visit (英国王后来访
  // is 英国 + 王后 + 来访; starting a unit before 国王后来, these are taken first), a furniture
  // company (华人家具有限公司), the archer Hou Yi after a film (电影后羿).
  ...headsAndWords('英英 法法 泰泰 韩韓 德德 该該 本本 两兩 王王', '国王后國王后'),
  ...headsAndWords('一一 专專 大大 人人 商商 作作 玩玩 学學', '家具有限傢俱有限'),
  ['电影后羿', '電影后羿'],
  // The preposition after a trade word, which the fixes of 于正 would take (NEWS_READER_FIXES):
  // 导演于正式开机前 (the director, before shooting formally starts).
  ...PRODUCER_TRADES.flatMap(([s, t]) =>
    ['正式', '正在', '正月', '正午', '正值', '正当正當'].map(
      (word) => [`${s}于${word.slice(0, 2)}`, `${t}於${word.slice(-2)}`] as const,
    ),
  ),
  // The department of archives before 首次, which the copula fix of 案系首次 would take
  // (NEWS_READER_FIXES): 档案 is no phrase of opencc's.
  ['档案系首次', '檔案系首次'],
  ['一出好戏', '一齣好戲'],
  ['一出大戏', '一齣大戲'],
  ['一出闹剧', '一齣鬧劇'],
  ['一出悲剧', '一齣悲劇'],
  ['一出喜剧', '一齣喜劇'],
  ['一出滑稽戏', '一齣滑稽戲'],
];

/**
 * From Traditional to Simplified: opencc keeps 於 in the names of people surnamed 於 (於倫,
 * 於單, 於潛 …), and those names match after the preposition 於 in common text: 總部位於倫敦
 * came out as 总部位於伦敦, 對於潛在風險 as 对於潜在风险, 基於單一 as 基於单一. Here the
 * preposition wins: each name listed converts as ordinary text. A person so named would be
 * written 于 in Simplified; the news text that meets these words is far more common. Longer
 * names (於梨華) keep their 於.
 */
export const T2S_PHRASE_FIXES: readonly (readonly [traditional: string, simplified: string])[] = [
  ['於倫', '于伦'],
  ['於單', '于单'],
  ['於潛', '于潜'],
  ['於坦', '于坦'],
  ['於穆', '于穆'],
  ['於則', '于则'],
  ['於戲', '于戏'],
  ['於乎', '于乎'],
  ['於琳', '于琳'],
  ['於其一', '于其一'],
  ['於惟一', '于惟一'],
  ['於崇文', '于崇文'],
  // Forms opencc's Taiwan conversion writes and does not take back, so that a page converted
  // from Simplified and back kept them: 想象 came back as 想像, 昵称 as 暱称, 背负 as 揹负, 熏陶
  // as 薰陶, 马夫 as 马伕. The mainland's standard forms are 想象, 昵, 背, 熏陶 and 夫.
  // Only in its words, and after 的, 比, 所 and 去 (远比想象的): 想 and 像 meet in 思想像 (a thought
  // like) and 梦想像 too, which are kept whole below (T2S_PHRASE_KEEPS).
  ['不可想像', '不可想象'],
  ['難以想像', '难以想象'],
  ['無法想像', '无法想象'],
  ['可以想像', '可以想象'],
  ['超乎想像', '超乎想象'],
  ['想像不到', '想象不到'],
  ['想像力', '想象力'],
  ['想像中', '想象中'],
  ['想像空間', '想象空间'],
  ['想像一下', '想象一下'],
  ['想像得到', '想象得到'],
  ['能想像', '能想象'],
  ['發揮想像', '发挥想象'],
  ['比想像', '比想象'],
  ['的想像', '的想象'],
  ['所想像', '所想象'],
  ['去想像', '去想象'],
  ['想像的', '想象的'],
  ['充滿想像', '充满想象'],
  ['超出想像', '超出想象'],
  ['暱', '昵'],
  ['揹', '背'],
  ['薰陶', '熏陶'],
  ['伕', '夫'],
  // 徵調 (to requisition) in 特徵調整.
  ['特徵調', '特征调'],
  // Taiwan's and Hong Kong's own forms, which opencc keeps: 甚麼 (什么), 砲轟 (炮轰), 規畫 and 策畫
  // (规划, 策划; 計畫 and 籌畫 it takes), 部份 and 成份 (部分, 成分; 股份 and 身份 are words of
  // their own), 祇 for "only", 甚鉅 and 鉅子 (巨), and 藉 for "by means of" (业者盼藉展会拓展: 借;
  // opencc has 藉口 and 藉由 but not the character alone).
  ['甚麼', '什么'],
  ['砲', '炮'],
  ['規畫', '规划'],
  ['策畫', '策划'],
  ['企畫', '企划'],
  ['部份', '部分'],
  ['成份', '成分'],
  ['祇是', '只是'],
  ['祇有', '只有'],
  ['祇要', '只要'],
  ['祇能', '只能'],
  ['衹', '只'],
  ['甚鉅', '甚巨'],
  ['鉅子', '巨子'],
  ['藉', '借'],
  ['醞藉', '酝藉'],
  // 覆 is 复 for "again, in reply" and stays 覆 for "to cover, overturn"; opencc's short phrases
  // ending or starting in it matched across words: 顛覆文化 came out as 颠复文化, 雙重覆蓋 as
  // 双重复盖, 遊覽車翻覆 before 校 as 翻复, and 覆議, 覆核 (Taiwan's review and reconsideration)
  // stayed 覆.
  // 覆核 is 覆覈 by the time the Taiwan text reaches this stage.
  ...headsAndWords('重重 示示 明明 電电 見见', '覆蓋覆盖'),
  ...headsAndWords('覆复', '議议 核核 覈核 審审 查查 診诊 函函 述述 檢检 試试 盤盘'),
  // opencc's music phrases (角徵, 流徵, 變徵: notes of the old scale) in 主角徵選, 交流徵文, 改變徵稅.
  ['角徵選', '角征选'],
  ['流徵文', '流征文'],
  ['變徵收', '变征收'],
  ['變徵稅', '变征税'],
  ['變徵才', '变征才'],
  // 鍾馗 (the demon queller), which opencc gives the rare 锺, and 利慾薰心, whose 薰 the
  // mainland writes 熏 here (利欲熏心 came back from Traditional as 利欲薰心).
  ['鍾馗', '钟馗'],
  ['利慾薰心', '利欲熏心'],
  // 康乾 (the Kangxi and Qianlong reigns) in 健康乾淨.
  ['康乾淨', '康干净'],
  ['康乾燥', '康干燥'],
];

/**
 * Words kept whole as opencc converts them alone, where a fix above or opencc's short phrases
 * would cut into them: 翻覆 (overturned) before 校車, 顛覆 before 文化, 傾覆 before 查, the 策 and 規
 * that end a word before 畫 (政策畫大餅, a policy that paints a pie in the sky; 對策畫出底線; 新法規畫下
 * 句點), 份額 (a share) after 全部 and 三成, and the words where 藉 stays.
 */
export const T2S_PHRASE_KEEPS: readonly (readonly [traditional: string, simplified: string])[] = [
  // A word ending in 想, then 像 (like): 他的思想像一團火 (想像的 is imagined).
  ...headsAndWords('思思 夢梦 理理 聯联 感感 構构 回回 幻幻', '想像想像'),
  ['翻覆', '翻覆'],
  ['顛覆', '颠覆'],
  ['傾覆', '倾覆'],
  ['包覆', '包覆'],
  ['被覆', '被覆'],
  ['政策畫', '政策画'],
  ['對策畫', '对策画'],
  ['決策畫', '决策画'],
  ['法規畫', '法规画'],
  ['部份額', '部份额'],
  ['成份額', '成份额'],
  ['狼藉', '狼藉'],
  ['枕藉', '枕藉'],
  ['蘊藉', '蕴藉'],
  ['藉藉', '藉藉'],
  ['慰藉', '慰藉'],
  // The particle after 藉 (by means of): 藉 and 憑藉 are segments of their own (our 藉 above,
  // opencc's 憑藉), which cut it off from Taiwan's 著, and 藉著名人效應 took 著名 (借著名人效应).
  // Kept whole here, each converts as the Taiwan or Hong Kong stage gives it (憑藉着, then
  // opencc's 凭借着), and from Hong Kong forms as before.
  ['藉著', '借著'],
  ['憑藉著', '凭借著'],
  ['慰藉著', '慰藉著'],
  // But copyright after them (藉著作權保護, by means of copyright protection), as before.
  ['藉著作權', '借著作权'],
  ['憑藉著作權', '凭借著作权'],
];

/**
 * Writers whose 著 news and reviews write after the name (金庸著《…》, 金庸著有), in Taiwan's forms
 * (TW_VARIANT_FIXES): the names that gave 着, 魯迅, 老舍 and 冰心 among them.
 */
const WRITERS: readonly string[] = [
  '魯迅',
  '老舍',
  '冰心',
  '金庸',
  '古龍',
  '瓊瑤',
  '三毛',
  '倪匡',
  '亦舒',
  '梁羽生',
  '張愛玲',
  '白先勇',
  '余光中',
  '龍應台',
  '林語堂',
  '胡適',
  '巴金',
  '莫言',
  '梁實秋',
  '柏楊',
  '李敖',
  '席慕蓉',
  '沈從文',
  '錢穆',
  '司馬遷',
];

/**
 * From Taiwan Traditional: Taiwan writes 著 both for the particle (看著, mainland 看着) and for
 * "to write, notable" (著作, mainland 著作), and opencc's Taiwan variant table turns every 著 into
 * 着 but for about twenty words it lists. The words of writing and renown it leaves out came out
 * with 着: 張愛玲原著 → 张爱玲原着, 王明編著 → 王明编着, 土著文化 → 土着文化, and for a Hong Kong
 * reader of a Taiwan page 原着 likewise. Each keeps its 著 here, before opencc's own phrases.
 */
export const TW_VARIANT_FIXES: readonly (readonly [taiwan: string, traditional: string])[] = [
  '原著',
  '編著',
  '土著',
  '卓著',
  '專著',
  '論著',
  '遺著',
  '譯著',
  '拙著',
  '撰著',
  '所著',
  // 著有 is "has written": 他著有多部小說. Not alone, which would take 意味著有, 隨著有關部門 and
  // 戴著有色眼鏡; after a pronoun, an adverb, a clause's start or a closing bracket (林語堂（…）著有),
  // where a verb seldom ends, since the particle follows a verb. The verbs that end in one of
  // these (償還著, 歸還著, 肩並著) keep the particle (TW_VARIANT_KEEPS); a writer's reading in
  // brackets before a particle (戴(dài)著有色) gives 著, a known limit. A writer's 著 after a name
  // (金庸著有, 金庸著《…》) is 着, as opencc gives it: a rule for a name before 著《 or 著有 took the
  // particle after every verb a list did not hold (遵守著《公約》, 希望著有一天).
  '著有《',
  ...[
    ...['他', '她', '曾', '另', '亦', '並', '也', '還', '均', '皆', '共'],
    ...['作者', '一生', '生前', '先後'],
  ].map((before) => `${before}著有`),
  ...[...'，、；：）)'].map((mark) => `${mark}著有`),
  '新著《',
  // A writer's 著 after the writer's name (金庸著《天龍八部》, 瓊瑤著有多部小說): a name no verb
  // ends in, so the particle never follows it. Listed by name, as a rule for any name before 著《
  // or 著有 took the particle after every verb (遵守著《公約》, 希望著有一天).
  ...WRITERS.flatMap((name) => [`${name}著有`, `${name}著《`]),
  // Two idioms of renown: 見微知著 (to see the whole from a hint), 彰明較著 (plain to see).
  '見微知著',
  '彰明較著',
  // The same words as Simplified text on a Traditional page writes them (a mirror's half-converted
  // paragraph, a quoted mainland title): opencc lists only the Traditional spellings, and 效果显著
  // came out 效果显着.
  '显著',
  '见微知著',
  '彰明较著',
  '编著',
  '论著',
  '专著',
  '遗著',
  '译著',
  '著称',
].map((word): readonly [string, string] => [word, word]);
/**
 * The particle 著 where a word of writing or renown starts or ends at it, in opencc's Taiwan
 * table or in ours above, and took it: 合著 (co-written) in 結合著 and 配合著, 顯著 in 凸顯著,
 * 著於 in 執著於, 著作 in 發揮著作用, 著名 in 穿著名牌, 著書 in 拿著書, 著錄 in 看著錄影, 著白 in
 * 穿著白色, 著志 in 陪著志工; and our 論著, 所著, 原著, 編著, 譯著 in 討論著, 所著眼, 還原著, 改編著,
 * 翻譯著. The word itself keeps its 著 where it follows (結合著名品牌, 討論著作權).
 */
const PARTICLE_PHRASES: readonly string[] = [
  ...[...'結配融混符適綜整迎組聚契吻磨'].map((verb) => `${verb}合著`),
  ...[...'討議談爭辯評'].map((verb) => `${verb}論著`),
  '凸顯著',
  '彰顯著',
  '突顯著',
  '執著於',
  '附著於',
  '黏著於',
  '起著作用',
  '發揮著作用',
  '產生著作用',
  '寫著作業',
  '帶著作業',
  '進行著作業',
  '看著作品',
  '帶著作品',
  '拿著作品',
  '著白',
  '著志',
  '著書包',
  '拿著書',
  '捧著書',
  '抱著書',
  '著錄影',
  '著錄音',
  '穿著名牌',
  '頂著名校',
  '掛著名牌',
  '打著名號',
  '寫著名字',
  '刻著名字',
  '印著名字',
  '標著名字',
  '喊著名字',
  '叫著名字',
  '所著眼',
  '所著迷',
  '所著墨',
  '所著力',
  '所著手',
  '還原著',
  '復原著',
  '改編著',
  '翻譯著',
];

const PARTICLE_AFTER_VERBS: readonly (readonly [taiwan: string, traditional: string])[] = [
  ...PARTICLE_PHRASES.map((phrase): readonly [string, string] => [
    phrase,
    phrase.replace('著', '着'),
  ]),
  // A phrase that ends in the particle may end in 著名 or 著作 instead: 討論著名案例, 改編著名小說,
  // 翻譯著作權. Those keep their 著.
  ...PARTICLE_PHRASES.filter((phrase) => phrase.endsWith('著')).flatMap(
    (phrase): (readonly [string, string])[] => [
      [`${phrase}名`, `${phrase}名`],
      [`${phrase}作`, `${phrase}作`],
    ],
  ),
  // And one that ends in 著名字 may be a verb before 著名 and 字帖, 字畫 or 字典, famous works:
  // 影印著名字帖, 翻印著名字畫, 編寫著名字典.
  ...PARTICLE_PHRASES.filter((phrase) => phrase.endsWith('著名字')).flatMap(
    (phrase): (readonly [string, string])[] =>
      [...'帖畫典'].map((word) => [`${phrase}${word}`, `${phrase}${word}`]),
  ),
  // 突顯著 in 衝突顯著 (conflict, notably): 中美衝突顯著升溫.
  ['衝突顯著', '衝突顯著'],
];

// Not 新著: it would also match in 重新著手 (mainland 重新着手). And the particle keeps its 着
// after 所 (所著重的, 所著急的), longer keys that the scan prefers.
const TW_VARIANT_KEEPS: readonly (readonly [taiwan: string, traditional: string])[] = [
  ['所著重', '所着重'],
  // Verbs that end in a character our 著有 entries take for an adverb (TW_VARIANT_FIXES).
  ['償還著', '償還着'],
  ['歸還著', '歸還着'],
  ['交還著', '交還着'],
  ['肩並著', '肩並着'],
  ['所著急', '所着急'],
  ...PARTICLE_AFTER_VERBS,
];

/**
 * To Taiwan forms with Taiwan vocabulary, the words Taiwan writes with 布 (the Ministry of
 * Education's dictionary, the Central News Agency): 宣布, 公布, 分布, 散布, 頒布, 遍布, 密布, 布局,
 * 布置. opencc's Simplified phrases write them with 佈 (宣佈, 公佈 …) and its Taiwan phrases leave
 * them so, changing only 發佈 (to 釋出, which TWP_NEWS_SENSES makes 發布): the same sentence came
 * out as 在發布當天就宣佈完成. The keys are each word's Traditional, as the text is at that stage,
 * so they hold inside the longer phrases opencc keeps whole (公佈欄 → 公布欄, 烏雲密佈 → 烏雲密布),
 * and opencc's own longer phrase still wins (分佈式 → 分散式). The other 佈 words stay as opencc
 * writes them: 佈道 and 佈告 are common in Taiwan as written, and 佈署 is no word (部署 is).
 */
const TWP_BU_WORDS: readonly (readonly [traditional: string, taiwan: string])[] = [
  '宣佈',
  '公佈',
  '分佈',
  '散佈',
  '頒佈',
  '遍佈',
  '密佈',
  '佈局',
  '佈置',
].map((word): readonly [string, string] => [word, word.replace('佈', '布')]);

/**
 * To Taiwan forms with Taiwan vocabulary, news words opencc's Taiwan phrases give a computing
 * sense, or leave in the mainland's form (keys in Traditional, as the text is at that stage, and
 * on a mirror's copy in Traditional: regional-forms.ts):
 *
 * - 发布 (to announce, publish) came out as 釋出, Taiwan's word for releasing software or
 *   versions: 国务院发布通知 as 國務院釋出通知, 新闻发布 as 新聞釋出. Taiwan writes 發布 for both;
 *   釋出 stays in the few compounds where software is released (TWP_NEWS_WORDS).
 * - 激活 (to invigorate, activate) came out as 啟用 (to enable, switch on): 激活市场活力 as
 *   啟用市場活力, 激活免疫细胞 as 啟用免疫細胞, 刺激活动 as 刺啟用動. It keeps its form, as a
 *   mainland word a Taiwan reader reads (Taiwan's 活化 would not fit every sense); 啟用 stays for
 *   a code, an account, a phone or software (TWP_NEWS_WORDS).
 * - 运营 (to operate, 營運 in Taiwan) and 报道 (a news report, 報導) kept the mainland's words.
 *   Each becomes Taiwan's but where a word ending in its first character meets a word starting in
 *   its second: 运 ends kinds of transport, games, luck (货运, 速运, 奥运, 国运) before 营收, 营业,
 *   营销, 营造 (货运营收, 速运营业网点, 奥运营销, 国运营造), and 报 ends a report or a forecast
 *   before 道路, 道歉, 道德 (天气预报道路结冰, 举报道德败坏). Those keep both words, and so does
 *   运营 before 营收-like words then (通信运营业), a mainland word rather than a wrong one. 运营商 (a network operator) becomes the neutral 營運商, not 電信業者.
 */
const TWP_NEWS_SENSES: readonly (readonly [traditional: string, taiwan: string])[] = [
  ['發佈', '發布'],
  ...TWP_BU_WORDS,
  ['激活', '激活'],
  ['運營', '營運'],
  // 运 ends a word (货运, 速运, 暑运, 奥运, 国运, 捷运 …) before 营收, 营业, 营销, 营造, 营养, 营救
  // and 营运: 货运营收 came out as 貨營運收. Keyed on what follows, since the words that end in
  // 运 are many; 运营 itself before 收入, 业务 … is Taiwan's 營運 again.
  ...[...'收業銷造養救運'].map((tail): readonly [string, string] => [`運營${tail}`, `運營${tail}`]),
  ...['收入', '收益', '收支', '收費', '收款', '業務', '業績', '銷售', '養老'].map(
    (tail): readonly [string, string] => [`運營${tail}`, `營運${tail}`],
  ),
  // 刷新 is to set a new record (刷新赛会纪录, 刷新同档期纪录) far more often in news than to
  // reload a page (重新整理, opencc's Taiwan word), which a page, a browser or an interface still
  // takes (TWP_NEWS_WORDS). opencc has 刷新纪录 alone.
  ['刷新', '刷新'],
  // 窗口 is a window in a football transfer or of time (转会窗口, 窗口期) and the central bank's
  // window guidance (窗口指导), not a computer's (視窗).
  ['轉會窗口', '轉會窗口'],
  ['窗口期', '窗口期'],
  ['窗口指導', '窗口指導'],
  ['報道', '報導'],
  ['報道路', '報道路'],
  ['報道歉', '報道歉'],
  // 举报 (to report a wrongdoer) before 道德败坏 and the like, and a paper before 道出 (says):
  // 举报道德败坏 read 舉報導德, 经济日报道出 日報導出. Other words ending in 报 meet 道德 or 道出
  // too (晚报道德专栏 still reads 晚報導德), but there 报道 is far more often the report
  // (疫情报道指出, 及时报道出来, 同时报道德国), which a wider rule took with it.
  ['舉報道德', '舉報道德'],
  ['日報道出', '日報道出'],
  ['晚報道出', '晚報道出'],
  ['早報道出', '早報道出'],
];

/**
 * To Taiwan forms with Taiwan vocabulary: opencc's Taiwan phrases turn 全局 ("global", as in
 * programming) into 全域性, and the phrase also matches across a word boundary: 国家安全局 came
 * out as 國家安全域性, 安全局势 as 安全域性勢, 完全局部 as 完全域性部, and 全局性 as 全域性性. The
 * keys are Traditional, as the text is at that stage.
 */
export const TWP_PHRASE_FIXES: readonly (readonly [traditional: string, taiwan: string])[] = [
  ['安全局', '安全局'],
  ['完全局', '完全局'],
  ['全局性', '全域性'],
  ...TWP_NEWS_SENSES,
  ...TWP_NEWS_WORDS.map(([, traditional, taiwan]) => [traditional, taiwan] as const),
  // The words the Hong Kong vocabulary keeps whole meet the same computing words in Taiwan's
  // phrases (寬帶, 內存條, 光標, 鼠標): 政策放寬帶來 came out as 政策放寬頻來, 在低內存條件下 as
  // 在低記憶體模組件下, 小鼠標本 as 小滑鼠本. They keep both words here too, with Taiwan's 頻寬
  // (bandwidth) and 記憶體 (memory), which opencc's phrases give where they stand alone.
  ...HKP_NEWS_WORDS.map(
    ([, traditional]) =>
      [traditional, traditional.replace(/^帶寬/, '頻寬').replace(/^內存/, '記憶體')] as const,
  ),
];

/**
 * From Taiwan Traditional with Taiwan vocabulary, opencc's reverse Taiwan phrases also match
 * across a word boundary in news, as the Hong Kong ones do (HKP_REVERSE_KEEPS): 上游標準 came
 * out as 上光标准 (游標, a cursor), 小米手機率先 as 小米手概率先 (機率, odds), 放寬頻譜 as 放宽带谱
 * (寬頻, broadband), 伊利諾伊州 as 伊利诺伊伊州 (伊利諾, Illinois), 許多工作 as 许多任务作 (多工,
 * multitasking), 國內建設 as 国内置设 (內建, built-in), 此外接受 as 此外置受 (外接), 重點選區 as
 * 重点击区 (點選, to click), 安全形勢 as 安全角势 (全形, full-width), 解釋出來 as 解发布来 (釋出),
 * 工作列為 as 任务栏为 (工作列, a taskbar), 人類比較 as 人模拟较 (類比, analog), 多數位於 as
 * 多数字于 (數位, digital), 提高階段 as 提高级段 (高階), 先進階段 as 先高级段 (進階), 盡快取得 as
 * 尽缓存得 (快取, a cache). Each keeps both words it joins; opencc's entries still apply where
 * they stand alone (移動游標, 寬頻服務, 多工處理, 內建功能, 點選連結, 快取). 投資訊息 (投信息息)
 * and 電視訊號 (电视频号) take the mainland word of their second word instead (TWP_REVERSE_KEEPS).
 */
export const TWP_BOUNDARY_KEEPS: readonly string[] = [
  '上游標',
  '中游標',
  '下游標',
  '機率先',
  '機率領',
  // 寬 (wide) before 頻率, 頻譜 and 頻道; 寬頻頻道 (a broadband channel) is still 宽带频道.
  '寬頻率',
  '寬頻譜',
  '寬頻道',
  '伊利諾伊',
  '多工作',
  '多工業',
  '多工程',
  '多工人',
  '多工資',
  '多工具',
  '多工廠',
  '多工藝',
  '多工地',
  '多工會',
  '多工時',
  // Not 內建設 (內建設定, built-in settings): the places before it.
  '國內建',
  '境內建',
  '省內建',
  '市內建',
  '縣內建',
  '島內建',
  '外接受',
  '外接觸',
  '外接近',
  '外接待',
  '外接獲',
  '外接到',
  '點選舉',
  '點選擇',
  '點選民',
  '點選區',
  '點選票',
  '全形成',
  '全形式',
  '全形勢',
  '全形象',
  '全形態',
  '解釋出',
  '工作列為',
  '工作列入',
  '工作列管',
  '類比較',
  '類比例',
  '類比賽',
  '類比重',
  '數位於',
  '數位居',
  '高階段',
  '進階段',
  '快取得',
  '快取消',
  '快取代',
];

/**
 * From Taiwan Traditional with Taiwan vocabulary: opencc's reverse Taiwan phrases turn ordinary
 * words into the mainland's computing terms, as if every 核心 were an operating system's kernel:
 * 核心技術 came out as 内核技术, 經濟指標 as 经济指针, 垂直堆疊 (HBM's stacked dies) as 垂直堆栈,
 * 建立 as 创建, 新增確診 as 添加确诊, 人類的智慧 as 人类的智能, 強制執行 as 强制运行, 宣告破產 as
 * 声明破产, 法律程序 as 法律进程, 整合資源 as 集成资源, 基因序列 as 基因串行, 旅遊行程 as 旅游进程,
 * 可疑物件 as 可疑对象, 複製經驗 as 拷贝经验, 重新整理思緒 as 刷新思绪, 長鑫儲存 as 长鑫保存. Each of
 * these words is also a mainland word with the meaning news gives it, so they keep their form
 * here (the next stage writes them in Simplified); opencc's longer phrases still win where they
 * exist (人工智慧 → 人工智能). 模組 stays 模组, which the mainland writes for hardware modules.
 */
export const TWP_REVERSE_KEEPS: readonly (readonly [taiwan: string, traditional: string])[] = [
  ...[
    '核心',
    '指標',
    '堆疊',
    '模組',
    '建立',
    '新增',
    '智慧',
    '執行',
    '宣告',
    '程序',
    '整合',
    '序列',
    '行程',
    '物件',
    '複製',
    '重新整理',
    '儲存',
  ].map((word): readonly [string, string] => [word, word]),
  ['智慧型手機', '智能手機'],
  ['長鑫儲存', '長鑫存儲'],
  ['長江儲存', '長江存儲'],
  // Taiwan's 儲存 and 高階 and 介面 are also the mainland's 存储 (memory, storage), 高端
  // (high-end) and 接口 (a hardware interface) where they name a trade, a product or a bus:
  // 儲存行業 came back as 储存行业 (kept 儲存, above), 高階產品 as 高级产品, 介面位寬 as 界面位宽.
  ['儲存行業', '存儲行業'],
  ['儲存產業', '存儲產業'],
  ['儲存晶片', '存儲芯片'],
  ['儲存市場', '存儲市場'],
  ['高階產品', '高端產品'],
  ['高階晶片', '高端芯片'],
  ['高階AI', '高端AI'],
  ['介面位寬', '接口位寬'],
  // More words news uses in their own sense, which the reverse phrases take for the mainland's
  // computing terms (良性互動 → 良性交互, 即時新聞 → 实时新闻, 電子元件 → 电子组件). Words tech news
  // also uses in the computing sense (支援 Wi-Fi 7, 釋出更新, 匯入資料, 元件 of a UI) are kept
  // only in the compounds where news means them otherwise.
  ...[
    '良性互動',
    '兩岸互動',
    '互動頻繁',
    '粉絲互動',
    '開啟調查',
    '開啟談判',
    '選情變數',
    '大聲呼叫',
    '釋出土地',
    '簽署文件',
    '做簡報',
    '治理效能',
    '釋出善意',
    '釋出股權',
    '派兵支援',
    '支援救災',
    '醫療支援',
    '撥出',
    '聽取簡報',
    '簡報會',
    '新聞簡報',
    '機密文件',
    '政府文件',
    '官方文件',
    '外交文件',
    '法律文件',
    '檔案館',
    '檔案管理',
    '通訊社',
    '通訊錄',
    '查詢',
    '即時生效',
    '即時新聞',
    '區域性',
    '資金匯入',
    '資金匯出',
    '開啟新時代',
    '開啟新篇章',
    '行政效能',
    '仍有變數',
    '最大變數',
    '過載',
    '批次',
    '呼叫救護',
    '呼叫中心',
    '緊急呼叫',
    '通話記錄',
    '塔吉克族',
    '烏茲別克族',
    '哈薩克族',
    '電子元件',
    '被動元件',
    '這部影片',
    '鋪上桌布',
    '裝置藝術',
    '音訊全無',
    '做個類比',
    '打個類比',
    '列舉',
    '擴音器',
    '商埠',
    '開埠',
    '醫學影像',
    '個人資料保護',
    '個人資料外洩',
    '遊戲外掛',
    '開外掛',
    '獅子山',
    '游標卡尺',
  ].map((word): readonly [string, string] => [word, word]),
  ['社群媒體', '社交媒體'],
  ['視訊連線', '視頻連線'],
  // 叮噹 is the mainland's 叮当 too; opencc's reverse phrases gave the old 丁当.
  ['叮噹', '叮噹'],
  ['叮叮噹', '叮叮噹'],
  ['叮叮噹噹', '叮叮噹噹'],
  // The words the reverse phrases join across a word boundary (TWP_BOUNDARY_KEEPS).
  ...TWP_BOUNDARY_KEEPS.map((word): readonly [string, string] => [word, word]),
  // Those whose second word has a mainland word of its own: 訊號 is 信号, 訊息 消息; but
  // 資訊/視訊 before 息息相關 and 號召/號稱 are opencc's (信息息息相关, 视频号召).
  ['視訊號', '視信號'],
  ['視訊息', '視消息'],
  ['資訊息', '資消息'],
  ['資訊息息', '信息息息'],
  ['視訊息息', '視頻息息'],
  ['視訊號召', '視頻號召'],
  ['視訊號稱', '視頻號稱'],
  ['電視訊號召', '電視信號召'],
  ['電視訊號稱', '電視信號稱'],
  ['投資訊息息', '投資消息息'],
  // WeChat Channels, 视频号 on the mainland.
  ['微信視訊號', '微信視頻號'],
  // 重點選手 (key players) and the like are a 點 word and 選手; elsewhere 點選 is to click
  // (點選手機, 點選手冊).
  ...['重點選手', '焦點選手', '亮點選手', '看點選手', '熱點選手'].map(
    (word): readonly [string, string] => [word, word],
  ),
  // And 外接著 (此外接著, and next), with the particle's 着 that the Taiwan variants would give it.
  ['外接著', '外接着'],
  // 資料 stays opencc's 数据 (data) before 包括 and 包含, which 資料包 (a data packet) took:
  // 資料包括 came out as 数据报括.
  ['資料包括', '數據包括'],
  ['資料包含', '數據包含'],
  // 線上 (online) and 貼上 (to stick on) are mainland words too, 线上 and 贴上, and keep their
  // form: opencc's 在线 and 粘贴 took the words before them, 路線上 as 路在线, 全線上漲 as 全在线涨,
  // 無線上網 as 无在线网, 補貼上 as 补粘贴, and gave 貼上標籤 as 粘贴标签. Copy and paste stays
  // 复制粘贴.
  ['線上', '線上'],
  ['貼上', '貼上'],
  ['複製貼上', '複製粘貼'],
  // 資料 is the mainland's 资料 (materials, documents) in a compilation, not 数据: 資料彙編 came
  // back as 数据汇编. And 影片 is a film in the film awards and festivals (最佳影片 came back as
  // 最佳视频), where the mainland writes 影片 too.
  // 即時 is "at once" in a court's sentence, not 实时 (real-time): 須判即時監禁 came back as
  // 须判实时监禁 (Hong Kong news without Hong Kong forms reads as Taiwan's; Hong Kong's reverse
  // phrases have no 即時).
  ['即時監禁', '即時監禁'],
  ['資料彙編', '資料彙編'],
  ['資料匯編', '資料匯編'],
  ...['最佳', '入圍', '參展', '得獎', '獲獎', '華語', '開幕', '閉幕'].map(
    (head): readonly [string, string] => [`${head}影片`, `${head}影片`],
  ),
];

/**
 * To Hong Kong forms with Hong Kong vocabulary: the words its phrases must not join (see
 * HKP_NEWS_WORDS), as plain Hong Kong forms write them.
 */
export const HKP_PHRASE_FIXES: readonly (readonly [traditional: string, hongKong: string])[] = [
  ...HKP_NEWS_WORDS.map(([, traditional]) => [traditional, traditional] as const),
  // Somaliland is kept whole from Simplified for Taiwan's 索馬利蘭 (TWP_NEWS_WORDS), where the Hong
  // Kong phrase of Maryland (馬里蘭, 馬利蘭) would match inside it; it keeps its plain Hong Kong form.
  ['索馬里蘭', '索馬里蘭'],
];

/**
 * From Hong Kong Traditional with Hong Kong vocabulary: opencc's reverse Hong Kong phrases match
 * across a word boundary in news, and take one instrument for a computing word. 游標卡尺 (a
 * vernier caliper, mainland 游标卡尺) came out as 光标卡尺, and 游標 (光标, a cursor) also took
 * the 游 of 上游, 中游 and 下游: 產業鏈上游標的 came out as 产业链上光标的, 長江中下游標誌著 as
 * 长江中下光标志著. 寬頻 (宽带, broadband) took 放寬頻譜 as 放宽带谱, 拓寬頻道 as 拓宽带道, 帶寬頻率
 * as 带宽带率; 機率 (几率, odds) and 機會率 (概率) took the machine before 率先 and 率領: 小米手機率先
 * as 小米手几率先, 飛機率領 as 飞几率领, 把握機會率先 as 把握概率先; 路蘭 (诺兰, the director Nolan)
 * took 中國鐵路蘭州局 as 中国铁诺兰州局; and 伊利諾 (伊利诺伊, Illinois) doubled the 伊 of a page
 * that already writes 伊利諾伊州: 伊利诺伊伊州. Each keeps its form here, first in that stage (the
 * next stage writes it in Simplified).
 */
export const HKP_REVERSE_KEEPS: readonly (readonly [hongKong: string, traditional: string])[] = [
  '游標卡尺',
  '上游標',
  '中游標',
  '下游標',
  // 寬 (wide) before 頻率, 頻譜 and 頻道; 寬頻頻道 (a broadband channel) is still 宽带频道.
  '寬頻率',
  '寬頻譜',
  '寬頻道',
  '機率先',
  '機率領',
  '機會率先',
  '機會率領',
  '路蘭州',
  '伊利諾伊',
].map((word): readonly [string, string] => [word, word]);

/**
 * On a Traditional page with Taiwan's vocabulary, the words Taiwan writes itself that opencc's
 * Taiwan phrases take for mainland computing terms. Its phrases are made for mainland text, where
 * 支持 supports a format (支援) and 文件 is a file (檔案); a Taiwan writer's 支持 backs a policy,
 * 文件 is a document, 高級中學 a high school, 菜單 a restaurant's menu, 社區 a neighbourhood,
 * 包羅萬象 all-embracing (萬象 is also Vientiane, 永珍), 奔馳 to gallop (Benz, 賓士). Only a
 * NetEase mirror's copy converts so, and these keep their form there: each is also a Taiwan word,
 * which a Taiwan reader reads without stumbling. Only the words Taiwan never writes (芯片, 軟件,
 * 內存, 視頻 …) change. From Simplified, where they are mainland words, they still convert.
 */
export const TWP_TAIWAN_WORDS: readonly string[] = [
  '支持',
  '文件',
  '設置',
  '導入',
  '項目',
  '程序',
  '數據',
  '保存',
  '消息',
  '聯繫',
  '運行',
  '通信',
  '連接',
  '發送',
  '創建',
  '刷新',
  '打開',
  '查看',
  '搜索',
  '循環',
  '聲明',
  '局部',
  '類型',
  '社區',
  '對象',
  '進程',
  '禁用',
  '高端',
  '高級',
  '低級',
  '調度',
  '調用',
  '實例',
  '參數',
  '函數',
  '代碼',
  '登錄',
  '註銷',
  '卸載',
  '分區',
  '窗口',
  '擴展',
  '菜單',
  '溢出',
  '觸摸',
  '萬象',
  '交互',
  '奔馳',
  '呼出',
  '映射',
  '採樣',
  '字體',
  '優化',
  '添加',
  '公元',
  '批量',
  '信號',
  '複印',
  '屏蔽',
  '截取',
  '重載',
];

/**
 * On a Traditional page with Taiwan's vocabulary, the phrases where one of opencc's Taiwan keys
 * would match across a word boundary, since nothing segments the page: 國軍的士氣 is morale, not a
 * taxi (的士 → 計程車), 更加蓬勃 is not Gabon (加蓬 → 加彭), 店家也門可羅雀 not Yemen (也門 →
 * 葉門). Each is the narrowest phrase that starts at or before the key that slips, so that it
 * holds wherever the words meet, on a mirror of mainland news too, whose 的士 and 內存 elsewhere
 * still convert.
 */
export const TWP_PAGE_BOUNDARY_KEEPS: readonly string[] = [
  '的士氣', // 國軍的士氣
  '的士兵', // 前線的士兵
  '加蓬勃', // 更加蓬勃
  '也門可', // 店家也門可羅雀
  '用戶外', // 家用戶外
  '內存放', // 冷藏室內存放
  '一集成為', // 這一集成為
  '智能力', // 心智能力
  '在線上', // 在線上平台
  '字段落', // 文字段落
  '乍得知', // 乍得知
  '加納莉', // 參加納莉颱風
  '總線索', // 總線索
  '極端口', // 極端口號
];

/** Phrase pairs as an opencc-js dictionary table (`"key value|key value"`). */
function dictionaryTable(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([key, value]) => `${key} ${value}`).join('|');
}

/** The fixes from Simplified, with the phrases they must not take, as one table. */
export const S2T_PHRASE_FIXES_TABLE = dictionaryTable([...S2T_PHRASE_FIXES, ...S2T_PHRASE_KEEPS]);

/** The fixes to Simplified as a table. */
export const T2S_PHRASE_FIXES_TABLE = dictionaryTable([...T2S_PHRASE_FIXES, ...T2S_PHRASE_KEEPS]);

/** The fixes of the Taiwan vocabulary as a table. */
export const TWP_PHRASE_FIXES_TABLE = dictionaryTable(TWP_PHRASE_FIXES);

/** What keeps its form from Taiwan vocabulary, as a table. */
export const TWP_REVERSE_KEEPS_TABLE = dictionaryTable(TWP_REVERSE_KEEPS);

/** The fixes of the Hong Kong vocabulary, and Hong Kong's own words, as a table. */
export const HKP_PHRASE_FIXES_TABLE = dictionaryTable([
  ...HKP_PHRASE_FIXES,
  ...HK_VOCABULARY.map(([, traditional, hongKong]) => [traditional, hongKong] as const),
  ...HK_VOCABULARY_KEEPS.map(([, traditional]) => [traditional, traditional] as const),
]);

/** What keeps its form from Hong Kong vocabulary, as a table. */
export const HKP_REVERSE_KEEPS_TABLE = dictionaryTable(HKP_REVERSE_KEEPS);

/** The fixes of Taiwan's 著 as a table. */
export const TW_VARIANT_FIXES_TABLE = dictionaryTable([...TW_VARIANT_FIXES, ...TW_VARIANT_KEEPS]);

/**
 * Hong Kong's standard writes the particle 着 as the mainland does (隨着, 看着) and 著 for "to
 * write, notable" (著名, 顯著, 金庸著), and opencc's Hong Kong tables keep both as written. Some Hong
 * Kong pages write Taiwan's 著 for both, and their 隨著 came back to Simplified as 随著. On such a
 * page (`writesTaiwanZhu` in detect/script.ts) the Hong Kong stage reads 著 as the Taiwan stage
 * does, and takes nothing else of Taiwan's forms: our fixes above, then the entries of opencc's
 * Taiwan reverse variants (its phrases, then its characters) whose key has 著, so 著名, 顯著 and
 * 合著 keep it and every other 著 is 着. `tables` are opencc-js tables, first listed first.
 */
export function zhuEntries(tables: readonly string[]): string {
  return tables
    .flatMap((table) => table.split('|'))
    .filter((entry) => entry.slice(0, entry.indexOf(' ')).includes('著'))
    .join('|');
}

/** What keeps its form on a Traditional page with Taiwan's vocabulary, as a table. */
export const TWP_TAIWAN_WORDS_TABLE = dictionaryTable(
  [...TWP_TAIWAN_WORDS, ...TWP_PAGE_BOUNDARY_KEEPS].map((word) => [word, word]),
);
