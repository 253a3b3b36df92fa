import {
  emptyGlossary,
  mergeTerms,
  parseStoredGlossary,
  type StoredGlossary,
  type ValidateTerm,
} from './glossary-store.ts';
import {
  asSentence,
  changedSettingsFields,
  describeValue,
  isPlainObject,
  parseStoredSettings,
} from './parse.ts';
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
/** Far above any real backup (the glossary lives within the 10 MB local quota). */
export const MAX_BACKUP_CHARACTERS = 20_000_000;
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

/** A file name for the download, e.g. jianfan-backup-2025-01-31.json. */
export function backupFileName(now = new Date()): string {
  return `${BACKUP_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
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

export type ImportAllResult =
  | {
      ok: true;
      preview: ImportPreview;
      apply: { settings: Settings; userGlossary: StoredGlossary };
    }
  | { ok: false; errors: string[] };

function capErrors(errors: string[]): string[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    `…and ${errors.length - MAX_REPORTED_ERRORS} more problems.`,
  ];
}

/**
 * Validates a backup file. Settings go through the same parser and
 * migrations as stored settings, so backups from older versions import; but
 * where stored settings fall back to defaults, a backup with any unusable
 * value is refused as a whole. Terms merge into the current glossary (see
 * `mergeTerms`); the revision moves on only when a term changes.
 */
export function parseImportAll(
  text: string,
  {
    validateTerm,
    current = { settings: defaultSettings(), userGlossary: emptyGlossary() },
  }: {
    validateTerm: ValidateTerm;
    current?: { settings: Settings; userGlossary: StoredGlossary };
  },
): ImportAllResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, errors: ['The file is empty.'] };
  }
  if (text.length > MAX_BACKUP_CHARACTERS) {
    return { ok: false, errors: ['The file is too large to be a backup of this extension.'] };
  }
  let data: unknown;
  try {
    // Editors on Windows like to add a byte order mark; JSON.parse does not.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, errors: [`The file is not valid JSON${detail}.`] };
  }
  if (!isPlainObject(data)) {
    return { ok: false, errors: [`Expected a backup object, found ${describeValue(data)}.`] };
  }
  if (data.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: ['This is not a Jianfan Reader backup (the "format" field is missing or different).'],
    };
  }
  if (typeof data.version !== 'number' || !Number.isSafeInteger(data.version) || data.version < 1) {
    return {
      ok: false,
      errors: [`The backup version is not valid: ${describeValue(data.version)}.`],
    };
  }
  if (data.version > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [
        `The backup was made by a newer version of the extension (format ${data.version}); update the extension first.`,
      ],
    };
  }

  const errors: string[] = [];
  let exportedAt: string | null = null;
  if (Object.hasOwn(data, 'exportedAt')) {
    if (typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt))) {
      exportedAt = data.exportedAt;
    } else {
      errors.push(`"exportedAt" is not a date: ${describeValue(data.exportedAt)}.`);
    }
  }

  let settings: Settings | null = null;
  if (!isPlainObject(data.settings)) {
    errors.push(`"settings" must be an object, found ${describeValue(data.settings)}.`);
  } else {
    const parsed = parseStoredSettings(data.settings);
    if (parsed.problems.length > 0) {
      errors.push(...parsed.problems.map((p) => asSentence(`Setting ${p.field}: ${p.reason}`)));
    } else {
      settings = parsed.settings;
    }
  }

  let merged: ReturnType<typeof mergeTerms> | null = null;
  if (!isPlainObject(data.userGlossary)) {
    errors.push(`"userGlossary" must be an object, found ${describeValue(data.userGlossary)}.`);
  } else {
    const container = parseStoredGlossary(data.userGlossary);
    if (container.problems.length > 0) {
      errors.push(...container.problems.map((p) => asSentence(`${p.field}: ${p.reason}`)));
    } else {
      merged = mergeTerms(current.userGlossary.terms, container.glossary.terms, validateTerm);
      errors.push(...merged.errors);
    }
  }

  if (errors.length > 0 || settings === null || merged === null) {
    return { ok: false, errors: capErrors(errors) };
  }
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
