import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CATEGORIES,
  findFormClashes,
  termForms,
  validateTerm,
  type Category,
  type Term,
  type ValidationError,
} from '../../utils/glossary/schema.ts';
import { categoryLabel } from '../../utils/i18n/labels.ts';
import { termErrorText } from '../../utils/i18n/problem-text.ts';
import type { Locale } from '../../utils/i18n/translate.ts';
import { CheckboxField, SelectField } from '../shared/fields.tsx';
import { useT, type Translate } from '../shared/i18n.tsx';
import {
  builtInTermsSharingForms,
  completeDraft,
  draftFieldOf,
  draftFromTerm,
  emptyDraft,
  termFromDraft,
  type ConvertScript,
  type DraftFillProblem,
  type TermDraft,
  type TermDraftField,
} from './glossary-model.ts';

type FieldErrors = Partial<Record<TermDraftField, string[]>>;

/** Says which built-in terms have a form typed in the form (`builtInTermsSharingForms`). */
const BUILT_IN_FORMS_HINT_ID = 'term-builtin-forms-hint';

/**
 * The validator's finding for a field, in the UI language. The common cases
 * have wording of their own that tells the reader what to type; the rest read
 * as the validator's rule, after the field's label.
 */
function errorText(t: Translate, error: ValidationError): string {
  switch (error.code) {
    case 'required':
    case 'empty':
      return t('glossary_error_required');
    case 'invalid-id':
      return t('glossary_error_id');
    case 'not-https':
      return t('glossary_error_link');
    case 'invalid-date':
      return t('glossary_error_as_of');
    case 'no-definition':
      return t('glossary_error_definition_missing');
    default:
      return termErrorText(t, error);
  }
}

function fillProblemText(t: Translate, problem: DraftFillProblem): string {
  return problem.code === 'form-missing'
    ? t('glossary_error_form_missing')
    : t('glossary_error_convert_failed');
}

type TextField = Exclude<TermDraftField, 'note' | 'definition' | 'category'>;

/**
 * A group of fields that shares a hint and an error (the two written forms; the definition's
 * languages): each field is described by them, and is invalid while the group's error shows.
 */
interface FieldGroup {
  describedBy: string[];
  invalid: boolean;
}

