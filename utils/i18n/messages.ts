/**
 * Every user-visible string of the extension, in the three UI languages. This
 * table is the source of truth: `node scripts/gen-locales.mjs` writes
 * public/_locales/{en,zh_CN,zh_TW}/messages.json from it (the browser needs
 * those for the manifest and `i18n.getMessage`), and a unit test fails when
 * the files are stale, a translation is empty or placeholders differ.
 *
 * Keys are snake_case ASCII (Chrome allows [A-Za-z0-9_] only); `extName` and
 * `extDescription` keep the names the manifest already uses. Placeholders are
 * written `$name$`, as in messages.json; `placeholders` lists them in
 * substitution order. zh_TW follows Taiwan usage (設定, 匯入, 預設, 搜尋).
 *
 * This file has no imports so Node can load it directly (type stripping).
 */

export interface MessageEntry {
  en: string;
  zh_CN: string;
  zh_TW: string;
  /** For translators; written to messages.json as "description". */
  description?: string;
  /** Placeholder names in substitution order: `$count$` is substitution 1 if listed first. */
  placeholders?: readonly string[];
}

export const MESSAGES = {
  // --- Manifest -----------------------------------------------------------
  extName: {
    en: 'Jianfan Reader',
    zh_CN: '简繁阅读器',
    zh_TW: '簡繁閱讀器',
    description: 'Extension name, shown in the toolbar and the extension list.',
  },
  extDescription: {
    en: 'Read NetEase articles and their mirror copies in Simplified or Traditional Chinese, with mirror text repaired and a term glossary.',
    zh_CN:
      '以简体或繁体中文阅读网易文章及转载它们的镜像网站，修复镜像网站损坏的文字，并提供术语词汇表。',
    zh_TW:
      '以簡體或繁體中文閱讀網易文章及轉載它們的鏡像網站，修復鏡像網站損壞的文字，並提供術語詞彙表。',
    description: 'Extension description in the store and the extension list (max 132 characters).',
  },

  // --- Keyboard commands (manifest `commands`) ----------------------------
  command_toggle_conversion: {
    en: 'Turn conversion on or off for this tab',
    zh_CN: '在此标签页开启或关闭转换',
    zh_TW: '在此分頁開啟或關閉轉換',
  },
  command_cycle_target: {
    en: 'Switch the target script (Simplified, Taiwan, Hong Kong)',
    zh_CN: '切换目标文字（简体、台湾繁体、香港繁体）',
    zh_TW: '切換目標文字（簡體、臺灣繁體、香港繁體）',
  },
  command_cycle_mode: {
    en: 'Switch the reading mode',
    zh_CN: '切换阅读模式',
    zh_TW: '切換閱讀模式',
  },
  command_next_term: {
    en: 'Go to the next glossary term',
    zh_CN: '跳到下一个术语',
    zh_TW: '跳到下一個術語',
  },
  command_previous_term: {
    en: 'Go to the previous glossary term',
    zh_CN: '跳到上一个术语',
    zh_TW: '跳到上一個術語',
  },
  command_peek_original: {
    en: 'Show the original of the focused paragraph',
    zh_CN: '显示当前段落的原文',
    zh_TW: '顯示目前段落的原文',
  },
  command_open_panel: {
    en: 'Open the toolbar panel',
    zh_CN: '打开工具栏面板',
    zh_TW: '開啟工具列面板',
    description:
      'The options page’s name for the command Chrome adds itself (_execute_action): opening the popup.',
  },

  // --- Context menu -------------------------------------------------------
  menu_convert_to_simplified_copy: {
    en: 'Convert selection to Simplified and copy',
    zh_CN: '将所选文字转为简体并复制',
    zh_TW: '將所選文字轉為簡體並複製',
  },
  menu_convert_to_traditional_copy: {
    en: 'Convert selection to Traditional and copy',
    zh_CN: '将所选文字转为繁体并复制',
    zh_TW: '將所選文字轉為繁體並複製',
  },
  menu_add_to_glossary: {
    en: 'Add “$selection$” to the glossary',
    zh_CN: '将“$selection$”加入词汇表',
    zh_TW: '將「$selection$」加入詞彙表',
    description:
      'Context menu title; the background passes "%s" as $1, which Chrome and Firefox replace with the selected text.',
    placeholders: ['selection'],
  },
  menu_always_convert_site: {
    en: 'Always convert this site',
    zh_CN: '总是转换此网站',
    zh_TW: '一律轉換此網站',
  },
  menu_never_convert_site: {
    en: 'Never convert this site',
    zh_CN: '从不转换此网站',
    zh_TW: '永不轉換此網站',
  },

  // --- Generic actions and states ----------------------------------------
  action_copy: { en: 'Copy', zh_CN: '复制', zh_TW: '複製' },
  action_copied: { en: 'Copied', zh_CN: '已复制', zh_TW: '已複製' },
  action_cancel: { en: 'Cancel', zh_CN: '取消', zh_TW: '取消' },
  action_apply: { en: 'Apply', zh_CN: '应用', zh_TW: '套用' },
  action_preview: { en: 'Preview', zh_CN: '预览', zh_TW: '預覽' },
  action_save: { en: 'Save', zh_CN: '保存', zh_TW: '儲存' },
  action_close: { en: 'Close', zh_CN: '关闭', zh_TW: '關閉' },
  action_edit: { en: 'Edit', zh_CN: '编辑', zh_TW: '編輯' },
  action_remove: { en: 'Remove', zh_CN: '移除', zh_TW: '移除' },
  action_delete: { en: 'Delete', zh_CN: '删除', zh_TW: '刪除' },
  action_add: { en: 'Add', zh_CN: '添加', zh_TW: '新增' },
  action_convert: { en: 'Convert', zh_CN: '转换', zh_TW: '轉換' },
  state_on: { en: 'On', zh_CN: '开', zh_TW: '開' },
  state_off: { en: 'Off', zh_CN: '关', zh_TW: '關' },
  state_saved: { en: 'Saved', zh_CN: '已保存', zh_TW: '已儲存' },
  state_loading: { en: 'Loading…', zh_CN: '正在加载…', zh_TW: '載入中…' },

  // --- Targets, reading modes, site modes ---------------------------------
  target_auto: {
    en: 'Follow the browser language',
    zh_CN: '跟随浏览器语言',
    zh_TW: '依瀏覽器語言',
  },
  target_cn: {
    en: 'Simplified (Mainland China)',
    zh_CN: '简体（中国大陆）',
    zh_TW: '簡體（中國大陸）',
  },
  target_tw: { en: 'Traditional (Taiwan)', zh_CN: '繁体（台湾）', zh_TW: '繁體（臺灣）' },
  target_hk: { en: 'Traditional (Hong Kong)', zh_CN: '繁体（香港）', zh_TW: '繁體（香港）' },
  target_short_cn: { en: 'Simplified', zh_CN: '简体', zh_TW: '簡體' },
  target_short_tw: { en: 'Taiwan', zh_CN: '台湾', zh_TW: '臺灣' },
  target_short_hk: { en: 'Hong Kong', zh_CN: '香港', zh_TW: '香港' },
  popup_mode_nothing_to_show: {
    en: 'This page is already in $target$: its original reads the same, so this mode has nothing more to show.',
    zh_CN: '此页面已是$target$：原文与转换后相同，此模式没有更多内容可显示。',
    zh_TW: '此頁面已是$target$：原文與轉換後相同，此模式沒有更多內容可顯示。',
    placeholders: ['target'],
  },
  popup_tab_already_in: {
    en: 'This page is already in $target$: there is nothing to convert.',
    zh_CN: '此页面已是$target$，没有需要转换的内容。',
    zh_TW: '此頁面已是$target$，沒有需要轉換的內容。',
    placeholders: ['target'],
  },
  badge_title: {
    en: '$name$: $state$',
    zh_CN: '$name$：$state$',
    zh_TW: '$name$：$state$',
    placeholders: ['name', 'state'],
    description:
      'The toolbar button’s tooltip on a Chinese page: the extension, then what it does there.',
  },
  badge_off: {
    en: 'off',
    zh_CN: '关',
    zh_TW: '關',
    description: 'The toolbar badge on a Chinese page shown as it came: a few characters at most.',
  },
  notice_converted_to: {
    en: 'Shown in $target$',
    zh_CN: '显示为$target$',
    zh_TW: '顯示為$target$',
    placeholders: ['target'],
  },
  notice_target_for_later: {
    en: 'Convert to $target$. The page shows its original in this mode.',
    zh_CN: '转换为$target$。此模式下页面显示原文。',
    zh_TW: '轉換為$target$。此模式下頁面顯示原文。',
    placeholders: ['target'],
  },
  notice_reading_mode_while_off: {
    en: 'Reading mode: $mode$. Conversion is off on this page.',
    zh_CN: '阅读模式：$mode$。此页面已关闭转换。',
    zh_TW: '閱讀模式：$mode$。此頁面已關閉轉換。',
    placeholders: ['mode'],
  },
  badge_state_off: {
    en: 'conversion off',
    zh_CN: '已关闭转换',
    zh_TW: '已關閉轉換',
  },
  notice_conversion_off: {
    en: 'Conversion off: the page as it came',
    zh_CN: '已关闭转换：页面保持原样',
    zh_TW: '已關閉轉換：頁面保持原樣',
  },
  notice_copied_in: {
    en: 'Copied in $target$',
    zh_CN: '已复制为$target$',
    zh_TW: '已複製為$target$',
    placeholders: ['target'],
  },
  notice_copy_failed: {
    en: 'Not copied: the page or the browser refused the clipboard',
    zh_CN: '未能复制：页面或浏览器拒绝写入剪贴板',
    zh_TW: '未能複製：頁面或瀏覽器拒絕寫入剪貼簿',
  },
  notice_reading_mode: {
    en: 'Reading mode: $mode$',
    zh_CN: '阅读模式：$mode$',
    zh_TW: '閱讀模式：$mode$',
    placeholders: ['mode'],
  },
  mode_converted: { en: 'Converted', zh_CN: '转换后', zh_TW: '轉換後' },
  mode_converted_help: {
    en: 'The page reads in the chosen script.',
    zh_CN: '网页以所选文字显示。',
    zh_TW: '網頁以所選文字顯示。',
  },
  mode_parallel: { en: 'Side by side', zh_CN: '对照', zh_TW: '對照' },
  mode_parallel_help: {
    en: 'Each article paragraph stays as written, with its conversion under it.',
    zh_CN: '文章段落保留原文，下方附上转换后的文字。',
    zh_TW: '文章段落保留原文，下方附上轉換後的文字。',
  },
  mode_peek: { en: 'Peek at original', zh_CN: '按键看原文', zh_TW: '按鍵看原文' },
  mode_peek_help: {
    en: 'Converted; hold $key$ to see the original under the pointer.',
    zh_CN: '显示转换后的文字；按住 $key$ 键，即可看到指针下的原文。',
    zh_TW: '顯示轉換後的文字；按住 $key$ 鍵，即可看到指標下的原文。',
    description:
      'Hint for the peek reading mode; $key$ is the key chosen in the options (key_alt, key_shift or key_control).',
    placeholders: ['key'],
  },
  mode_original: { en: 'Original', zh_CN: '原文', zh_TW: '原文' },
  mode_original_help: {
    en: 'The page’s text is shown as served, not converted; the mirror repair and glossary marks still apply if they are on.',
    zh_CN: '按网页原本的文字显示，不做转换；已开启的镜像网站文字修复与术语标示仍会生效。',
    zh_TW: '依網頁原本的文字顯示，不做轉換；已開啟的鏡像網站文字修復與術語標示仍會生效。',
  },
  site_mode_auto: { en: 'Automatic', zh_CN: '自动', zh_TW: '自動' },
  site_mode_always: { en: 'Always convert', zh_CN: '总是转换', zh_TW: '一律轉換' },
  site_mode_never: { en: 'Never convert', zh_CN: '从不转换', zh_TW: '永不轉換' },

  // --- Popup --------------------------------------------------------------
  popup_status: { en: 'Status', zh_CN: '状态', zh_TW: '狀態' },
  popup_detected_script: { en: 'Detected script', zh_CN: '检测到的文字', zh_TW: '偵測到的文字' },
  popup_confidence: {
    en: '$percent$% sure',
    zh_CN: '可信度 $percent$%',
    zh_TW: '可信度 $percent$%',
    placeholders: ['percent'],
  },
  script_traditional: { en: 'Traditional Chinese', zh_CN: '繁体中文', zh_TW: '繁體中文' },
  script_simplified: { en: 'Simplified Chinese', zh_CN: '简体中文', zh_TW: '簡體中文' },
  script_mixed: {
    en: 'Mixed Simplified and Traditional',
    zh_CN: '简繁混合',
    zh_TW: '簡繁混合',
  },
  script_japanese: { en: 'Japanese', zh_CN: '日文', zh_TW: '日文' },
  script_none: { en: 'No Chinese text', zh_CN: '没有中文', zh_TW: '沒有中文' },
  popup_netease: { en: 'NetEase article', zh_CN: '网易文章', zh_TW: '網易文章' },
  netease_kind_netease: {
    en: 'A NetEase article',
    zh_CN: '网易文章',
    zh_TW: '網易文章',
  },
  netease_kind_mirror: {
    en: 'A copy of a NetEase article (mirror site)',
    zh_CN: '网易文章的转载（镜像网站）',
    zh_TW: '網易文章的轉載（鏡像網站）',
  },
  netease_kind_none: {
    en: 'Not a NetEase article',
    zh_CN: '不是网易文章',
    zh_TW: '不是網易文章',
  },
  popup_signals: { en: 'Why we think so', zh_CN: '判断依据', zh_TW: '判斷依據' },
  signal_url_docid: {
    en: 'The address is a NetEase article address.',
    zh_CN: '网址是网易文章的网址。',
    zh_TW: '網址是網易文章的網址。',
  },
  signal_host_163: {
    en: 'The page is on 163.com.',
    zh_CN: '网页位于 163.com。',
    zh_TW: '網頁位於 163.com。',
  },
  signal_html_ne_wrap: {
    en: 'The page uses NetEase’s page frame.',
    zh_CN: '网页使用网易的页面框架。',
    zh_TW: '網頁使用網易的頁面框架。',
  },
  signal_post_structure: {
    en: 'The page has NetEase’s article layout.',
    zh_CN: '网页具有网易的文章版式。',
    zh_TW: '網頁具有網易的文章版面。',
  },
  signal_meta_author: {
    en: 'The page names NetEase as its author.',
    zh_CN: '网页注明作者为网易。',
    zh_TW: '網頁註明作者為網易。',
  },
  signal_canonical_163: {
    en: 'The page’s canonical address is on 163.com.',
    zh_CN: '网页的规范网址位于 163.com。',
    zh_TW: '網頁的標準網址位於 163.com。',
  },
  signal_img_126_net: {
    en: 'Its images come from NetEase’s image servers (126.net).',
    zh_CN: '图片来自网易的图片服务器（126.net）。',
    zh_TW: '圖片來自網易的圖片伺服器（126.net）。',
  },
  signal_link_163: {
    en: 'It links to 163.com (a weak sign on its own).',
    zh_CN: '网页链接到 163.com（单独不足为凭）。',
    zh_TW: '網頁連結到 163.com（單獨不足為憑）。',
  },
  signal_disclaimer_zh: {
    en: 'The NetEase Hao disclaimer is on the page, in Chinese.',
    zh_CN: '网页上有中文的网易号特别声明。',
    zh_TW: '網頁上有中文的網易號特別聲明。',
  },
  signal_disclaimer_en: {
    en: 'The NetEase Hao notice is on the page, in English.',
    zh_CN: '网页上有英文的网易号声明。',
    zh_TW: '網頁上有英文的網易號聲明。',
  },
  signal_pinyin_annotations: {
    en: 'Pinyin in parentheses after characters, left by a mirror’s converter.',
    zh_CN: '字后带括号拼音，是镜像网站转换工具留下的。',
    zh_TW: '字後帶括號拼音，是鏡像網站轉換工具留下的。',
  },
  signal_garbled_runs: {
    en: 'Garbled characters from a broken encoding conversion.',
    zh_CN: '有编码转换出错造成的乱码。',
    zh_TW: '有編碼轉換出錯造成的亂碼。',
  },
  signal_other: {
    en: 'Other evidence.',
    zh_CN: '其他依据。',
    zh_TW: '其他依據。',
  },
  popup_article_title: { en: 'Article', zh_CN: '文章', zh_TW: '文章' },
  popup_stats: { en: 'On this page', zh_CN: '本页统计', zh_TW: '本頁統計' },
  stats_nodes_converted: {
    en: 'Text blocks converted',
    zh_CN: '已转换的文字块',
    zh_TW: '已轉換的文字區塊',
  },
  stats_characters_changed: {
    en: 'Characters changed',
    zh_CN: '已更改的字符',
    zh_TW: '已變更的字元',
  },
  stats_contested_nodes: {
    en: 'Blocks the page changed back',
    zh_CN: '被网页改回的文字块',
    zh_TW: '被網頁改回的文字區塊',
  },
  stats_annotations_removed: {
    en: 'Pinyin annotations removed',
    zh_CN: '已移除的拼音注释',
    zh_TW: '已移除的拼音註記',
  },
  stats_runs_repaired: {
    en: 'Garbled passages repaired',
    zh_CN: '已修复的乱码',
    zh_TW: '已修復的亂碼',
  },
  stats_spans_lost: {
    en: 'Passages lost by the mirror',
    zh_CN: '镜像网站丢失的文字',
    zh_TW: '鏡像網站遺失的文字',
  },
  stats_terms_found: {
    en: 'Glossary terms found',
    zh_CN: '找到的术语',
    zh_TW: '找到的術語',
  },
  popup_conversion: { en: 'Conversion', zh_CN: '转换', zh_TW: '轉換' },
  popup_conversion_on: {
    en: 'Converting this page',
    zh_CN: '正在转换此网页',
    zh_TW: '正在轉換此網頁',
  },
  popup_conversion_off: {
    en: 'This page is not converted',
    zh_CN: '此网页未转换',
    zh_TW: '此網頁未轉換',
  },
  popup_target: { en: 'Convert to', zh_CN: '转换为', zh_TW: '轉換為' },
  popup_regional_vocabulary: {
    en: 'Regional vocabulary',
    zh_CN: '地区用词',
    zh_TW: '地區用語',
  },
  popup_regional_traditional_page: {
    en: 'This page is already in Traditional: regional words change only on Simplified pages and on mirror copies of NetEase articles.',
    zh_CN: '此网页已是繁体：地区用词仅适用于简体网页和网易文章的镜像转载。',
    zh_TW: '此網頁已是繁體：地區用語僅適用於簡體網頁和網易文章的鏡像轉載。',
    description:
      'Popup, under the regional vocabulary switch when it is on and the page is Traditional (not a mirror copy) shown in Taiwan Traditional: why nothing changes.',
  },
  popup_regional_traditional_page_hk: {
    en: 'This page is already in Traditional: Hong Kong regional words change only on Simplified pages.',
    zh_CN: '此网页已是繁体：香港地区用词仅适用于简体网页。',
    zh_TW: '此網頁已是繁體：香港地區用語僅適用於簡體網頁。',
    description:
      'Popup, under the regional vocabulary switch when it is on and a Traditional page is shown in Hong Kong Traditional: why nothing changes.',
  },
  popup_reading_mode: { en: 'Reading mode', zh_CN: '阅读模式', zh_TW: '閱讀模式' },
  popup_glossary: { en: 'Glossary', zh_CN: '词汇表', zh_TW: '詞彙表' },
  popup_mirror_repair: {
    en: 'Repair mirror text',
    zh_CN: '修复镜像网站文字',
    zh_TW: '修復鏡像網站文字',
  },
  popup_site_rule: { en: 'On this site', zh_CN: '在此网站', zh_TW: '在此網站' },
  popup_convert_text: { en: 'Convert text', zh_CN: '转换文字', zh_TW: '轉換文字' },
  popup_convert_text_placeholder: {
    en: 'Paste Chinese text here',
    zh_CN: '在此粘贴中文',
    zh_TW: '在此貼上中文',
  },
  popup_open_options: { en: 'Options', zh_CN: '选项', zh_TW: '選項' },
  popup_progress: {
    en: '$percent$% converted',
    zh_CN: '已转换 $percent$%',
    zh_TW: '已轉換 $percent$%',
    placeholders: ['percent'],
  },
  popup_unavailable: {
    en: 'The extension cannot read this page (browser pages and extension stores are off limits).',
    zh_CN: '扩展程序无法读取此网页（浏览器内部页面和扩展商店不允许访问）。',
    zh_TW: '擴充功能無法讀取此網頁（瀏覽器內部頁面和擴充功能商店不允許存取）。',
  },
  popup_reload_needed: {
    en: 'Reload the page to use the reader here.',
    zh_CN: '请重新加载网页以在此使用阅读器。',
    zh_TW: '請重新載入網頁以在此使用閱讀器。',
  },
  reason_tab_override_on: {
    en: 'Turned on for this tab.',
    zh_CN: '已在此标签页开启。',
    zh_TW: '已在此分頁開啟。',
  },
  reason_tab_override_off: {
    en: 'Turned off for this tab.',
    zh_CN: '已在此标签页关闭。',
    zh_TW: '已在此分頁關閉。',
  },
  reason_site_always: {
    en: 'This site is always converted.',
    zh_CN: '此网站设为总是转换。',
    zh_TW: '此網站設為一律轉換。',
  },
  reason_site_never: {
    en: 'This site is never converted.',
    zh_CN: '此网站设为从不转换。',
    zh_TW: '此網站設為永不轉換。',
  },
  reason_netease: {
    en: 'NetEase article: converted automatically.',
    zh_CN: '网易文章：自动转换。',
    zh_TW: '網易文章：自動轉換。',
  },
  reason_mirror: {
    en: 'Copy of a NetEase article: converted automatically.',
    zh_CN: '网易文章的转载：自动转换。',
    zh_TW: '網易文章的轉載：自動轉換。',
  },
  reason_not_netease: {
    en: 'Not a NetEase page: converted when you ask, or on load once the options say “Every Chinese page”.',
    zh_CN: '不是网易网页：在您要求时转换；在选项中选择“所有中文网页”后，打开时即自动转换。',
    zh_TW: '不是網易網頁：在您要求時轉換；在選項中選擇「所有中文網頁」後，開啟時即自動轉換。',
  },
  reason_every_page: {
    en: 'Every Chinese page is converted automatically (options).',
    zh_CN: '所有中文网页都会自动转换（见选项）。',
    zh_TW: '所有中文網頁都會自動轉換（見選項）。',
  },
  reason_auto_off: {
    en: 'Automatic conversion is off: converted when you ask.',
    zh_CN: '自动转换已关闭：仅在您要求时转换。',
    zh_TW: '自動轉換已關閉：僅在您要求時轉換。',
  },

  // --- Options: settings --------------------------------------------------
  options_title: {
    en: 'Jianfan Reader options',
    zh_CN: '简繁阅读器选项',
    zh_TW: '簡繁閱讀器選項',
  },
  options_section_conversion: { en: 'Conversion', zh_CN: '转换', zh_TW: '轉換' },
  options_section_reading: { en: 'Reading', zh_CN: '阅读', zh_TW: '閱讀' },
  options_section_glossary: { en: 'Glossary', zh_CN: '词汇表', zh_TW: '詞彙表' },
  options_section_sites: { en: 'Sites', zh_CN: '网站', zh_TW: '網站' },
  options_section_language: { en: 'Language', zh_CN: '语言', zh_TW: '語言' },
  options_section_shortcuts: {
    en: 'Keyboard shortcuts',
    zh_CN: '键盘快捷键',
    zh_TW: '鍵盤快速鍵',
  },
  shortcuts_help: {
    en: 'The browser holds these keys: set or change them on its own shortcuts page.',
    zh_CN: '这些按键由浏览器管理：请在浏览器自己的快捷键页面设置或更改。',
    zh_TW: '這些按鍵由瀏覽器管理：請在瀏覽器自己的快速鍵頁面設定或變更。',
  },
  shortcuts_not_set: { en: 'Not set', zh_CN: '未设置', zh_TW: '未設定' },
  shortcuts_change: {
    en: 'Change shortcuts…',
    zh_CN: '更改快捷键…',
    zh_TW: '變更快速鍵…',
  },
  shortcuts_unreadable: {
    en: 'The browser did not tell which keys are set: $reason$',
    zh_CN: '浏览器未能告知已设置的按键：$reason$',
    zh_TW: '瀏覽器未能告知已設定的按鍵：$reason$',
    placeholders: ['reason'],
  },
  shortcuts_open_failed: {
    en: 'The browser’s shortcuts page did not open: $reason$',
    zh_CN: '未能打开浏览器的快捷键页面：$reason$',
    zh_TW: '未能開啟瀏覽器的快速鍵頁面：$reason$',
    placeholders: ['reason'],
  },
  options_section_backup: {
    en: 'Backup and reset',
    zh_CN: '备份与重置',
    zh_TW: '備份與重設',
  },
  option_target: { en: 'Convert to', zh_CN: '转换为', zh_TW: '轉換為' },
  option_target_help: {
    en: '“Follow the browser language” picks Taiwan for zh-TW, Hong Kong for zh-HK and Simplified otherwise.',
    zh_CN: '“跟随浏览器语言”时，zh-TW 用台湾繁体，zh-HK 用香港繁体，其他用简体。',
    zh_TW: '「依瀏覽器語言」時，zh-TW 用臺灣繁體，zh-HK 用香港繁體，其他用簡體。',
  },
  option_regional_vocabulary: {
    en: 'Use regional vocabulary',
    zh_CN: '使用地区用词',
    zh_TW: '使用地區用語',
  },
  option_regional_vocabulary_help: {
    en: 'Convert words, not just characters: 软件 becomes 軟體 for Taiwan. Hong Kong’s list is shorter (出租车 → 的士).',
    zh_CN:
      '不只转换字，也转换词：例如转换为台湾繁体时，“软件”会变成“軟體”。香港用词表较短（“出租车”→“的士”）。',
    zh_TW:
      '不只轉換字，也轉換詞：例如轉換為臺灣繁體時，「软件」會變成「軟體」。香港用語表較短（「出租车」→「的士」）。',
  },
  option_regional_vocabulary_help_full: {
    en: 'Convert words, not just characters: 软件 becomes 軟體 for Taiwan. Hong Kong’s list is shorter (出租车 → 的士, 服务器 → 伺服器); other words convert by their characters (软件 → 軟件). A page already in Traditional keeps its own words when shown in Traditional; only mirror copies of NetEase articles take Taiwan’s.',
    zh_CN:
      '不只转换字，也转换词：例如转换为台湾繁体时，“软件”会变成“軟體”。香港用词表较短（“出租车”→“的士”、“服务器”→“伺服器”），其他词按字转换（“软件”→“軟件”）。已是繁体的网页以繁体显示时保留原有用词，只有网易文章的镜像转载会改用台湾用词。',
    zh_TW:
      '不只轉換字，也轉換詞：例如轉換為臺灣繁體時，「软件」會變成「軟體」。香港用語表較短（「出租车」→「的士」、「服务器」→「伺服器」），其他詞按字轉換（「软件」→「軟件」）。已是繁體的網頁以繁體顯示時保留原本用語，只有網易文章的鏡像轉載會改用臺灣用語。',
    description: 'Options page: the regional vocabulary help, with the pages it leaves alone.',
  },
  option_reading_mode: { en: 'Reading mode', zh_CN: '阅读模式', zh_TW: '閱讀模式' },
  option_auto_convert: {
    en: 'Convert on load',
    zh_CN: '打开网页时自动转换',
    zh_TW: '開啟網頁時自動轉換',
  },
  option_auto_convert_help: {
    en: 'Other pages are converted when you ask (the toolbar panel or a shortcut). A site rule overrides this for its sites, and a page already in your script stays as it is.',
    zh_CN:
      '其他网页在您要求时转换（工具栏面板或快捷键）。网站规则优先于此设置；已是所选文字的网页保持原样。',
    zh_TW:
      '其他網頁在您要求時轉換（工具列面板或快速鍵）。網站規則優先於此設定；已是所選文字的網頁保持原樣。',
  },
  auto_convert_netease: {
    en: 'NetEase articles and their mirror copies',
    zh_CN: '网易文章及其镜像转载',
    zh_TW: '網易文章及其鏡像轉載',
  },
  auto_convert_chinese: {
    en: 'Every Chinese page',
    zh_CN: '所有中文网页',
    zh_TW: '所有中文網頁',
  },
  auto_convert_none: {
    en: 'None (only sites set to “Always convert”)',
    zh_CN: '无（仅限设为“总是转换”的网站）',
    zh_TW: '無（僅限設為「一律轉換」的網站）',
  },
  option_repair_mirrors: {
    en: 'Repair text damaged by mirror sites',
    zh_CN: '修复被镜像网站损坏的文字',
    zh_TW: '修復被鏡像網站損壞的文字',
  },
  option_repair_mirrors_help: {
    en: 'Removes the pinyin in parentheses and restores garbled characters where possible.',
    zh_CN: '移除括号中的拼音，并尽可能还原乱码。',
    zh_TW: '移除括號中的拼音，並盡可能還原亂碼。',
  },
  option_glossary_enabled: {
    en: 'Highlight glossary terms',
    zh_CN: '标示术语',
    zh_TW: '標示術語',
  },
  option_glossary_scope: {
    en: 'Look for terms in',
    zh_CN: '查找术语的范围',
    zh_TW: '尋找術語的範圍',
  },
  glossary_scope_article: {
    en: 'The article only (headline and text)',
    zh_CN: '仅文章（标题和正文）',
    zh_TW: '僅文章（標題與內文）',
  },
  glossary_scope_page: { en: 'The whole page', zh_CN: '整个网页', zh_TW: '整個網頁' },
  option_glossary_marks: {
    en: 'Underline',
    zh_CN: '标示方式',
    zh_TW: '標示方式',
  },
  glossary_marks_every: {
    en: 'Every occurrence of a term',
    zh_CN: '术语每次出现都标示',
    zh_TW: '術語每次出現都標示',
  },
  glossary_marks_first: {
    en: 'Only its first occurrence on the page',
    zh_CN: '只标示页面上第一次出现',
    zh_TW: '只標示頁面上第一次出現',
  },
  option_peek_modifier: {
    en: 'Key that shows the original',
    zh_CN: '查看原文的按键',
    zh_TW: '查看原文的按鍵',
  },
  key_alt: { en: 'Alt', zh_CN: 'Alt', zh_TW: 'Alt' },
  key_shift: { en: 'Shift', zh_CN: 'Shift', zh_TW: 'Shift' },
  key_control: { en: 'Ctrl', zh_CN: 'Ctrl', zh_TW: 'Ctrl' },
  option_ui_language: { en: 'Interface language', zh_CN: '界面语言', zh_TW: '介面語言' },
  ui_language_auto: {
    en: 'Same as the browser',
    zh_CN: '与浏览器相同',
    zh_TW: '與瀏覽器相同',
  },
  ui_language_en: { en: 'English', zh_CN: 'English', zh_TW: 'English' },
  ui_language_zh_cn: { en: '简体中文', zh_CN: '简体中文', zh_TW: '简体中文' },
  ui_language_zh_tw: { en: '繁體中文', zh_CN: '繁體中文', zh_TW: '繁體中文' },
  options_saved: { en: 'Saved', zh_CN: '已保存', zh_TW: '已儲存' },
  options_save_failed: {
    en: 'Could not save: $error$',
    zh_CN: '无法保存：$error$',
    zh_TW: '無法儲存：$error$',
    placeholders: ['error'],
  },

  // --- Options: site rules ------------------------------------------------
  site_rules_title: { en: 'Site rules', zh_CN: '网站规则', zh_TW: '網站規則' },
  site_rules_help: {
    en: 'example.com covers the site and its subdomains; *.example.com only the subdomains; example.com/news/* only that section. The most specific rule wins. A pasted web address is kept without its https:// and user name.',
    zh_CN:
      'example.com 包括该网站及其子域名；*.example.com 只包括子域名；example.com/news/* 只包括该路径下的网页。最具体的规则优先。粘贴的网址会去掉 https:// 和用户名。',
    zh_TW:
      'example.com 包括該網站及其子網域；*.example.com 只包括子網域；example.com/news/* 只包括該路徑下的網頁。最具體的規則優先。貼上的網址會去掉 https:// 和使用者名稱。',
  },
  site_rules_empty: {
    en: 'No site rules yet.',
    zh_CN: '还没有网站规则。',
    zh_TW: '尚無網站規則。',
  },
  site_rule_pattern: { en: 'Site', zh_CN: '网站', zh_TW: '網站' },
  site_rule_pattern_placeholder: {
    en: 'example.com',
    zh_CN: 'example.com',
    zh_TW: 'example.com',
  },
  site_rule_mode: { en: 'Rule', zh_CN: '规则', zh_TW: '規則' },
  site_rule_add: { en: 'Add rule', zh_CN: '添加规则', zh_TW: '新增規則' },
  site_rule_edit: { en: 'Edit rule', zh_CN: '编辑规则', zh_TW: '編輯規則' },
  site_rule_remove: { en: 'Remove rule', zh_CN: '移除规则', zh_TW: '移除規則' },
  site_rule_duplicate: {
    en: 'There is already a rule for $pattern$.',
    zh_CN: '已有 $pattern$ 的规则。',
    zh_TW: '已有 $pattern$ 的規則。',
    placeholders: ['pattern'],
  },
  pattern_error_empty: {
    en: 'Enter a site, for example example.com.',
    zh_CN: '请输入网站，例如 example.com。',
    zh_TW: '請輸入網站，例如 example.com。',
  },
  pattern_error_too_long: {
    en: 'This pattern is too long: at most 300 characters as a web address, where a Chinese character in a path takes 9.',
    zh_CN: '此规则太长：写成网址后最多 300 个字符，路径中的一个汉字占 9 个。',
    zh_TW: '此規則太長：寫成網址後最多 300 個字元，路徑中的一個漢字佔 9 個。',
  },
  pattern_error_scheme: {
    en: 'Leave out the scheme (such as https://): write example.com.',
    zh_CN: '请省略协议（如 https://），直接写 example.com。',
    zh_TW: '請省略通訊協定（如 https://），直接寫 example.com。',
  },
  pattern_error_whitespace: {
    en: 'A site cannot contain spaces.',
    zh_CN: '网站中不能有空格。',
    zh_TW: '網站中不能有空格。',
  },
  pattern_error_forbidden_character: {
    en: 'This character cannot appear in a site: $character$',
    zh_CN: '网站中不能出现此字符：$character$',
    zh_TW: '網站中不能出現此字元：$character$',
    placeholders: ['character'],
  },
  pattern_error_credentials: {
    en: 'Leave out the user name (the part before “@”).',
    zh_CN: '请省略用户名（“@”之前的部分）。',
    zh_TW: '請省略使用者名稱（「@」之前的部分）。',
  },
  pattern_error_query_or_fragment: {
    en: 'A site cannot contain “?” or “#”; use a host and a path.',
    zh_CN: '网站中不能有“?”或“#”，请使用主机名和路径。',
    zh_TW: '網站中不能有「?」或「#」，請使用主機名稱和路徑。',
  },
  pattern_error_wildcard_alone: {
    en: '“*” alone would match every site; write *.example.com.',
    zh_CN: '单独的“*”会匹配所有网站，请写成 *.example.com。',
    zh_TW: '單獨的「*」會符合所有網站，請寫成 *.example.com。',
  },
  pattern_error_wildcard_position: {
    en: '“*” may only start a site (*.example.com) or end a path (/news/*).',
    zh_CN: '“*”只能放在网站开头（*.example.com）或路径结尾（/news/*）。',
    zh_TW: '「*」只能放在網站開頭（*.example.com）或路徑結尾（/news/*）。',
  },
  pattern_error_wildcard_too_broad: {
    en: 'This would match every site under a domain ending many sites share (such as com or com.cn); name a site.',
    zh_CN: '这会匹配许多网站共用的域名后缀（例如 com 或 com.cn）下的所有网站，请指定网站。',
    zh_TW: '這會符合許多網站共用的網域字尾（例如 com 或 com.tw）下的所有網站，請指定網站。',
  },
  pattern_error_top_level_domain: {
    en: 'This is a domain ending many sites share (such as com or com.cn); name a site such as example.com.',
    zh_CN: '这是许多网站共用的域名后缀（例如 com 或 com.cn），请指定网站，例如 example.com。',
    zh_TW: '這是許多網站共用的網域字尾（例如 com 或 com.tw），請指定網站，例如 example.com。',
  },
  pattern_error_invalid_host: {
    en: 'This is not a valid site name.',
    zh_CN: '这不是有效的网站名称。',
    zh_TW: '這不是有效的網站名稱。',
  },
  pattern_error_invalid_port: {
    en: 'A port must be a number from 1 to 65535.',
    zh_CN: '端口必须是 1 到 65535 之间的数字。',
    zh_TW: '連接埠必須是 1 到 65535 之間的數字。',
  },

  // --- Options: glossary manager ------------------------------------------
  glossary_title: { en: 'Your glossary', zh_CN: '我的词汇表', zh_TW: '我的詞彙表' },
  glossary_count: {
    en: '$count$ terms',
    zh_CN: '$count$ 个术语',
    zh_TW: '$count$ 個術語',
    placeholders: ['count'],
  },
  glossary_count_one: {
    en: '1 term',
    zh_CN: '1 个术语',
    zh_TW: '1 個術語',
    description: 'glossary_count for exactly one term.',
  },
  glossary_empty: {
    en: 'You have not added any terms yet.',
    zh_CN: '您还没有添加术语。',
    zh_TW: '您尚未新增術語。',
  },
  glossary_search: { en: 'Search terms', zh_CN: '搜索术语', zh_TW: '搜尋術語' },
  glossary_search_placeholder: {
    en: 'Chinese, English or id',
    zh_CN: '中文、英文或编号',
    zh_TW: '中文、英文或編號',
  },
  glossary_no_results: {
    en: 'No term matches “$query$”.',
    zh_CN: '没有符合“$query$”的术语。',
    zh_TW: '沒有符合「$query$」的術語。',
    placeholders: ['query'],
  },
  glossary_add: { en: 'Add term', zh_CN: '添加术语', zh_TW: '新增術語' },
  glossary_edit: { en: 'Edit term', zh_CN: '编辑术语', zh_TW: '編輯術語' },
  glossary_delete: { en: 'Delete term', zh_CN: '删除术语', zh_TW: '刪除術語' },
  glossary_delete_confirm: {
    en: 'Delete “$term$”?',
    zh_CN: '要删除“$term$”吗？',
    zh_TW: '要刪除「$term$」嗎？',
    placeholders: ['term'],
  },
  glossary_discard_confirm: {
    en: 'Discard your changes to this term?',
    zh_CN: '要放弃对此术语的更改吗？',
    zh_TW: '要捨棄對此術語的變更嗎？',
    description:
      'Asked in the term form when Escape is pressed with unsaved changes; names the question’s buttons too.',
  },
  glossary_discard: { en: 'Discard changes', zh_CN: '放弃更改', zh_TW: '捨棄變更' },
  glossary_keep_editing: { en: 'Keep editing', zh_CN: '继续编辑', zh_TW: '繼續編輯' },
  glossary_builtin_title: { en: 'Built-in terms', zh_CN: '内置术语', zh_TW: '內建術語' },
  glossary_builtin_help: {
    en: 'Turn off built-in terms you do not want highlighted. A term of yours with the same id replaces the built-in one.',
    zh_CN: '停用不想被标示的内置术语。与内置术语编号相同的自定义术语会取代它。',
    zh_TW: '停用不想被標示的內建術語。與內建術語編號相同的自訂術語會取代它。',
  },
  glossary_disable_builtin: { en: 'Turn off', zh_CN: '停用', zh_TW: '停用' },
  glossary_enable_builtin: { en: 'Turn on', zh_CN: '启用', zh_TW: '啟用' },
  glossary_builtin_disabled: { en: 'Off', zh_CN: '已停用', zh_TW: '已停用' },
  glossary_import: { en: 'Import terms', zh_CN: '导入术语', zh_TW: '匯入術語' },
  glossary_export: { en: 'Export terms', zh_CN: '导出术语', zh_TW: '匯出術語' },
  glossary_skip_list: {
    en: 'Skip the list, to import and export',
    zh_CN: '跳过列表，前往导入和导出',
    zh_TW: '跳過清單，前往匯入和匯出',
  },
  glossary_import_summary: {
    en: '$added$ new, $updated$ updated, $unchanged$ unchanged',
    zh_CN: '新增 $added$ 个，更新 $updated$ 个，未变 $unchanged$ 个',
    zh_TW: '新增 $added$ 個，更新 $updated$ 個，未變 $unchanged$ 個',
    placeholders: ['added', 'updated', 'unchanged'],
  },
  glossary_import_filled: {
    en: 'The file left fields of $count$ terms empty. They are filled in as the term form fills them: an id made from the name, a written form converted from the other script.',
    zh_CN:
      '文件中有 $count$ 个术语留空了部分字段，已按添加术语表单的方式填入：编号由名称生成，写法由另一种文字转换得出。',
    zh_TW:
      '檔案中有 $count$ 個術語留空了部分欄位，已依新增術語表單的方式填入：編號由名稱產生，寫法由另一種文字轉換得出。',
    placeholders: ['count'],
  },
  glossary_import_errors: {
    en: 'This file cannot be imported:',
    zh_CN: '无法导入此文件：',
    zh_TW: '無法匯入此檔案：',
  },
  glossary_field_id: { en: 'Id', zh_CN: '编号', zh_TW: '編號' },
  glossary_field_hans: { en: 'Simplified', zh_CN: '简体', zh_TW: '簡體' },
  glossary_field_hant: { en: 'Traditional', zh_CN: '繁体', zh_TW: '繁體' },
  glossary_field_tw: { en: 'Taiwan form', zh_CN: '台湾用法', zh_TW: '臺灣用法' },
  glossary_field_hk: { en: 'Hong Kong form', zh_CN: '香港用法', zh_TW: '香港用法' },
  glossary_field_en: { en: 'English', zh_CN: '英文', zh_TW: '英文' },
  glossary_field_aliases: { en: 'Other forms', zh_CN: '其他写法', zh_TW: '其他寫法' },
  glossary_field_category: { en: 'Category', zh_CN: '类别', zh_TW: '類別' },
  glossary_field_definition: { en: 'Definition', zh_CN: '释义', zh_TW: '釋義' },
  glossary_field_note: { en: 'Note', zh_CN: '备注', zh_TW: '備註' },
  glossary_field_link: { en: 'Link', zh_CN: '链接', zh_TW: '連結' },
  glossary_field_as_of: { en: 'As of', zh_CN: '资料日期', zh_TW: '資料日期' },

  // --- Options: backup, reset, notice -------------------------------------
  backup_export_all: { en: 'Export everything', zh_CN: '全部导出', zh_TW: '全部匯出' },
  backup_export_help: {
    en: 'Saves your settings and glossary in one file.',
    zh_CN: '将设置和词汇表保存为一个文件。',
    zh_TW: '將設定和詞彙表儲存為一個檔案。',
  },
  backup_import_all: { en: 'Import everything', zh_CN: '全部导入', zh_TW: '全部匯入' },
  backup_import_preview: {
    en: 'This import will:',
    zh_CN: '此次导入将：',
    zh_TW: '此次匯入將：',
  },
  backup_import_settings_changes: {
    en: 'change these settings: $fields$',
    zh_CN: '更改以下设置：$fields$',
    zh_TW: '變更以下設定：$fields$',
    placeholders: ['fields'],
  },
  backup_import_no_settings_changes: {
    en: 'leave your settings as they are',
    zh_CN: '不更改设置',
    zh_TW: '不變更設定',
  },
  backup_import_terms: {
    en: 'add $added$ terms and update $updated$',
    zh_CN: '新增 $added$ 个术语，更新 $updated$ 个',
    zh_TW: '新增 $added$ 個術語，更新 $updated$ 個',
    placeholders: ['added', 'updated'],
  },
  backup_import_failed: {
    en: 'This file cannot be imported. Nothing was changed.',
    zh_CN: '无法导入此文件，未做任何更改。',
    zh_TW: '無法匯入此檔案，未做任何變更。',
  },
  backup_import_done: { en: 'Imported.', zh_CN: '已导入。', zh_TW: '已匯入。' },
  reset_defaults: { en: 'Reset to defaults', zh_CN: '恢复默认设置', zh_TW: '還原預設值' },
  reset_confirm: {
    en: 'Reset every setting to its default? This removes your site rules and turns back on the built-in terms you switched off. Your own terms are kept.',
    zh_CN:
      '要将所有设置恢复为默认值吗？这会删除您的网站规则，并重新启用您停用的内置术语。您自己的术语会保留。',
    zh_TW:
      '要將所有設定還原為預設值嗎？這會刪除您的網站規則，並重新啟用您停用的內建術語。您自己的術語會保留。',
  },
  reset_done: {
    en: 'The settings are back to their defaults.',
    zh_CN: '已恢复默认设置。',
    zh_TW: '已還原預設值。',
  },
  settings_notice_title: {
    en: 'Some settings could not be read',
    zh_CN: '部分设置无法读取',
    zh_TW: '部分設定無法讀取',
  },
  settings_notice_body: {
    en: 'They were damaged or saved by a newer version of the extension, and now have their default values. Your other settings are as you left them.',
    zh_CN: '这些设置已损坏或由较新版本的扩展程序保存，现已恢复为默认值。其他设置保持不变。',
    zh_TW: '這些設定已損壞或由較新版本的擴充功能儲存，現已還原為預設值。其他設定維持不變。',
  },
  settings_notice_details: {
    en: 'Details ($count$)',
    zh_CN: '详细信息（$count$ 项）',
    zh_TW: '詳細資訊（$count$ 項）',
    placeholders: ['count'],
  },

  // --- Glossary card and page annotations ---------------------------------
  card_other_script: { en: 'Other script', zh_CN: '简繁对应', zh_TW: '簡繁對應' },
  card_chinese_names: { en: 'Chinese name', zh_CN: '中文名称', zh_TW: '中文名稱' },
  card_names: { en: 'Name', zh_CN: '名称', zh_TW: '名稱' },
  card_mainland_forms: { en: 'Mainland', zh_CN: '大陆用法', zh_TW: '大陸用法' },
  card_regional: { en: 'Regional forms', zh_CN: '地区用法', zh_TW: '地區用法' },
  card_english: { en: 'English', zh_CN: '英文', zh_TW: '英文' },
  card_definition: { en: 'Definition', zh_CN: '释义', zh_TW: '釋義' },
  card_note: { en: 'Note', zh_CN: '备注', zh_TW: '備註' },
  card_as_of: {
    en: 'As of $date$',
    zh_CN: '截至 $date$',
    zh_TW: '截至 $date$',
    placeholders: ['date'],
  },
  card_region_tw: { en: 'Taiwan', zh_CN: '台湾', zh_TW: '臺灣' },
  card_region_hk: { en: 'Hong Kong', zh_CN: '香港', zh_TW: '香港' },
  card_more: { en: 'More information', zh_CN: '更多信息', zh_TW: '更多資訊' },
  card_user_term: { en: 'Your term', zh_CN: '自定义术语', zh_TW: '自訂術語' },
  named_category_with_label: {
    en: '$category$ ($label$)',
    zh_CN: '$category$（$label$）',
    zh_TW: '$category$（$label$）',
    description: 'A category key as a file writes it, with its label ("company (Company)").',
    placeholders: ['category', 'label'],
  },
  category_company: { en: 'Company', zh_CN: '公司', zh_TW: '公司' },
  category_organization: { en: 'Organization', zh_CN: '机构', zh_TW: '機構' },
  category_person: { en: 'Person', zh_CN: '人物', zh_TW: '人物' },
  category_place: { en: 'Place', zh_CN: '地点', zh_TW: '地點' },
  category_product: { en: 'Product', zh_CN: '产品', zh_TW: '產品' },
  category_technology: { en: 'Technology', zh_CN: '技术', zh_TW: '技術' },
  category_term: { en: 'Term', zh_CN: '术语', zh_TW: '術語' },
  category_policy: { en: 'Policy', zh_CN: '政策', zh_TW: '政策' },
  category_idiom: { en: 'Idiom', zh_CN: '成语', zh_TW: '成語' },
  category_vocabulary: { en: 'Vocabulary', zh_CN: '词语', zh_TW: '詞語' },
  lost_span_tooltip: {
    en: 'Text lost when this page was copied by a mirror site',
    zh_CN: '镜像网站转载此网页时丢失的文字',
    zh_TW: '鏡像網站轉載此網頁時遺失的文字',
  },
  parallel_original_label: { en: 'Original', zh_CN: '原文', zh_TW: '原文' },

  // --- Errors -------------------------------------------------------------
  glossary_unreadable: {
    en: 'Your glossary could not be read ($error$). It is left as it is: its terms, their export and backups can be used again once the browser can read it (restarting the browser often helps).',
    zh_CN:
      '无法读取您的词汇表（$error$）。词汇表本身未被改动：浏览器能再次读取后，其中的术语及导出、备份功能即可恢复使用（重新启动浏览器通常可以解决）。',
    zh_TW:
      '無法讀取您的詞彙表（$error$）。詞彙表本身未被更動：瀏覽器能再次讀取後，其中的術語及匯出、備份功能即可恢復使用（重新啟動瀏覽器通常可以解決）。',
    placeholders: ['error'],
  },
  error_generic: {
    en: 'Something went wrong: $error$',
    zh_CN: '出现错误：$error$',
    zh_TW: '發生錯誤：$error$',
    placeholders: ['error'],
  },
  error_quota_sync: {
    en: 'The settings are too large to sync ($size$ of at most $limit$). Remove some site rules or turned-off terms.',
    zh_CN: '设置过大，无法同步（$size$，上限 $limit$）。请移除部分网站规则或已停用的术语。',
    zh_TW: '設定過大，無法同步（$size$，上限 $limit$）。請移除部分網站規則或已停用的術語。',
    placeholders: ['size', 'limit'],
  },
  error_quota_local: {
    en: 'The glossary is too large to store ($size$ of at most $limit$). Remove some terms.',
    zh_CN: '词汇表过大，无法保存（$size$，上限 $limit$）。请删除部分术语。',
    zh_TW: '詞彙表過大，無法儲存（$size$，上限 $limit$）。請刪除部分術語。',
    placeholders: ['size', 'limit'],
  },
  error_glossary_conflict: {
    en: 'The glossary was changed in another window, so nothing was saved. This page now shows those changes: check them, then try again.',
    zh_CN:
      '词汇表已在其他窗口中更改，因此未保存任何内容。此页面现已显示这些更改：请查看后再试一次。',
    zh_TW:
      '詞彙表已在其他視窗中變更，因此未儲存任何內容。此頁面現已顯示這些變更：請查看後再試一次。',
  },
  error_quota_device: {
    en: 'The browser has no room left to store this on this device. Removing some glossary terms frees room.',
    zh_CN: '浏览器在此设备上已没有空间保存这些内容。删除部分词汇表术语可以腾出空间。',
    zh_TW: '瀏覽器在此裝置上已沒有空間儲存這些內容。刪除部分詞彙表術語可以騰出空間。',
    description:
      'The device’s storage is full (no size limit of the extension’s own was exceeded).',
  },
  error_page_unreachable: {
    en: 'Cannot reach this page. Reload it and try again.',
    zh_CN: '无法连接此网页。请重新加载后再试。',
    zh_TW: '無法連線至此網頁。請重新載入後再試。',
  },
  error_dictionary_load: {
    en: 'The conversion dictionary could not be loaded.',
    zh_CN: '无法加载转换词典。',
    zh_TW: '無法載入轉換詞典。',
  },
  error_text_too_long: {
    en: 'The text is too long (at most $max$ characters).',
    zh_CN: '文字过长（最多 $max$ 个字符）。',
    zh_TW: '文字過長（最多 $max$ 個字元）。',
    placeholders: ['max'],
  },
  error_clipboard: {
    en: 'Could not copy to the clipboard.',
    zh_CN: '无法复制到剪贴板。',
    zh_TW: '無法複製到剪貼簿。',
  },
  error_import_not_json: {
    en: 'The file is not a JSON file.',
    zh_CN: '此文件不是 JSON 文件。',
    zh_TW: '此檔案不是 JSON 檔案。',
  },
  error_import_wrong_format: {
    en: 'This is not a Jianfan Reader backup.',
    zh_CN: '这不是简繁阅读器的备份文件。',
    zh_TW: '這不是簡繁閱讀器的備份檔案。',
  },
  error_import_newer_version: {
    en: 'This backup was made by a newer version of the extension. Update the extension first.',
    zh_CN: '此备份由较新版本的扩展程序制作，请先更新扩展程序。',
    zh_TW: '此備份由較新版本的擴充功能製作，請先更新擴充功能。',
  },

  // --- Problems found in files and stored values -------------------------
  // Each engine problem code has one message here (utils/i18n/labels.ts maps
  // codes to keys). Messages of the term validator and of single fields read
  // after the field they concern ("definition.en must not be empty"), so they
  // start in lower case and have no full stop in English.
  value_null: { en: 'null', zh_CN: '空值（null）', zh_TW: '空值（null）' },
  value_nothing: { en: 'nothing', zh_CN: '无内容', zh_TW: '無內容' },
  value_list: { en: 'a list', zh_CN: '列表', zh_TW: '清單' },
  value_object: { en: 'an object', zh_CN: '对象', zh_TW: '物件' },
  value_text: {
    en: 'the text "$text$"',
    zh_CN: '文字“$text$”',
    zh_TW: '文字「$text$」',
    placeholders: ['text'],
  },
  value_number: {
    en: 'the number $number$',
    zh_CN: '数字 $number$',
    zh_TW: '數字 $number$',
    placeholders: ['number'],
  },
  value_boolean: {
    en: '$value$',
    zh_CN: '布尔值 $value$',
    zh_TW: '布林值 $value$',
    description: 'true or false, as written in the file.',
    placeholders: ['value'],
  },
  value_other: {
    en: 'a $type$',
    zh_CN: '类型为 $type$ 的值',
    zh_TW: '型別為 $type$ 的值',
    description: 'A JavaScript type name such as bigint or function.',
    placeholders: ['type'],
  },
  list_separator: {
    en: ', ',
    zh_CN: '、',
    zh_TW: '、',
    description: 'Between names in a list (columns, categories, allowed values).',
  },
  locale_tag: {
    en: 'en',
    zh_CN: 'zh-CN',
    zh_TW: 'zh-TW',
    description: 'The BCP 47 language tag dates and numbers are written for in this language.',
  },
  aside: {
    en: ' ($text$)',
    zh_CN: '（$text$）',
    zh_TW: '（$text$）',
    description:
      'A remark in brackets after a word ("Simplified (97% sure)"): the English one starts with a space, the full-width brackets of Chinese need none.',
    placeholders: ['text'],
  },
  problem_separator: { en: '; ', zh_CN: '；', zh_TW: '；' },
  label_separator: { en: ': ', zh_CN: '：', zh_TW: '：' },
  place_separator: {
    en: ', ',
    zh_CN: '，',
    zh_TW: '，',
    description: 'Between the line and the field a problem is at ("Line 3, field category").',
  },
  problem_field_message: {
    en: '$field$ $message$',
    zh_CN: '$field$ $message$',
    zh_TW: '$field$ $message$',
    description: 'A field of a term and what is wrong with it ("category must be one of …").',
    placeholders: ['field', 'message'],
  },
  place_line: {
    en: 'line $line$',
    zh_CN: '第 $line$ 行',
    zh_TW: '第 $line$ 行',
    placeholders: ['line'],
  },
  place_term: {
    en: 'term $number$',
    zh_CN: '第 $number$ 个术语',
    zh_TW: '第 $number$ 個術語',
    placeholders: ['number'],
  },

  term_error_not_object: {
    en: 'must be an object, got $got$',
    zh_CN: '必须是对象，而不是$got$',
    zh_TW: '必須是物件，而不是$got$',
    placeholders: ['got'],
  },
  term_error_unknown_field: {
    en: 'is not a known field',
    zh_CN: '不是已知的字段',
    zh_TW: '不是已知的欄位',
  },
  term_error_required: { en: 'is required', zh_CN: '为必填项', zh_TW: '為必填' },
  term_error_not_string: {
    en: 'must be a string, got $got$',
    zh_CN: '必须是文字，而不是$got$',
    zh_TW: '必須是文字，而不是$got$',
    placeholders: ['got'],
  },
  term_error_empty: { en: 'must not be empty', zh_CN: '不能为空', zh_TW: '不可空白' },
  term_error_too_long: {
    en: 'must be at most $max$ characters',
    zh_CN: '不能超过 $max$ 个字符',
    zh_TW: '不可超過 $max$ 個字元',
    placeholders: ['max'],
  },
  term_error_control_characters: {
    en: 'must not contain control characters or line breaks',
    zh_CN: '不能包含控制字符或换行',
    zh_TW: '不可包含控制字元或換行',
  },
  term_error_broken_character: {
    en: 'has a broken character (half of a surrogate pair)',
    zh_CN: '包含残缺的字符（只有半个代理对）',
    zh_TW: '包含殘缺的字元（只有半個代理對）',
  },
  term_error_control_characters_in_text: {
    en: 'must not contain control characters (line feeds are allowed)',
    zh_CN: '不能包含控制字符（可以换行）',
    zh_TW: '不可包含控制字元（可以換行）',
  },
  term_error_surrounding_space: {
    en: 'must not start or end with a space',
    zh_CN: '开头和结尾不能有空格',
    zh_TW: '開頭和結尾不可有空格',
  },
  term_error_pipe: {
    en: 'must not contain "|"',
    zh_CN: '不能包含“|”',
    zh_TW: '不可包含「|」',
  },
  term_error_not_localized_text: {
    en: 'must be an object of texts by language (en, hans, hant), got $got$',
    zh_CN: '必须是按语言（en、hans、hant）给出文字的对象，而不是$got$',
    zh_TW: '必須是按語言（en、hans、hant）給出文字的物件，而不是$got$',
    placeholders: ['got'],
  },
  term_error_invalid_id: {
    en: 'must be 1–$max$ lower-case ASCII letters and digits in dash-separated words (like "nvidia-h200")',
    zh_CN: '必须由 1–$max$ 个小写英文字母和数字组成，单词之间用连字符分隔（例如“nvidia-h200”）',
    zh_TW: '必須由 1–$max$ 個小寫英文字母和數字組成，單字之間以連字號分隔（例如「nvidia-h200」）',
    placeholders: ['max'],
  },
  term_error_not_array: {
    en: 'must be an array of strings, got $got$',
    zh_CN: '必须是文字列表，而不是$got$',
    zh_TW: '必須是文字清單，而不是$got$',
    placeholders: ['got'],
  },
  term_error_empty_list: {
    en: 'must not be empty (leave it out instead)',
    zh_CN: '不能为空列表（不需要时请删去此字段）',
    zh_TW: '不可為空清單（不需要時請刪除此欄位）',
  },
  term_error_too_many: {
    en: 'must have at most $max$ entries',
    zh_CN: '不能超过 $max$ 项',
    zh_TW: '不可超過 $max$ 項',
    placeholders: ['max'],
  },
  term_error_repeated: {
    en: 'repeats "$value$"',
    zh_CN: '重复了“$value$”',
    zh_TW: '重複了「$value$」',
    placeholders: ['value'],
  },
  term_error_invalid_category: {
    en: 'must be one of $categories$; got $got$',
    zh_CN: '必须是以下类别之一：$categories$，而不是$got$',
    zh_TW: '必須是下列類別之一：$categories$，而不是$got$',
    placeholders: ['categories', 'got'],
  },
  term_error_not_https: {
    en: 'must be an https:// address',
    zh_CN: '必须是以 https:// 开头的网址',
    zh_TW: '必須是以 https:// 開頭的網址',
  },
  term_error_invalid_date: {
    en: 'must be a year or a date: "2025", "2025-12" or "2025-12-08"',
    zh_CN: '必须是年份或日期：“2025”“2025-12”或“2025-12-08”',
    zh_TW: '必須是年份或日期：「2025」、「2025-12」或「2025-12-08」',
  },
  term_error_not_boolean: {
    en: 'must be true or false, got $got$',
    zh_CN: '必须是 true 或 false，而不是$got$',
    zh_TW: '必須是 true 或 false，而不是$got$',
    placeholders: ['got'],
  },

  import_error_empty_file: {
    en: 'The file is empty.',
    zh_CN: '文件是空的。',
    zh_TW: '檔案是空的。',
  },
  import_error_invalid_json: {
    en: 'The file is not valid JSON: it goes wrong at line $line$, column $column$.',
    zh_CN: '文件不是有效的 JSON：第 $line$ 行第 $column$ 列有误。',
    zh_TW: '檔案不是有效的 JSON：第 $line$ 行第 $column$ 欄有誤。',
    description: 'Where the JSON syntax error is: line and column (characters), both from 1.',
    placeholders: ['line', 'column'],
  },
  glossary_import_error_invalid_json: {
    en: 'The file is not valid JSON: it goes wrong at column $column$.',
    zh_CN: '文件不是有效的 JSON：第 $column$ 列有误。',
    zh_TW: '檔案不是有效的 JSON：第 $column$ 欄有誤。',
    description:
      'Where the JSON syntax error is in a glossary file: the column (characters, from 1) of the line the problem is shown with.',
    placeholders: ['column'],
  },
  import_error_more_problems: {
    en: '…and $count$ more problems.',
    zh_CN: '……另有 $count$ 个问题。',
    zh_TW: '……另有 $count$ 個問題。',
    placeholders: ['count'],
  },
  glossary_import_error_not_text: {
    en: 'The file is not text in UTF-8. Save it as UTF-8 (in Excel: “CSV UTF-8”) and choose it again.',
    zh_CN: '此文件不是 UTF-8 文本。请另存为 UTF-8（在 Excel 中选“CSV UTF-8”）后重新选择。',
    zh_TW: '此檔案不是 UTF-8 文字。請另存為 UTF-8（在 Excel 中選「CSV UTF-8」）後重新選擇。',
  },
  backup_error_not_text: {
    en: 'The file is not text in UTF-8, as this extension writes backups.',
    zh_CN: '此文件不是 UTF-8 文本，而本扩展程序的备份都是 UTF-8 文本。',
    zh_TW: '此檔案不是 UTF-8 文字，而本擴充功能的備份都是 UTF-8 文字。',
  },
  glossary_import_error_too_large: {
    en: 'The file is $bytes$ bytes; glossary files are limited to $max$ bytes.',
    zh_CN: '文件大小为 $bytes$ 字节，词汇表文件不能超过 $max$ 字节。',
    zh_TW: '檔案大小為 $bytes$ 位元組，詞彙表檔案不可超過 $max$ 位元組。',
    placeholders: ['bytes', 'max'],
  },
  glossary_import_error_json_duplicate_key: {
    en: 'The name "$key$" is written twice in one object; only the last would be read, so nothing was taken from the file.',
    zh_CN: '名称“$key$”在同一个对象中写了两次，只会读取最后一个，因此未从文件中读取任何内容。',
    zh_TW: '名稱「$key$」在同一個物件中寫了兩次，只會讀取最後一個，因此未從檔案中讀取任何內容。',
    description: 'A JSON object names a key twice (a file merged by hand); shown with its line.',
    placeholders: ['key'],
  },
  glossary_import_error_json_truncated: {
    en: 'The JSON ends too early: the file looks truncated.',
    zh_CN: 'JSON 提前结束了，文件似乎不完整。',
    zh_TW: 'JSON 提前結束了，檔案似乎不完整。',
  },
  glossary_import_error_not_glossary_object: {
    en: 'A glossary file is an object {"format": "$format$", "version": $version$, "terms": [...]}.',
    zh_CN: '词汇表文件应是一个对象：{"format": "$format$", "version": $version$, "terms": [...]}。',
    zh_TW: '詞彙表檔案應是一個物件：{"format": "$format$", "version": $version$, "terms": [...]}。',
    placeholders: ['format', 'version'],
  },
  glossary_import_error_wrong_format: {
    en: 'must be "$format$"',
    zh_CN: '必须是“$format$”',
    zh_TW: '必須是「$format$」',
    placeholders: ['format'],
  },
  glossary_import_error_newer_version: {
    en: 'The file is glossary version $version$, made by a newer Jianfan Reader; this one reads version $supported$.',
    zh_CN:
      '此文件是第 $version$ 版词汇表，由较新版本的简繁阅读器制作；此版本只能读取第 $supported$ 版。',
    zh_TW:
      '此檔案是第 $version$ 版詞彙表，由較新版本的簡繁閱讀器製作；此版本只能讀取第 $supported$ 版。',
    placeholders: ['version', 'supported'],
  },
  glossary_import_error_wrong_version: {
    en: 'must be $version$',
    zh_CN: '必须是 $version$',
    zh_TW: '必須是 $version$',
    placeholders: ['version'],
  },
  glossary_import_error_terms_not_array: {
    en: 'must be an array of terms',
    zh_CN: '必须是术语列表',
    zh_TW: '必須是術語清單',
  },
  glossary_import_error_csv_unclosed_quote: {
    en: 'A quoted field is never closed: the file is truncated or a quote is missing.',
    zh_CN: '有一个带引号的字段没有结束：文件不完整，或少了一个引号。',
    zh_TW: '有一個加引號的欄位沒有結束：檔案不完整，或少了一個引號。',
  },
  glossary_import_error_csv_text_after_quote: {
    en: 'Unexpected "$character$" after a closing quote; a field is either fully quoted or not quoted.',
    zh_CN: '右引号后出现了意外的“$character$”；字段要么整个放在引号内，要么不加引号。',
    zh_TW: '右引號後出現了非預期的「$character$」；欄位應整個放在引號內，或完全不加引號。',
    placeholders: ['character'],
  },
  glossary_import_error_csv_quote_runs_on: {
    en: 'A quote opened on this line runs on to line $end$, where a quote is followed by text. Close the quote on this line; or, if the field should hold line breaks, double any quote inside it ("") and move any text between its closing quote and the next comma on line $end$ inside the quotes.',
    zh_CN:
      '此行开始的引号一直延续到第 $end$ 行，那里的引号后面还有文字。请在此行补上右引号；如果这个字段本该换行，请把字段内的引号写成两个（""），并把第 $end$ 行右引号到下一个逗号之间的文字移到引号内。',
    zh_TW:
      '此行開始的引號一直延續到第 $end$ 行，那裡的引號後面還有文字。請在此行補上右引號；如果這個欄位本該換行，請把欄位內的引號寫成兩個（""），並把第 $end$ 行右引號到下一個逗號之間的文字移到引號內。',
    placeholders: ['end'],
  },
  glossary_import_error_csv_quote_spans_rows: {
    en: 'A quoted field opened on this line runs on to line $end$. If it should not hold line breaks, a closing quote is missing on this line.',
    zh_CN:
      '此行开始的带引号字段一直延续到第 $end$ 行。如果这个字段本不该换行，那么此行少了一个右引号。',
    zh_TW:
      '此行開始的加引號欄位一直延續到第 $end$ 行。如果這個欄位本不該換行，那麼此行少了一個右引號。',
    placeholders: ['end'],
  },
  glossary_import_error_csv_quote_holds_rows: {
    en: 'A quoted field opened on this line runs on to line $end$ and holds what reads as rows of the file: a closing quote is probably missing on this line.',
    zh_CN:
      '此行开始的带引号字段一直延续到第 $end$ 行，其中的内容看起来是文件中的数据行：此行可能少了一个右引号。',
    zh_TW:
      '此行開始的加引號欄位一直延續到第 $end$ 行，其中的內容看起來是檔案中的資料列：此行可能少了一個右引號。',
    placeholders: ['end'],
  },
  glossary_import_error_csv_stray_quote: {
    en: 'A quote inside an unquoted field: put the whole field in quotes and double the quote ("").',
    zh_CN: '未加引号的字段中有引号：请把整个字段放在引号内，并把其中的引号写两次（""）。',
    zh_TW: '未加引號的欄位中有引號：請將整個欄位放在引號內，並將其中的引號寫兩次（""）。',
  },
  glossary_import_error_csv_semicolons: {
    en: 'The fields are separated by semicolons (;); a glossary CSV file separates them with commas (,).',
    zh_CN: '字段以分号（;）分隔；词汇表 CSV 文件须以逗号（,）分隔。',
    zh_TW: '欄位以分號（;）分隔；詞彙表 CSV 檔案須以逗號（,）分隔。',
  },
  glossary_import_error_csv_tabs: {
    en: 'The fields are separated by tabs; a glossary CSV file separates them with commas (,).',
    zh_CN: '字段以制表符分隔；词汇表 CSV 文件须以逗号（,）分隔。',
    zh_TW: '欄位以定位字元（Tab）分隔；詞彙表 CSV 檔案須以逗號（,）分隔。',
  },
  glossary_import_error_csv_unknown_column: {
    en: 'Column $index$ "$column$" is not a glossary column (expected: $columns$).',
    zh_CN: '第 $index$ 列“$column$”不是词汇表的列（应为：$columns$）。',
    zh_TW: '第 $index$ 欄「$column$」不是詞彙表的欄位（應為：$columns$）。',
    placeholders: ['index', 'column', 'columns'],
  },
  glossary_import_error_csv_repeated_column: {
    en: 'Column "$column$" appears twice in the header.',
    zh_CN: '标题行中“$column$”列出现了两次。',
    zh_TW: '標題列中「$column$」欄出現了兩次。',
    placeholders: ['column'],
  },
  glossary_import_error_csv_missing_column: {
    en: 'The header has no "$column$" column.',
    zh_CN: '标题行缺少“$column$”列。',
    zh_TW: '標題列缺少「$column$」欄。',
    placeholders: ['column'],
  },
  glossary_import_error_csv_missing_form_column: {
    en: 'The header needs a "hans" or a "hant" column.',
    zh_CN: '标题行需要“hans”或“hant”列。',
    zh_TW: '標題列需要「hans」或「hant」欄。',
    description: 'Either written-form column will do: the other script is filled in.',
  },
  glossary_import_error_csv_missing_definition_column: {
    en: 'The header needs a definition column, one of definition_en, definition_hans, definition_hant.',
    zh_CN: '标题行需要一个释义列：definition_en、definition_hans、definition_hant 之一。',
    zh_TW: '標題列需要一個釋義欄：definition_en、definition_hans、definition_hant 之一。',
    description: 'Any one of the three definition columns will do.',
  },
  glossary_import_error_csv_field_count: {
    en: 'This row has $count$ fields but the header has $expected$; check the commas and quotes.',
    zh_CN: '此行有 $count$ 个字段，但标题行有 $expected$ 个；请检查逗号和引号。',
    zh_TW: '這一列有 $count$ 個欄位，但標題列有 $expected$ 個；請檢查逗號和引號。',
    placeholders: ['count', 'expected'],
  },
  glossary_import_error_csv_formula: {
    en: 'starts with "$character$", which a spreadsheet would run as a formula; start the cell with \' to keep it as text',
    zh_CN: "以“$character$”开头，电子表格会把它当作公式执行；请在开头加上 ' 以保留为文字",
    zh_TW: "以「$character$」開頭，試算表會將它當作公式執行；請在開頭加上 ' 以保留為文字",
    placeholders: ['character'],
  },
  glossary_import_error_too_many_terms: {
    en: 'The file has $count$ terms; at most $max$ can be imported at once.',
    zh_CN: '文件中有 $count$ 个术语，一次最多可以导入 $max$ 个。',
    zh_TW: '檔案中有 $count$ 個術語，一次最多可以匯入 $max$ 個。',
    placeholders: ['count', 'max'],
  },
  glossary_import_error_duplicate_id: {
    en: 'The id "$id$" is used twice (first at $first$).',
    zh_CN: '编号“$id$”用了两次（第一次在$first$）。',
    zh_TW: '編號「$id$」用了兩次（第一次在$first$）。',
    placeholders: ['id', 'first'],
  },
  glossary_import_error_form_clash: {
    en: 'The written form "$form$" also belongs to "$owner$" ($first$); a form can belong to one term only.',
    zh_CN: '写法“$form$”也属于“$owner$”（$first$）；一种写法只能属于一个术语。',
    zh_TW: '寫法「$form$」也屬於「$owner$」（$first$）；一種寫法只能屬於一個術語。',
    placeholders: ['form', 'owner', 'first'],
  },
  glossary_import_error_form_exists: {
    en: '"$form$" is already a form of your term "$owner$"; a form can belong to one term only.',
    zh_CN: '“$form$”已经是您的术语“$owner$”的写法；一种写法只能属于一个术语。',
    zh_TW: '「$form$」已經是您的術語「$owner$」的寫法；一種寫法只能屬於一個術語。',
    placeholders: ['form', 'owner'],
  },

  settings_problem_not_object: {
    en: 'expected an object, found $found$',
    zh_CN: '应为对象，实际为$found$',
    zh_TW: '應為物件，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_invalid_version: {
    en: 'expected a version number, found $found$',
    zh_CN: '应为版本号，实际为$found$',
    zh_TW: '應為版本號碼，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_newer_version: {
    en: 'saved by a newer version of the extension (schema $version$); settings this version does not know are ignored',
    zh_CN: '由较新版本的扩展程序保存（格式版本 $version$）；此版本无法识别的设置已被忽略',
    zh_TW: '由較新版本的擴充功能儲存（格式版本 $version$）；此版本無法辨識的設定已略過',
    placeholders: ['version'],
  },
  settings_problem_not_one_of: {
    en: 'expected one of $allowed$; found $found$',
    zh_CN: '应为 $allowed$ 之一，实际为$found$',
    zh_TW: '應為 $allowed$ 其中之一，實際為$found$',
    placeholders: ['allowed', 'found'],
  },
  settings_problem_not_boolean: {
    en: 'expected true or false, found $found$',
    zh_CN: '应为 true 或 false，实际为$found$',
    zh_TW: '應為 true 或 false，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_not_rule_list: {
    en: 'expected a list of rules, found $found$',
    zh_CN: '应为规则列表，实际为$found$',
    zh_TW: '應為規則清單，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_not_rule: {
    en: 'expected { pattern, mode }, found $found$',
    zh_CN: '应为 { pattern, mode }，实际为$found$',
    zh_TW: '應為 { pattern, mode }，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_pattern_not_text: {
    en: 'pattern: expected text, found $found$',
    zh_CN: '网站：应为文字，实际为$found$',
    zh_TW: '網站：應為文字，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_invalid_pattern: {
    en: 'pattern: $reason$',
    zh_CN: '网站：$reason$',
    zh_TW: '網站：$reason$',
    description: 'Why a site rule’s site was refused, one of the pattern_error_ messages.',
    placeholders: ['reason'],
  },
  settings_problem_invalid_rule_mode: {
    en: 'mode: expected one of $allowed$; found $found$',
    zh_CN: '规则：应为 $allowed$ 之一，实际为$found$',
    zh_TW: '規則：應為 $allowed$ 其中之一，實際為$found$',
    placeholders: ['allowed', 'found'],
  },
  settings_problem_duplicate_rule: {
    en: 'same pattern as $first$; the first one is kept',
    zh_CN: '与 $first$ 的网站相同；已保留前一条',
    zh_TW: '與 $first$ 的網站相同；已保留前一條',
    placeholders: ['first'],
  },
  settings_problem_too_many_rules: {
    en: 'more than $max$ rules; the rest are dropped',
    zh_CN: '超过 $max$ 条规则；其余已舍弃',
    zh_TW: '超過 $max$ 條規則；其餘已捨棄',
    placeholders: ['max'],
  },
  settings_problem_not_id_list: {
    en: 'expected a list of term ids, found $found$',
    zh_CN: '应为术语编号列表，实际为$found$',
    zh_TW: '應為術語編號清單，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_not_term_id: {
    en: 'expected a term id, found $found$',
    zh_CN: '应为术语编号，实际为$found$',
    zh_TW: '應為術語編號，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_too_many_ids: {
    en: 'more than $max$ ids; the rest are dropped',
    zh_CN: '超过 $max$ 个编号；其余已舍弃',
    zh_TW: '超過 $max$ 個編號；其餘已捨棄',
    placeholders: ['max'],
  },
  settings_problem_invalid_revision: {
    en: 'expected a whole number ≥ 0, found $found$',
    zh_CN: '应为不小于 0 的整数，实际为$found$',
    zh_TW: '應為不小於 0 的整數，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_not_list: {
    en: 'expected a list, found $found$',
    zh_CN: '应为列表，实际为$found$',
    zh_TW: '應為清單，實際為$found$',
    placeholders: ['found'],
  },
  settings_problem_invalid_term: {
    en: 'not a valid term: $details$',
    zh_CN: '不是有效的术语：$details$',
    zh_TW: '不是有效的術語：$details$',
    placeholders: ['details'],
  },

  backup_error_too_large: {
    en: 'The file is too large to be a backup of this extension.',
    zh_CN: '文件太大，不可能是此扩展程序的备份。',
    zh_TW: '檔案太大，不可能是此擴充功能的備份。',
  },
  backup_error_not_object: {
    en: 'Expected a backup object, found $found$.',
    zh_CN: '应为备份对象，实际为$found$。',
    zh_TW: '應為備份物件，實際為$found$。',
    placeholders: ['found'],
  },
  backup_error_wrong_format: {
    en: 'This is not a Jianfan Reader backup (the "format" field is missing or different).',
    zh_CN: '这不是简繁阅读器的备份（缺少“format”字段，或其值不同）。',
    zh_TW: '這不是簡繁閱讀器的備份（缺少「format」欄位，或其值不同）。',
  },
  backup_error_invalid_version: {
    en: 'The backup version is not valid: $found$.',
    zh_CN: '备份的版本无效：$found$。',
    zh_TW: '備份的版本無效：$found$。',
    placeholders: ['found'],
  },
  backup_error_newer_version: {
    en: 'The backup was made by a newer version of the extension (format $version$); update the extension first.',
    zh_CN: '此备份由较新版本的扩展程序制作（格式版本 $version$）；请先更新扩展程序。',
    zh_TW: '此備份由較新版本的擴充功能製作（格式版本 $version$）；請先更新擴充功能。',
    placeholders: ['version'],
  },
  backup_error_invalid_date: {
    en: '"exportedAt" is not a date: $found$.',
    zh_CN: '“exportedAt”不是日期：$found$。',
    zh_TW: '「exportedAt」不是日期：$found$。',
    placeholders: ['found'],
  },
  backup_error_settings_not_object: {
    en: '"settings" must be an object, found $found$.',
    zh_CN: '“settings”必须是对象，实际为$found$。',
    zh_TW: '「settings」必須是物件，實際為$found$。',
    placeholders: ['found'],
  },
  backup_error_duplicate_key: {
    en: 'Line $line$: the name "$key$" is written twice in one object; only the last would be read.',
    zh_CN: '第 $line$ 行：名称“$key$”在同一个对象中写了两次，只会读取最后一个。',
    zh_TW: '第 $line$ 行：名稱「$key$」在同一個物件中寫了兩次，只會讀取最後一個。',
    placeholders: ['line', 'key'],
  },
  backup_error_invalid_setting: {
    en: 'Setting $field$: $reason$.',
    zh_CN: '设置 $field$：$reason$。',
    zh_TW: '設定 $field$：$reason$。',
    placeholders: ['field', 'reason'],
  },
  backup_error_invalid_named_setting: {
    en: '$label$ ($field$): $reason$.',
    zh_CN: '$label$（$field$）：$reason$。',
    zh_TW: '$label$（$field$）：$reason$。',
    description:
      'A setting the backup holds and this version refuses: its label in the options page, its field, why.',
    placeholders: ['label', 'field', 'reason'],
  },
  backup_error_form_clash: {
    en: 'The written form "$form$" belongs to the terms "$first$" and "$second$"; a form can belong to one term only.',
    zh_CN: '写法“$form$”同时属于术语“$first$”和“$second$”；一种写法只能属于一个术语。',
    zh_TW: '寫法「$form$」同時屬於術語「$first$」和「$second$」；一種寫法只能屬於一個術語。',
    placeholders: ['form', 'first', 'second'],
  },
  backup_error_glossary_not_object: {
    en: '"userGlossary" must be an object, found $found$.',
    zh_CN: '“userGlossary”必须是对象，实际为$found$。',
    zh_TW: '「userGlossary」必須是物件，實際為$found$。',
    placeholders: ['found'],
  },
  backup_error_invalid_glossary: {
    en: '$field$: $reason$.',
    zh_CN: '$field$：$reason$。',
    zh_TW: '$field$：$reason$。',
    placeholders: ['field', 'reason'],
  },
  backup_error_invalid_term: {
    en: 'Term $number$: $details$.',
    zh_CN: '第 $number$ 个术语：$details$。',
    zh_TW: '第 $number$ 個術語：$details$。',
    placeholders: ['number', 'details'],
  },
  backup_error_repeated_term: {
    en: 'Term $number$ repeats term $first$.',
    zh_CN: '第 $number$ 个术语与第 $first$ 个重复。',
    zh_TW: '第 $number$ 個術語與第 $first$ 個重複。',
    placeholders: ['number', 'first'],
  },

  // --- Popup and options pages: labels, hints and messages of their own ---
  popup_page_kind: {
    en: 'Kind of page',
    zh_CN: '网页类型',
    zh_TW: '網頁類型',
  },
  popup_untitled: {
    en: '(untitled)',
    zh_CN: '（无标题）',
    zh_TW: '（無標題）',
  },
  popup_no_information: {
    en: 'No information for this tab yet.',
    zh_CN: '此标签页暂无信息。',
    zh_TW: '此分頁尚無資訊。',
  },
  popup_no_chinese: {
    en: 'This page has no Chinese text, so there is nothing to convert.',
    zh_CN: '此网页没有中文，无需转换。',
    zh_TW: '此網頁沒有中文，無須轉換。',
  },
  popup_progress_label: {
    en: 'Conversion progress',
    zh_CN: '转换进度',
    zh_TW: '轉換進度',
  },
  popup_convert_repair: {
    en: 'Repair mirror-site damage first (pinyin after characters, garbled passages)',
    zh_CN: '先修复镜像网站造成的损坏（字后的拼音、乱码）',
    zh_TW: '先修復鏡像網站造成的損壞（字後的拼音、亂碼）',
  },
  popup_convert_repaired: {
    en: 'Repaired first: $removed$ pinyin annotations removed, $runs$ garbled passages restored, $lost$ lost by the mirror (shown as ⟨…⟩).',
    zh_CN:
      '已先修复：移除 $removed$ 处拼音注释，还原 $runs$ 段乱码，$lost$ 段已被镜像网站丢失（显示为 ⟨…⟩）。',
    zh_TW:
      '已先修復：移除 $removed$ 處拼音註記，還原 $runs$ 段亂碼，$lost$ 段已被鏡像網站遺失（顯示為 ⟨…⟩）。',
    placeholders: ['removed', 'runs', 'lost'],
  },
  popup_convert_this_tab: {
    en: 'Convert this page',
    zh_CN: '转换此网页',
    zh_TW: '轉換此網頁',
  },
  popup_convert_this_tab_help: {
    en: 'For this tab only. The choices below are also saved for the pages you open next.',
    zh_CN: '仅对此标签页有效。下方的选项也会保存，用于之后打开的网页。',
    zh_TW: '僅對此分頁有效。下方的選項也會儲存，用於之後開啟的網頁。',
  },
  popup_convert_input: {
    en: 'Text to convert',
    zh_CN: '要转换的文字',
    zh_TW: '要轉換的文字',
  },
  popup_convert_result: {
    en: 'Converted text',
    zh_CN: '转换结果',
    zh_TW: '轉換結果',
  },
  popup_copy_fallback: {
    en: 'Select the converted text and press Ctrl+C (⌘C on a Mac).',
    zh_CN: '请选取转换结果后按 Ctrl+C（Mac 上按 ⌘C）。',
    zh_TW: '請選取轉換結果後按 Ctrl+C（Mac 上按 ⌘C）。',
  },
  site_rule_for: {
    en: 'Rule for $pattern$',
    zh_CN: '$pattern$ 的规则',
    zh_TW: '$pattern$ 的規則',
    placeholders: ['pattern'],
  },
  site_rule_edit_named: {
    en: 'Edit the rule for $pattern$',
    zh_CN: '编辑 $pattern$ 的规则',
    zh_TW: '編輯 $pattern$ 的規則',
    placeholders: ['pattern'],
  },
  site_rule_remove_title: { en: 'Remove site rule', zh_CN: '移除网站规则', zh_TW: '移除網站規則' },
  site_rule_remove_confirm: {
    en: 'Remove the rule for $pattern$?',
    zh_CN: '要移除 $pattern$ 的规则吗？',
    zh_TW: '要移除 $pattern$ 的規則嗎？',
    placeholders: ['pattern'],
  },
  site_rule_remove_named: {
    en: 'Remove the rule for $pattern$',
    zh_CN: '移除 $pattern$ 的规则',
    zh_TW: '移除 $pattern$ 的規則',
    placeholders: ['pattern'],
  },
  site_rule_edit_input: {
    en: 'Site (was $pattern$)',
    zh_CN: '网站（原为 $pattern$）',
    zh_TW: '網站（原為 $pattern$）',
    placeholders: ['pattern'],
  },
  site_rule_too_many: {
    en: 'You can have at most $max$ site rules.',
    zh_CN: '最多可以有 $max$ 条网站规则。',
    zh_TW: '最多可以有 $max$ 條網站規則。',
    placeholders: ['max'],
  },
  glossary_edit_named: {
    en: 'Edit $term$',
    zh_CN: '编辑 $term$',
    zh_TW: '編輯 $term$',
    placeholders: ['term'],
  },
  glossary_delete_named: {
    en: 'Delete $term$',
    zh_CN: '删除 $term$',
    zh_TW: '刪除 $term$',
    placeholders: ['term'],
  },
  glossary_disable_named: {
    en: 'Turn off $term$',
    zh_CN: '停用 $term$',
    zh_TW: '停用 $term$',
    placeholders: ['term'],
  },
  glossary_enable_named: {
    en: 'Turn on $term$',
    zh_CN: '启用 $term$',
    zh_TW: '啟用 $term$',
    placeholders: ['term'],
  },
  glossary_customise: {
    en: 'Customise',
    zh_CN: '自定义',
    zh_TW: '自訂',
  },
  glossary_customise_named: {
    en: 'Customise $term$',
    zh_CN: '自定义 $term$',
    zh_TW: '自訂 $term$',
    placeholders: ['term'],
  },
  glossary_revert: {
    en: 'Use built-in',
    zh_CN: '改用内置',
    zh_TW: '改用內建',
  },
  glossary_revert_named: {
    en: 'Use the built-in $term$ again',
    zh_CN: '重新使用内置的 $term$',
    zh_TW: '重新使用內建的 $term$',
    placeholders: ['term'],
  },
  glossary_revert_title: {
    en: 'Use the built-in term',
    zh_CN: '改用内置术语',
    zh_TW: '改用內建術語',
    description: 'Names the confirmation that removes the reader’s version of a built-in term.',
  },
  glossary_revert_confirm: {
    en: 'Remove your version of “$term$” and use the built-in one again?',
    zh_CN: '要移除您自定义的“$term$”，重新使用内置版本吗？',
    zh_TW: '要移除您自訂的「$term$」，重新使用內建版本嗎？',
    placeholders: ['term'],
  },
  glossary_edit_conflict_changed: {
    en: '“$term$” was changed in another window, and that version is kept. Your changes are still in the form: save again to replace it with them, or cancel.',
    zh_CN:
      '“$term$”已在其他窗口中更改，已保留该版本。您的修改仍在表单中：再次保存即可用它们取代该版本，或选择取消。',
    zh_TW:
      '「$term$」已在其他視窗中變更，已保留該版本。您的修改仍在表單中：再次儲存即可用它們取代該版本，或選擇取消。',
    placeholders: ['term'],
  },
  glossary_edit_conflict_deleted: {
    en: '“$term$” was deleted in another window. Your changes are still in the form: save again to add the term back, or cancel.',
    zh_CN:
      '“$term$”已在其他窗口中删除。您的修改仍在表单中：再次保存即可重新添加该术语，或选择取消。',
    zh_TW:
      '「$term$」已在其他視窗中刪除。您的修改仍在表單中：再次儲存即可重新新增該術語，或選擇取消。',
    placeholders: ['term'],
  },
  glossary_form_open_hint: {
    en: 'Save or cancel the term form above to edit, customise or delete another term.',
    zh_CN: '请先保存或取消上方的术语表单，再编辑、自定义或删除其他术语。',
    zh_TW: '請先儲存或取消上方的術語表單，再編輯、自訂或刪除其他術語。',
  },
  glossary_source_builtin: {
    en: 'Built-in',
    zh_CN: '内置',
    zh_TW: '內建',
  },
  glossary_source_override: {
    en: 'Yours, replaces built-in',
    zh_CN: '自定义，取代内置',
    zh_TW: '自訂，取代內建',
  },
  glossary_showing: {
    en: 'Showing $shown$ of $count$ terms. Search to narrow them down.',
    zh_CN: '显示 $count$ 个术语中的 $shown$ 个，可搜索以缩小范围。',
    zh_TW: '顯示 $count$ 個術語中的 $shown$ 個，可搜尋以縮小範圍。',
    placeholders: ['shown', 'count'],
  },
  glossary_show_more: {
    en: 'Show $count$ more',
    zh_CN: '再显示 $count$ 个术语',
    zh_TW: '再顯示 $count$ 個術語',
    description: 'Button under the glossary list that lists the next terms.',
    placeholders: ['count'],
  },
  glossary_too_many_disabled: {
    en: 'At most $max$ built-in terms can be turned off.',
    zh_CN: '最多可停用 $max$ 个内置术语。',
    zh_TW: '最多可停用 $max$ 個內建術語。',
    placeholders: ['max'],
  },
  glossary_in_english: {
    en: 'In English',
    zh_CN: '英文',
    zh_TW: '英文',
  },
  glossary_in_simplified: {
    en: 'In Simplified Chinese',
    zh_CN: '简体中文',
    zh_TW: '簡體中文',
  },
  glossary_in_traditional: {
    en: 'In Traditional Chinese',
    zh_CN: '繁体中文',
    zh_TW: '繁體中文',
  },
  glossary_id_help: {
    en: 'Lower-case letters, digits and dashes, such as nvidia-h200.',
    zh_CN: '小写字母、数字和连字符，例如 nvidia-h200。',
    zh_TW: '小寫字母、數字和連字號，例如 nvidia-h200。',
  },
  glossary_id_overrides: {
    en: 'A built-in term has this id; yours will replace it.',
    zh_CN: '已有内置术语使用此编号，您的术语将取代它。',
    zh_TW: '已有內建術語使用此編號，您的術語將取代它。',
  },
  glossary_form_builtin: {
    en: 'The built-in term $term$ also has the form "$form$". Yours will be added beside it, and "$form$" on a page will show yours. To change the built-in term instead, cancel and choose Customise on it.',
    zh_CN:
      '内置术语 $term$ 也有写法“$form$”。您的术语会与它并存，网页上的“$form$”将显示您的术语。若要修改内置术语本身，请取消，然后在该术语上选择“自定义”。',
    zh_TW:
      '內建術語 $term$ 也有寫法「$form$」。您的術語會與它並存，網頁上的「$form$」將顯示您的術語。若要修改內建術語本身，請取消，然後在該術語上選擇「自訂」。',
    placeholders: ['term', 'form'],
    description:
      'Under the term form when a written form the reader typed (or selected on a page) is also a built-in term’s. $term$ names the built-in term.',
  },
  glossary_aliases_help: {
    en: 'One per line.',
    zh_CN: '每行一个。',
    zh_TW: '每行一個。',
  },
  glossary_link_help: {
    en: 'An address starting with https://.',
    zh_CN: '以 https:// 开头的网址。',
    zh_TW: '以 https:// 開頭的網址。',
  },
  glossary_as_of_help: {
    en: 'When the facts were checked: 2025, 2025-12 or 2025-12-08.',
    zh_CN: '资料核对日期：2025、2025-12 或 2025-12-08。',
    zh_TW: '資料核對日期：2025、2025-12 或 2025-12-08。',
  },
  glossary_case_sensitive: {
    en: 'Match Latin letters exactly (CUDA but not cuda)',
    zh_CN: '拉丁字母须完全相符（CUDA 而非 cuda）',
    zh_TW: '拉丁字母須完全相符（CUDA 而非 cuda）',
  },
  glossary_protect: {
    en: 'Keep these forms as written when converting',
    zh_CN: '转换时保留这些写法',
    zh_TW: '轉換時保留這些寫法',
  },
  glossary_protect_help: {
    en: 'For names the converter would get wrong.',
    zh_CN: '用于转换工具会转错的名称。',
    zh_TW: '用於轉換工具會轉錯的名稱。',
  },
  glossary_error_required: {
    en: 'Required.',
    zh_CN: '必填。',
    zh_TW: '必填。',
  },
  glossary_error_id: {
    en: 'Use lower-case letters, digits and dashes, such as nvidia-h200.',
    zh_CN: '请使用小写字母、数字和连字符，例如 nvidia-h200。',
    zh_TW: '請使用小寫字母、數字和連字號，例如 nvidia-h200。',
  },
  glossary_error_link: {
    en: 'Enter an address starting with https://.',
    zh_CN: '请输入以 https:// 开头的网址。',
    zh_TW: '請輸入以 https:// 開頭的網址。',
  },
  glossary_error_as_of: {
    en: 'Write a year or a date: 2025, 2025-12 or 2025-12-08.',
    zh_CN: '请写年份或日期：2025、2025-12 或 2025-12-08。',
    zh_TW: '請寫年份或日期：2025、2025-12 或 2025-12-08。',
  },
  glossary_error_id_taken: {
    en: 'You already have a term with the id $id$.',
    zh_CN: '已有编号为 $id$ 的术语。',
    zh_TW: '已有編號為 $id$ 的術語。',
    placeholders: ['id'],
  },
  glossary_error_form_taken: {
    en: 'The written form "$form$" already belongs to your term "$owner$"; a form can belong to one term only.',
    zh_CN: '写法“$form$”已经属于您的术语“$owner$”；一种写法只能属于一个术语。',
    zh_TW: '寫法「$form$」已經屬於您的術語「$owner$」；一種寫法只能屬於一個術語。',
    placeholders: ['form', 'owner'],
  },
  glossary_export_json: {
    en: 'Export as JSON',
    zh_CN: '导出为 JSON',
    zh_TW: '匯出為 JSON',
  },
  glossary_export_csv: {
    en: 'Export as CSV',
    zh_CN: '导出为 CSV',
    zh_TW: '匯出為 CSV',
  },
  glossary_export_help_none: {
    en: 'You have no terms of your own yet: the file holds only the header (CSV) or an empty list (JSON), a template to fill in and import.',
    zh_CN:
      '您还没有自己的术语：导出的文件只有表头（CSV）或空列表（JSON），可作为模板填写后再导入。',
    zh_TW:
      '您還沒有自己的術語：匯出的檔案只有標題列（CSV）或空清單（JSON），可作為範本填寫後再匯入。',
  },
  glossary_export_help: {
    en: 'Exports your own terms ($count$). The built-in ones come with the extension.',
    zh_CN: '导出您自己的术语（$count$ 个）。内置术语随扩展程序提供。',
    zh_TW: '匯出您自己的術語（$count$ 個）。內建術語隨擴充功能提供。',
    placeholders: ['count'],
  },
  glossary_term_saved: {
    en: 'Saved “$term$”.',
    zh_CN: '已保存“$term$”。',
    zh_TW: '已儲存「$term$」。',
    placeholders: ['term'],
  },
  glossary_term_deleted: {
    en: 'Deleted “$term$”.',
    zh_CN: '已删除“$term$”。',
    zh_TW: '已刪除「$term$」。',
    placeholders: ['term'],
  },
  glossary_import_done: {
    en: 'Imported $added$ new and $updated$ updated terms.',
    zh_CN: '已导入：新增 $added$ 个，更新 $updated$ 个术语。',
    zh_TW: '已匯入：新增 $added$ 個，更新 $updated$ 個術語。',
    placeholders: ['added', 'updated'],
  },
  import_nothing_yet: {
    en: 'Nothing changes until you apply the preview.',
    zh_CN: '在您点击“应用”之前，不会做任何更改。',
    zh_TW: '在您按下「套用」之前，不會做任何變更。',
  },
  import_preview_title: {
    en: 'Preview: $file$',
    zh_CN: '预览：$file$',
    zh_TW: '預覽：$file$',
    placeholders: ['file'],
  },
  import_line: {
    en: 'Line $line$',
    zh_CN: '第 $line$ 行',
    zh_TW: '第 $line$ 行',
    placeholders: ['line'],
  },
  import_field: {
    en: 'field $field$',
    zh_CN: '字段 $field$',
    zh_TW: '欄位 $field$',
    placeholders: ['field'],
  },
  import_new: {
    en: 'New',
    zh_CN: '新增',
    zh_TW: '新增',
  },
  import_replaces_built_in: {
    en: 'New, replaces built-in',
    zh_CN: '新增，取代内置',
    zh_TW: '新增，取代內建',
  },
  import_beside_built_in: {
    en: 'New, shares a name with a built-in term',
    zh_CN: '新增，与内置术语同名',
    zh_TW: '新增，與內建術語同名',
    description:
      'Badge of a new term of an import preview that has a written form of a built-in term (and another id): it is added beside that term.',
  },
  import_shares_built_in: {
    en: 'The built-in term $term$ also has the form "$form$". This term is added beside it, and "$form$" on a page will show this one.',
    zh_CN: '内置术语 $term$ 也有写法“$form$”。此术语会与它并存，网页上的“$form$”将显示此术语。',
    zh_TW: '內建術語 $term$ 也有寫法「$form$」。此術語會與它並存，網頁上的「$form$」將顯示此術語。',
    placeholders: ['term', 'form'],
    description:
      'Under a term of an import preview that has a written form of a built-in term. $term$ names the built-in term.',
  },
  import_updated: {
    en: 'Updated',
    zh_CN: '更新',
    zh_TW: '更新',
  },
  import_filled_in: {
    en: 'Filled in',
    zh_CN: '自动填入',
    zh_TW: '自動填入',
    description:
      'Before the values import filled in for a term of the preview: "Filled in: Traditional 旗艦模型".',
  },
  import_more: {
    en: '…and $count$ more',
    zh_CN: '……另有 $count$ 个',
    zh_TW: '……另有 $count$ 個',
    placeholders: ['count'],
  },
  backup_exported_at: {
    en: 'Exported on $date$.',
    zh_CN: '导出时间：$date$。',
    zh_TW: '匯出時間：$date$。',
    placeholders: ['date'],
  },

  import_choose_glossary_file: {
    en: 'Choose a file (JSON or CSV)',
    zh_CN: '选择文件（JSON 或 CSV）',
    zh_TW: '選擇檔案（JSON 或 CSV）',
  },
  import_choose_backup_file: {
    en: 'Choose a backup file (JSON)',
    zh_CN: '选择备份文件（JSON）',
    zh_TW: '選擇備份檔案（JSON）',
  },
  popup_page_title: {
    en: 'Page',
    zh_CN: '网页',
    zh_TW: '網頁',
    description: 'Read out before the title of a tab that is not a NetEase-style article.',
  },
  term_error_no_definition: {
    en: 'needs a definition in at least one language (en, hans or hant)',
    zh_CN: '至少需要一种语言的释义（en、hans 或 hant）',
    zh_TW: '至少需要一種語言的釋義（en、hans 或 hant）',
  },
  glossary_optional: {
    en: 'optional',
    zh_CN: '选填',
    zh_TW: '選填',
    description: 'Shown beside the label of a term form field that may be left empty.',
  },
  glossary_id_help_optional: {
    en: 'Left empty, it is made from the English name, or else from the Chinese form. Lower-case letters, digits and dashes, such as nvidia-h200.',
    zh_CN:
      '留空时按英文名称生成，没有英文名称则按中文写法生成。小写字母、数字和连字符，例如 nvidia-h200。',
    zh_TW:
      '留空時依英文名稱產生，沒有英文名稱則依中文寫法產生。小寫字母、數字和連字號，例如 nvidia-h200。',
  },
  glossary_forms_help: {
    en: 'Fill in Simplified or Traditional; left empty, the other is converted from it.',
    zh_CN: '填写简体或繁体即可；留空的一栏会由另一栏转换得出。',
    zh_TW: '填寫簡體或繁體即可；留空的一欄會由另一欄轉換得出。',
  },
  glossary_definition_help: {
    en: 'One language is enough. An empty Chinese one is converted from the other; English may stay empty.',
    zh_CN: '写一种语言即可。留空的中文释义会由另一种中文转换得出；英文可以留空。',
    zh_TW: '寫一種語言即可。留空的中文釋義會由另一種中文轉換得出；英文可以留空。',
  },
  glossary_error_form_missing: {
    en: 'Write the term in Simplified or in Traditional characters.',
    zh_CN: '请填写术语的简体或繁体写法。',
    zh_TW: '請填寫術語的簡體或繁體寫法。',
  },
  glossary_error_definition_missing: {
    en: 'Write a definition in at least one language.',
    zh_CN: '请至少用一种语言填写释义。',
    zh_TW: '請至少用一種語言填寫釋義。',
  },
  glossary_error_convert_failed: {
    en: 'Could not fill this in by converting the other script, so nothing was saved. Type it in, or try again.',
    zh_CN: '无法由另一种文字转换填入，因此没有保存。请自行填写，或再试一次。',
    zh_TW: '無法由另一種文字轉換填入，因此沒有儲存。請自行填寫，或再試一次。',
  },
} as const satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof MESSAGES;
