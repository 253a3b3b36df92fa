import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import {
  HK_VOCABULARY,
  HK_VOCABULARY_KEEPS,
  HK_VOCABULARY_PHRASES,
  HKP_NEWS_WORDS,
  HKP_PHRASE_FIXES,
  HKP_REVERSE_KEEPS,
  S2T_PHRASE_FIXES,
  S2T_PHRASE_KEEPS,
  T2S_PHRASE_FIXES,
  TW_VARIANT_FIXES,
  TWP_BOUNDARY_KEEPS,
} from '../../../utils/convert/phrase-fixes.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import type { OpenccLocale } from '../../../utils/convert/opencc-chains.ts';
import { SHARED_FIXTURES } from './corpus.ts';

const ours = (to: OpenccLocale) => createTextConverter({ pack: cn2t, from: 'cn', to });
const toTw = ours('tw');
const toHk = ours('hk');
const toTwp = ours('twp');
const toHkp = ours('hkp');
const back = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' });

/** Simplified text as Taiwan and Hong Kong read it, in both conversions, and back again. */
function convertsInBothRegions(simplified: string, taiwan: string, hongKong: string): void {
  expect(toTw.convert(simplified)).toBe(taiwan);
  expect(toTw.convertAligned(simplified).text).toBe(taiwan);
  expect(toHk.convert(simplified)).toBe(hongKong);
  expect(back.convert(taiwan)).toBe(simplified);
}

/** Simplified text with Taiwan's vocabulary, in both conversions. */
function convertsWithTaiwanVocabulary(simplified: string, taiwan: string): void {
  expect(toTwp.convert(simplified)).toBe(taiwan);
  expect(toTwp.convertAligned(simplified).text).toBe(taiwan);
}

/** Simplified text with Hong Kong's vocabulary, in both conversions. */
function convertsWithHongKongVocabulary(simplified: string, hongKong: string): void {
  expect(toHkp.convert(simplified)).toBe(hongKong);
  expect(toHkp.convertAligned(simplified).text).toBe(hongKong);
}
const openccToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const openccToHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const openccToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
// opencc-js from generic Traditional to each region's forms of the characters.
const openccTraditionalToTw = OpenCC.Converter({ from: 't', to: 'tw' });
const openccTraditionalToHk = OpenCC.Converter({ from: 't', to: 'hk' });
// opencc-js from generic Traditional, which keeps 著 where it means to write.
const openccFromT = OpenCC.Converter({ from: 't', to: 'cn' });
const fromHk = createTextConverter({ pack: t2cn, from: 'hk', to: 'cn' });

