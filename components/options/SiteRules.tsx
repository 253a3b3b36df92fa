import { useEffect, useState } from 'preact/hooks';
import {
  MAX_SITE_RULES,
  SITE_RULE_MODES,
  type SiteRule,
  type SiteRuleMode,
} from '../../utils/settings/schema.ts';
import { sitePatternFromAddress, validateSitePattern } from '../../utils/settings/site-rules.ts';
import { SITE_MODE_LABELS } from '../../utils/i18n/labels.ts';
import { sitePatternErrorText } from '../../utils/i18n/problem-text.ts';
import { useChoices } from '../shared/choices.ts';
import { ConfirmRow, useConfirmation } from '../shared/ConfirmRow.tsx';
import { useFocusAfterRender } from '../shared/focus.ts';
import { SelectField } from '../shared/fields.tsx';
import { useT, type Translate } from '../shared/i18n.tsx';

/** A rule's Edit button, found by its name (the row may have been made anew). */
function editButtonFor(t: Translate, pattern: string): HTMLElement | null {
  const name = t('site_rule_edit_named', pattern);
  for (const button of document.querySelectorAll<HTMLElement>('.rules button')) {
    if (button.getAttribute('aria-label') === name) return button;
  }
  return null;
}

/**
 * What is checked is `shown`: the typed text, or, for a pasted web address, the pattern without
 * its scheme and user name, which the field then shows (see `sitePatternFromAddress`).
 */
type PatternCheck =
  { ok: true; pattern: string; shown: string } | { ok: false; error: string; shown: string };

/**
 * The field's text once a web address is pasted in it: the pattern it saves as, or, when that
 * is refused (the address had a query, say), the address without its scheme and user name, so
 * that the error is about what the field shows. Other text is left as typed.
 */
function shownPattern(input: string): string {
  const address = sitePatternFromAddress(input);
  if (address === input.trim()) return input;
  const result = validateSitePattern(address);
  return result.ok ? result.normalized : address;
}

/** Validates a typed pattern against the rules, ignoring the rule being edited (`except`). */
function checkPattern({
  t,
  input,
  rules,
  except,
}: {
  t: Translate;
  input: string;
  rules: readonly SiteRule[];
  except: number | null;
}): PatternCheck {
  const shown = shownPattern(input);
  const result = validateSitePattern(sitePatternFromAddress(input));
  if (!result.ok) return { ok: false, error: sitePatternErrorText(t, result), shown };
  const clash = rules.findIndex(
    (rule, index) => index !== except && rule.pattern === result.normalized,
  );
  if (clash !== -1) {
    return { ok: false, error: t('site_rule_duplicate', result.normalized), shown };
  }
  return { ok: true, pattern: result.normalized, shown };
}

/** A text field for a pattern, with its error tied to it for assistive technology. */
function PatternInput({
  id,
  label,
  value,
  error,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  /**
   * `pasted`: the text came in whole, pasted or dropped, not typed. Returns the text the field
   * is to show (a pasted address becomes its pattern).
   */
  onInput: (value: string, pasted: boolean) => string;
}) {
  const t = useT();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={t('site_rule_pattern_placeholder')}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onInput={(event) => {
          const field = event.currentTarget;
          const kind = (event as InputEvent).inputType;
          const shown = onInput(
            field.value,
            kind === 'insertFromPaste' || kind === 'insertFromDrop',
          );
          // Written to the field too: pasting an address whose pattern the field already holds
          // changes no state, so no render would take the address out of the field.
          if (field.value !== shown) field.value = shown;
        }}
      />
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      <p class="hint" id={hintId}>
        {t('site_rules_help')}
      </p>
    </div>
  );
}

