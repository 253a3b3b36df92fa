import { isTarget } from '../convert/target.ts';
import { describedValue, type ProblemParams } from '../i18n/problem.ts';
import { migrateSettings, type StoredObject } from './migrations/index.ts';
import {
  AUTO_CONVERT_SCOPES,
  CURRENT_SETTINGS_VERSION,
  GLOSSARY_MARKS,
  GLOSSARY_SCOPES,
  MAX_DISABLED_BUILT_IN_TERMS,
  MAX_SITE_RULES,
  MAX_TERM_ID_LENGTH,
  PEEK_MODIFIERS,
  READING_MODES,
  SETTINGS_FIELDS,
  SITE_RULE_MODES,
  UI_LANGUAGES,
  defaultSettings,
  type Settings,
  type SettingsField,
  type SiteRule,
} from './schema.ts';
import { validateSitePattern } from './site-rules.ts';

/**
 * Every `code` of a `SettingsProblem`, for stored settings and for the stored glossary's
 * container (`parseStoredGlossary`). The options page words each in the UI language
 * (SETTINGS_PROBLEM_LABELS).
 */
export const SETTINGS_PROBLEM_CODES = [
  'not-object',
  'invalid-version',
  'newer-version',
  'not-one-of',
  'not-boolean',
  'not-rule-list',
  'not-rule',
  'pattern-not-text',
  'invalid-pattern',
  'invalid-rule-mode',
  'duplicate-rule',
  'too-many-rules',
  'not-id-list',
  'not-term-id',
  'too-many-ids',
  'invalid-revision',
  'not-list',
  'invalid-term',
] as const;

export type SettingsProblemCode = (typeof SETTINGS_PROBLEM_CODES)[number];

/** A stored value that could not be used; the field took its default (or the item was dropped). */
export interface SettingsProblem {
  /** The field (or `settings`, `version`, `siteRules[3]`) whose stored value was not usable. */
  field: string;
  code: SettingsProblemCode;
  /** What the message needs: `found` (the value found), `allowed`, `max`, `version`, … */
  params: ProblemParams;
  /** English, for logs (and the fingerprint of the damaged-settings notice). */
  reason: string;
}

/** A problem found in one field's value, before it is tied to the field. */
type FieldProblem = Omit<SettingsProblem, 'field'>;

/** Ends a reason with a full stop, for lists of errors shown as sentences. */
export function asSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

export interface ParsedSettings {
  settings: Settings;
  /** Non-empty when something was dropped or replaced by its default. */
  problems: SettingsProblem[];
  /** The stored version when migrations ran, null when the value was current (or absent). */
  migratedFrom: number | null;
}

