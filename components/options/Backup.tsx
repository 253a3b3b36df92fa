import { useEffect, useState } from 'preact/hooks';
import { SETTINGS_FIELD_LABELS } from '../../utils/i18n/labels.ts';
import { backupProblemText } from '../../utils/i18n/problem-text.ts';
import {
  backupFileName,
  exportAll,
  parseImportAll,
  type BackupProblem,
  type ImportAllResult,
} from '../../utils/settings/backup.ts';
import type { StoredGlossary } from '../../utils/settings/glossary-store.ts';
import type { Settings } from '../../utils/settings/schema.ts';
import type { TextFile } from '../shared/files.ts';
import { useFocusAfterRender } from '../shared/focus.ts';
import { useT } from '../shared/i18n.tsx';
import { validateStoredTerm } from './glossary-model.ts';
import {
  FilePicker,
  ImportErrors,
  type OptionsAction,
  useClearedByOthers,
} from './ImportErrors.tsx';

type Pending = Extract<ImportAllResult, { ok: true }> & {
  fileName: string;
  /** The file's text, checked again whenever the stored settings or glossary change. */
  text: string;
  /** The revision of the glossary and the settings the preview was made against. */
  checkedAgainst: number;
  settingsChecked: Settings;
};

/**
 * One file with everything: the settings and the user's glossary. Import is
 * checked as a whole and previewed; a file with any error changes nothing.
 */
export function Backup({
  settings,
  userGlossary,
  download,
  onApply,
  now = () => new Date(),
  lastAction,
  onActionStart,
}: {
  settings: Settings;
  userGlossary: StoredGlossary;
  /** The page's latest action: one elsewhere takes this part's errors away. */
  lastAction?: OptionsAction | null;
  /** Called when a file is picked here. */
  onActionStart?: () => void;
  download: (file: TextFile) => void;
  /**
   * Stores the import, unless the glossary is no longer at revision `checkedAgainst`; resolves
   * false when that failed (the caller has said why).
   */
  onApply: (apply: Pending['apply'], checkedAgainst: number) => Promise<boolean>;
  now?: () => Date;
}) {
  const t = useT();
  const [pending, setPending] = useState<Pending | null>(null);
  const [errors, setErrors] = useState<BackupProblem[] | null>(null);
  // While the import is being stored: a second click would be refused as a conflict.
  const [applying, setApplying] = useState(false);

  useClearedByOthers(lastAction, 'backup-import', () => setErrors(null));

  function read(text: string | null, fileName: string) {
    onActionStart?.();
    setPending(null);
    const result = parseImportAll(text, {
      validateTerm: validateStoredTerm,
      current: { settings, userGlossary },
    });
    if (result.ok) {
      setErrors(null);
      setPending({
        ...result,
        fileName,
        // A file that is no text (null) is always refused.
        text: text ?? '',
        checkedAgainst: userGlossary.revision,
        settingsChecked: settings,
      });
      // The preview is what comes next: focus goes to it, and a screen reader reads its title.
      focusLater(() => document.getElementById('backup-preview-heading'));
    } else {
      setErrors(result.problems);
    }
  }

  // The preview is of what applying would do now: terms saved meanwhile (another page, the
  // glossary manager) are kept by the merge, and counted against. Only the preview it was made
  // from is replaced: one applied or cancelled meanwhile stays gone.
  useEffect(() => {
    if (pending === null) return;
    if (pending.checkedAgainst === userGlossary.revision && pending.settingsChecked === settings)
      return;
    const stale = pending;
    const result = parseImportAll(stale.text, {
      validateTerm: validateStoredTerm,
      current: { settings, userGlossary },
    });
    let replaced = false;
    setPending((current) => {
      if (current !== stale) return current;
      replaced = true;
      return result.ok
        ? {
            ...result,
            fileName: stale.fileName,
            text: stale.text,
            checkedAgainst: userGlossary.revision,
            settingsChecked: settings,
          }
        : null;
    });
    if (replaced && !result.ok) setErrors(result.problems);
  }, [settings, userGlossary]);

  const focusLater = useFocusAfterRender();
  /** The preview goes, with the focused button: focus goes back to the file picker. */
  const closePreview = () => {
    setPending(null);
    focusLater(() => document.getElementById('backup-import'));
  };

  const preview = pending?.preview;
  const nothingChanges =
    preview !== undefined &&
    preview.settingsChanges.length === 0 &&
    preview.termsAdded + preview.termsUpdated === 0;

  return (
    <div class="backup">
      <p class="muted">{t('backup_export_help')}</p>
      <div class="button-row">
        <button
          type="button"
          onClick={() => {
            const at = now();
            download({
              name: backupFileName(at),
              mimeType: 'application/json',
              text: exportAll({ settings, userGlossary, now: at }),
            });
          }}
        >
          {t('backup_export_all')}
        </button>
      </div>
      <h3>{t('backup_import_all')}</h3>
      <FilePicker
        id="backup-import"
        label={t('import_choose_backup_file')}
        accept=".json,application/json"
        onText={read}
      />
      {errors && (
        <ImportErrors
          id="backup-import-errors"
          heading={t('backup_import_failed')}
          problems={errors.map((problem) => ({ text: backupProblemText(t, problem) }))}
        />
      )}
      {pending && preview && (
        <div class="import-preview" role="region" aria-labelledby="backup-preview-heading">
          <h4 id="backup-preview-heading" tabIndex={-1}>
            {t('import_preview_title', pending.fileName)}
          </h4>
          {preview.exportedAt && (
            <p>
              {t(
                'backup_exported_at',
                new Date(preview.exportedAt).toLocaleString(t('locale_tag')),
              )}
            </p>
          )}
          <p>{t('backup_import_preview')}</p>
          <ul class="preview-list">
            <li>
              {preview.settingsChanges.length > 0
                ? t(
                    'backup_import_settings_changes',
                    preview.settingsChanges
                      .map((field) => t(SETTINGS_FIELD_LABELS[field]))
                      .join(t('list_separator')),
                  )
                : t('backup_import_no_settings_changes')}
            </li>
            <li>
              {t('backup_import_terms', [String(preview.termsAdded), String(preview.termsUpdated)])}
            </li>
          </ul>
          <div class="button-row">
            <button
              type="button"
              disabled={nothingChanges || applying}
              aria-busy={applying ? 'true' : undefined}
              onClick={() => {
                if (applying) return;
                setApplying(true);
                void onApply(pending.apply, pending.checkedAgainst)
                  .then((ok) => {
                    if (ok) closePreview();
                  })
                  .finally(() => setApplying(false));
              }}
            >
              {t('action_apply')}
            </button>
            <button type="button" class="secondary" onClick={closePreview}>
              {t('action_cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
