import { TARGETS } from '../../utils/convert/target.ts';
import {
  GLOSSARY_SCOPE_LABELS,
  PEEK_MODIFIER_LABELS,
  READING_MODE_HELP,
  READING_MODE_LABELS,
  TARGET_LABELS,
  UI_LANGUAGE_LABELS,
} from '../../utils/i18n/labels.ts';
import {
  GLOSSARY_SCOPES,
  PEEK_MODIFIERS,
  READING_MODES,
  UI_LANGUAGES,
  type Settings,
  type TargetSetting,
} from '../../utils/settings/schema.ts';
import { choicesOf } from '../shared/choices.ts';
import { CheckboxField, SelectField } from '../shared/fields.tsx';
import { useT } from '../shared/i18n.tsx';

// The settings that are a single choice or switch, grouped as the page shows
// them. Each change is handed to `onChange` and saved at once.

interface SettingsProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

const TARGET_SETTINGS: readonly TargetSetting[] = ['auto', ...TARGETS];

export function ConversionSettings({ settings, onChange }: SettingsProps) {
  const t = useT();
  return (
    <>
      <SelectField<TargetSetting>
        id="target"
        label={t('option_target')}
        hint={t('option_target_help')}
        value={settings.target}
        choices={choicesOf(TARGET_SETTINGS, TARGET_LABELS, t)}
        onChange={(target) => onChange({ target })}
      />
      <CheckboxField
        id="regional-vocabulary"
        label={t('option_regional_vocabulary')}
        hint={t('option_regional_vocabulary_help')}
        checked={settings.regionalVocabulary}
        onChange={(regionalVocabulary) => onChange({ regionalVocabulary })}
      />
      <CheckboxField
        id="auto-convert-netease"
        label={t('option_auto_convert_netease')}
        hint={t('option_auto_convert_netease_help')}
        checked={settings.autoConvertNetease}
        onChange={(autoConvertNetease) => onChange({ autoConvertNetease })}
      />
      <CheckboxField
        id="repair-mirrors"
        label={t('option_repair_mirrors')}
        hint={t('option_repair_mirrors_help')}
        checked={settings.repairMirrors}
        onChange={(repairMirrors) => onChange({ repairMirrors })}
      />
    </>
  );
}

export function ReadingSettings({ settings, onChange }: SettingsProps) {
  const t = useT();
  return (
    <>
      <SelectField
        id="reading-mode"
        label={t('option_reading_mode')}
        hint={t(READING_MODE_HELP[settings.readingMode])}
        value={settings.readingMode}
        choices={choicesOf(READING_MODES, READING_MODE_LABELS, t)}
        onChange={(readingMode) => onChange({ readingMode })}
      />
      <SelectField
        id="peek-modifier"
        label={t('option_peek_modifier')}
        hint={t('mode_peek_help')}
        value={settings.peekModifier}
        choices={choicesOf(PEEK_MODIFIERS, PEEK_MODIFIER_LABELS, t)}
        onChange={(peekModifier) => onChange({ peekModifier })}
      />
    </>
  );
}

export function GlossarySettings({ settings, onChange }: SettingsProps) {
  const t = useT();
  return (
    <>
      <CheckboxField
        id="glossary-enabled"
        label={t('option_glossary_enabled')}
        checked={settings.glossaryEnabled}
        onChange={(glossaryEnabled) => onChange({ glossaryEnabled })}
      />
      <SelectField
        id="glossary-scope"
        label={t('option_glossary_scope')}
        value={settings.glossaryScope}
        disabled={!settings.glossaryEnabled}
        choices={choicesOf(GLOSSARY_SCOPES, GLOSSARY_SCOPE_LABELS, t)}
        onChange={(glossaryScope) => onChange({ glossaryScope })}
      />
    </>
  );
}

export function LanguageSettings({ settings, onChange }: SettingsProps) {
  const t = useT();
  return (
    <SelectField
      id="ui-language"
      label={t('option_ui_language')}
      value={settings.uiLanguage}
      choices={choicesOf(UI_LANGUAGES, UI_LANGUAGE_LABELS, t)}
      onChange={(uiLanguage) => onChange({ uiLanguage })}
    />
  );
}
