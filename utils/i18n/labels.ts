import type { Target } from '../convert/target.ts';
import type { TermErrorCode } from '../glossary/schema.ts';
import type { GlossaryImportProblemCode } from '../glossary/import-problems.ts';
import type { TabCommand, NeteaseKind, ScriptVerdict } from '../messaging/protocol.ts';
import type { AutoConversionReason } from '../settings/auto-conversion-reason.ts';
import type {
  AutoConvertScope,
  GlossaryMarks,
  GlossaryScope,
  PeekModifier,
  ReadingMode,
  SettingsField,
  SiteRuleMode,
  UiLanguage,
} from '../settings/schema.ts';
import type { BackupProblemCode } from '../settings/backup.ts';
import type { SettingsProblemCode } from '../settings/parse.ts';
import type { SitePatternError } from '../settings/site-rules.ts';
import type { MessageKey } from './messages.ts';
import type { ValueType } from './problem.ts';
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

export const AUTO_CONVERT_LABELS: Record<AutoConvertScope, MessageKey> = {
  netease: 'auto_convert_netease',
  chinese: 'auto_convert_chinese',
  none: 'auto_convert_none',
};

export const GLOSSARY_SCOPE_LABELS: Record<GlossaryScope, MessageKey> = {
  article: 'glossary_scope_article',
  page: 'glossary_scope_page',
};

export const GLOSSARY_MARKS_LABELS: Record<GlossaryMarks, MessageKey> = {
  every: 'glossary_marks_every',
  first: 'glossary_marks_first',
};

export const PEEK_MODIFIER_LABELS: Record<PeekModifier, MessageKey> = {
  Alt: 'key_alt',
  Shift: 'key_shift',
  Control: 'key_control',
};

/**
 * The hint for a reading mode. The peek mode's names the key that peeks (`peekModifier`): a
 * reader who never opened the options cannot guess it.
 */
export function readingModeHelp(
  t: (key: MessageKey, substitutions?: string) => string,
  mode: ReadingMode,
  peekModifier: PeekModifier,
): string {
  return mode === 'peek'
    ? t(READING_MODE_HELP.peek, t(PEEK_MODIFIER_LABELS[peekModifier]))
    : t(READING_MODE_HELP[mode]);
}

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
  'every-page': 'reason_every_page',
  'not-netease': 'reason_not_netease',
  'auto-off': 'reason_auto_off',
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
  autoConvert: 'option_auto_convert',
  repairMirrors: 'option_repair_mirrors',
  glossaryEnabled: 'option_glossary_enabled',
  glossaryScope: 'option_glossary_scope',
  glossaryMarks: 'option_glossary_marks',
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

/** How a value found where another was expected is named in messages. */
export const VALUE_TYPE_LABELS: Record<ValueType, MessageKey> = {
  null: 'value_null',
  nothing: 'value_nothing',
  list: 'value_list',
  object: 'value_object',
  text: 'value_text',
  number: 'value_number',
  boolean: 'value_boolean',
  other: 'value_other',
};

/** The term validator's problems (utils/glossary/schema.ts). */
export const TERM_ERROR_LABELS: Record<TermErrorCode, MessageKey> = {
  'not-object': 'term_error_not_object',
  'unknown-field': 'term_error_unknown_field',
  required: 'term_error_required',
  'not-string': 'term_error_not_string',
  empty: 'term_error_empty',
  'too-long': 'term_error_too_long',
  'control-characters': 'term_error_control_characters',
  'control-characters-in-text': 'term_error_control_characters_in_text',
  'broken-character': 'term_error_broken_character',
  'surrounding-space': 'term_error_surrounding_space',
  pipe: 'term_error_pipe',
  'not-localized-text': 'term_error_not_localized_text',
  'invalid-id': 'term_error_invalid_id',
  'not-array': 'term_error_not_array',
  'empty-list': 'term_error_empty_list',
  'too-many': 'term_error_too_many',
  repeated: 'term_error_repeated',
  'invalid-category': 'term_error_invalid_category',
  'not-https': 'term_error_not_https',
  'invalid-date': 'term_error_invalid_date',
  'not-boolean': 'term_error_not_boolean',
  'no-definition': 'term_error_no_definition',
};