export function isPlainObject(value: unknown): value is StoredObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A short, safe description of a stored value for problem reports. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `the text ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

type FieldResult<T> =
  { ok: true; value: T; problems: SettingsProblem[] } | ({ ok: false } & FieldProblem);

/** A problem with a value that is not what was expected; `found` describes what was there. */
function unexpected(
  code: SettingsProblemCode,
  reason: string,
  value: unknown,
  params: ProblemParams = {},
): FieldProblem {
  return { code, params: { ...params, found: describedValue(value) }, reason };
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: unknown): FieldResult<T> =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? { ok: true, value: value as T, problems: [] }
      : {
          ok: false,
          ...unexpected(
            'not-one-of',
            `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, found ${describeValue(value)}`,
            value,
            { allowed },
          ),
        };
}

function flag(value: unknown): FieldResult<boolean> {
  return typeof value === 'boolean'
    ? { ok: true, value, problems: [] }
    : {
        ok: false,
        ...unexpected(
          'not-boolean',
          `expected true or false, found ${describeValue(value)}`,
          value,
        ),
      };
}

const TARGET_CHOICES = ['auto', 'cn', 'tw', 'hk'] as const;

function target(value: unknown): FieldResult<Settings['target']> {
  return value === 'auto' || isTarget(value)
    ? { ok: true, value, problems: [] }
    : {
        ok: false,
        ...unexpected(
          'not-one-of',
          `expected "auto", "cn", "tw" or "hk", found ${describeValue(value)}`,
          value,
          { allowed: TARGET_CHOICES },
        ),
      };
}

/** Keeps every valid rule; invalid, duplicate and excess rules are dropped one by one. */
function siteRules(value: unknown): FieldResult<SiteRule[]> {
  if (!Array.isArray(value)) {
    return {
      ok: false,
      ...unexpected(
        'not-rule-list',
        `expected a list of rules, found ${describeValue(value)}`,
        value,
      ),
    };
  }
  const rules: SiteRule[] = [];
  const problems: SettingsProblem[] = [];
  const seen = new Map<string, number>();
  value.forEach((item: unknown, index) => {
    const field = `siteRules[${index}]`;
    if (!isPlainObject(item)) {
      problems.push({
        field,
        ...unexpected('not-rule', `expected { pattern, mode }, found ${describeValue(item)}`, item),
      });
      return;
    }
    if (typeof item.pattern !== 'string') {
      problems.push({
        field,
        ...unexpected(
          'pattern-not-text',
          `pattern: expected text, found ${describeValue(item.pattern)}`,
          item.pattern,
        ),
      });
      return;
    }
    // A rule an earlier version stored for a shared ending (com.cn) is kept: it is the reader's.
    const pattern = validateSitePattern(item.pattern, { sharedEndings: true });
    if (!pattern.ok) {
      problems.push({
        field,
        code: 'invalid-pattern',
        params: {
          reason: { kind: 'site-pattern', error: pattern.error, message: pattern.message },
        },
        reason: `pattern: ${pattern.message}`,
      });
      return;
    }
    const mode = oneOf(SITE_RULE_MODES)(item.mode);
    if (!mode.ok) {
      problems.push({
        field,
        code: 'invalid-rule-mode',
        params: mode.params,
        reason: `mode: ${mode.reason}`,
      });
      return;
    }
    const earlier = seen.get(pattern.normalized);
    if (earlier !== undefined) {
      const first = `siteRules[${earlier}]`;
      problems.push({
        field,
        code: 'duplicate-rule',
        params: { first },
        reason: `same pattern as ${first}; the first one is kept`,
      });
      return;
    }
    if (rules.length >= MAX_SITE_RULES) {
      problems.push({
        field,
        code: 'too-many-rules',
        params: { max: MAX_SITE_RULES },
        reason: `more than ${MAX_SITE_RULES} rules; the rest are dropped`,
      });
      return;
    }
    seen.set(pattern.normalized, index);
    rules.push({ pattern: pattern.normalized, mode: mode.value });
  });
  return { ok: true, value: rules, problems };
}

function termIds(value: unknown): FieldResult<string[]> {
  if (!Array.isArray(value)) {
    return {
      ok: false,
      ...unexpected(
        'not-id-list',
        `expected a list of term ids, found ${describeValue(value)}`,
        value,
      ),
    };
  }
  const ids: string[] = [];
  const problems: SettingsProblem[] = [];
  value.forEach((item: unknown, index) => {
    const field = `disabledBuiltInTerms[${index}]`;
    if (typeof item !== 'string' || item.trim() === '' || item.length > MAX_TERM_ID_LENGTH) {
      problems.push({
        field,
        ...unexpected('not-term-id', `expected a term id, found ${describeValue(item)}`, item),
      });
    } else if (ids.length >= MAX_DISABLED_BUILT_IN_TERMS) {
      problems.push({
        field,
        code: 'too-many-ids',
        params: { max: MAX_DISABLED_BUILT_IN_TERMS },
        reason: `more than ${MAX_DISABLED_BUILT_IN_TERMS} ids; the rest are dropped`,
      });
    } else if (!ids.includes(item)) {
      ids.push(item);
    }
  });
  return { ok: true, value: ids, problems };
}

type FieldParsers = { [K in SettingsField]: (value: unknown) => FieldResult<Settings[K]> };

const FIELD_PARSERS: FieldParsers = {
  target,
  regionalVocabulary: flag,
  readingMode: oneOf(READING_MODES),
  autoConvert: oneOf(AUTO_CONVERT_SCOPES),
  repairMirrors: flag,
  glossaryEnabled: flag,
  glossaryScope: oneOf(GLOSSARY_SCOPES),
  glossaryMarks: oneOf(GLOSSARY_MARKS),
  peekModifier: oneOf(PEEK_MODIFIERS),
  uiLanguage: oneOf(UI_LANGUAGES),
  siteRules,
  disabledBuiltInTerms: termIds,
};

function parseField<K extends SettingsField>(
  key: K,
  stored: StoredObject,
  into: Settings,
  problems: SettingsProblem[],
): void {
  // A missing field is not a problem: it is new since the value was stored.
  if (!Object.hasOwn(stored, key)) return;
  const result = FIELD_PARSERS[key](stored[key]);
  if (result.ok) {
    into[key] = result.value;
    problems.push(...result.problems);
  } else {
    problems.push({ field: key, code: result.code, params: result.params, reason: result.reason });
  }
}

/**
 * Reads whatever was stored under the settings key. Never throws: junk at the
 * root gives the defaults; junk in one field gives that field's default and
 * keeps the others; unknown keys are dropped; older versions are migrated; a
 * newer version (written by a newer build on another synced device) is read
 * best-effort, keeping the fields this build knows.
 */
export function parseStoredSettings(raw: unknown): ParsedSettings {
  const settings = defaultSettings();
  if (raw === undefined) return { settings, problems: [], migratedFrom: null };
  if (!isPlainObject(raw)) {
    return {
      settings,
      problems: [
        {
          field: 'settings',
          ...unexpected('not-object', `expected an object, found ${describeValue(raw)}`, raw),
        },
      ],
      migratedFrom: null,
    };
  }

  const problems: SettingsProblem[] = [];
  let fromVersion: number;
  if (!Object.hasOwn(raw, 'version')) {
    fromVersion = 0;
  } else if (
    typeof raw.version === 'number' &&
    Number.isSafeInteger(raw.version) &&
    raw.version >= 0
  ) {
    fromVersion = raw.version;
  } else {
    // Every migration is safe to run on any shape, so running them all is the best guess.
    problems.push({
      field: 'version',
      ...unexpected(
        'invalid-version',
        `expected a version number, found ${describeValue(raw.version)}`,
        raw.version,
      ),
    });
    fromVersion = 0;
  }
  if (fromVersion > CURRENT_SETTINGS_VERSION) {
    problems.push({
      field: 'version',
      code: 'newer-version',
      params: { version: fromVersion },
      reason: `saved by a newer version of the extension (schema ${fromVersion}); settings this version does not know are ignored`,
    });
  }

  const stored = fromVersion < CURRENT_SETTINGS_VERSION ? migrateSettings(raw, fromVersion) : raw;
  for (const key of SETTINGS_FIELDS) parseField(key, stored, settings, problems);
  return {
    settings,
    problems,
    migratedFrom: fromVersion < CURRENT_SETTINGS_VERSION ? fromVersion : null,
  };
}

/**
 * What a newer version stored in a list field that this version could not read (a site rule
 * with a mode it added, say): the reader never saw those items here, so could not have removed
 * them. The problems `parseStoredSettings` reports for the list say which.
 */
const UNREADABLE_ITEM_CODES: ReadonlySet<SettingsProblemCode> = new Set([
  'not-rule',
  'pattern-not-text',
  'invalid-pattern',
  'invalid-rule-mode',
  'not-term-id',
]);

function unreadableItems(
  key: SettingsField,
  value: unknown,
  problems: readonly SettingsProblem[],
): unknown[] {
  if (!Array.isArray(value)) return [];
  const items: unknown[] = [];
  for (const problem of problems) {
    if (!UNREADABLE_ITEM_CODES.has(problem.code)) continue;
    const prefix = `${key}[`;
    if (!problem.field.startsWith(prefix)) continue;
    const index = Number(problem.field.slice(prefix.length, -1));
    if (Number.isSafeInteger(index) && index < value.length) items.push(value[index]);
  }
  return items;
}

/**
 * The items of a stored list this version reads, as stored, by what it reads them as: a rule
 * kept here is stored as the newer version wrote it, with the fields it added to the rule.
 */
function storedItemsByReading(key: SettingsField, value: unknown): Map<string, unknown> {
  const byReading = new Map<string, unknown>();
  if (!Array.isArray(value)) return byReading;
  for (const item of value) {
    const result = FIELD_PARSERS[key]([item]);
    if (!result.ok || !Array.isArray(result.value) || result.value.length !== 1) continue;
    const reading = JSON.stringify(result.value[0]);
    if (!byReading.has(reading)) byReading.set(reading, item);
  }
  return byReading;
}

/**
 * What to store when saving `settings` over `stored`. Settings synced from a device with a newer
 * version of the extension carry fields this version does not know, and a higher `version`:
 * stored as parsed, they would lose those fields, and the newer device would take the lower
 * version for old settings and migrate them again. So the newer value keeps its unknown fields
 * and its version, with this version's fields set as chosen here. A field this version knows
 * may hold a value it cannot read (a reading mode added later): read as its default, it would
 * be saved as the default, and the newer device would lose the reader's choice. So a field left
 * as it was read keeps the value the newer version stored; a list changed here keeps the items
 * this version could not read.
 */
export function keepNewerFields(stored: unknown, settings: Settings): Settings | StoredObject {
  if (
    !isPlainObject(stored) ||
    typeof stored.version !== 'number' ||
    !(stored.version > CURRENT_SETTINGS_VERSION)
  ) {
    return settings;
  }
  const read = parseStoredSettings(stored);
  const kept: StoredObject = { ...stored, ...settings, version: stored.version };
  for (const key of SETTINGS_FIELDS) {
    if (!Object.hasOwn(stored, key)) continue;
    if (JSON.stringify(settings[key]) === JSON.stringify(read.settings[key])) {
      kept[key] = stored[key];
    } else if (Array.isArray(settings[key])) {
      const asStored = storedItemsByReading(key, stored[key]);
      kept[key] = [
        ...(settings[key] as unknown[]).map((item) => asStored.get(JSON.stringify(item)) ?? item),
        ...unreadableItems(key, stored[key], read.problems),
      ];
    }
  }
  return kept;
}

/** The fields whose values differ between two settings objects, in display order. */
export function changedSettingsFields(before: Settings, after: Settings): SettingsField[] {
  return SETTINGS_FIELDS.filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