describe('phrase fixes over opencc-js', () => {
  it.each(S2T_PHRASE_FIXES.map(([s, t]) => [s, t]))(
    '%s becomes %s, where opencc-js still slips',
    (simplified, traditional) => {
      // A fix opencc-js no longer needs would show here, and could then be dropped. Some slips
      // are in Hong Kong forms only (人参与: Taiwan's tables turn every 蔘 into 參).
      const slips =
        openccToTw(simplified) !== traditional || openccToHk(simplified) !== traditional;
      expect(slips).toBe(true);
      // Each region then writes its own forms of the characters (臺灣 and 海裏 are 台灣 in Hong Kong
      // and 海裡 in Taiwan).
      expect(toTw.convert(simplified)).toBe(openccTraditionalToTw(traditional));
      expect(toHk.convert(simplified)).toBe(openccTraditionalToHk(traditional));
      // Back to Simplified, the fixed form gives the phrase it came from.
      expect(back.convert(traditional)).toBe(simplified);
    },
  );

  it.each(S2T_PHRASE_KEEPS.map(([s, t]) => [s, t]))(
    '%s stays %s, as opencc-js has it',
    (simplified, traditional) => {
      // The value is the form before the regional stage (人蔘加工 is 人參加工 in Taiwan's forms).
      expect([openccToTw(simplified), openccToHk(simplified)]).toContain(traditional);
      expect(toTw.convert(simplified)).toBe(openccToTw(simplified));
      expect(toHk.convert(simplified)).toBe(openccToHk(simplified));
    },
  );

  it.each([
    // The sentences of the slips, and phrases next to them that must not change.
    ['我们是一个中国团队', '我們是一個中國團隊'],
    // The word after 一个 keeps its own 中: 历史, 风后 and 中游 convert as they would alone.
    ['他是一个中国历史学家', '他是一個中國歷史學家'],
    ['一个中风后的老人', '一個中風後的老人'],
    ['每一个中游城市', '每一個中游城市'],
    ['统一个人信息', '統一個人信息'],
    // Numbers in Arabic digits, as news writes them, and in full width.
    ['15天后出院', '15天後出院'],
    ['养了3只猫和十几只鸡，好几只鸭', '養了3隻貓和十幾隻雞，好幾隻鴨'],
    ['离城3里外，借了5斗米', '離城3里外，借了5斗米'],
    ['３只猫', '３隻貓'],
    ['他有3只是因为', '他有3只是因為'],
    // After a model number, 只 is "only" and 里 "in": the fixes above are for counts.
    ['H20只在中国销售，A100只用于训练', 'H20只在中國銷售，A100只用於訓練'],
    ['RTX 5090只卖1999美元', 'RTX 5090只賣1999美元'],
    ['GB200只剩少量库存', 'GB200只剩少量庫存'],
    ['Windows 11里的新功能', 'Windows 11裡的新功能'],
    ['COVID-19只是开始', 'COVID-19只是開始'],
    ['买了2只H20只要1万', '買了2隻H20只要1萬'],
    ['全球Top 10个中国品牌', '全球Top 10個中國品牌'],
    ['该项目标志着中国进入新阶段，项目标注了风险', '該項目標誌著中國進入新階段，項目標註了風險'],
    ['十天后', '十天後'],
    ['天后宫', '天后宮'],
    ['他是一个中间商', '他是一個中間商'],
    ['这个中心', '這個中心'],
    ['个中原因', '箇中原因'],
    ['个中滋味，一言难尽', '箇中滋味，一言難盡'],
    ['大多采用Apache 2.0', '大多採用Apache 2.0'],
    ['许多采购订单', '許多採購訂單'],
    ['生活多采多姿', '生活多采多姿'],
    ['7纳米制程', '7納米製程'],
    ['传统制造业', '傳統製造業'],
    ['传统制度', '傳統制度'],
    ['控制程序', '控制程序'],
    ['问题变得更复杂', '問題變得更複雜'],
    ['更复杂的系统制造', '更複雜的系統製造'],
    ['美国制裁华为', '美國制裁華為'],
    ['中国制造业', '中國製造業'],
    ['中国制度', '中國制度'],
    ['日本制药', '日本製藥'],
    ['手机制造成本', '手機製造成本'],
    ['这种机制造成了短缺', '這種機制造成了短缺'],
    ['光刻机制造商', '光刻機製造商'],
    ['服务器制造商', '服務器製造商'],
    ['飞机制造业', '飛機製造業'],
    ['半导体制造成本', '半導體製造成本'],
    ['这种体制造成了浪费', '這種體制造成了浪費'],
    ['中国无法制造先进芯片', '中國無法製造先進芯片'],
    ['有人制造混乱', '有人製造混亂'],
    ['唯一出口', '唯一出口'],
    ['新规一出台就', '新規一出臺就'],
    ['上演了一出好戏', '上演了一齣好戲'],
    ['一出戏', '一齣戲'],
    ['数据中心系统', '數據中心系統'],
    ['心系灾区', '心繫災區'],
    ['对美制裁', '對美制裁'],
    ['国内制度', '國內制度'],
    ['着手制定新规', '著手制定新規'],
    ['严重制约', '嚴重制約'],
    ['大规模制裁', '大規模制裁'],
    ['定制度假村', '定製度假村'],
    ['研制定型', '研製定型'],
    ['美制武器', '美製武器'],
    ['已经制造了', '已經製造了'],
    ['一家制造商', '一家製造商'],
    ['出口管制造成', '出口管制造成'],
    // Everyday news words that opencc's short phrases took apart.
    ['科技巨头发布新一代AI芯片', '科技巨頭發佈新一代AI芯片'],
    ['由英伟达牵头发起', '由英偉達牽頭發起'],
    ['公司一直发展迅速，包括发展中国家在内', '公司一直發展迅速，包括發展中國家在內'],
    ['市长发表讲话，资金发放到位', '市長發表講話，資金發放到位'],
    ['她留着长发', '她留著長髮'],
    ['美国历史上首次，百年历史', '美國歷史上首次，百年歷史'],
    ['相关系统和海关系统，因此系统需要升级', '相關系統和海關系統，因此系統需要升級'],
    ['国家具体政策', '國家具體政策'],
    ['这套家具有年头了', '這套傢俱有年頭了'],
    ['竞争对手表示', '競爭對手表示'],
    ['他的手表很贵', '他的手錶很貴'],
    ['生产制度和分配制度', '生產制度和分配制度'],
    ['加强制造业', '加強製造業'],
    ['也不复杂', '也不複雜'],
    ['双方几乎没有分歧', '雙方幾乎沒有分歧'],
    ['没有采取任何措施', '沒有採取任何措施'],
    ['石油面临短缺，意大利面对压力', '石油面臨短缺，意大利面對壓力'],
    ['多个中国城市，3个中国团队', '多個中國城市，3個中國團隊'],
    ['融资10亿元后', '融資10億元後'],
    ['但是只要价格合适', '但是只要價格合適'],
    ['更加注重', '更加注重'],
    ['大陆游客', '大陸遊客'],
    ['上海干部', '上海幹部'],
    ['部门斗争', '部門鬥爭'],
    ['地方志愿者', '地方志願者'],
    // The most frequent pairs of general news.
    ['公司昨日召开发布会，并发布了新款芯片。', '公司昨日召開發佈會，並發佈了新款芯片。'],
    ['该公司于2019年上市，并成为行业龙头。', '該公司於2019年上市，並成為行業龍頭。'],
    ['会议讨论了如何应对关税风险。', '會議討論了如何應對關稅風險。'],
    ['中国历来重视发展中美关系。', '中國歷來重視發展中美關係。'],
    ['专家提出了解决方案。', '專家提出了解決方案。'],
    ['推动卫生发展和民生改善。', '推動衛生發展和民生改善。'],
    ['报告分析了行业的机遇和面临的挑战。', '報告分析了行業的機遇和面臨的挑戰。'],
    ['维护发展中国家的共同利益。', '維護發展中國家的共同利益。'],
    ['这只能说明市场信心不足。', '這只能說明市場信心不足。'],
    ['两国爆发重大冲突。', '兩國爆發重大衝突。'],
    ['进行具有许多新的历史特点的伟大斗争。', '進行具有許多新的歷史特點的偉大鬥爭。'],
    ['争做新时代好干部。', '爭做新時代好幹部。'],
    ['这一做法违背人民意愿。', '這一做法違背人民意願。'],
    ['这是一个历史里程碑。', '這是一個歷史里程碑。'],
    ['全球后疫情时代的经济复苏。', '全球後疫情時代的經濟復甦。'],
    ['外交部发表声明，声明了中方立场。', '外交部發表聲明，聲明了中方立場。'],
    ['这座城市有着漫长历史。', '這座城市有著漫長歷史。'],
    ['老师讲明了考试规则。', '老師講明了考試規則。'],
    ['观众前来观看表演。', '觀眾前來觀看表演。'],
    ['双方在合作文件上签署。', '雙方在合作文件上簽署。'],

    // Hong Kong readers' slips, most of them Taiwan's too.
    ['有人参与，上海参展', '有人參與，上海參展'],
    ['小米面临挑战，平方米面积', '小米面臨挑戰，平方米面積'],
    ['收盘回升，在华发展，份额发生变化', '收盤回升，在華發展，份額發生變化'],
    ['三星回应，奋进新征程，宝马表示', '三星回應，奮進新征程，寶馬表示'],
    ['名单于下周公布，进口占比', '名單於下週公佈，進口佔比'],
    ['产业链上游客户，旭日东升', '產業鏈上游客戶，旭日東昇'],
    ['这家拉面向来很好吃，玉米面对糖尿病人有益', '這家拉麵向來很好吃，玉米麵對糖尿病人有益'],
    ['翻看年历时发现', '翻看年曆時發現'],
    [
      '这一关好困难过关，正如今天后面的讨论，网上游戏水平',
      '這一關好困難過關，正如今天後面的討論，網上遊戲水平',
    ],

    // The rarer phrases those fixes must leave whole.
    ['高并发出现延迟', '高併發出現延遲'],
    ['用对冲突发风险的工具', '用對沖突發風險的工具'],
    ['两国关系统计数据', '兩國關係統計數據'],
  ])('%s → %s', (simplified, traditional) => {
    expect(toTw.convert(simplified)).toBe(traditional);
    expect(toTw.convertAligned(simplified).text).toBe(traditional);
  });

  it.each(TW_VARIANT_FIXES.map(([word]) => [word]))(
    'from Taiwan, %s keeps its 著, where opencc-js gives 着',
    (word) => {
      expect(openccToCn(word)).not.toBe(back.convert(word));
      expect(back.convert(word)).toBe(openccFromT(word));
      expect(back.convert(word)).toContain('著');
    },
  );

  it.each([
    ['改編自張愛玲原著小說', '改编自张爱玲原著小说'],
    ['本書由王明編著', '本书由王明编著'],
    ['土著文化與政績卓著', '土著文化与政绩卓著'],
    ['魯迅所著的小說', '鲁迅所著的小说'],
    // The particle and its words are unchanged.
    ['他看著窗外，接著說', '他看着窗外，接着说'],
    ['重新著手，所著重的是', '重新着手，所着重的是'],
    ['著名的著作', '著名的著作'],
    ['兩人合著的書', '两人合著的书'],
    ['見微知著，彰明較著', '见微知著，彰明较著'],
    // Simplified words on a Traditional page (a mirror's half-converted paragraph).
    [
      '效果显著，王明编著，学术论著与专著，以美食著称',
      '效果显著，王明编著，学术论著与专著，以美食著称',
    ],
    ['遗著与译著，见微知著，彰明较著', '遗著与译著，见微知著，彰明较著'],
  ])('from Taiwan, %s becomes %s', (taiwan, simplified) => {
    expect(back.convert(taiwan)).toBe(simplified);
  });

  // Hong Kong's standard writes 着 for the particle and 著 for "to write, notable", as the
  // mainland does, and mirrors converted to Hong Kong characters write both so: from Hong Kong,
  // 著 stays 著. (Taking Taiwan's reading there, as some Hong Kong pages write 著 for the
  // particle, turned 金庸著《射鵰英雄傳》 into 金庸着.)
  it.each([
    ['金庸著《射鵰英雄傳》，他看着窗外', '金庸著《射雕英雄传》，他看着窗外'],
    ['《香港簡史》（高馬可著），作者著有多本小說', '《香港简史》（高马可著），作者著有多本小说'],
    ['隨着時間推移，效果顯著，見微知著', '随着时间推移，效果显著，见微知著'],
  ])('from Hong Kong, %s becomes %s', (hongKong, simplified) => {
    expect(fromHk.convert(hongKong)).toBe(simplified);
  });

  it.each([
    // The particle, in Hong Kong's forms too.
    ['隨著時間推移，他看著窗外，接著說', '随着时间推移，他看着窗外，接着说'],
    ['為著理想，這意味著改變', '为着理想，这意味着改变'],
    ['沿著海岸，朝著目標，靠著努力', '沿着海岸，朝着目标，靠着努力'],
    [
      '衞生署説明，隨著疫情緩和，市民温習時穿著外套',
      '卫生署说明，随着疫情缓和，市民温习时穿着外套',
    ],
    // Words of Taiwan's reading whose verb ends where a word of writing starts.
    ['這些措施正在發揮著作用，穿著名牌，結合著AI', '这些措施正在发挥着作用，穿着名牌，结合着AI'],
    // The 著 of writing and renown keeps it, as from Taiwan.
    [
      '著名作家的著作，效果顯著，以山水著稱，惡名昭著',
      '著名作家的著作，效果显著，以山水著称，恶名昭著',
    ],
    ['土著文化，張愛玲原著，文學名著，鴻篇巨著', '土著文化，张爱玲原著，文学名著，鸿篇巨著'],
    [
      '學術論著與專著，王明編著，政績卓著，見微知著',
      '学术论著与专著，王明编著，政绩卓著，见微知著',
    ],
    ['他著有多部小說，其新著《海》，兩人合著', '他著有多部小说，其新著《海》，两人合著'],
  ])(
    'from Hong Kong text that writes Taiwan’s 著 for the particle, %s becomes %s',
    (hongKong, simplified) => {
      const fromHkTaiwanZhu = createTextConverter({
        pack: t2cn,
        from: 'hk',
        to: 'cn',
        taiwanZhu: true,
      });
      const fromHkpTaiwanZhu = createTextConverter({
        pack: t2cn,
        from: 'hkp',
        to: 'cn',
        taiwanZhu: true,
      });
      expect(fromHkTaiwanZhu.convert(hongKong)).toBe(simplified);
      expect(fromHkTaiwanZhu.convertAligned(hongKong).text).toBe(simplified);
      expect(fromHkpTaiwanZhu.convert(hongKong)).toBe(simplified);
      expect(fromHkpTaiwanZhu.convertAligned(hongKong).text).toBe(simplified);
    },
  );

  it('reads Taiwan’s 著 only when told, and only into Simplified', () => {
    expect(fromHk.convert('隨著時間')).toBe('随著时间');
    const hkToTw = createTextConverter({ pack: t2cn, from: 'hk', to: 'tw', taiwanZhu: true });
    expect(hkToTw.convert('隨著時間，金庸著')).toBe('隨著時間，金庸著');
    const twToCn = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn', taiwanZhu: true });
    expect(twToCn.convert('隨著時間，著名')).toBe(back.convert('隨著時間，著名'));
  });

  it.each([
    ['美国商务部工业与安全局', '美國商務部工業與安全局'],
    ['国家安全局', '國家安全局'],
    ['安全局势', '安全局勢'],
    ['完全局部', '完全局部'],
    ['这是全局性的问题', '這是全域性的問題'],
    // opencc's own, where it is right.
    ['全局变量', '全域性變數'],
    // Its computing words across a word boundary in news.
    ['公司领导出席了会议', '公司領導出席了會議'],
    ['世界面临芯片短缺，业界面临挑战', '世界面臨晶片短缺，業界面臨挑戰'],
    ['国内存在大量需求，明显存在差距', '國內存在大量需求，明顯存在差距'],
    ['部分区域停电，各项目标均已完成', '部分區域停電，各項目標均已完成'],
    ['投资500亿美元数据中心', '投資500億美元資料中心'],
    ['数据报告显示', '資料報告顯示'],
    ['相比特斯拉', '相比特斯拉'],
    ['国内核心技术', '國內核心技術'],
    ['用户名称', '使用者名稱'],
    ['信息论坛', '資訊論壇'],
    ['其实时间不多，许多任务', '其實時間不多，許多任務'],
    ['先进程度和路线程度', '先進程度和路線程度'],
    ['安全角度', '安全角度'],
    ['调查看到', '調查看到'],
    // News words in their own sense, not opencc's computing terms.
    ['经济运行平稳，外交部发表声明', '經濟運行平穩，外交部發表聲明'],
    ['新闻发布会上发布消息，大家的支持', '新聞發布會上發布消息，大家的支持'],
    ['政府文件和红头文件', '政府文件和紅頭文件'],
    ['和平进程，服务对象', '和平進程，服務對象'],
    ['社区工作者推动循环经济', '社區工作者推動循環經濟'],
    ['体育项目，各项目均已开工', '體育項目，各項目均已開工'],
    ['局部地区有雨，消息人士称', '局部地區有雨，消息人士稱'],
    ['刷新世界纪录', '刷新世界紀錄'],
    ['优化营商环境，扩展海外业务', '優化營商環境，擴展海外業務'],
    ['食品添加剂，餐厅的菜单', '食品添加劑，餐廳的菜單'],
    ['股价回调，经审核通过', '股價回調，經審核通過'],
    ['商界面临挑战，倡导出行', '商界面臨挑戰，倡導出行'],
    ['空调用电，区内存款', '空調用電，區內存款'],
    ['中国移动通信集团', '中國移動通信集團'],
    // Where opencc's longer computing terms apply, they still do.
    ['面向对象编程，文件夹', '物件導向程式設計，資料夾'],
    ['软件运行在数据中心', '軟體執行在資料中心'],
    // Tech news in the computing sense keeps the Taiwan words.
    ['该芯片支持PCIe 5.0，上传文件', '該晶片支援PCIe 5.0，上傳檔案'],
    ['应用程序在后台运行，弹出窗口，开源社区', '應用程式在後臺執行，彈出視窗，開源社群'],
    ['华硕主板上市，主板市场', '華碩主機板上市，主機板市場'],
    ['增加了对Wi-Fi 7的支持，后台进程中断', '增加了對Wi-Fi 7的支援，後臺程序中斷'],
    [
      '国产化进程加快，在改革进程中，补贴对象，社区医院',
      '國產化進程加快，在改革進程中，補貼對象，社區醫院',
    ],
    ['空间站在轨运行，签署文件，获得民众支持', '空間站在軌運行，簽署文件，獲得民眾支持'],
    ['初始化进程失败，在沙箱中安全运行程序', '初始化程序失敗，在沙箱中安全執行程式'],
    ['民主化进程、数字化进程、老龄化进程', '民主化進程、數字化進程、老齡化進程'],
    // 程序 and 主板 in their other senses, which Taiwan writes the same.
    ['依照法律程序办理，审批程序很复杂', '依照法律程序辦理，審批程序很複雜'],
    ['启动弹劾程序，程序性问题', '啟動彈劾程序，程序性問題'],
    ['这个程序有漏洞', '這個程式有漏洞'],
    ['公司在沪市主板上市，深交所主板', '公司在滬市主板上市，深交所主板'],
    ['电脑主板', '電腦主機板'],
    ['来源文件', '來源檔案'],
    ['女性能力', '女性能力'],
    ['预算法规', '預算法規'],
    ['强调制造', '強調製造'],
    ['协调用户', '協調使用者'],
    ['操作数据', '操作資料'],
    ['人数组成', '人數組成'],
    ['最高清晰度', '最高清晰度'],
    ['刺激活动', '刺激活動'],
    ['部队列为', '部隊列為'],
    // The computing words themselves still become Taiwan's.
    ['内存和显存', '記憶體和視訊記憶體'],
    ['界面和数据', '介面和資料'],
    ['高清视频', '高畫質影片'],
    ['激活账户', '啟用賬戶'],
  ])('with Taiwan vocabulary, %s becomes %s', (simplified, taiwan) => {
    expect(toTwp.convert(simplified)).toBe(taiwan);
  });

  it.each([
    ['計算核心與核心業務', '计算核心与核心业务'],
    ['經濟指標顯示', '经济指标显示'],
    ['HBM的垂直堆疊', 'HBM的垂直堆叠'],
    ['模組廠商', '模组厂商'],
    // opencc's memory module, a longer phrase, still wins.
    ['記憶體模組', '内存条'],
    ['建立起新的制度', '建立起新的制度'],
    ['今日新增確診病例', '今日新增确诊病例'],
    ['人類的智慧', '人类的智慧'],
    ['政府將強制執行', '政府将强制执行'],
    ['公司宣告破產', '公司宣告破产'],
    ['依照法律程序', '依照法律程序'],
    ['整合資源', '整合资源'],
    ['基因序列', '基因序列'],
    ['旅遊行程', '旅游行程'],
    ['可疑物件', '可疑物件'],
    ['複製成功經驗', '复制成功经验'],
    ['重新整理思緒', '重新整理思绪'],
    ['長鑫儲存與長江儲存', '长鑫存储与长江存储'],
    // opencc's own, where they are right.
    ['人工智慧與智慧型手機', '人工智能与智能手机'],
    ['軟體與晶片', '软件与芯片'],
    ['寫程式的伺服器', '写程序的服务器'],
    // Taiwan's words in their own sense, not the mainland's computing terms.
    ['兩岸良性互動，釋出善意', '两岸良性互动，释出善意'],
    ['派兵支援救災，政府撥出50億元預算', '派兵支援救灾，政府拨出50亿元预算'],
    ['中央通訊社報導，即時新聞', '中央通讯社报导，即时新闻'],
    ['資金匯入，開啟新時代', '资金汇入，开启新时代'],
    ['行政效能，選情仍有變數', '行政效能，选情仍有变数'],
    ['呼叫救護車', '呼叫救护车'],
    ['電子元件與機密文件', '电子元件与机密文件'],
    ['這部影片獲得金馬獎', '这部影片获得金马奖'],
    ['視訊連線', '视频连线'],
    ['游標卡尺', '游标卡尺'],
    ['叮噹作響，叮叮噹噹', '叮当作响，叮叮当当'],
    // Tech news in the computing sense gets the mainland's words.
    ['iPhone 16支援Wi-Fi 7，蘋果釋出更新', 'iPhone 16支持Wi-Fi 7，苹果发布更新'],
    ['人機互動與UI元件', '人机交互与UI组件'],
    ['個人資料夾，匯入資料', '个人文件夹，导入数据'],
    ['雙方互動頻繁，開啟調查，選情變數', '双方互动频繁，开启调查，选情变数'],
    ['大聲呼叫，釋出土地，簽署文件', '大声呼叫，释出土地，签署文件'],
    ['做簡報，治理效能；函式呼叫支援非同步', '做简报，治理效能；函数调用支持异步'],
  ])('from Taiwan vocabulary, %s becomes %s', (taiwan, simplified) => {
    const fromTwp = createTextConverter({ pack: t2cn, from: 'twp', to: 'cn' });
    expect(fromTwp.convert(taiwan)).toBe(simplified);
  });

  it.each([
    ['這項技術結合著AI，配合著政策', '这项技术结合着AI，配合着政策'],
    ['兩人正在討論著預算與爭論著方向', '两人正在讨论着预算与争论着方向'],
    ['凸顯著制度的不足', '凸显着制度的不足'],
    ['他執著於細節', '他执着于细节'],
    ['這些措施正在發揮著作用', '这些措施正在发挥着作用'],
    ['穿著白色襯衫，陪著志工', '穿着白色衬衫，陪着志工'],
    ['拿著書，背著書包，穿著名牌', '拿着书，背着书包，穿着名牌'],
    ['政府所著眼的是還原著真相', '政府所着眼的是还原着真相'],
    // The words of writing and renown keep their 著, after the verb too.
    ['結合著名品牌與兩人合著的書', '结合著名品牌与两人合著的书'],
    ['討論著作權，學術論著', '讨论著作权，学术论著'],
    ['這部著作用了十年，效果顯著', '这部著作用了十年，效果显著'],
    ['他著有多部小說，其新著《海》', '他著有多部小说，其新著《海》'],
    ['這意味著有變化', '这意味着有变化'],
    ['學生討論著名案例，本片改編著名小說', '学生讨论著名案例，本片改编著名小说'],
    ['依法取得翻譯著作權，還原著名畫作', '依法取得翻译著作权，还原著名画作'],
    ['中美衝突顯著升溫', '中美冲突显著升温'],
    [
      '樹幹上刻著名字，門上寫著名字，他是著名字畫家',
      '树干上刻着名字，门上写着名字，他是著名字画家',
    ],
    // A verb before 著名 and a famous work: 影印 and 翻印 end in 印, 編寫 in 寫.
    ['影印著名字帖，翻印著名字畫，編寫著名字典', '影印著名字帖，翻印著名字画，编写著名字典'],
  ])('from Taiwan, the particle 著 is 着 and the writer’s 著 stays: %s', (taiwan, simplified) => {
    expect(back.convert(taiwan)).toBe(simplified);
    expect(back.convertAligned(taiwan).text).toBe(simplified);
  });

  // 著有 (has written) where no verb stands before it; the particle after any verb, before a
  // title or 有, as news writes it far more often than a writer's 著 after a name.
  const writersZhu: readonly (readonly [string, string])[] = [
    [
      '林語堂，著有《京華煙雲》等書，生前亦著有多部作品。',
      '林语堂，著有《京华烟云》等书，生前亦著有多部作品。',
    ],
    ['李敖一生著有一百多本書，她著有散文集。', '李敖一生著有一百多本书，她著有散文集。'],
    [
      '他也著有多部作品，並著有詩集，還著有劇本；林語堂（1895－1976）著有多部小說。',
      '他也著有多部作品，并著有诗集，还著有剧本；林语堂（1895－1976）著有多部小说。',
    ],
    ['兩人均著有專書，三人共著有十本。', '两人均著有专书，三人共著有十本。'],
    ['這本書的原著《紅樓夢》，其新著《海》', '这本书的原著《红楼梦》，其新著《海》'],
  ];
  const particleZhu: readonly (readonly [string, string])[] = [
    ['隨著有關部門介入，事情有了轉機。', '随着有关部门介入，事情有了转机。'],
    ['他戴著有色眼鏡看人，看著有點累。', '他戴着有色眼镜看人，看着有点累。'],
    ['這意味著有多種可能，也象徵著有新的開始。', '这意味着有多种可能，也象征着有新的开始。'],
    ['隨著《海角七號》熱映，魏德聖聲名大噪。', '随着《海角七号》热映，魏德圣声名大噪。'],
    ['看著《紅樓夢》的人都哭了。', '看着《红楼梦》的人都哭了。'],
    [
      '各國都遵守著《公約》，他望著〈蒙娜麗莎〉出神。',
      '各国都遵守着《公约》，他望着〈蒙娜丽莎〉出神。',
    ],
    ['希望著有一天能出國，流傳著有一種說法。', '希望着有一天能出国，流传着有一种说法。'],
    ['他憑藉著《海角七號》走紅，藉著〈序〉說明。', '他凭借着《海角七号》走红，借着〈序〉说明。'],
    [
      '活著有什麼意義？接著有人說，水中存在著有害物質。',
      '活着有什么意义？接着有人说，水中存在着有害物质。',
    ],
    ['藉著名人效應，依法藉著作權保護', '借着名人效应，依法借著作权保护'],
    // Verbs ending in a character the writer's 著有 takes for an adverb.
    ['他默默償還著有如天文數字的債務。', '他默默偿还着有如天文数字的债务。'],
    ['兩人肩並著有說有笑。', '两人肩并着有说有笑。'],
  ];

  it.each([...writersZhu, ...particleZhu])(
    'from Taiwan, and from Hong Kong text that writes Taiwan’s 著: %s → %s',
    (taiwan, simplified) => {
      for (const from of ['tw', 'twp', 'hk', 'hkp'] as const) {
        const convert = createTextConverter({ pack: t2cn, from, to: 'cn', taiwanZhu: true });
        expect(convert.convert(taiwan), from).toBe(simplified);
        expect(convert.convertAligned(taiwan).text, from).toBe(simplified);
      }
    },
  );

  it('gives a listed writer’s 著 after the name, and the particle after a verb', () => {
    expect(back.convert('金庸著有鹿鼎記，金庸著《射鵰英雄傳》')).toBe(
      '金庸著有鹿鼎记，金庸著《射雕英雄传》',
    );
    // A writer the list does not hold still gives 着 (a known limit).
    expect(back.convert('王小明著有三本書')).toBe('王小明着有三本书');
  });

  it('opencc-js gives 著 for the particle in those words, or 着 for the writer', () => {
    expect(openccToCn('這項技術結合著AI')).toBe('这项技术结合著AI');
    expect(openccToCn('發揮著作用')).toBe('发挥著作用');
    expect(openccToCn('他著有多部小說')).toBe('他着有多部小说');
  });

  it.each([
    ['你在做甚麼？為甚麼', '你在做什么？为什么'],
    ['立委砲轟政府，隔空開砲', '立委炮轰政府，隔空开炮'],
    ['政府的規畫，文化部策畫', '政府的规划，文化部策划'],
    ['顛覆文化，雙重覆蓋', '颠覆文化，双重覆盖'],
    ['遊覽車翻覆校車', '游览车翻覆校车'],
    ['行政院提出覆議，司法覆核', '行政院提出复议，司法复核'],
    ['主角徵選，交流徵文比賽', '主角征选，交流征文比赛'],
    ['影響甚鉅，金融鉅子', '影响甚巨，金融巨子'],
    ['健康乾淨的環境', '健康干净的环境'],
    ['業者盼藉展會拓展', '业者盼借展会拓展'],
    ['大部份民眾，致癌成份', '大部分民众，致癌成分'],
    ['祇是祇有', '只是只有'],
    // Where 藉 stays, and the words the fixes would cut into.
    ['慰藉，聲名狼藉，藉藉無名，蘊藉', '慰藉，声名狼藉，藉藉无名，蕴藉'],
    ['政策畫大餅', '政策画大饼'],
    [
      '新法規畫下句點，政府對策畫出底線，公司決策畫面',
      '新法规画下句点，政府对策画出底线，公司决策画面',
    ],
    ['遊覽車傾覆查無傷亡，包覆檢測', '游览车倾覆查无伤亡，包覆检测'],
    ['出售其持有的全部份額，拿下市場三成份額', '出售其持有的全部份额，拿下市场三成份额'],
    [
      '覆蓋率，覆轍，回覆議員，股份，身份，神祇，甚至，康乾盛世',
      '覆盖率，覆辙，回复议员，股份，身份，神祇，甚至，康乾盛世',
    ],
  ])('to Simplified, Taiwan and Hong Kong forms: %s', (traditional, simplified) => {
    expect(back.convert(traditional)).toBe(simplified);
    expect(fromHk.convert(traditional)).toBe(simplified);
  });

  it('keeps ginseng and sea cucumber in Hong Kong forms where they are meant', () => {
    expect(toHk.convert('长白山人参展览，海参展销会，人参数量减少')).toBe(
      OpenCC.Converter({ from: 'cn', to: 'hk' })('长白山人参展览，海参展销会，人参数量减少'),
    );
    expect(toHk.convert('人参展览')).toBe('人蔘展覽');
    expect(toHk.convert('有人参与，上海参展')).toBe('有人參與，上海參展');
    expect(toHk.convert('青海参加会议，众多商人参展，机器人参数')).toBe(
      '青海參加會議，眾多商人參展，機器人參數',
    );
  });

  it('gives a Hong Kong reader of a Taiwan page 原著, not 原着', () => {
    const twToHk = createTextConverter({ pack: t2cn, from: 'tw', to: 'hk' });
    expect(twToHk.convert('張愛玲原著，他看著')).toBe('張愛玲原著，他看着');
  });

  it.each(T2S_PHRASE_FIXES.map(([t, s]) => [t, s]))(
    'to Simplified, %s becomes %s, where opencc-js still keeps the name',
    (traditional, simplified) => {
      expect(openccToCn(traditional)).not.toBe(simplified);
      expect(back.convert(traditional)).toBe(simplified);
      expect(fromHk.convert(traditional)).toBe(simplified);
    },
  );

  it.each([
    ['總部位於倫敦', '总部位于伦敦'],
    ['對於潛在風險', '对于潜在风险'],
    ['基於單一來源', '基于单一来源'],
    ['對於穆斯林', '对于穆斯林'],
    ['對於戲劇', '对于戏剧'],
    ['位於崇文區', '位于崇文区'],
    ['對於坦克', '对于坦克'],
    // A longer name keeps its 於, and the preposition elsewhere is as before.
    ['作家於梨華', '作家於梨华'],
    ['幾乎不可想像，想像力', '几乎不可想象，想象力'],
    ['他的思想像一團火，夢想像星星', '他的思想像一团火，梦想像星星'],
    ['遠比想像的複雜，對未來的想像', '远比想象的复杂，对未来的想象'],
    ['他的思想像的是一團火', '他的思想像的是一团火'],
    ['想像一下，你能想像嗎', '想象一下，你能想象吗'],
    ['用戶暱稱與親暱', '用户昵称与亲昵'],
    ['揹負債務，揹包', '背负债务，背包'],
    ['藝術薰陶', '艺术熏陶'],
    ['馬伕與車伕', '马夫与车夫'],
    ['特徵調整', '特征调整'],
    ['於是乎', '于是乎'],
  ])('to Simplified, %s → %s', (traditional, simplified) => {
    expect(back.convert(traditional)).toBe(simplified);
    expect(back.convertAligned(traditional).text).toBe(simplified);
  });

  it('a fix stays a phrase for the regional stage: 纳米制程 is 奈米製程 in Taiwan words', () => {
    expect(toTwp.convert('7纳米制程')).toBe('7奈米製程');
    expect(toTwp.convert('一个中国团队')).toBe('一個中國團隊');
    expect(toHkp.convert('大多采用')).toBe('大多採用');
  });

  it('off, the output is opencc-js’s own', () => {
    const plain = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw', phraseFixes: false });
    expect(plain.convert('一个中国团队大多采用')).toBe(openccToTw('一个中国团队大多采用'));
    expect(plain.convert('一个中国团队大多采用')).toBe('一箇中國團隊大多采用');
    const plainBack = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn', phraseFixes: false });
    expect(plainBack.convert('總部位於倫敦')).toBe('总部位於伦敦');
  });

  it.each(['a', 'b', 'c'])(
    'article %s in Simplified converts to the fixture’s hand-checked Taiwan text exactly',
    (article) => {
      const read = (kind: string) =>
        readFileSync(resolve(SHARED_FIXTURES, `${article}.${kind}.txt`), 'utf8');
      expect(toTw.convert(read('simplified'))).toBe(read('traditional'));
    },
  );
});