/** Problems of a glossary file beyond single terms (utils/glossary/io.ts). */
export const GLOSSARY_IMPORT_PROBLEM_LABELS: Record<GlossaryImportProblemCode, MessageKey> = {
  'not-text': 'glossary_import_error_not_text',
  'too-large': 'glossary_import_error_too_large',
  'empty-file': 'import_error_empty_file',
  'json-truncated': 'glossary_import_error_json_truncated',
  // The line is shown with the problem (components/options/ImportErrors.tsx): the text names
  // only the column.
  'json-invalid': 'glossary_import_error_invalid_json',
  // The line is shown with the problem, as above.
  'json-duplicate-key': 'glossary_import_error_json_duplicate_key',
  'not-glossary-object': 'glossary_import_error_not_glossary_object',
  'wrong-format': 'glossary_import_error_wrong_format',
  'newer-version': 'glossary_import_error_newer_version',
  'wrong-version': 'glossary_import_error_wrong_version',
  'terms-not-array': 'glossary_import_error_terms_not_array',
  'csv-unclosed-quote': 'glossary_import_error_csv_unclosed_quote',
  'csv-text-after-quote': 'glossary_import_error_csv_text_after_quote',
  'csv-quote-runs-on': 'glossary_import_error_csv_quote_runs_on',
  'csv-quote-spans-rows': 'glossary_import_error_csv_quote_spans_rows',
  'csv-quote-holds-rows': 'glossary_import_error_csv_quote_holds_rows',
  'csv-stray-quote': 'glossary_import_error_csv_stray_quote',
  'csv-semicolons': 'glossary_import_error_csv_semicolons',
  'csv-tabs': 'glossary_import_error_csv_tabs',
  'csv-unknown-column': 'glossary_import_error_csv_unknown_column',
  'csv-repeated-column': 'glossary_import_error_csv_repeated_column',
  'csv-missing-column': 'glossary_import_error_csv_missing_column',
  'csv-missing-form-column': 'glossary_import_error_csv_missing_form_column',
  'csv-missing-definition-column': 'glossary_import_error_csv_missing_definition_column',
  'csv-field-count': 'glossary_import_error_csv_field_count',
  'csv-formula': 'glossary_import_error_csv_formula',
  'too-many-terms': 'glossary_import_error_too_many_terms',
  'duplicate-id': 'glossary_import_error_duplicate_id',
  'form-clash': 'glossary_import_error_form_clash',
  'form-exists': 'glossary_import_error_form_exists',
  'more-problems': 'import_error_more_problems',
};

/** Damaged stored settings and stored glossary (utils/settings/parse.ts, glossary-store.ts). */
export const SETTINGS_PROBLEM_LABELS: Record<SettingsProblemCode, MessageKey> = {
  'not-object': 'settings_problem_not_object',
  'invalid-version': 'settings_problem_invalid_version',
  'newer-version': 'settings_problem_newer_version',
  'not-one-of': 'settings_problem_not_one_of',
  'not-boolean': 'settings_problem_not_boolean',
  'not-rule-list': 'settings_problem_not_rule_list',
  'not-rule': 'settings_problem_not_rule',
  'pattern-not-text': 'settings_problem_pattern_not_text',
  'invalid-pattern': 'settings_problem_invalid_pattern',
  'invalid-rule-mode': 'settings_problem_invalid_rule_mode',
  'duplicate-rule': 'settings_problem_duplicate_rule',
  'too-many-rules': 'settings_problem_too_many_rules',
  'not-id-list': 'settings_problem_not_id_list',
  'not-term-id': 'settings_problem_not_term_id',
  'too-many-ids': 'settings_problem_too_many_ids',
  'invalid-revision': 'settings_problem_invalid_revision',
  'not-list': 'settings_problem_not_list',
  'invalid-term': 'settings_problem_invalid_term',
};

/** Problems of a backup file (utils/settings/backup.ts). */
export const BACKUP_PROBLEM_LABELS: Record<BackupProblemCode, MessageKey> = {
  'not-text': 'backup_error_not_text',
  'empty-file': 'import_error_empty_file',
  'too-large': 'backup_error_too_large',
  'invalid-json': 'import_error_invalid_json',
  'duplicate-key': 'backup_error_duplicate_key',
  'not-object': 'backup_error_not_object',
  'wrong-format': 'backup_error_wrong_format',
  'invalid-version': 'backup_error_invalid_version',
  'newer-version': 'backup_error_newer_version',
  'invalid-date': 'backup_error_invalid_date',
  'settings-not-object': 'backup_error_settings_not_object',
  'invalid-setting': 'backup_error_invalid_setting',
  'glossary-not-object': 'backup_error_glossary_not_object',
  'form-clash': 'backup_error_form_clash',
  'invalid-glossary': 'backup_error_invalid_glossary',
  'invalid-term': 'backup_error_invalid_term',
  'repeated-term': 'backup_error_repeated_term',
  'more-problems': 'import_error_more_problems',
};
