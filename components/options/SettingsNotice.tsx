import { SETTINGS_FIELD_LABELS } from '../../utils/i18n/labels.ts';
import { settingsProblemText } from '../../utils/i18n/problem-text.ts';
import type { SettingsProblem } from '../../utils/settings/parse.ts';
import { settingOfField } from '../../utils/settings/schema.ts';
import { USER_GLOSSARY_STORAGE_KEY } from '../../utils/settings/glossary-store.ts';
import type { MessageKey } from '../../utils/i18n/messages.ts';
import { useT } from '../shared/i18n.tsx';

/**
 * The label a problem is shown under: its setting's, or "Your glossary" for the stored terms
 * (`userGlossary`, `userGlossary.terms[2]`), which are no setting; null for anything else.
 */
function labelOf(field: string): MessageKey | null {
  const setting = settingOfField(field);
  if (setting) return SETTINGS_FIELD_LABELS[setting];
  const root = /^[A-Za-z]+/.exec(field)?.[0];
  return root === USER_GLOSSARY_STORAGE_KEY ? 'glossary_title' : null;
}

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
        <summary>{t('settings_notice_details', problems.length)}</summary>
        <ul>
          {problems.map((problem, index) => {
            const label = labelOf(problem.field);
            return (
              <li key={index}>
                {label && <>{t(label)} </>}
                <code>{problem.field}</code>
                {t('label_separator')}
                {settingsProblemText(t, problem)}
              </li>
            );
          })}
        </ul>
      </details>
      <button type="button" class="secondary" onClick={onDismiss}>
        {t('action_close')}
      </button>
    </div>
  );
}
