import { settingsProblemText } from '../../utils/i18n/problem-text.ts';
import type { SettingsProblem } from '../../utils/settings/parse.ts';
import type { Translate } from './i18n.tsx';

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Why a save failed, in the UI language where the error is one the storage
 * layer names (utils/platform/settings-storage.ts), else in its own words.
 * The popup and the options page say it the same way.
 */
export function describeSaveError(t: Translate, error: unknown): string {
  if (error instanceof Error) {
    const check = (error as Error & { check?: { bytes?: unknown; limit?: unknown } }).check;
    if (
      error.name === 'StorageQuotaError' &&
      typeof check?.bytes === 'number' &&
      typeof check.limit === 'number' &&
      Number.isFinite(check.limit)
    ) {
      const sizes = [formatBytes(check.bytes), formatBytes(check.limit)];
      // The settings live in sync storage (8 KB per item), the glossary in local storage.
      return check.limit <= 102_400 ? t('error_quota_sync', sizes) : t('error_quota_local', sizes);
    }
    // No limit of the extension's own was passed (it has unlimitedStorage, or the settings fit):
    // the device's storage is full. The engine's message says so in English only.
    if (error.name === 'StorageQuotaError') return t('error_quota_device');
    if (error.name === 'GlossaryConflictError') return t('error_glossary_conflict');
    const problems = (error as Error & { problems?: unknown }).problems;
    if (error.name === 'SettingsValidationError' && Array.isArray(problems)) {
      const reasons = (problems as SettingsProblem[]).map(
        (problem) => `${problem.field}${t('label_separator')}${settingsProblemText(t, problem)}`,
      );
      return t('options_save_failed', reasons.join(t('problem_separator')));
    }
    return t('options_save_failed', error.message);
  }
  return t('options_save_failed', String(error));
}
