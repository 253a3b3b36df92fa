import type { Target } from '../convert/target.ts';
import type { TabCommand, NeteaseKind, ScriptVerdict } from '../messaging/protocol.ts';
import type { AutoConversionReason } from '../settings/effective.ts';
import type {
  GlossaryScope,
  PeekModifier,
  ReadingMode,
  SettingsField,
  SiteRuleMode,
  UiLanguage,
} from '../settings/schema.ts';
import type { SitePatternError } from '../settings/site-rules.ts';
import type { MessageKey } from './messages.ts';
import { isMessageKey } from './translate.ts';

/**
 * The message key for each value the UI shows. Written out as typed records
 * so that adding a value (a reading mode, a pattern error) without its label
 * is a type error.
 */

export const TARGET_LABELS: Record<Target | 'auto', MessageKey> = {
  auto: 'target_auto',
  cn: 'target_cn',
  tw: 'target_tw',
  hk: 'target_hk',
};

export const TARGET_SHORT_LABELS: Record<Target, MessageKey> = {
  cn: 'target_short_cn',
  tw: 'target_short_tw',
  hk: 'target_short_hk',
};

export const READING_MODE_LABELS: Record<ReadingMode, MessageKey> = {
  converted: 'mode_converted',
  parallel: 'mode_parallel',
  peek: 'mode_peek',
  original: 'mode_original',
};

export const READING_MODE_HELP: Record<ReadingMode, MessageKey> = {
  converted: 'mode_converted_help',
  parallel: 'mode_parallel_help',
  peek: 'mode_peek_help',
  original: 'mode_original_help',
};

export const SITE_MODE_LABELS: Record<SiteRuleMode, MessageKey> = {
  auto: 'site_mode_auto',
  always: 'site_mode_always',
  never: 'site_mode_never',
};

export const GLOSSARY_SCOPE_LABELS: Record<GlossaryScope, MessageKey> = {
  article: 'glossary_scope_article',
  page: 'glossary_scope_page',
};

export const PEEK_MODIFIER_LABELS: Record<PeekModifier, MessageKey> = {
  Alt: 'key_alt',
  Shift: 'key_shift',
  Control: 'key_control',
};

export const UI_LANGUAGE_LABELS: Record<UiLanguage, MessageKey> = {
  auto: 'ui_language_auto',
  en: 'ui_language_en',
  zh_CN: 'ui_language_zh_cn',
  zh_TW: 'ui_language_zh_tw',
};

export const SCRIPT_VERDICT_LABELS: Record<ScriptVerdict, MessageKey> = {
  traditional: 'script_traditional',
  simplified: 'script_simplified',
  mixed: 'script_mixed',
  japanese: 'script_japanese',
  none: 'script_none',
};

export function neteaseKindLabel(kind: NeteaseKind | null): MessageKey {
  return kind === 'netease'
    ? 'netease_kind_netease'
    : kind === 'mirror'
      ? 'netease_kind_mirror'
      : 'netease_kind_none';
}

/**
 * The explanation of a detection signal: `signal_<id>` with dashes as
 * underscores (`canonical-163` → `signal_canonical_163`), or a generic line
 * for ids the table does not know yet.
 */
export function signalLabel(id: string): MessageKey {
  const key = `signal_${id.replace(/-/g, '_')}`;
  return isMessageKey(key) ? key : 'signal_other';
}

export const SITE_PATTERN_ERROR_LABELS: Record<SitePatternError, MessageKey> = {
  empty: 'pattern_error_empty',
  'too-long': 'pattern_error_too_long',
  scheme: 'pattern_error_scheme',
  whitespace: 'pattern_error_whitespace',
  'forbidden-character': 'pattern_error_forbidden_character',
  credentials: 'pattern_error_credentials',
  'query-or-fragment': 'pattern_error_query_or_fragment',
  'wildcard-alone': 'pattern_error_wildcard_alone',
  'wildcard-position': 'pattern_error_wildcard_position',
  'wildcard-too-broad': 'pattern_error_wildcard_too_broad',
  'top-level-domain': 'pattern_error_top_level_domain',
  'invalid-host': 'pattern_error_invalid_host',
  'invalid-port': 'pattern_error_invalid_port',
};

export const AUTO_CONVERSION_REASON_LABELS: Record<AutoConversionReason, MessageKey> = {
  'tab-override-on': 'reason_tab_override_on',
  'tab-override-off': 'reason_tab_override_off',
  'site-always': 'reason_site_always',
  'site-never': 'reason_site_never',
  netease: 'reason_netease',
  mirror: 'reason_mirror',
  'not-netease': 'reason_not_netease',
  'netease-auto-off': 'reason_netease_auto_off',
};

export const COMMAND_LABELS: Record<TabCommand, MessageKey> = {
  'toggle-conversion': 'command_toggle_conversion',
  'cycle-target': 'command_cycle_target',
  'cycle-mode': 'command_cycle_mode',
  'next-term': 'command_next_term',
  'previous-term': 'command_previous_term',
  'peek-focused': 'command_peek_original',
};

/** Labels of the settings fields, e.g. for the import preview's list of changes. */
export const SETTINGS_FIELD_LABELS: Record<SettingsField, MessageKey> = {
  target: 'option_target',
  regionalVocabulary: 'option_regional_vocabulary',
  readingMode: 'option_reading_mode',
  autoConvertNetease: 'option_auto_convert_netease',
  repairMirrors: 'option_repair_mirrors',
  glossaryEnabled: 'option_glossary_enabled',
  glossaryScope: 'option_glossary_scope',
  peekModifier: 'option_peek_modifier',
  uiLanguage: 'option_ui_language',
  siteRules: 'site_rules_title',
  disabledBuiltInTerms: 'glossary_builtin_title',
};

/** A glossary category (see utils/glossary/schema.ts) by name; unknown ones read as "Term". */
export function categoryLabel(category: string): MessageKey {
  const key = `category_${category}`;
  return isMessageKey(key) ? key : 'category_term';
}