describe('Hong Kong vocabulary over opencc-js', () => {
  const openccToHkp = OpenCC.Converter({ from: 'cn', to: 'hkp' });
  const openccFromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const openccFromHkp = OpenCC.Converter({ from: 'hkp', to: 'cn' });
  // opencc-js from Hong Kong forms to generic Traditional: the text as the next stage receives it.
  const openccHkToT = OpenCC.Converter({ from: 'hk', to: 't' });
  const fromHkp = createTextConverter({ pack: t2cn, from: 'hkp', to: 'cn' });

  it('keeps each of the words it joins in the Hong Kong stage', () => {
    // And Somaliland, which the Taiwan fixes keep whole from Simplified (Hong Kong's 馬里蘭,
    // Maryland, would match inside it).
    expect(HKP_PHRASE_FIXES).toEqual([
      ...HKP_NEWS_WORDS.map(([, t]) => [t, t]),
      ['索馬里蘭', '索馬里蘭'],
    ]);
  });

  it.each(HKP_NEWS_WORDS.map(([s, t]) => [s, t]))(
    '%s stays %s, as opencc-js writes it for Hong Kong without the vocabulary',
    (simplified, traditional) => {
      // The kept value is opencc-js's own plain Hong Kong output, which its Hong Kong phrases
      // still change (a keep that is no longer needed shows here).
      expect(openccToHk(simplified)).toBe(traditional);
      expect(openccToHkp(simplified)).not.toBe(traditional);
      expect(toHkp.convert(simplified)).toBe(traditional);
      expect(toHk.convert(simplified)).toBe(traditional);
    },
  );

  it.each(HKP_REVERSE_KEEPS.map(([hk, t]) => [hk, t]))(
    'from Hong Kong vocabulary, %s keeps its form, where opencc-js’s reverse phrases change it',
    (hongKong, traditional) => {
      expect(openccHkToT(hongKong)).toBe(traditional);
      expect(openccFromHkp(hongKong)).not.toBe(openccFromHk(hongKong));
      expect(fromHkp.convert(hongKong)).toBe(openccFromHk(hongKong));
    },
  );

  it.each([
    ['政策放宽带来的机遇，放宽带动楼市成交', '政策放寬帶來的機遇，放寬帶動樓市成交'],
    ['HBM更高带宽带来性能提升', 'HBM更高帶寬帶來性能提升'],
    ['在低内存条件下运行', '在低內存條件下運行'],
    ['激光标记设备，荧光标记', '激光標記設備，熒光標記'],
    ['实验小鼠标本', '實驗小鼠標本'],
    ['索马里兰与索马里', '索馬里蘭與索馬里'],
    // opencc's own, where it is right.
    ['宽带进村，开放宽带市场，从宽带来看', '寬頻進村，開放寬頻市場，從寬頻來看'],
    ['马里兰州', '馬利蘭州'],
    ['服务器内存条价格上涨', '伺服器記憶體模組價格上漲'],
    ['光标的位置，鼠标本身', '游標的位置，滑鼠本身'],
  ])('with Hong Kong vocabulary, %s becomes %s', convertsWithHongKongVocabulary);

  it.each([
    ['用游標卡尺量度', '用游标卡尺量度'],
    ['產業鏈上游標的，長江中下游標誌著', '产业链上游标的，长江中下游标志著'],
    ['放寬頻譜，拓寬頻道，帶寬頻率', '放宽频谱，拓宽频道，带宽频率'],
    ['小米手機率先採用，飛機率領，把握機會率先', '小米手机率先采用，飞机率领，把握机会率先'],
    ['中國鐵路蘭州局', '中国铁路兰州局'],
    ['伊利諾伊州與伊利諾州', '伊利诺伊州与伊利诺伊州'],
    // opencc's own, where it is right.
    ['移動游標，寬頻服務，寬頻頻道', '移动光标，宽带服务，宽带频道'],
    ['機率很低，機會率，路蘭執導', '几率很低，概率，诺兰执导'],
  ])('from Hong Kong vocabulary, %s becomes %s', (hongKong, simplified) => {
    expect(fromHkp.convert(hongKong)).toBe(simplified);
    expect(fromHkp.convertAligned(hongKong).text).toBe(simplified);
  });
});