function TextInput({
  id,
  field,
  label,
  hint,
  optional = false,
  group,
  draft,
  errors,
  multiline = false,
  lang,
  onInput,
}: {
  id: string;
  field: TextField;
  label: string;
  hint?: string;
  /** Shown as optional beside the label. */
  optional?: boolean;
  group?: FieldGroup;
  draft: TermDraft;
  errors: FieldErrors;
  multiline?: boolean;
  lang?: string;
  onInput: (field: TextField, value: string) => void;
}) {
  const t = useT();
  const messages = errors[field] ?? [];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const optionalId = `${id}-optional`;
  const describedBy = [
    messages.length > 0 ? errorId : '',
    ...(group?.describedBy ?? []),
    optional ? optionalId : '',
    hint ? hintId : '',
  ]
    .filter(Boolean)
    .join(' ');
  const invalid = messages.length > 0 || group?.invalid === true;
  const common = {
    id,
    lang,
    value: draft[field],
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div class="field">
      {optional ? (
        <div class="field-label">
          <label for={id}>{label}</label>
          <span class="optional" id={optionalId}>
            {t('glossary_optional')}
          </span>
        </div>
      ) : (
        <label for={id}>{label}</label>
      )}
      {multiline ? (
        <textarea
          {...common}
          rows={2}
          onInput={(event) => onInput(field, event.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          onInput={(event) => onInput(field, event.currentTarget.value)}
        />
      )}
      {messages.length > 0 && (
        <p class="field-error" id={errorId}>
          {messages.join(' ')}
        </p>
      )}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * Adds or edits one user term. Validated with the same `validateTerm` as
 * imports, on submit; each error sits under its field.
 */
export function TermForm({
  editing,
  initialDraft,
  userTerms,
  builtIn,
  builtInIds,
  locale,
  convertScript,
  onSubmit,
  onCancel,
}: {
  /** The term being edited, or null for a new one. */
  editing: Term | null;
  /** What a new term's form starts with (text selected on a page). */
  initialDraft?: TermDraft;
  userTerms: readonly Term[];
  /** The built-in terms: the form says when one of them has a form typed here. */
  builtIn: readonly Term[];
  builtInIds: ReadonlySet<string>;
  /** The UI language: a built-in term is named in its script. */
  locale: Locale;
  /** Fills in the script of a written form or definition left empty. */
  convertScript: ConvertScript;
  onSubmit: (term: Term, replacing: string | null) => Promise<boolean>;
  onCancel: () => void;
}) {
  const t = useT();
  // What the form opened with: Escape closes it unasked only while the draft is still this.
  const [openedWith] = useState<TermDraft>(() =>
    editing ? draftFromTerm(editing) : (initialDraft ?? emptyDraft()),
  );
  const [draft, setDraft] = useState<TermDraft>(openedWith);
  // Escape pressed over unsaved typing: the form asks before it drops it (`onEscape`).
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const escapedFrom = useRef<HTMLElement | null>(null);
  const keepEditingButton = useRef<HTMLButtonElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // Bumped on each refused submit, so the first field to fix gets the focus once rendered.
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The form opens above the list; take keyboard focus to it, to the written form the reader
    // types first (the optional id is made from it): the Simplified field, or the Traditional
    // one when only that holds text (a Traditional selection from a page), to check it.
    const start = draft.hans === '' && draft.hant !== '' ? 'term-hant' : 'term-hans';
    formRef.current?.querySelector<HTMLElement>(`#${start}`)?.focus();
  }, []);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  useEffect(() => {
    if (askingToDiscard) keepEditingButton.current?.focus();
  }, [askingToDiscard]);
  const replacing = editing && userTerms.some((term) => term.id === editing.id) ? editing.id : null;

  /**
   * Escape does what Cancel does (the form closes, focus goes back to the button that opened
   * it), but only while nothing was typed: Escape is easily pressed by mistake (to close an
   * input method's list, a browser's autofill, a select), and Cancel is clicked on purpose. With
   * unsaved typing the form asks first, as the list asks before it deletes a term, the safe
   * answer ("Keep editing") focused, and a second Escape is that answer. Not taken: an Escape
   * that ends a composition (`isComposing`; Safari's last composition key reports 229 instead)
   * or that closes an open <select>, which the page cannot tell from a closed one, so Escape
   * from any select is the select's own.
   */
  function onEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.isComposing || event.keyCode === 229) return;
    if (event.target instanceof Element && event.target.closest('select') !== null) return;
    event.preventDefault();
    if (askingToDiscard) {
      keepEditing();
    } else if (JSON.stringify(draft) === JSON.stringify(openedWith)) {
      onCancel();
    } else {
      escapedFrom.current = event.target instanceof HTMLElement ? event.target : null;
      setAskingToDiscard(true);
    }
  }

  /** Back to the form: focus returns to where Escape was pressed. */
  function keepEditing() {
    setAskingToDiscard(false);
    (escapedFrom.current ?? formRef.current?.querySelector<HTMLElement>('#term-hans'))?.focus();
  }

  const onInput = (field: keyof TermDraft, value: string | boolean) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      const next = { ...current, [field]: undefined };
      // A group's error is answered by typing in any of its fields: the missing written form
      // sits under the Simplified one, the missing definition above the three languages.
      if (field === 'hant') next.hans = undefined;
      if (field === 'definitionEn' || field === 'definitionHans' || field === 'definitionHant') {
        next.definition = undefined;
      }
      return next;
    });
  };

  async function submit() {
    setBusy(true);
    try {
      await check();
    } finally {
      setBusy(false);
    }
  }

  async function check() {
    // The id the term is edited under stays its own; every other id is taken, the built-in
    // ones too, so that a made id never replaces a built-in term unasked.
    const takenIds = new Set([...builtInIds, ...userTerms.map((term) => term.id)]);
    if (editing) takenIds.delete(editing.id);
    const { draft: filled, problems } = await completeDraft(draft, {
      convert: convertScript,
      takenIds,
    });
    const candidate = termFromDraft(filled);
    const result = validateTerm(candidate);
    const found: FieldErrors = {};
    const add = (field: TermDraftField, message: string) => {
      (found[field] ??= []).push(message);
    };
    // A field that could not be filled in is empty: its problem says why, not "Required".
    const unfilled = new Set(problems.map((problem) => problem.field));
    if (unfilled.has('hans')) unfilled.add('hant');
    // An id left empty is made from the written forms: without them the forms' problem is
    // the one to fix, and the id is made once it is.
    if (filled.id.trim() === '') unfilled.add('id');
    for (const problem of problems) add(problem.field, fillProblemText(t, problem));
    if (!result.ok) {
      for (const error of result.errors) {
        const field = draftFieldOf(error.path);
        if (!unfilled.has(field)) add(field, errorText(t, error));
      }
    }
    const id = typeof candidate.id === 'string' ? candidate.id : '';
    if (id !== replacing && userTerms.some((term) => term.id === id)) {
      add('id', t('glossary_error_id_taken', id));
    }
    if (result.ok) {
      // A written form belongs to one term only: the glossary's own export would otherwise
      // be refused when imported back. (A built-in term with the form is fine: the user's
      // term is ranked first.)
      const others = userTerms.filter((term) => term.id !== replacing && term.id !== id);
      for (const clash of findFormClashes([...others, result.term])) {
        if (clash.secondIndex !== others.length || clash.firstIndex >= others.length) continue;
        const field = termForms(result.term).find((entry) => entry.form === clash.form)?.field;
        add(
          field === undefined || field === 'alias' ? 'aliases' : field,
          t('glossary_error_form_taken', [clash.form, others[clash.firstIndex]!.id]),
        );
      }
    }
    setErrors(found);
    if (!result.ok || Object.keys(found).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    await onSubmit(result.term, replacing);
  }

  const overridesBuiltIn = builtInIds.has(draft.id.trim());
  // Told, not refused: a reader who selects NVIDIA on a page may well want a term of their own
  // for it, beside the built-in one, and may instead want to customise that one.
  const sharing = builtInTermsSharingForms(draft, builtIn);
  const formsGroup: FieldGroup = {
    describedBy: ['term-forms-hint', sharing.length > 0 ? BUILT_IN_FORMS_HINT_ID : ''],
    invalid: false,
  };
  const definitionGroup: FieldGroup = {
    describedBy: [errors.definition ? 'term-definition-error' : '', 'term-definition-hint'],
    invalid: errors.definition !== undefined,
  };
  const field = (
    name: TextField,
    label: string,
    extra: {
      hint?: string;
      optional?: boolean;
      group?: FieldGroup;
      multiline?: boolean;
      lang?: string;
    } = {},
  ) => (
    <TextInput
      id={`term-${name}`}
      field={name}
      label={label}
      draft={draft}
      errors={errors}
      onInput={onInput}
      {...extra}
    />
  );

  return (
    <form
      ref={formRef}
      class="term-form"
      aria-labelledby="term-form-heading"
      noValidate
      onKeyDown={onEscape}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="term-form-heading">{editing ? t('glossary_edit') : t('glossary_add')}</h3>
      <p class="hint" id="term-forms-hint">
        {t('glossary_forms_help')}
      </p>
      <div class="field-grid">
        {field('hans', t('glossary_field_hans'), { lang: 'zh-Hans', group: formsGroup })}
        {field('hant', t('glossary_field_hant'), { lang: 'zh-Hant', group: formsGroup })}
        {field('tw', t('glossary_field_tw'), { lang: 'zh-Hant-TW', optional: true })}
        {field('hk', t('glossary_field_hk'), { lang: 'zh-Hant-HK', optional: true })}
      </div>
      {field('en', t('glossary_field_en'), { lang: 'en', optional: true })}
      {field('aliases', t('glossary_field_aliases'), {
        hint: t('glossary_aliases_help'),
        optional: true,
        multiline: true,
      })}
      {sharing.length > 0 && (
        <p class="hint" id={BUILT_IN_FORMS_HINT_ID}>
          {sharing
            .map(({ term, form }) =>
              t('glossary_form_builtin', [
                `${locale === 'zh_TW' ? term.hant : term.hans} (${term.id})`,
                form,
              ]),
            )
            .join(' ')}
        </p>
      )}
      <SelectField<Category>
        id="term-category"
        label={t('glossary_field_category')}
        value={draft.category}
        choices={CATEGORIES.map((category) => ({
          value: category,
          label: t(categoryLabel(category)),
        }))}
        onChange={(category) => onInput('category', category)}
      />
      {errors.category && <p class="field-error">{errors.category.join(' ')}</p>}
      {/* The id is optional and made from the written forms on saving: it comes after them and
          the category, so that the tab order starts with what the reader must type. */}
      {field('id', t('glossary_field_id'), {
        hint: overridesBuiltIn ? t('glossary_id_overrides') : t('glossary_id_help_optional'),
        optional: true,
      })}
      <fieldset>
        <legend>{t('glossary_field_definition')}</legend>
        <p class="hint" id="term-definition-hint">
          {t('glossary_definition_help')}
        </p>
        {errors.definition && (
          <p class="field-error" id="term-definition-error">
            {errors.definition.join(' ')}
          </p>
        )}
        {field('definitionEn', t('glossary_in_english'), {
          multiline: true,
          lang: 'en',
          group: definitionGroup,
        })}
        {field('definitionHans', t('glossary_in_simplified'), {
          multiline: true,
          lang: 'zh-Hans',
          group: definitionGroup,
        })}
        {field('definitionHant', t('glossary_in_traditional'), {
          multiline: true,
          lang: 'zh-Hant',
          group: definitionGroup,
        })}
      </fieldset>
      <fieldset>
        <legend>
          {t('glossary_field_note')} <span class="optional">{t('glossary_optional')}</span>
        </legend>
        {errors.note && <p class="field-error">{errors.note.join(' ')}</p>}
        {field('noteEn', t('glossary_in_english'), { multiline: true, lang: 'en' })}
        {field('noteHans', t('glossary_in_simplified'), { multiline: true, lang: 'zh-Hans' })}
        {field('noteHant', t('glossary_in_traditional'), { multiline: true, lang: 'zh-Hant' })}
      </fieldset>
      {field('link', t('glossary_field_link'), { hint: t('glossary_link_help'), optional: true })}
      {field('asOf', t('glossary_field_as_of'), { hint: t('glossary_as_of_help'), optional: true })}
      <CheckboxField
        id="term-case-sensitive"
        label={t('glossary_case_sensitive')}
        checked={draft.caseSensitive}
        onChange={(checked) => onInput('caseSensitive', checked)}
      />
      <CheckboxField
        id="term-protect"
        label={t('glossary_protect')}
        hint={t('glossary_protect_help')}
        checked={draft.protect}
        onChange={(checked) => onInput('protect', checked)}
      />
      {askingToDiscard && (
        <div class="button-row confirm-row" role="group" aria-label={t('glossary_discard_confirm')}>
          <span>{t('glossary_discard_confirm')}</span>
          <button type="button" class="danger" onClick={onCancel}>
            {t('glossary_discard')}
          </button>
          <button type="button" class="secondary" ref={keepEditingButton} onClick={keepEditing}>
            {t('glossary_keep_editing')}
          </button>
        </div>
      )}
      <div class="button-row">
        <button type="submit" disabled={busy}>
          {editing ? t('action_save') : t('action_add')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('action_cancel')}
        </button>
      </div>
    </form>
  );
}
