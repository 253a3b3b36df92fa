import { TARGETS, type Target } from '../../utils/convert/target.ts';
import {
  READING_MODES,
  SITE_RULE_MODES,
  type PeekModifier,
  type ReadingMode,
  type SiteRuleMode,
} from '../../utils/settings/schema.ts';
import {
  READING_MODE_LABELS,
  SITE_MODE_LABELS,
  TARGET_LABELS,
  readingModeHelp,
} from '../../utils/i18n/labels.ts';
import type { readingModeNote, tabSwitchNote } from '../../utils/report/mode-note.ts';
import type { RegionalVocabularyNote } from '../../utils/report/regional-note.ts';
import { useChoices } from '../shared/choices.ts';
import { CheckboxField, SelectField } from '../shared/fields.tsx';
import { useT } from '../shared/i18n.tsx';

export interface PageControlValues {
  /**
   * Null when the tab switch can change nothing: no report from the tab, or a page without
   * Chinese. The other controls are settings for the next pages too, and stay usable.
   */
  enabled: boolean | null;
  target: Target;
  regionalVocabulary: boolean;
  /** Why regional vocabulary changes nothing on this page, when it is on and does not. */
  regionalNote: RegionalVocabularyNote | null;
  readingMode: ReadingMode;
  /** Why the reading mode shows nothing more on this page, when it does not. */
  modeNote: ReturnType<typeof readingModeNote>;
  /** Why the tab switch changes nothing on this page, when it does not. */
  tabNote: ReturnType<typeof tabSwitchNote>;
  /** The key that peeks (a setting of the options page), which the peek mode's hint names. */
  peekModifier: PeekModifier;
  glossaryEnabled: boolean;
  repairMirrors: boolean;
  /** The pattern for this site's rule and its mode; null on pages without one (file:, about:). */
  siteRule: { pattern: string; mode: SiteRuleMode } | null;
}

export type PageControlChange =
  | { kind: 'enabled'; value: boolean }
  | { kind: 'target'; value: Target }
  | { kind: 'regionalVocabulary'; value: boolean }
  | { kind: 'readingMode'; value: ReadingMode }
  | { kind: 'glossaryEnabled'; value: boolean }
  | { kind: 'repairMirrors'; value: boolean }
  | { kind: 'siteRule'; value: SiteRuleMode };

/** The popup's switches, in the order a reader reaches for them. */
export function PageControls({
  values,
  onChange,
}: {
  values: PageControlValues;
  onChange: (change: PageControlChange) => void;
}) {
  const t = useT();
  const targetChoices = useChoices(TARGETS, TARGET_LABELS);
  const readingModeChoices = useChoices(READING_MODES, READING_MODE_LABELS);
  const siteModeChoices = useChoices(SITE_RULE_MODES, SITE_MODE_LABELS);
  return (
    <section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t('popup_conversion')}</h2>
      <CheckboxField
        id="tab-enabled"
        label={t('popup_convert_this_tab')}
        hint={t('popup_convert_this_tab_help')}
        checked={values.enabled ?? false}
        disabled={values.enabled === null}
        note={
          values.tabNote === null
            ? null
            : t(values.tabNote.key, t(TARGET_LABELS[values.tabNote.target]))
        }
        onChange={(value) => onChange({ kind: 'enabled', value })}
      />
      <SelectField
        id="target"
        label={t('popup_target')}
        value={values.target}
        choices={targetChoices}
        onChange={(value) => onChange({ kind: 'target', value })}
      />
      <CheckboxField
        id="regional-vocabulary"
        label={t('popup_regional_vocabulary')}
        hint={t('option_regional_vocabulary_help')}
        note={values.regionalNote === null ? null : t(values.regionalNote)}
        checked={values.regionalVocabulary}
        onChange={(value) => onChange({ kind: 'regionalVocabulary', value })}
      />
      <SelectField
        id="reading-mode"
        label={t('popup_reading_mode')}
        hint={readingModeHelp(t, values.readingMode, values.peekModifier)}
        note={
          values.modeNote === null
            ? null
            : t(values.modeNote.key, t(TARGET_LABELS[values.modeNote.target]))
        }
        value={values.readingMode}
        choices={readingModeChoices}
        onChange={(value) => onChange({ kind: 'readingMode', value })}
      />
      <CheckboxField
        id="glossary-enabled"
        label={t('option_glossary_enabled')}
        checked={values.glossaryEnabled}
        onChange={(value) => onChange({ kind: 'glossaryEnabled', value })}
      />
      <CheckboxField
        id="repair-mirrors"
        label={t('option_repair_mirrors')}
        checked={values.repairMirrors}
        onChange={(value) => onChange({ kind: 'repairMirrors', value })}
      />
      {values.siteRule && (
        <SelectField
          id="site-rule"
          label={t('popup_site_rule')}
          hint={t('site_rule_for', values.siteRule.pattern)}
          value={values.siteRule.mode}
          choices={siteModeChoices}
          onChange={(value) => onChange({ kind: 'siteRule', value })}
        />
      )}
    </section>
  );
}