describe('Hong Kong’s own words', () => {
  it.each(HK_VOCABULARY.map(([s, t, hk]) => [s, hk, t]))(
    'with Hong Kong vocabulary, %s reads %s; without it, %s as opencc-js writes it',
    (simplified, hongKong, traditional) => {
      // The word's plain form is opencc-js's, and kept whole, it converts as opencc-js does
      // (Hong Kong's and Taiwan's characters, Taiwan's vocabulary).
      expect(openccToHk(simplified)).toBe(openccTraditionalToHk(traditional));
      expect(toHk.convert(simplified)).toBe(openccToHk(simplified));
      expect(toTw.convert(simplified)).toBe(openccToTw(simplified));
      // Hong Kong's word, in Hong Kong's characters, alone and quoted.
      convertsWithHongKongVocabulary(simplified, openccTraditionalToHk(hongKong));
      expect(toHkp.convert(`“${simplified}”`)).toBe(`“${openccTraditionalToHk(hongKong)}”`);
    },
  );

  it.each(HK_VOCABULARY_KEEPS.map(([s]) => [s]))(
    '%s keeps its form with Hong Kong vocabulary: the word inside it is not meant',
    (simplified) => {
      expect(toHkp.convert(simplified)).toBe(openccToHk(simplified));
      expect(toHk.convert(simplified)).toBe(openccToHk(simplified));
    },
  );

  it.each(HK_VOCABULARY_PHRASES.map(([s, t]) => [s, t]))(
    '%s stays %s without the vocabulary, as opencc-js writes it, and takes Hong Kong’s word with it',
    (simplified, traditional) => {
      expect(openccToTw(simplified)).toBe(openccTraditionalToTw(traditional));
      expect(toTw.convert(simplified)).toBe(openccToTw(simplified));
      expect(toHk.convert(simplified)).toBe(openccToHk(simplified));
      expect(toHkp.convert(simplified)).not.toBe(toHk.convert(simplified));
    },
  );

  it.each([
    // opencc's 箱里 would cut 冰箱 before the Hong Kong stage saw it.
    ['他在冰箱里放了酸奶和西红柿干', '他在雪櫃裏放了乳酪和番茄乾'],
    ['他坐出租车去机场，出租车辆管理办法出台', '他坐的士去機場，出租車輛管理辦法出台'],
    ['公交车站旁，公交车辆停运', '巴士站旁，公交車輛停運'],
    ['这家公司的首席执行官说，芯片短缺还会持续', '這家公司的行政總裁説，晶片短缺還會持續'],
    ['为这首付出心血的歌，首付比例下调', '為這首付出心血的歌，首期比例下調'],
    ['中国移动电话卡，移动电话', '中國移動電話卡，流動電話'],
    ['我在博客来买书，也写博客', '我在博客來買書，也寫網誌'],
    ['台式电脑台和笔记本电脑', '桌上電腦枱和手提電腦'],
    ['视频会议上，程序员展示了新的U盘', '視像會議上，程式員展示了新的USB手指'],
    ['用户隐私保护，隐私权', '用户私隱保護，私隱權'],
  ])('with Hong Kong vocabulary, %s becomes %s', convertsWithHongKongVocabulary);

  it('kept whole, its words no longer lose a character to opencc’s next phrase', () => {
    // 素发 (white hair) took 维生素发现 as 維生素髮現, 盘回 (to coil) U盘回收 as U盤迴收.
    expect(toTw.convert('维生素发现，U盘回收')).toBe('維生素發現，U盤回收');
    expect(toHk.convert('维生素发现，U盘回收')).toBe('維生素發現，U盤回收');
    expect(openccToTw('维生素发现，U盘回收')).toBe('維生素髮現，U盤迴收');
  });

  it('changes nothing in Taiwan’s conversions of the same sentences, nor in Hong Kong’s without it', () => {
    const sentences = [
      '他在冰箱里放了酸奶和西红柿干',
      '他坐出租车去机场',
      '台式电脑台和笔记本电脑',
    ];
    expect(sentences.map((s) => toTw.convert(s))).toEqual(sentences.map(openccToTw));
    expect(sentences.map((s) => toHk.convert(s))).toEqual(sentences.map(openccToHk));
  });
});

