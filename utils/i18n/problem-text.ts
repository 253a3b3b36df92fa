import { isTermErrorCode, type TermErrorCode } from '../glossary/schema.ts';
import type { ImportProblem } from '../glossary/import-problems.ts';
import type { BackupProblem } from '../settings/backup.ts';
import type { SettingsProblem } from '../settings/parse.ts';
import { settingOfField } from '../settings/schema.ts';
import type { SitePatternError } from '../settings/site-rules.ts';
import {
  BACKUP_PROBLEM_LABELS,
  GLOSSARY_IMPORT_PROBLEM_LABELS,
  SETTINGS_FIELD_LABELS,
  SETTINGS_PROBLEM_LABELS,
  SITE_PATTERN_ERROR_LABELS,
  TERM_ERROR_LABELS,
  VALUE_TYPE_LABELS,
  categoryLabel,
} from './labels.ts';
import { MESSAGES, type MessageEntry, type MessageKey } from './messages.ts';
import type { ProblemParam, ProblemParams } from './problem.ts';
import type { Substitutions } from './translate.ts';

/**
 * The words of engine problems in the UI language. Each problem names its message by `code`
 * (the label maps in labels.ts) and brings its parameters by name; the message's placeholders
 * take them in the order the message table lists them, so a translation may put them in any
 * order. Structured parameters (a value found, a place in a file, a nested problem) are worded
 * in the same language.
 *
 * The views pass their `t`; tests pass `translatorFor(locale)`.
 */
export type Translator = (key: MessageKey, substitutions?: Substitutions) => string;

const TABLE: Record<MessageKey, MessageEntry> = MESSAGES;

/** `key`'s message with each `$name$` placeholder filled from `params[name]`. */
export function problemMessage(t: Translator, key: MessageKey, params: ProblemParams): string {
  const names = TABLE[key].placeholders ?? [];
  return t(
    key,
    names.map((name) => paramText(t, params[name])),
  );
}

function isNameList(param: ProblemParam): param is readonly string[] {
  return Array.isArray(param);
}

function paramText(t: Translator, param: ProblemParam | undefined): string {
  if (param === undefined) return '';
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return String(param);
  if (isNameList(param)) {
    return param.join(t('list_separator'));
  }
  switch (param.kind) {
    case 'value': {
      const shown = param.shown ?? '';
      return problemMessage(t, VALUE_TYPE_LABELS[param.type], {
        text: shown,
        number: shown,
        value: shown,
        type: shown,
      });
    }
    case 'line':
      return t('place_line', param.line);
    case 'term':
      return t('place_term', param.number);
    case 'site-pattern':
      return sitePatternErrorText(t, param);
    case 'term-errors':
      if (param.errors.length === 0) return param.fallback;
      return param.errors.map((error) => termErrorWithField(t, error)).join(t('problem_separator'));
    case 'settings-problem':
      return settingsProblemText(t, param.problem);
  }
}

/**
 * The message for a code, or the engine's English message when the code has none (a problem
 * from a validator this build does not know).
 */
function codeText<Code extends string>(
  t: Translator,
  labels: Readonly<Record<Code, MessageKey>>,
  problem: { code: Code; params: ProblemParams; message: string },
): string {
  const key = Object.hasOwn(labels, problem.code) ? labels[problem.code] : undefined;
  return key === undefined ? problem.message : problemMessage(t, key, problem.params);
}

/**
 * Why a site pattern was refused. The validator names the offending character only in its
 * English message, for the one error that has one; it is taken from there.
 */
export function sitePatternErrorText(
  t: Translator,
  result: { error: SitePatternError; message: string },
): string {
  const key = SITE_PATTERN_ERROR_LABELS[result.error];
  if (result.error !== 'forbidden-character') return t(key);
  const shown = /“[^”]+”|U\+[0-9a-f]{4}/i.exec(result.message)?.[0] ?? '';
  return t(key, shown);
}

/**
 * The categories a file may name, each with its label in the UI language (`company（公司）`):
 * a file takes either (see utils/glossary/category-names.ts). An English label that is its key
 * capitalised is not repeated.
 */
function categoriesWithLabels(t: Translator, categories: readonly string[]): string[] {
  return categories.map((category) => {
    const label = t(categoryLabel(category));
    return label.toLowerCase() === category
      ? category
      : t('named_category_with_label', [category, label]);
  });
}

/** A term validator problem, as it reads after its field ("must not be empty"). */
export function termErrorText(
  t: Translator,
  error: { code: TermErrorCode; params: ProblemParams; message: string },
): string {
  const categories = error.params['categories'];
  if (error.code === 'invalid-category' && Array.isArray(categories)) {
    const params = { ...error.params, categories: categoriesWithLabels(t, categories) };
    return codeText(t, TERM_ERROR_LABELS, { ...error, params });
  }
  return codeText(t, TERM_ERROR_LABELS, error);
}

/** A term validator problem with the field it concerns ("definition.en must not be empty"). */
export function termErrorWithField(
  t: Translator,
  error: { path: string; code: TermErrorCode; params: ProblemParams; message: string },
): string {
  const field = error.path.replace(/^term\.?/, '');
  const text = termErrorText(t, error);
  return field === '' ? text : t('problem_field_message', [field, text]);
}

/** A problem of a glossary file; its line and field are shown beside it. */
export function glossaryImportProblemText(
  t: Translator,
  problem: Pick<ImportProblem, 'code' | 'params' | 'message'>,
): string {
  const { code, params, message } = problem;
  return isTermErrorCode(code)
    ? termErrorText(t, { code, params, message })
    : codeText(t, GLOSSARY_IMPORT_PROBLEM_LABELS, { code, params, message });
}

/** What was wrong with a stored setting or the stored glossary; its field is shown beside it. */
export function settingsProblemText(
  t: Translator,
  problem: Pick<SettingsProblem, 'code' | 'params' | 'reason'>,
): string {
  return codeText(t, SETTINGS_PROBLEM_LABELS, { ...problem, message: problem.reason });
}

/**
 * A problem of a backup file, as a sentence. A refused setting is named by its label in the
 * options page, as the damaged-settings notice names it, with its field.
 */
export function backupProblemText(t: Translator, problem: BackupProblem): string {
  const field = problem.params['field'];
  const setting =
    problem.code === 'invalid-setting' && typeof field === 'string' ? settingOfField(field) : null;
  if (setting !== null) {
    return problemMessage(t, 'backup_error_invalid_named_setting', {
      ...problem.params,
      label: t(SETTINGS_FIELD_LABELS[setting]),
    });
  }
  return codeText(t, BACKUP_PROBLEM_LABELS, problem);
}
