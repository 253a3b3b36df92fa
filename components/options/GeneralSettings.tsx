import { TARGETS } from '../../utils/convert/target.ts';
import {
  AUTO_CONVERT_LABELS,
  GLOSSARY_MARKS_LABELS,
  GLOSSARY_SCOPE_LABELS,
  PEEK_MODIFIER_LABELS,
  readingModeHelp,
  READING_MODE_LABELS,
  TARGET_LABELS,
  UI_LANGUAGE_LABELS,
} from '../../utils/i18n/labels.ts';
import {
  AUTO_CONVERT_SCOPES,
  GLOSSARY_MARKS,
  GLOSSARY_SCOPES,
  PEEK_MODIFIERS,
  READING_MODES,
  UI_LANGUAGES,
  type Settings,
  type TargetSetting,
} from '../../utils/settings/schema.ts';
import { useChoices } from '../shared/choices.ts';
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
  const targetChoices = useChoices(TARGET_SETTINGS, TARGET_LABELS);
  const autoConvertChoices = useChoices(AUTO_CONVERT_SCOPES, AUTO_CONVERT_LABELS);
  return (
    <>
      <SelectField<TargetSetting>
        id="target"
        label={t('option_target')}
        hint={t('option_target_help')}
        value={settings.target}
        choices={targetChoices}
        onChange={(target) => onChange({ target })}
      />
      <CheckboxField
        id="regional-vocabulary"
        label={t('option_regional_vocabulary')}
        hint={t('option_regional_vocabulary_help_full')}
        checked={settings.regionalVocabulary}
        onChange={(regionalVocabulary) => onChange({ regionalVocabulary })}
      />
      <SelectField
        id="auto-convert"
        label={t('option_auto_convert')}
        hint={t('option_auto_convert_help')}
        value={settings.autoConvert}
        choices={autoConvertChoices}
        onChange={(autoConvert) => onChange({ autoConvert })}
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
  const modeChoices = useChoices(READING_MODES, READING_MODE_LABELS);
  const modifierChoices = useChoices(PEEK_MODIFIERS, PEEK_MODIFIER_LABELS);
  return (
    <>
      <SelectField
        id="reading-mode"
        label={t('option_reading_mode')}
        hint={readingModeHelp(t, settings.readingMode, settings.peekModifier)}
        value={settings.readingMode}
        choices={modeChoices}
        onChange={(readingMode) => onChange({ readingMode })}
      />
      <SelectField
        id="peek-modifier"
        label={t('option_peek_modifier')}
        hint={readingModeHelp(t, 'peek', settings.peekModifier)}
        value={settings.peekModifier}
        choices={modifierChoices}
        onChange={(peekModifier) => onChange({ peekModifier })}
      />
    </>
  );
}

export function GlossarySettings({ settings, onChange }: SettingsProps) {
  const t = useT();
  const scopeChoices = useChoices(GLOSSARY_SCOPES, GLOSSARY_SCOPE_LABELS);
  const marksChoices = useChoices(GLOSSARY_MARKS, GLOSSARY_MARKS_LABELS);
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
        choices={scopeChoices}
        onChange={(glossaryScope) => onChange({ glossaryScope })}
      />
      <SelectField
        id="glossary-marks"
        label={t('option_glossary_marks')}
        value={settings.glossaryMarks}
        disabled={!settings.glossaryEnabled}
        choices={marksChoices}
        onChange={(glossaryMarks) => onChange({ glossaryMarks })}
      />
    </>
  );
}

export function LanguageSettings({ settings, onChange }: SettingsProps) {
  const t = useT();
  const languageChoices = useChoices(UI_LANGUAGES, UI_LANGUAGE_LABELS);
  return (
    <SelectField
      id="ui-language"
      label={t('option_ui_language')}
      value={settings.uiLanguage}
      choices={languageChoices}
      onChange={(uiLanguage) => onChange({ uiLanguage })}
    />
  );
}
