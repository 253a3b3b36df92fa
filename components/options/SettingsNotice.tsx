import type { SettingsProblem } from '../../utils/settings/parse.ts';
import { useT } from '../shared/i18n.tsx';

/** Shown once when stored settings were damaged and some fields fell back to their defaults. */
export function SettingsNotice({
  problems,
  onDismiss,
}: {
  problems: readonly SettingsProblem[];
  onDismiss: () => void;
}) {
  const t = useT();
  return (
    <div class="notice" role="alert" aria-labelledby="settings-notice-heading">
      <h2 id="settings-notice-heading">{t('settings_notice_title')}</h2>
      <p>{t('settings_notice_body')}</p>
      <details>
        <summary>{t('settings_notice_details')}</summary>
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>
              <code>{problem.field}</code>: {problem.reason}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" class="secondary" onClick={onDismiss}>
        {t('action_close')}
      </button>
    </div>
  );
}
