import { describedValue, type ProblemParams } from '../i18n/problem.ts';
import { findFormClashes, type Term } from '../glossary/schema.ts';
import { firstDuplicateKey, firstJsonErrorOffset, lineAndColumn } from '../glossary/json-error.ts';
import {
  emptyGlossary,
  mergeTerms,
  parseStoredGlossary,
  TERM_MERGE_PROBLEM_CODES,
  type StoredGlossary,
  type ValidateTerm,
} from './glossary-store.ts';
import {
  asSentence,
  changedSettingsFields,
  describeValue,
  isPlainObject,
  parseStoredSettings,
  type SettingsProblem,
} from './parse.ts';
import { LOCAL_QUOTA_BYTES } from './quota.ts';
import { defaultSettings, type Settings, type SettingsField } from './schema.ts';

/**
 * "Export everything" writes one JSON file with the settings and the user
 * glossary; "import everything" reads it back. Import is a pure two-step
 * affair: `parseImportAll` validates the whole file and describes what would
 * change, and the caller stores `apply` only after the reader confirms. A file
 * with any error yields no `apply` at all, so a failed import changes nothing.
 */
export const BACKUP_FORMAT = 'jianfan-backup';
export const BACKUP_VERSION = 1;
/**
 * Above any backup this extension writes: the glossary lives within the 10 MB local quota, and
 * the backup's indented JSON takes up to three times what is stored (each alias and each text on
 * a line of its own, ten spaces in, CRLF where an editor saved it again). Before, a backup was
 * limited to 20 million characters, which the backup of a glossary of 8 MB passes: such a
 * glossary could not be restored from its own backup.
 */
export const MAX_BACKUP_CHARACTERS = 4 * LOCAL_QUOTA_BYTES;
const MAX_REPORTED_ERRORS = 20;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Settings;
  userGlossary: StoredGlossary;
}

export function exportAll({
  settings,
  userGlossary,
  now = new Date(),
}: {
  settings: Settings;
  userGlossary: StoredGlossary;
  now?: Date;
}): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings,
    userGlossary,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * The reader's date, as YYYY-MM-DD, for file names: their calendar, not UTC's (in Beijing at
 * 07:30 on 2 June, UTC still says 1 June).
 */
export function localDateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A file name for the download, e.g. jianfan-backup-2025-01-31.json. */
export function backupFileName(now = new Date()): string {
  return `${BACKUP_FORMAT}-${localDateStamp(now)}.json`;
}

export interface ImportPreview {
  /** Settings fields the import would change. */
  settingsChanges: SettingsField[];
  termsAdded: number;
  termsUpdated: number;
  /** Terms in the file identical to the stored ones. */
  termsUnchanged: number;
  exportedAt: string | null;
}

/** Every `code` of a `BackupProblem`; the options page words each in the UI language. */
export const BACKUP_PROBLEM_CODES = [
  'not-text',
  'empty-file',
  'too-large',
  'invalid-json',
  'duplicate-key',
  'not-object',
  'wrong-format',
  'invalid-version',
  'newer-version',
  'invalid-date',
  'settings-not-object',
  'invalid-setting',
  'glossary-not-object',
  'invalid-glossary',
  'form-clash',
  ...TERM_MERGE_PROBLEM_CODES,
  'more-problems',
] as const;

export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

export interface BackupProblem {
  code: BackupProblemCode;
  /** What the message needs; a refused setting comes whole, as `reason`. */
  params: ProblemParams;
  /** English, the same sentence as in `errors`. */
  message: string;
}

export type ImportAllResult =
  | {
      ok: true;
      preview: ImportPreview;
      apply: { settings: Settings; userGlossary: StoredGlossary };
    }
  | {
      ok: false;
      /** English sentences, one per problem. */
      errors: string[];
      /** The same problems with their codes, for the UI language. */
      problems: BackupProblem[];
    };

function refuse(problems: BackupProblem[]): Extract<ImportAllResult, { ok: false }> {
  const capped =
    problems.length <= MAX_REPORTED_ERRORS
      ? problems
      : [
          ...problems.slice(0, MAX_REPORTED_ERRORS),
          backupProblem(
            'more-problems',
            `…and ${problems.length - MAX_REPORTED_ERRORS} more problems.`,
            { count: problems.length - MAX_REPORTED_ERRORS },
          ),
        ];
  return { ok: false, errors: capped.map((problem) => problem.message), problems: capped };
}

function backupProblem(
  code: BackupProblemCode,
  message: string,
  params: ProblemParams = {},
): BackupProblem {
  return { code, params, message };
}

/** A stored value refused inside the backup: its field, and why, as the stored-value parsers say. */
function storedValueProblem(
  code: 'invalid-setting' | 'invalid-glossary',
  problem: SettingsProblem,
): BackupProblem {
  const english =
    code === 'invalid-setting'
      ? `Setting ${problem.field}: ${problem.reason}`
      : `${problem.field}: ${problem.reason}`;
  return backupProblem(code, asSentence(english), {
    field: problem.field,
    reason: { kind: 'settings-problem', problem },
  });
}

/**
 * Validates a backup file. Settings go through the same parser and
 * migrations as stored settings, so backups from older versions import; but
 * where stored settings fall back to defaults, a backup with any unusable
 * value is refused as a whole. Terms merge into the current glossary (see
 * `mergeTerms`); the revision moves on only when a term changes.
 */