describe('Taiwan vocabulary across a word boundary', () => {
  const fromTwp = createTextConverter({ pack: t2cn, from: 'twp', to: 'cn' });
  const openccFromTwp = OpenCC.Converter({ from: 'twp', to: 'cn' });

  it.each(TWP_BOUNDARY_KEEPS.map((word) => [word]))(
    'from Taiwan vocabulary, %s keeps its form, where opencc-js’s reverse phrases join it',
    (word) => {
      // Kept, it converts as plain Taiwan text does (a keep that is no longer needed shows here).
      expect(openccFromTwp(word)).not.toBe(back.convert(word));
      expect(fromTwp.convert(word)).toBe(back.convert(word));
    },
  );

  it.each([
    // The words the Hong Kong fixes keep whole meet Taiwan's phrases too (宽带, 内存条, 光标, 鼠标).
    [
      '政策放宽带来的机遇，放宽带动楼市成交，拓宽带给',
      '政策放寬帶來的機遇，放寬帶動樓市成交，拓寬帶給',
    ],
    ['在低内存条件下执行', '在低記憶體條件下執行'],
    ['激光标记设备，激光标识，荧光标记', '雷射標記設備，雷射標識，熒光標記'],
    ['实验小鼠标本，大鼠标记', '實驗小鼠標本，大鼠標記'],
    ['索马里兰与索马里', '索馬利蘭與索馬利亞'],
    // More of its computing words, across a word boundary in news.
    ['罢免提案，避免提高，以免提前，难免提到', '罷免提案，避免提高，以免提前，難免提到'],
    ['不免提心吊胆，未免提早，任免提名', '不免提心吊膽，未免提早，任免提名'],
    ['女性能够参与，男性能够', '女性能夠參與，男性能夠'],
    ['调查找到证据，检查找出问题', '調查找到證據，檢查找出問題'],
    ['指导出来，引导出口，主导出台', '指導出來，引導出口，主導出臺'],
    ['支持用户自主导出个人数据，业主导出', '支援使用者自主匯出個人資料，業主匯出'],
    ['这位女性能征善战，男性能征善战', '這位女性能征善戰，男性能征善戰'],
    ['激光标语', '雷射標語'],
    ['倡导出新风，推导出公式，诱导出', '倡導出新風，推導出公式，誘導出'],
    ['外贸紧缩进口', '外貿緊縮進口'],
    // opencc's own, where it is right.
    ['宽带进村，从宽带来看，更高带宽带来', '寬頻進村，從寬頻來看，更高頻寬帶來'],
    ['服务器内存条价格上涨', '伺服器記憶體模組價格上漲'],
    ['光标的位置，鼠标本身', '游標的位置，滑鼠本身'],
    ['索马里海盗，激光雷达', '索馬利亞海盜，雷射雷達'],
    ['免提电话，导出数据，查找资料，首行缩进', '擴音電話，匯出資料，查詢資料，首行縮排'],
  ])('with Taiwan vocabulary, %s becomes %s', convertsWithTaiwanVocabulary);

  it.each([
    ['產業鏈上游標準，中下游標誌', '产业链上游标准，中下游标志'],
    ['小米手機率先採用，飛機率領', '小米手机率先采用，飞机率领'],
    ['放寬頻譜，拓寬頻道，帶寬頻率', '放宽频谱，拓宽频道，带宽频率'],
    ['伊利諾伊州與伊利諾州', '伊利诺伊州与伊利诺伊州'],
    ['許多工作，很多工業，更多工程師', '许多工作，很多工业，更多工程师'],
    ['國內建設，境內建立', '国内建设，境内建立'],
    ['此外接受，國內外接觸，另外接著說', '此外接受，国内外接触，另外接着说'],
    ['重點選區，一點選擇', '重点选区，一点选择'],
    ['安全形勢，完全形成', '安全形势，完全形成'],
    ['解釋出來，工作列為重點', '解释出来，工作列为重点'],
    ['人類比較，多數位於北部', '人类比较，多数位于北部'],
    ['提高階段，先進階段', '提高阶段，先进阶段'],
    ['投資訊息，電視訊號', '投资消息，电视信号'],
    ['重點選手，請點選手機畫面，點選手冊', '重点选手，请点击手机画面，点击手册'],
    ['重點選手機會', '重点选手机会'],
    ['本場焦點選手，亮點選手，看點選手，熱點選手', '本场焦点选手，亮点选手，看点选手，热点选手'],
    [
      '這與投資訊息息息相關，這種電視訊號稱為數位訊號',
      '这与投资消息息息相关，这种电视信号称为数字信号',
    ],
    ['微信視訊號', '微信视频号'],
    ['資訊息息相關，透過視訊號召，家庭視訊號稱', '信息息息相关，透过视频号召，家庭视频号称'],
    ['盡快取得，很快取代', '尽快取得，很快取代'],
    ['資料包括', '数据包括'],
    ['路線上，股市全線上漲，無線上網，線上會議', '路线上，股市全线上涨，无线上网，线上会议'],
    ['補貼上路，貼上標籤，複製貼上', '补贴上路，贴上标签，复制粘贴'],
    // opencc's own, where it is right.
    ['移動游標，寬頻服務，寬頻頻道，機率很低', '移动光标，宽带服务，宽带频道，概率很低'],
    ['多工處理，內建功能，內建設定，外接硬碟', '多任务处理，内置功能，内置设置，外置硬盘'],
    ['點選連結，全形字，釋出更新，工作列', '点击链接，全角字，发布更新，任务栏'],
    ['類比訊號，數位轉型，高階主管，進階版', '模拟信号，数字转型，高级主管，高级版'],
    ['資訊安全，視訊會議，快取', '信息安全，视频会议，缓存'],
  ])('from Taiwan vocabulary, %s becomes %s', (taiwan, simplified) => {
    expect(fromTwp.convert(taiwan)).toBe(simplified);
    expect(fromTwp.convertAligned(taiwan).text).toBe(simplified);
  });
});