function RuleRow({
  rule,
  index,
  rules,
  reopenWith,
  onReopened,
  focusLater,
  onSave,
  onRemove,
}: {
  rule: SiteRule;
  index: number;
  rules: readonly SiteRule[];
  /** A draft to edit again: its save was refused. `onReopened` says it is taken. */
  reopenWith: string | null;
  onReopened: () => void;
  /** Moves focus once the list has rendered (the row may be another by then). */
  focusLater: (find: () => HTMLElement | null | undefined) => void;
  onSave: (index: number, rule: SiteRule, draft: string) => void;
  onRemove: (index: number) => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(reopenWith !== null);
  const [draft, setDraft] = useState(reopenWith ?? rule.pattern);
  const [error, setError] = useState<string | null>(null);
  const modeChoices = useChoices(SITE_RULE_MODES, SITE_MODE_LABELS);
  const confirmation = useConfirmation();
  useEffect(() => {
    if (reopenWith === null) return;
    setEditing(true);
    setDraft(reopenWith);
    onReopened();
    focusLater(() => document.getElementById(`rule-${index}-pattern`));
  }, [reopenWith]);

  if (editing) {
    return (
      <li class="rule rule-editing">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const checked = checkPattern({ t, input: draft, rules, except: index });
            setDraft(checked.shown);
            if (!checked.ok) {
              setError(checked.error);
              // On the field, a screen reader reads the error it is described by.
              focusLater(() => document.getElementById(`rule-${index}-pattern`));
              return;
            }
            onSave(index, { pattern: checked.pattern, mode: rule.mode }, checked.shown);
            setEditing(false);
            focusLater(() => editButtonFor(t, checked.pattern));
          }}
        >
          <PatternInput
            id={`rule-${index}-pattern`}
            label={t('site_rule_edit_input', rule.pattern)}
            value={draft}
            error={error}
            onInput={(value, pasted) => {
              const shown = pasted ? shownPattern(value) : value;
              setDraft(shown);
              setError(null);
              return shown;
            }}
          />
          <div class="button-row">
            <button type="submit">{t('action_save')}</button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setEditing(false);
                setDraft(rule.pattern);
                setError(null);
                focusLater(() => editButtonFor(t, rule.pattern));
              }}
            >
              {t('action_cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  if (confirmation.confirming) {
    return (
      <li class="rule">
        <span class="rule-pattern">{rule.pattern}</span>
        <ConfirmRow
          confirmation={confirmation}
          label={t('site_rule_remove_title')}
          question={t('site_rule_remove_confirm', rule.pattern)}
          action={t('action_remove')}
          onConfirm={() => {
            onRemove(index);
            // To the rule that took its place (or the one before it), else the new rule's field.
            const next = rules[index + 1] ?? rules[index - 1];
            focusLater(() =>
              next ? editButtonFor(t, next.pattern) : document.getElementById('new-rule-pattern'),
            );
          }}
        />
      </li>
    );
  }
  return (
    <li class="rule">
      <span class="rule-pattern">{rule.pattern}</span>
      <SelectField<SiteRuleMode>
        id={`rule-${index}-mode`}
        // The pattern beside it is its label on screen; a label over it repeated the pattern and
        // broke in the narrow column ("www.example.com/path 的規" / "則").
        label={t('site_rule_for', rule.pattern)}
        labelHidden
        value={rule.mode}
        choices={modeChoices}
        onChange={(mode) => onSave(index, { pattern: rule.pattern, mode }, rule.pattern)}
      />
      <div class="button-row">
        <button
          type="button"
          class="secondary"
          aria-label={t('site_rule_edit_named', rule.pattern)}
          onClick={() => {
            setDraft(rule.pattern);
            setEditing(true);
            focusLater(() => document.getElementById(`rule-${index}-pattern`));
          }}
        >
          {t('action_edit')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={t('site_rule_remove_named', rule.pattern)}
          ref={confirmation.askButton}
          onClick={confirmation.ask}
        >
          {t('action_remove')}
        </button>
      </div>
    </li>
  );
}

/** Host patterns with a mode each: add, edit, remove; every change is saved at once. */
export function SiteRules({
  rules,
  onChange,
}: {
  rules: readonly SiteRule[];
  /** Saves the rules; resolves false when that was refused (the page says why). */
  onChange: (rules: SiteRule[]) => Promise<boolean>;
}) {
  const t = useT();
  const [pattern, setPattern] = useState('');
  const [mode, setMode] = useState<SiteRuleMode>('always');
  const modeChoices = useChoices(SITE_RULE_MODES, SITE_MODE_LABELS);
  const [error, setError] = useState<string | null>(null);
  // An edited pattern whose save was refused. The optimistic change gives the row a new key,
  // and the stored rules give it back its old one: both remount it, and its own state (the
  // open editor, the draft) would be lost. So the draft comes back through here.
  const [refusedEdit, setRefusedEdit] = useState<{ pattern: string; draft: string } | null>(null);
  const full = rules.length >= MAX_SITE_RULES;
  const focusLater = useFocusAfterRender();

  return (
    <>
      {rules.length === 0 ? (
        <p class="muted">{t('site_rules_empty')}</p>
      ) : (
        <ul class="rules" aria-label={t('site_rules_title')}>
          {rules.map((rule, index) => (
            <RuleRow
              key={rule.pattern}
              rule={rule}
              index={index}
              rules={rules}
              reopenWith={refusedEdit?.pattern === rule.pattern ? refusedEdit.draft : null}
              onReopened={() => setRefusedEdit(null)}
              focusLater={focusLater}
              onSave={(at, next, draft) => {
                const before = rules[at]!;
                setRefusedEdit(null);
                void onChange(rules.map((r, i) => (i === at ? next : r))).then((saved) => {
                  if (!saved && next.pattern !== before.pattern) {
                    setRefusedEdit({ pattern: before.pattern, draft });
                  }
                });
              }}
              onRemove={(at) => onChange(rules.filter((_, i) => i !== at))}
            />
          ))}
        </ul>
      )}
      <form
        class="add-rule"
        onSubmit={(event) => {
          event.preventDefault();
          // The field takes the focus with its error, as the term form's do: a screen reader
          // reads the error it is described by, which the button pressed never says.
          if (full) {
            setError(t('site_rule_too_many', String(MAX_SITE_RULES)));
            focusLater(() => document.getElementById('new-rule-pattern'));
            return;
          }
          const checked = checkPattern({ t, input: pattern, rules, except: null });
          if (!checked.ok) {
            setPattern(checked.shown);
            setError(checked.error);
            focusLater(() => document.getElementById('new-rule-pattern'));
            return;
          }
          // The field empties at once, and gets what was typed back if the save is refused
          // (a full sync quota, say), unless something new was typed meanwhile.
          const typed = checked.shown;
          setPattern('');
          setError(null);
          void onChange([...rules, { pattern: checked.pattern, mode }]).then((saved) => {
            if (!saved) setPattern((now) => (now === '' ? typed : now));
          });
        }}
      >
        <PatternInput
          id="new-rule-pattern"
          label={t('site_rule_pattern')}
          value={pattern}
          error={error}
          onInput={(value, pasted) => {
            const shown = pasted ? shownPattern(value) : value;
            setPattern(shown);
            setError(null);
            return shown;
          }}
        />
        <SelectField<SiteRuleMode>
          id="new-rule-mode"
          label={t('site_rule_mode')}
          value={mode}
          choices={modeChoices}
          onChange={setMode}
        />
        <div class="button-row">
          <button type="submit">{t('site_rule_add')}</button>
        </div>
      </form>
    </>
  );
}