export function parseImportAll(
  text: string | null,
  {
    validateTerm,
    current = { settings: defaultSettings(), userGlossary: emptyGlossary() },
  }: {
    validateTerm: ValidateTerm;
    current?: { settings: Settings; userGlossary: StoredGlossary };
  },
): ImportAllResult {
  if (typeof text !== 'string') {
    return refuse([
      backupProblem('not-text', 'The file is not text in UTF-8, as this extension writes backups.'),
    ]);
  }
  if (text.trim() === '') {
    return refuse([backupProblem('empty-file', 'The file is empty.')]);
  }
  if (text.length > MAX_BACKUP_CHARACTERS) {
    return refuse([
      backupProblem('too-large', 'The file is too large to be a backup of this extension.'),
    ]);
  }
  let data: unknown;
  // Editors on Windows like to add a byte order mark; JSON.parse does not.
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (error) {
    // Where it goes wrong, found by our own scan: the browser's message is English (and V8's
    // names no place for a trailing comma); should the scan find nothing, the end is named.
    const detail = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(json, firstJsonErrorOffset(json) ?? json.length);
    return refuse([
      backupProblem(
        'invalid-json',
        `The file is not valid JSON at line ${line}, column ${column} (${detail}).`,
        { line, column },
      ),
    ]);
  }
  const duplicate = firstDuplicateKey(json);
  if (duplicate !== null) {
    const { line } = lineAndColumn(json, duplicate.offset);
    return refuse([
      backupProblem(
        'duplicate-key',
        `The name "${duplicate.key}" is written twice in one object at line ${line}; only the last would be read.`,
        { key: duplicate.key, line },
      ),
    ]);
  }
  if (!isPlainObject(data)) {
    return refuse([
      backupProblem('not-object', `Expected a backup object, found ${describeValue(data)}.`, {
        found: describedValue(data),
      }),
    ]);
  }
  if (data.format !== BACKUP_FORMAT) {
    return refuse([
      backupProblem(
        'wrong-format',
        'This is not a Jianfan Reader backup (the "format" field is missing or different).',
      ),
    ]);
  }
  if (typeof data.version !== 'number' || !Number.isSafeInteger(data.version) || data.version < 1) {
    return refuse([
      backupProblem(
        'invalid-version',
        `The backup version is not valid: ${describeValue(data.version)}.`,
        { found: describedValue(data.version) },
      ),
    ]);
  }
  if (data.version > BACKUP_VERSION) {
    return refuse([
      backupProblem(
        'newer-version',
        `The backup was made by a newer version of the extension (format ${data.version}); update the extension first.`,
        { version: data.version },
      ),
    ]);
  }

  const problems: BackupProblem[] = [];
  let exportedAt: string | null = null;
  if (Object.hasOwn(data, 'exportedAt')) {
    if (typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt))) {
      exportedAt = data.exportedAt;
    } else {
      problems.push(
        backupProblem(
          'invalid-date',
          `"exportedAt" is not a date: ${describeValue(data.exportedAt)}.`,
          { found: describedValue(data.exportedAt) },
        ),
      );
    }
  }

  let settings: Settings | null = null;
  if (!isPlainObject(data.settings)) {
    problems.push(
      backupProblem(
        'settings-not-object',
        `"settings" must be an object, found ${describeValue(data.settings)}.`,
        { found: describedValue(data.settings) },
      ),
    );
  } else {
    const parsed = parseStoredSettings(data.settings);
    if (parsed.problems.length > 0) {
      problems.push(...parsed.problems.map((p) => storedValueProblem('invalid-setting', p)));
    } else {
      settings = parsed.settings;
    }
  }

  let merged: ReturnType<typeof mergeTerms> | null = null;
  if (!isPlainObject(data.userGlossary)) {
    problems.push(
      backupProblem(
        'glossary-not-object',
        `"userGlossary" must be an object, found ${describeValue(data.userGlossary)}.`,
        { found: describedValue(data.userGlossary) },
      ),
    );
  } else {
    const container = parseStoredGlossary(data.userGlossary);
    if (container.problems.length > 0) {
      problems.push(...container.problems.map((p) => storedValueProblem('invalid-glossary', p)));
    } else {
      merged = mergeTerms(current.userGlossary.terms, container.glossary.terms, validateTerm);
      problems.push(...merged.problems);
      // Two terms with one form, from the backup and from the glossary as it is: kept, the
      // glossary's own export (which refuses that) would not import back.
      if (merged.problems.length === 0) {
        const terms = merged.terms as Term[];
        for (const clash of findFormClashes(terms)) {
          const first = terms[clash.firstIndex]!.id;
          const second = terms[clash.secondIndex]!.id;
          problems.push(
            backupProblem(
              'form-clash',
              `The written form "${clash.form}" belongs to the terms "${first}" and "${second}"; a form can belong to one term only.`,
              { form: clash.form, first, second },
            ),
          );
        }
      }
    }
  }

  if (problems.length > 0 || settings === null || merged === null) return refuse(problems);
  const termsChanged = merged.added + merged.updated > 0;
  return {
    ok: true,
    preview: {
      settingsChanges: changedSettingsFields(current.settings, settings),
      termsAdded: merged.added,
      termsUpdated: merged.updated,
      termsUnchanged: merged.unchanged,
      exportedAt,
    },
    apply: {
      settings,
      userGlossary: termsChanged
        ? { revision: current.userGlossary.revision + 1, terms: merged.terms }
        : current.userGlossary,
    },
  };
}