describe('faults of the conversion audit', () => {
  const fromTwp = createTextConverter({ pack: t2cn, from: 'twp', to: 'cn' });

  it.each([
    // Dry processes are 乾法, as the wet ones are 溼法 (濕法 in Hong Kong); 干法 alone is a way of doing.
    [
      '干法刻蚀与湿法刻蚀，干法电极，换个干法',
      '乾法刻蝕與溼法刻蝕，乾法電極，換個幹法',
      '乾法刻蝕與濕法刻蝕，乾法電極，換個幹法',
    ],
    // Self-made chips; self-control stays 自制.
    [
      '自制芯片考验自制力，不能自制',
      '自製芯片考驗自制力，不能自制',
      '自製芯片考驗自制力，不能自制',
    ],
    ['华为自制的芯片', '華為自製的芯片', '華為自製的芯片'],
    // The copula 系 is 係; 系 in 系统, 系列, 关系 and an inbred strain is not.
    [
      '此事纯系巧合，该消息系误读，纯系个人行为',
      '此事純係巧合，該消息係誤讀，純係個人行為',
      '此事純係巧合，該消息係誤讀，純係個人行為',
    ],
    ['确系谣言，实系伪造', '確係謠言，實係偽造', '確係謠言，實係偽造'],
    [
      '单纯系统，纯系小鼠，此系列产品，两国关系巧合',
      '單純系統，純系小鼠，此系列產品，兩國關係巧合',
      '單純系統，純系小鼠，此系列產品，兩國關係巧合',
    ],
    // The surname 范; 师范, 范围 and 示范 are 範.
    [
      '一位姓范的老人，范先生与范女士',
      '一位姓范的老人，范先生與范女士',
      '一位姓范的老人，范先生與范女士',
    ],
    [
      '北京师范大学，服务范围，示范先生',
      '北京師範大學，服務範圍，示範先生',
      '北京師範大學，服務範圍，示範先生',
    ],
    // Equipment (设备) and a remark (备注) set (设) on something.
    [
      '设备注意事项，在表格中增设备注栏，给好友设备注名',
      '設備注意事項，在表格中增設備註欄，給好友設備註名',
      '設備注意事項，在表格中增設備註欄，給好友設備註名',
    ],
    [
      '新增设备注意以下几点，新增设备注重节能，好友设备注意',
      '新增設備注意以下幾點，新增設備注重節能，好友設備注意',
      '新增設備注意以下幾點，新增設備注重節能，好友設備注意',
    ],
    // Pouring water: 沖; a clash is still 衝.
    ['冲咖啡，冲奶粉，冲突', '沖咖啡，沖奶粉，衝突', '沖咖啡，沖奶粉，衝突'],
    // People in the news keep their surnames: 鍾, not the bell; 后, 余, 于, 范 and 郁 as written.
    [
      '84岁的钟南山院士，一位姓钟的老人与钟楚红',
      '84歲的鍾南山院士，一位姓鍾的老人與鍾楚紅',
      '84歲的鍾南山院士，一位姓鍾的老人與鍾楚紅',
    ],
    [
      '宗庆后创办娃哈哈，作家余华与诗人余秀华，30余华人，两万余华人',
      '宗慶后創辦娃哈哈，作家余華與詩人余秀華，30餘華人，兩萬餘華人',
      '宗慶后創辦娃哈哈，作家余華與詩人余秀華，30餘華人，兩萬餘華人',
    ],
    [
      '演员于和伟、范伟，画家范曾，范德比尔特，万科的郁亮',
      '演員于和偉、范偉，畫家范曾，范德比爾特，萬科的郁亮',
      '演員于和偉、范偉，畫家范曾，范德比爾特，萬科的郁亮',
    ],
    // What the names must not take: the preposition 于, a count in digits, 相关系统.
    [
      '该片导演于正式开机前辞职，捕获20余只野猪，相关系统一直运行，提升相关系统治理能力',
      '該片導演於正式開機前辭職，捕獲20餘隻野豬，相關系統一直運行，提升相關系統治理能力',
      '該片導演於正式開機前辭職，捕獲20餘隻野豬，相關系統一直運行，提升相關系統治理能力',
    ],
    [
      '一位姓郁的先生，姓范，范姓人家，百姓范围，百姓余粮，对于正在，对于美人鱼，规范德育',
      '一位姓郁的先生，姓范，范姓人家，百姓範圍，百姓餘糧，對於正在，對於美人魚，規範德育',
      '一位姓郁的先生，姓范，范姓人家，百姓範圍，百姓餘糧，對於正在，對於美人魚，規範德育',
    ],
    // Two words of news that one of opencc's phrases spans.
    [
      '包括发达国家，来自制造业，参与制造，联合制造，加强制造能力，强制造成，缺乏自制造成损失',
      '包括發達國家，來自製造業，參與製造，聯合製造，加強製造能力，強制造成，缺乏自制造成損失',
      '包括發達國家，來自製造業，參與製造，聯合製造，加強製造能力，強制造成，缺乏自制造成損失',
    ],
    [
      '春节后面粉价格，面制品，表面制品，后面粉刷',
      '春節後麵粉價格，麵製品，表面製品，後面粉刷',
      '春節後麵粉價格，麵製品，表面製品，後面粉刷',
    ],
    [
      '委员会尽管，压力尽管，加上复杂的，往往复杂，在科学面前',
      '委員會儘管，壓力儘管，加上複雜的，往往複雜，在科學面前',
      '委員會儘管，壓力儘管，加上複雜的，往往複雜，在科學面前',
    ],
    [
      '父母后来，实际上周围，子丑寅卯，相关系统',
      '父母後來，實際上周圍，子丑寅卯，相關系統',
      '父母後來，實際上周圍，子丑寅卯，相關系統',
    ],
    [
      '零件购自制造商，数据引自制造业协会，来自制造成本的压力，看来自制造成了误会',
      '零件購自製造商，數據引自製造業協會，來自製造成本的壓力，看來自制造成了誤會',
      '零件購自製造商，數據引自製造業協會，來自製造成本的壓力，看來自制造成了誤會',
    ],
    // The copula before a class; a department stays 系.
    [
      '该公司系国有控股，该药品系处方药，历史系由三个专业组成',
      '該公司係國有控股，該藥品係處方藥，歷史系由三個專業組成',
      '該公司係國有控股，該藥品係處方藥，歷史系由三個專業組成',
    ],
    // The writer 余华 before 的; a count in 余 before 华人 stays 餘.
    [
      '余华的小说畅销多年，两万余华人',
      '余華的小說暢銷多年，兩萬餘華人',
      '余華的小説暢銷多年，兩萬餘華人',
    ],
    // The handover is 回歸; regression and the tropics stay opencc's 迴歸.
    [
      '澳门回归祖国，香港回归以来，线性回归，北回归线',
      '澳門回歸祖國，香港回歸以來，線性迴歸，北迴歸線',
      '澳門回歸祖國，香港回歸以來，線性迴歸，北迴歸線',
    ],
  ])('%s becomes %s (Taiwan) and %s (Hong Kong)', convertsInBothRegions);

  it.each([
    // Equipment is 設備; the devices Taiwan calls 裝置 keep opencc's word.
    [
      '半导体设备和先进设备，国产刻蚀设备厂商，设备商',
      '半導體設備和先進設備，國產刻蝕設備廠商，設備商',
    ],
    ['光刻设备，生产设备，制造设备，激光标记设备', '光刻設備，生產設備，製造設備，雷射標記設備'],
    [
      '移动设备与可穿戴设备，存储设备，终端设备，跨设备',
      '移動裝置與可穿戴裝置，儲存裝置，終端裝置，跨裝置',
    ],
    ['设备驱动程序，设备管理器，设备端口', '裝置驅動程式，裝置管理器，裝置埠'],
    ['设备端口令已更新，该设备端口令人失望', '裝置端口令已更新，該裝置埠令人失望'],
    ['设备端口令人工输入', '裝置端口令人工輸入'],
    ['该设备端口令人工作效率大增', '該裝置埠令人工作效率大增'],
    ['数据显示设备投资增长', '資料顯示設備投資增長'],
    // 算子 is not an operand (運算元); 操作数 is, and 计算 before 子系统 is its own word.
    ['算子库和算子的兼容性，微分算子', '算子庫和算子的相容性，微分算子'],
    ['计算子系统，操作数', '計算子系統，運算元'],
    // The memory makers' names.
    ['长鑫存储与长江存储，存储行业', '長鑫存儲與長江存儲，儲存行業'],
    // Joining parts is 連接; a network connection 連線.
    ['用硅通孔把各层连接起来，全连接层和残差连接', '用矽通孔把各層連接起來，全連接層和殘差連接'],
    ['安全连接，网络连接', '安全連線，網路連線'],
    // Lock-in is 綁定; a data binding 繫結.
    ['把核心业务绑定在某一家云服务商，深度绑定', '把核心業務綁定在某一家雲服務商，深度綁定'],
    ['数据绑定，绑定在线支付', '資料繫結，綁定線上支付'],
    ['将任务绑定在线程上，把用户绑定在线下门店', '將任務綁定在執行緒上，把使用者綁定在線下門店'],
    // Western Digital's name; the western region's data centers.
    ['西部数据，西部数据中心', '西部數據，西部資料中心'],
    ['中西部数据显示，东西部数据对比', '中西部資料顯示，東西部資料對比'],
    // Functions of mathematics and machine learning are 函數; a program's 函式.
    ['激活函数和损失函数，目标函数', '激活函數和損失函數，目標函數'],
    ['函数调用，激活账户', '函式呼叫，啟用賬戶'],
  ])('with Taiwan vocabulary, %s becomes %s', convertsWithTaiwanVocabulary);

  it.each([
    ['長鑫存儲與長江存儲', '长鑫存储与长江存储'],
    ['儲存行業，儲存產業，儲存晶片，儲存市場', '存储行业，存储产业，存储芯片，存储市场'],
    ['高階產品，高階晶片，高階AI加速卡', '高端产品，高端芯片，高端AI加速卡'],
    ['HBM4的介面位寬', 'HBM4的接口位宽'],
    // Elsewhere they are as before.
    ['儲存資料，高階主管，使用者介面，提高階段', '储存数据，高级主管，用户界面，提高阶段'],
  ])('from Taiwan vocabulary, %s becomes %s', (taiwan, simplified) => {
    expect(fromTwp.convert(taiwan)).toBe(simplified);
    expect(fromTwp.convertAligned(taiwan).text).toBe(simplified);
  });

  it.each([
    ['a', ['長鑫存儲', '連接起來'], ['长鑫存储', '存储行业', '高端AI', '接口位宽']],
    ['b', ['先進設備', '半導體設備', '國產設備廠商'], ['先进设备', '国产设备厂商']],
    ['c', ['算子庫', '算子是否齊全', '綁定在'], ['算子库', '算子是否齐全', '更高端产品']],
  ] as const)(
    'article %s with Taiwan vocabulary shows %j, and comes back with %j',
    (article, shown, kept) => {
      const text = readFileSync(resolve(SHARED_FIXTURES, `${article}.simplified.txt`), 'utf8');
      const taiwan = toTwp.convert(text);
      const returned = fromTwp.convert(taiwan);
      for (const word of shown) expect(taiwan).toContain(word);
      for (const word of kept) expect(returned).toContain(word);
      // Article b comes back whole; a and c lose only 堆栈 (堆疊), 接口 (介面, which is also the
      // mainland's 界面) and 运行 (執行).
      if (article === 'b') expect(returned).toBe(text);
    },
  );
});

describe('words of business and politics news across a word boundary', () => {
  it.each([
    // Fake and blank invoices; a wig and white hair are still 髮.
    [
      '虚开假发票，空白发票，戴假发，满头白发',
      '虛開假發票，空白發票，戴假髮，滿頭白髮',
      '虛開假發票，空白發票，戴假髮，滿頭白髮',
    ],
    // Pollution and infection before 发生 and 发烧; dyed hair, and a hair-dyeing business, keep 髮.
    [
      '严重污染发生后，感染发烧，她染发了，染发生意',
      '嚴重汙染發生後，感染發燒，她染髮了，染髮生意',
      '嚴重污染發生後，感染發燒，她染髮了，染髮生意',
    ],
    [
      '传统村落发展，寡头发展，龙头发展示范区，落发为僧，头发展示',
      '傳統村落發展，寡頭發展，龍頭發展示範區，落髮為僧，頭髮展示',
      '傳統村落發展，寡頭發展，龍頭發展示範區，落髮為僧，頭髮展示',
    ],
    ['包括发言人在内，包括发展', '包括發言人在內，包括發展', '包括發言人在內，包括發展'],
    // After the film, and later; a best actress and a queen are 后.
    [
      '看完电影后，国王后来退位，老王后悔了，金马影后，王后来访',
      '看完電影後，國王後來退位，老王後悔了，金馬影后，王后來訪',
      '看完電影後，國王後來退位，老王後悔了，金馬影后，王后來訪',
    ],
    // A company (一家) or experts that have something; furniture stays 傢俱.
    [
      '一家具有百年历史的企业，专家具有丰富经验，大家具体说说，家具有限公司',
      '一家具有百年歷史的企業，專家具有豐富經驗，大家具體說說，傢俱有限公司',
      '一家具有百年歷史的企業，專家具有豐富經驗，大家具體説説，傢俱有限公司',
    ],
    ['这家俱乐部，买家具', '這家俱樂部，買傢俱', '這家俱樂部，買傢俱'],
    ['还有云南和贵州，古人有云', '還有雲南和貴州，古人有云', '還有雲南和貴州，古人有云'],
    // 臺灣 in Taiwan's forms after 今天 too; a rooftop is 天台.
    [
      '今天台湾股市，昨天台积电，在天台上',
      '今天臺灣股市，昨天臺積電，在天台上',
      '今天台灣股市，昨天台積電，在天台上',
    ],
    [
      '日本周边国家，日本周围，日本周一宣布',
      '日本周邊國家，日本周圍，日本週一宣佈',
      '日本周邊國家，日本周圍，日本週一宣佈',
    ],
    [
      '其中游客占三成，其中游戏，其中游泳',
      '其中遊客佔三成，其中遊戲，其中游泳',
      '其中遊客佔三成，其中遊戲，其中游泳',
    ],
    ['工作幸福感，侥幸', '工作幸福感，僥倖', '工作幸福感，僥倖'],
    [
      '对方几天前表示，双方几年来，茶几',
      '對方幾天前表示，雙方幾年來，茶几',
      '對方幾天前表示，雙方幾年來，茶几',
    ],
    [
      '洛阳历史文化，岁月历史，阳历生日，月历',
      '洛陽歷史文化，歲月歷史，陽曆生日，月曆',
      '洛陽歷史文化，歲月歷史，陽曆生日，月曆',
    ],
    [
      '湖北回应称，东北回暖，北回归线',
      '湖北回應稱，東北回暖，北迴歸線',
      '湖北回應稱，東北回暖，北迴歸線',
    ],
    [
      '第一出口国，第二出现，第一出戏',
      '第一出口國，第二出現，第一齣戲',
      '第一出口國，第二出現，第一齣戲',
    ],
    [
      '已经制作完成，已经制成，已经制定，城市制造业，上市制度',
      '已經製作完成，已經製成，已經制定，城市製造業，上市制度',
      '已經製作完成，已經製成，已經制定，城市製造業，上市制度',
    ],
    // The sea; 12海里 is a distance.
    [
      '在海里游泳，掉进海里，大海里，12海里',
      '在海裡游泳，掉進海裡，大海裡，12海里',
      '在海裏游泳，掉進海裏，大海裏，12海里',
    ],
    // The surname 余; what is left, or a count, is 餘.
    [
      '余先生和余女士，其余先生，十余女士',
      '余先生和余女士，其餘先生，十餘女士',
      '余先生和余女士，其餘先生，十餘女士',
    ],
    // A queen on a visit, a furniture company, white-haired opera amateurs, the archer Hou Yi.
    [
      '英国王后来访，法国王后来华，泰国王后来到',
      '英國王后來訪，法國王后來華，泰國王后來到',
      '英國王后來訪，法國王后來華，泰國王后來到',
    ],
    [
      '华人家具有限公司，第一家具有限公司',
      '華人傢俱有限公司，第一傢俱有限公司',
      '華人傢俱有限公司，第一傢俱有限公司',
    ],
    ['几位白发票友，电影后羿传说', '幾位白髮票友，電影后羿傳說', '幾位白髮票友，電影后羿傳説'],
    [
      '第一出场，第二出版社，第三出台，工作幸运，神经制剂',
      '第一出場，第二出版社，第三出臺，工作幸運，神經製劑',
      '第一出場，第二出版社，第三出台，工作幸運，神經製劑',
    ],
  ])('%s becomes %s (Taiwan) and %s (Hong Kong)', convertsInBothRegions);

  it.each([
    // A program still runs (執行).
    [
      '托运行李，搬运行李，航运行业，货运行业，系统运行',
      '托運行李，搬運行李，航運行業，貨運行業，系統執行',
    ],
    ['新增加纳入医保，加纳', '新增加納入醫保，迦納'],
    ['他们默默认为，默认为零', '他們默默認為，預設為零'],
    ['审查看到的材料，查看', '審查看到的材料，檢視'],
    ['落实时间表，实时数据', '落實時間表，即時資料'],
    ['增加纳米材料，追加纳税', '增加奈米材料，追加納稅'],
    // Real-time pictures of a landing, or of a village: 降落 and 村落 end before 实时.
    [
      '飞机降落实时画面，村落实时监控，落实时限，在落实时',
      '飛機降落即時畫面，村落即時監控，落實時限，在落實時',
    ],
  ])('with Taiwan vocabulary, %s becomes %s', convertsWithTaiwanVocabulary);
});

describe('Taiwan vocabulary in the senses news gives its words', () => {
  it.each([
    // 发布 (to announce, publish) is Taiwan's 發布, not 釋出 (to release software).
    [
      '国务院发布通知，新闻发布会，发布消息，新闻发布，发布公告',
      '國務院發布通知，新聞發布會，發布消息，新聞發布，發布公告',
    ],
    [
      '气象台发布暴雨预警，警方发布通报，小米发布年报',
      '氣象臺發布暴雨預警，警方發布通報，小米發布年報',
    ],
    ['外交部发表声明，新品发布会', '外交部發表聲明，新品發布會'],
    // Software is still released (釋出), but not a new edition of a list or an updated list.
    [
      '苹果发布版本更新，厂商发布补丁，发布测试版，发布版本号',
      '蘋果釋出版本更新，廠商釋出補丁，釋出測試版，釋出版本號',
    ],
    // A new edition of anything else is announced.
    ['卫健委发布新版本诊疗方案', '衛健委發布新版本診療方案'],
    ['国务院发布新版负面清单，发布更新后的名单', '國務院發布新版負面清單，發布更新後的名單'],
    // 运营 is Taiwan's 營運; 运营商 the neutral 營運商.
    [
      '三大运营商，降低运营成本，地铁投入运营，首席运营官',
      '三大營運商，降低營運成本，地鐵投入營運，營運長',
    ],
    ['上海运营中心，航空运营商，委托运营', '上海營運中心，航空營運商，委託營運'],
    // But not across a word that ends in 运: freight, passenger and shipping revenue, Olympic and
    // Asian Games marketing.
    [
      '铁路货运营收，客运营运车辆，中远海运营收，航运营收',
      '鐵路貨運營收，客運營運車輛，中遠海運營收，航運營收',
    ],
    ['奥运营销，亚运营销', '奧運營銷，亞運營銷'],
    ['空运营收，陆运营收，春运营收，水运营业额', '空運營收，陸運營收，春運營收，水運營業額'],
    [
      '暑运营收，顺丰速运营业网点，中国外运营收，紧急调运营救物资，输运营养，国运营造，台北捷运营运',
      '暑運營收，順豐速運營業網點，中國外運營收，緊急調運營救物資，輸運營養，國運營造，臺北捷運營運',
    ],
    // 运营 before 收入, 业务 … is itself, wherever it stands.
    [
      '地铁运营，高铁运营收入，运营业务，运营业绩，做好运营',
      '地鐵營運，高鐵營運收入，營運業務，營運業績，做好營運',
    ],
    ['公交运营收支，高速公路运营收费，运营收款', '公交營運收支，高速公路營運收費，營運收款'],
    ['把奥运营造成一场全民盛会', '把奧運營造成一場全民盛會'],
    // 报道 is Taiwan's 報導, but where a forecast or a newspaper meets a road or an apology.
    ['据新华社报道，相关报道指出，媒体报道称', '據新華社報導，相關報導指出，媒體報導稱'],
    ['路透社报道德国经济', '路透社報導德國經濟'],
    [
      '天气预报道路结冰，区长汇报道路建设，某日报道歉',
      '天氣預報道路結冰，區長彙報道路建設，某日報道歉',
    ],
    ['举报道德败坏的官员，经济日报道出了', '舉報道德敗壞的官員，經濟日報道出了'],
    // 报道 is the report after words that end in 报 elsewhere.
    [
      '疫情报道指出，同时报道德国，及时报道具体情况',
      '疫情報導指出，同時報導德國，及時報導具體情況',
    ],
    ['据路透社5日报道德国经济', '據路透社5日報導德國經濟'],
    // 激活 (to invigorate, activate) is not 啟用 (to switch on) but for a code, an account, software.
    [
      '激活市场活力，激活消费潜力，激活免疫细胞，刺激活动',
      '激活市場活力，激活消費潛力，激活免疫細胞，刺激活動',
    ],
    ['输入激活码，激活账号，激活软件', '輸入啟用碼，啟用賬號，啟用軟體'],
    [
      '激活账户，激活帐户，激活帐号，激活手机，激活系统',
      '啟用賬戶，啟用帳戶，啟用帳號，啟用手機，啟用系統',
    ],
    [
      '激活手机市场消费，激活软件行业活力，激活系统性风险意识',
      '激活手機市場消費，激活軟體行業活力，激活系統性風險意識',
    ],
    // 程序 is a procedure in law and politics, as in Taiwan; a program is 程式.
    [
      '当事人提起上诉程序，二审程序已经启动，法院启动再审程序，进入审判程序',
      '當事人提起上訴程序，二審程序已經啟動，法院啟動再審程序，進入審判程序',
    ],
    ['依照程序处理，该决定程序合法，质疑程序违法', '依照程序處理，該決定程序合法，質疑程序違法'],
    [
      '破产清算程序，参议院审议程序，罢免程序，引渡程序',
      '破產清算程序，參議院審議程序，罷免程序，引渡程序',
    ],
    [
      '进入招标程序，尊重民主程序，决策程序，复议程序',
      '進入招標程序，尊重民主程序，決策程序，複議程序',
    ],
    ['一审程序结束后，按照程序办事', '一審程序結束後，按照程序辦事'],
    ['应用程序闪退，程序运行稳定', '應用程式閃退，程式執行穩定'],
    // 对象 is a target or a person (物件 is a programming object); 文件 a document (檔案 a file).
    ['重点保障对象，救助对象，采访对象要求匿名', '重點保障對象，救助對象，採訪對象要求匿名'],
    [
      '征税对象和纳税对象，监管对象，他的约会对象，攻击对象',
      '徵稅對象和納稅對象，監管對象，他的約會對象，攻擊對象',
    ],
    // A video link is 視訊; a taxi is 計程車 wherever it stands.
    [
      '两国元首举行视频会晤，视频会见，以视频连线方式出席',
      '兩國元首舉行視訊會晤，視訊會見，以視訊連線方式出席',
    ],
    [
      '无人驾驶出租车，他开出租车二十年，乘坐出租车',
      '無人駕駛計程車，他開計程車二十年，乘坐計程車',
    ],
    ['文件指出，文件强调，文件明确了职责', '文件指出，文件強調，文件明確了職責'],
    // A sport's events are 項目; a project is 專案.
    [
      '乒乓球项目，羽毛球项目，跳水项目，举重项目，射击项目',
      '乒乓球項目，羽毛球項目，跳水項目，舉重項目，射擊項目',
    ],
    ['该项目总投资五十亿元', '該專案總投資五十億元'],
  ])('with Taiwan vocabulary, %s becomes %s', convertsWithTaiwanVocabulary);
});

const twpBack = createTextConverter({ pack: t2cn, from: 'twp', to: 'cn' });
const hkpBack = createTextConverter({ pack: t2cn, from: 'hkp', to: 'cn' });
const twToHk = createTextConverter({ pack: t2cn, from: 'tw', to: 'hk' });

describe('faults a native reader found in sports, finance, court and medical news', () => {
  it.each([
    // The producer 于正 after his trade; the preposition before 正式, 正月, 正常 keeps 於.
    [
      '编剧于正发文回应，制片人于正表示',
      '編劇于正發文回應，製片人于正表示',
      '編劇于正發文回應，製片人于正表示',
    ],
    [
      '导演于正回应网友质疑，于正工作室发表声明',
      '導演于正回應網友質疑，于正工作室發表聲明',
      '導演于正回應網友質疑，于正工作室發表聲明',
    ],
    [
      '该片导演于正式开机前，编剧于正在进行的修改中，球队于正月初八恢复训练，对于正常人',
      '該片導演於正式開機前，編劇於正在進行的修改中，球隊於正月初八恢復訓練，對於正常人',
      '該片導演於正式開機前，編劇於正在進行的修改中，球隊於正月初八恢復訓練，對於正常人',
    ],
    ['于谦、于敏、于丹和于和伟', '于謙、于敏、于丹和于和偉', '于謙、于敏、于丹和于和偉'],
    // Swimming (游) where the complement is a movement; a tour (遊) stays.
    [
      '这位泳将游了过去，又游了回来，最后游了上岸',
      '這位泳將游了過去，又游了回來，最後游了上岸',
      '這位泳將游了過去，又游了回來，最後游了上岸',
    ],
    [
      '他们游了颐和园，在欧洲游了一圈',
      '他們遊了頤和園，在歐洲遊了一圈',
      '他們遊了頤和園，在歐洲遊了一圈',
    ],
    // The copula 系 (係).
    [
      '该措施系临时性安排，停产系暂时性的，该案系首次适用新法，此举系首次',
      '該措施係臨時性安排，停產係暫時性的，該案係首次適用新法，此舉係首次',
      '該措施係臨時性安排，停產係暫時性的，該案係首次適用新法，此舉係首次',
    ],
    [
      '剧本系原创，该男子系无业人员，当事人系未成年人，本轮疫情系输入性病例引起',
      '劇本係原創，該男子係無業人員，當事人係未成年人，本輪疫情係輸入性病例引起',
      '劇本係原創，該男子係無業人員，當事人係未成年人，本輪疫情係輸入性病例引起',
    ],
    ['被告人系累犯，应当从重处罚', '被告人係累犯，應當從重處罰', '被告人係累犯，應當從重處罰'],
    // A department, a make, a system or a series keeps 系: the copula is fixed only where they
    // cannot stand (计算机系 and 德系 are no phrases of opencc's).
    [
      '该系临时调整课程，该系首次招收博士，计算机系首次招生，档案系首次，该系原创话剧，德系首次',
      '該系臨時調整課程，該系首次招收博士，計算機系首次招生，檔案系首次，該系原創話劇，德系首次',
      '該系臨時調整課程，該系首次招收博士，計算機系首次招生，檔案系首次，該系原創話劇，德系首次',
    ],
    [
      '疫情系统上报，疫情系列报道，太阳系首次发现，派系临时结盟',
      '疫情系統上報，疫情系列報道，太陽系首次發現，派系臨時結盟',
      '疫情系統上報，疫情系列報道，太陽系首次發現，派系臨時結盟',
    ],
  ])('%s', convertsInBothRegions);

  it.each([
    // 刷新 sets a record; a page still reloads (重新整理).
    [
      '冠军成绩刷新赛会纪录，该片刷新同档期纪录，刷新了历史',
      '冠軍成績刷新賽會紀錄，該片刷新同檔期紀錄，刷新了歷史',
    ],
    ['刷新页面，刷新网页后', '重新整理頁面，重新整理網頁後'],
    // A village or a line put into operation; a program still runs (執行).
    [
      '运动员村已全面投入运行，新线试运行，电网平稳运行，程序运行',
      '運動員村已全面投入運行，新線試運行，電網平穩運行，程式執行',
    ],
    ['主裁判通过视频助理裁判改判点球', '主裁判通過影像助理裁判改判點球'],
    // An app's or a screen's refresh is still Taiwan's 重新整理 (更新率 for a screen's rate).
    [
      '下拉刷新，点击刷新按钮，页面自动刷新，屏幕刷新率达到120Hz',
      '下拉重新整理，點選重新整理按鈕，頁面自動重新整理，螢幕更新率達到120Hz',
    ],
    // A program's test or debug run is still 執行, next to a line's trial operation.
    ['测试运行程序，调试运行，新线试运行', '測試執行程式，除錯執行，新線試運行'],
    ['分析师认为，美联储降息窗口已经打开', '分析師認為，美聯儲降息窗口已經開啟'],
    // A transfer window and a window of time, not a computer's (視窗), which a pop-up still is.
    [
      '转会窗口关闭前，窗口期结束，央行窗口指导，弹出窗口',
      '轉會窗口關閉前，窗口期結束，央行窗口指導，彈出視窗',
    ],
  ])('with Taiwan vocabulary, %s becomes %s', convertsWithTaiwanVocabulary);

  it('keeps a writer’s 著 after the name from Taiwan, for Simplified and Hong Kong readers', () => {
    const taiwan = '金庸著《天龍八部》，金庸著有十五部武俠小說，瓊瑤著有多部言情小說';
    expect(back.convert(taiwan)).toBe(
      '金庸著《天龙八部》，金庸著有十五部武侠小说，琼瑶著有多部言情小说',
    );
    expect(twToHk.convert(taiwan)).toBe(taiwan.replace('說', '説').replace('說', '説'));
    // The writers news quotes most, whose names opencc's 著 entries do not hold either.
    expect(back.convert('魯迅著《吶喊》，老舍著有《駱駝祥子》，冰心著有')).toBe(
      '鲁迅著《呐喊》，老舍著有《骆驼祥子》，冰心著有',
    );
    // The particle after a verb before a title or 有 stays 着.
    expect(back.convert('他遵守著《公約》，希望著有一天')).toBe('他遵守着《公约》，希望着有一天');
  });

  it('reads Taiwan’s 資料彙編 and a film award’s 影片 as the mainland does, with its vocabulary', () => {
    expect(twpBack.convert('本書為歷年資料彙編，資料匯編已出版')).toBe(
      '本书为历年资料汇编，资料汇编已出版',
    );
    expect(twpBack.convert('最佳影片入圍名單出爐，入圍影片')).toBe(
      '最佳影片入围名单出炉，入围影片',
    );
    // 資料 is still 数据 elsewhere, and an uploaded 影片 a video.
    expect(twpBack.convert('資料庫，上傳影片')).toBe('数据库，上传视频');
  });

  it('reads 即時 in a court’s sentence as “at once”, from Hong Kong and Taiwan', () => {
    for (const convert of [twpBack, hkpBack]) {
      expect(convert.convert('裁判官表示，被告須判即時監禁，條例即時生效')).toBe(
        '裁判官表示，被告须判即时监禁，条例即时生效',
      );
    }
  });
});

describe('Taiwan’s 布 in 宣布, 公布 and the words like them, with its vocabulary', () => {
  it.each([
    // The reader's sentence: 發布 and 宣布 alike, as Taiwan writes them.
    ['在发布当天就宣布完成', '在發布當天就宣布完成'],
    [
      '政府宣布了新政策，公布栏上公布名单，结果公布于众',
      '政府宣布了新政策，公布欄上公布名單，結果公布於眾',
    ],
    [
      '人口分布广泛，主要分布于沿海，散布谣言，颁布法令，门店遍布全国，乌云密布',
      '人口分布廣泛，主要分布於沿海，散布謠言，頒布法令，門店遍布全國，烏雲密布',
    ],
    [
      '合理布局产业，布置会场，工厂布置，当众宣布，郑重宣布，宣布破产',
      '合理布局產業，布置會場，工廠布置，當眾宣布，鄭重宣布，宣布破產',
    ],
    // opencc's longer phrase still wins (分散式); 佈道, 佈告 and 擺佈 stay as opencc writes them,
    // and 部署 is no 佈 word.
    [
      '分布式系统的节点分布，布道大会，布告栏，任人摆布，部署兵力',
      '分散式系統的節點分布，佈道大會，佈告欄，任人擺佈，部署兵力',
    ],
  ])('with Taiwan vocabulary, %s becomes %s', convertsWithTaiwanVocabulary);

  const simplified = '在发布当天就宣布完成，公布栏，分布，散布，颁布，遍布，密布，布局，布置';
  const withBu = '在發布當天就宣布完成，公布欄，分布，散布，頒布，遍布，密布，布局，布置';
  const withBuOfOpencc = '在發佈當天就宣佈完成，公佈欄，分佈，散佈，頒佈，遍佈，密佈，佈局，佈置';

  it('takes 布 only with Taiwan’s vocabulary: Taiwan’s forms alone and Hong Kong’s keep 佈', () => {
    expect(toTwp.convert(simplified)).toBe(withBu);
    expect(toTw.convert(simplified)).toBe(withBuOfOpencc);
    expect(toHk.convert(simplified)).toBe(withBuOfOpencc);
    expect(toHkp.convert(simplified)).toBe(withBuOfOpencc);
  });

  it('reads Taiwan’s 布 and opencc’s 佈 back to Simplified as 布', () => {
    expect(toTwp.convert(simplified)).toBe(withBu);
    for (const convert of [back, twpBack]) {
      expect(convert.convert(withBu)).toBe(simplified);
      expect(convert.convert(withBuOfOpencc)).toBe(simplified);
    }
    expect(twpBack.convert('政府宣布了新政策，公布欄上公布名單')).toBe(
      '政府宣布了新政策，公布栏上公布名单',
    );
  });
});
