import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { categoryLabel } from '../../utils/i18n/labels.ts';
import { glossaryImportProblemText } from '../../utils/i18n/problem-text.ts';
import type { MessageKey } from '../../utils/i18n/messages.ts';
import type { Locale } from '../../utils/i18n/translate.ts';
import {
  exportGlossaryCsv,
  exportGlossaryJson,
  readGlossaryImport,
  type FilledField,
  type GlossaryImportResult,
  type ImportFillProblem,
} from '../../utils/glossary/io.ts';
import type { ImportProblem } from '../../utils/glossary/import-problems.ts';
import { formLang } from '../../utils/glossary/card-content.ts';
import { termForms, type FormField, type Term } from '../../utils/glossary/schema.ts';
import { MAX_DISABLED_BUILT_IN_TERMS } from '../../utils/settings/schema.ts';
import { localDateStamp } from '../../utils/settings/backup.ts';
import { ConfirmRow, useConfirmation } from '../shared/ConfirmRow.tsx';
import type { TextFile } from '../shared/files.ts';
import { useFocusAfterRender } from '../shared/focus.ts';
import { useT, type Translate } from '../shared/i18n.tsx';
import {
  builtInTermsSharingForms,
  draftFromSelection,
  draftFromTerm,
  glossaryEntries,
  mergeImportedTerms,
  searchGlossary,
  termEditConflict,
  upsertTerm,
  type ConvertScript,
  type GlossaryEntry,
  type TermDraft,
} from './glossary-model.ts';
import {
  FilePicker,
  ImportErrors,
  type OptionsAction,
  type ShownProblem,
  useClearedByOthers,
} from './ImportErrors.tsx';
import { TermForm } from './TermForm.tsx';

/**
 * How many matching terms the list shows at first, and how many more "Show more" adds; a
 * search narrows them down. Thousands of rows at once would make the page slow to render.
 */
export const GLOSSARY_PAGE_SIZE = 100;

/**
 * The open term form: the term it edits (null for a new one), what a new one starts with, and
 * `openedOn`, the reader's own term with that id as the form found it (null for a built-in term
 * not customised yet). Saving checks that term is still so: another window may have changed
 * or deleted it since.
 */
type Editing = { term: Term | null; draft?: TermDraft; openedOn: Term | null } | null;

/** Says why a row's Edit, Customise and Delete buttons are off while the term form is open. */
const FORM_OPEN_HINT_ID = 'glossary-form-open-hint';

type PendingImport = Extract<GlossaryImportResult, { ok: true }> & {
  fileName: string;
  /** The file's text, checked again whenever the user's terms change. */
  text: string;
  /** The terms the preview was made against. */
  checkedAgainst: readonly Term[];
};

/**
 * The term's form in the script of the UI, for the messages that name it: the Traditional UI
 * says 旗艦模型, the Simplified one 旗舰模型. The English UI names the Simplified form each row
 * starts with, as its labels always have (with the English name beside it there).
 */
function formInUiScript(term: Term, locale: Locale): string {
  return term[uiScriptField(locale)];
}

/** The field `formInUiScript` names a term by. */
function uiScriptField(locale: Locale): 'hans' | 'hant' {
  return locale === 'zh_TW' ? 'hant' : 'hans';
}

/** A written form of `field`, marked with its `lang` (`formLang`, as the card marks it). */
function FormText({ field, text }: { field: FormField; text: string }) {
  return <span lang={formLang(text, field)}>{text}</span>;
}

/**
 * A UI message whose substitutions are elements of their own (a written form marked with its
 * `lang`): the message is made with a marker in place of each, and cut at the markers. The
 * markers are private-use characters, which no message holds.
 */
function MessageWithParts({
  message,
  parts,
}: {
  message: (markers: string[]) => string;
  parts: readonly ComponentChildren[];
}) {
  const markers = parts.map((_, index) => String.fromCharCode(0xe000 + index));
  const pieces = message(markers).split(/([\ue000-\uf8ff])/);
  return (
    <>
      {pieces.map((piece, index) => {
        const part = markers.indexOf(piece);
        return <Fragment key={index}>{part === -1 ? piece : parts[part]}</Fragment>;
      })}
    </>
  );
}

/**
 * Why a glossary file was refused: the file's problems and the terms that could not be
 * completed, which are named as the term form names them, in the order of the file; or
 * `failure`, what went wrong when the file could not be checked at all.
 */
type ImportRefusal = {
  errors: ImportProblem[];
  fillProblems: ImportFillProblem[];
  failure?: string;
};

/** A check of a file that threw (a fault of ours, not of the file), as a refusal saying so. */
function failedRefusal(error: unknown): ImportRefusal {
  return {
    errors: [],
    fillProblems: [],
    failure: error instanceof Error ? error.message : String(error),
  };
}

function refusalOf(result: Extract<GlossaryImportResult, { ok: false }>): ImportRefusal {
  return { errors: result.errors, fillProblems: result.fillProblems ?? [] };
}

function shownProblems(
  t: Translate,
  { errors, fillProblems, failure }: ImportRefusal,
): ShownProblem[] {
  if (failure !== undefined) return [{ text: t('error_generic', failure) }];
  const shown = [
    ...errors.map((problem) => ({
      line: problem.line,
      field: problem.field,
      text: glossaryImportProblemText(t, problem),
    })),
    ...fillProblems.map((problem) => ({
      line: problem.line,
      field: problem.field,
      text:
        problem.code === 'form-missing'
          ? t('glossary_error_form_missing')
          : t('glossary_error_convert_failed'),
    })),
  ];
  // Stable: the problems of a line keep their order; those of no line (…and more) go last.
  return shown.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** The name a term goes by in labels: its form in the UI's script, and its English one if any. */
function termName(term: Term, locale: Locale): string {
  const form = formInUiScript(term, locale);
  return term.en ? `${form} (${term.en})` : form;
}

function TermRow({
  entry,
  locale,
  formOpen,
  onToggle,
  onEdit,
  onDelete,
}: {
  entry: GlossaryEntry;
  locale: Locale;
  /**
   * While the term form is open, the buttons that would replace it (Edit, Customise) or change
   * the term under it (Delete) are off: the form's unsaved typing would otherwise go unasked.
   */
  formOpen: boolean;
  onToggle: (id: string, enabled: boolean) => void;
  onEdit: (term: Term) => void;
  onDelete: (term: Term) => void;
}) {
  const t = useT();
  const confirmation = useConfirmation();
  const { term, source } = entry;
  const name = termName(term, locale);
  // Going back to the built-in term deletes only the reader's version: it is asked as that.
  const reverting = source === 'override';
  const offWhileFormOpen = {
    disabled: formOpen,
    'aria-describedby': formOpen ? FORM_OPEN_HINT_ID : undefined,
  };
  return (
    <li class={entry.enabled ? 'term' : 'term term-disabled'} data-term-id={term.id}>
      <div class="term-forms">
        <FormText field="hans" text={term.hans} />
        {term.hant !== term.hans && <FormText field="hant" text={` · ${term.hant}`} />}
        {term.tw && term.tw !== term.hant && <FormText field="tw" text={` · ${term.tw}`} />}
        {term.hk && term.hk !== term.hant && term.hk !== term.tw && (
          <FormText field="hk" text={` · ${term.hk}`} />
        )}
        {term.en && <FormText field="en" text={` · ${term.en}`} />}
      </div>
      <div class="term-meta">
        <span>{t(categoryLabel(term.category))}</span>
        <span class="badge">
          {source === 'built-in'
            ? t('glossary_source_builtin')
            : source === 'override'
              ? t('glossary_source_override')
              : t('card_user_term')}
        </span>
        {!entry.enabled && <span class="badge badge-off">{t('glossary_builtin_disabled')}</span>}
        <code class="term-id">{term.id}</code>
      </div>
      {confirmation.confirming ? (
        <ConfirmRow
          confirmation={confirmation}
          label={reverting ? t('glossary_revert_title') : t('glossary_delete')}
          question={
            reverting
              ? t('glossary_revert_confirm', formInUiScript(term, locale))
              : t('glossary_delete_confirm', formInUiScript(term, locale))
          }
          action={reverting ? t('glossary_revert') : t('action_delete')}
          disabled={formOpen}
          describedBy={formOpen ? FORM_OPEN_HINT_ID : undefined}
          onConfirm={() => onDelete(term)}
        />
      ) : (
        <div class="button-row">
          {source === 'built-in' && (
            <button
              type="button"
              class="secondary"
              aria-label={t(
                entry.enabled ? 'glossary_disable_named' : 'glossary_enable_named',
                name,
              )}
              onClick={() => onToggle(term.id, !entry.enabled)}
            >
              {entry.enabled ? t('glossary_disable_builtin') : t('glossary_enable_builtin')}
            </button>
          )}
          <button
            type="button"
            class="secondary"
            data-term-edit=""
            aria-label={t(
              source === 'built-in' ? 'glossary_customise_named' : 'glossary_edit_named',
              name,
            )}
            {...offWhileFormOpen}
            onClick={() => onEdit(term)}
          >
            {source === 'built-in' ? t('glossary_customise') : t('action_edit')}
          </button>
          {source !== 'built-in' && (
            <button
              type="button"
              class="secondary"
              aria-label={t(reverting ? 'glossary_revert_named' : 'glossary_delete_named', name)}
              {...offWhileFormOpen}
              ref={confirmation.askButton}
              onClick={confirmation.ask}
            >
              {reverting ? t('glossary_revert') : t('action_delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

const FILLED_LABELS = {
  id: 'glossary_field_id',
  hans: 'glossary_field_hans',
  hant: 'glossary_field_hant',
} as const satisfies Record<FilledField, MessageKey>;

/** What import filled in for a listed term, with its values: the reader sees what is saved. */
function FilledValues({
  term,
  fields,
}: {
  term: Term;
  fields: readonly FilledField[] | undefined;
}) {
  const t = useT();
  if (fields === undefined || fields.length === 0) return null;
  return (
    <div class="hint preview-filled">
      {t('import_filled_in')}
      {t('label_separator')}
      {fields.map((field, index) => (
        <span key={field}>
          {index > 0 && t('list_separator')}
          {t(FILLED_LABELS[field])}{' '}
          {field === 'id' ? <span>{term.id}</span> : <FormText field={field} text={term[field]} />}
        </span>
      ))}
    </div>
  );
}

/**
 * The built-in terms a listed term of the preview has a written form of, as the term form says
 * it (`builtInTermsSharingForms`): added, the term goes beside them, and is the one found for
 * that form on a page.
 */
function SharedForms({
  listed,
  shared,
  locale,
}: {
  /** The term of the preview: the shared form is one of its forms, marked as its field. */
  listed: Term;
  shared: readonly { term: Term; form: string }[];
  locale: Locale;
}) {
  const t = useT();
  if (shared.length === 0) return null;
  const field = uiScriptField(locale);
  return (
    <div class="hint preview-shares">
      {shared.map(({ term, form }, index) => (
        <Fragment key={term.id}>
          {index > 0 && ' '}
          <MessageWithParts
            message={([name, shared]) => t('import_shares_built_in', [name!, shared!])}
            parts={[
              <>
                <FormText field={field} text={term[field]} /> ({term.id})
              </>,
              <FormText field={formFieldOf(listed, form)} text={form} />,
            ]}
          />
        </Fragment>
      ))}
    </div>
  );
}

/** Which of the term's fields `form` is (its Simplified one when none: a typed form always is). */
function formFieldOf(term: Term, form: string): FormField {
  return termForms(term).find((entry) => entry.form === form)?.field ?? 'hans';
}

function ImportPreview({
  pending,
  locale,
  builtIn,
  builtInIds,
  applying,
  onApply,
  onCancel,
}: {
  pending: PendingImport;
  locale: Locale;
  /** A listed term with a form of a built-in one goes beside it: the preview says so. */
  builtIn: readonly Term[];
  /** An added term with a built-in's id takes its place: the preview says so before it does. */
  builtInIds: ReadonlySet<string>;
  /** While the import is being stored: a second click would store it again. */
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const listed = [...pending.adds, ...pending.updates].slice(0, 20);
  const more = pending.adds.length + pending.updates.length - listed.length;
  const addIds = new Set(pending.adds.map((term) => term.id));
  const filledById = new Map(pending.filled.map(({ id, fields }) => [id, fields]));
  const sharedById = useMemo(
    () =>
      new Map(
        listed.map((term) => [term.id, builtInTermsSharingForms(draftFromTerm(term), builtIn)]),
      ),
    [pending, builtIn],
  );
  return (
    <div class="import-preview" role="region" aria-labelledby="glossary-preview-heading">
      <h4 id="glossary-preview-heading" tabIndex={-1}>
        {t('import_preview_title', pending.fileName)}
      </h4>
      <p>
        {t('glossary_import_summary', [
          String(pending.adds.length),
          String(pending.updates.length),
          String(pending.unchanged),
        ])}
      </p>
      {pending.filled.length > 0 && (
        <p class="hint">{t('glossary_import_filled', String(pending.filled.length))}</p>
      )}
      {listed.length > 0 && (
        <ul class="preview-list">
          {listed.map((term) => {
            const shared = sharedById.get(term.id) ?? [];
            return (
              <li key={term.id}>
                <span class="badge">
                  {!addIds.has(term.id)
                    ? t('import_updated')
                    : builtInIds.has(term.id)
                      ? t('import_replaces_built_in')
                      : shared.length > 0
                        ? t('import_beside_built_in')
                        : t('import_new')}
                </span>{' '}
                <FormText field={uiScriptField(locale)} text={formInUiScript(term, locale)} />{' '}
                <code>{term.id}</code>
                <FilledValues term={term} fields={filledById.get(term.id)} />
                {/* An update keeps its place; only a term added goes beside a built-in one. */}
                {addIds.has(term.id) && (
                  <SharedForms listed={term} shared={shared} locale={locale} />
                )}
              </li>
            );
          })}
          {more > 0 && <li>{t('import_more', String(more))}</li>}
        </ul>
      )}
      <div class="button-row">
        <button
          type="button"
          onClick={onApply}
          disabled={applying || pending.adds.length + pending.updates.length === 0}
          aria-busy={applying ? 'true' : undefined}
        >
          {t('action_apply')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('action_cancel')}
        </button>
      </div>
    </div>
  );
}

/** Listed terms beyond which the list gets a way past it for the keyboard. */
const SKIPPABLE_LIST = 10;

/**
 * All glossary terms, built-in and the reader's own: search, add, edit,
 * delete, switch built-in ones off, import and export. The reader's terms
 * are saved through `onSaveTerms`; which built-in terms are off is a setting.
 */
export function GlossaryManager({
  builtIn,
  userTerms,
  disabledBuiltIn,
  locale,
  onSaveTerms,
  onDisabledChange,
  download,
  convertScript,
  announce,
  now = () => new Date(),
  startWith = null,
  onStartWithTaken,
  lastAction,
  onActionStart,
}: {
  builtIn: readonly Term[];
  userTerms: readonly Term[];
  disabledBuiltIn: readonly string[];
  /** The UI language: messages name a term in its script. */
  locale: Locale;
  /** Stores the user's terms; resolves false when that failed (the caller has said why). */
  onSaveTerms: (terms: Term[], done: string) => Promise<boolean>;
  onDisabledChange: (ids: string[]) => void;
  download: (file: TextFile) => void;
  /** Fills in the script of a form or definition the reader left empty. */
  convertScript: ConvertScript;
  announce: (text: string, tone: 'success' | 'error') => void;
  now?: () => Date;
  /** Text selected on a page ("Add to glossary"): the form opens with a new term started from it. */
  startWith?: string | null;
  /** Called once the form has opened with `startWith`. */
  onStartWithTaken?: () => void;
  /** The page's latest action: one elsewhere takes the import's errors away. */
  lastAction?: OptionsAction | null;
  /** Called when a file to import is picked. */
  onActionStart?: () => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [shownCount, setShownCount] = useState(GLOSSARY_PAGE_SIZE);
  const [editing, setEditing] = useState<Editing>(() =>
    startWith ? { term: null, draft: draftFromSelection(startWith), openedOn: null } : null,
  );
  const [pending, setPending] = useState<PendingImport | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusLater = useFocusAfterRender();
  const [applying, setApplying] = useState(false);
  const [importErrors, setImportErrors] = useState<ImportRefusal | null>(null);
  /** Counts the files read: a file still being read when another is chosen is dropped. */
  const importReads = useRef(0);
  /** While a chosen file is read (the converter may be loading its dictionaries). */
  const [readingImport, setReadingImport] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const showMoreButton = useRef<HTMLButtonElement>(null);
  const importHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (startWith) onStartWithTaken?.();
  }, []);

  const entries = useMemo(
    () => glossaryEntries({ builtIn, user: userTerms, disabledBuiltIn }),
    [builtIn, userTerms, disabledBuiltIn],
  );
  const matches = useMemo(() => searchGlossary(entries, query), [entries, query]);
  const shown = matches.slice(0, shownCount);
  const builtInIds = useMemo(() => new Set(builtIn.map((term) => term.id)), [builtIn]);
  const userTermWithId = (id: string): Term | null =>
    userTerms.find((term) => term.id === id) ?? null;

  function openForm(term: Term) {
    setEditing({ term, openedOn: userTermWithId(term.id) });
  }

  /**
   * The Edit (or Customise) button of the term with this id, if its row is listed. Focus moved
   * after a change finds its row by the term's id, never by its place: the list reorders (a
   * customised built-in term moves up among the reader's, one gone back to built-in returns to
   * its place in the pack), and the row at the old place may then be another term's. Every row
   * has this button, and it acts on nothing without asking, unlike "Turn off".
   */
  function editButtonOf(termId: string | null): HTMLElement | null {
    const rows = listRef.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [];
    const row = [...rows].find((candidate) => candidate.dataset.termId === termId);
    return row?.querySelector<HTMLElement>('[data-term-edit]') ?? null;
  }

  /**
   * Closes the term form. Keyboard focus goes back to where the reader was: the Edit button of
   * the term the form was for (`termId`, under the id it was saved with), or "Add term" for a
   * new term or a row no longer listed (a search hides it).
   */
  function closeForm(termId: string | null) {
    setEditing(null);
    focusLater(() => editButtonOf(termId) ?? addButton.current);
  }

  /**
   * Deletes the reader's term; for a customised built-in term, that goes back to the built-in
   * one. The focus, whose button went with the confirmation, stays with the term if it is still
   * listed (gone back to built-in, in its new place), else goes to the row that took its place
   * (or the one before it, for the last row), else to the search.
   */
  function deleteTerm(term: Term) {
    const at = matches.findIndex((entry) => entry.term.id === term.id);
    const neighbours = at === -1 ? [] : [matches[at + 1], matches[at - 1]];
    const focusOrder = [
      term.id,
      ...neighbours.flatMap((entry) => (entry === undefined ? [] : [entry.term.id])),
    ];
    void onSaveTerms(
      userTerms.filter((other) => other.id !== term.id),
      t('glossary_term_deleted', formInUiScript(term, locale)),
    ).then((saved) => {
      if (!saved) return;
      focusLater(
        () =>
          focusOrder.map(editButtonOf).find((found) => found !== null) ??
          listRef.current?.ownerDocument.getElementById('glossary-search'),
      );
    });
  }

  /**
   * Saves the open form, unless the reader's term it edits was changed or deleted in another
   * window since it was opened: then that version is kept and the reader told, and the form
   * keeps what they typed. It now counts as opened on that version, so saving again (once they
   * have seen it) replaces it.
   */
  async function saveForm(open: NonNullable<Editing>, term: Term, replacing: string | null) {
    if (open.term !== null) {
      const current = userTermWithId(open.term.id);
      const conflict = termEditConflict(open.openedOn, current);
      if (conflict !== null) {
        announce(
          t(
            conflict === 'changed'
              ? 'glossary_edit_conflict_changed'
              : 'glossary_edit_conflict_deleted',
            formInUiScript(open.term, locale),
          ),
          'error',
        );
        setEditing({ ...open, openedOn: current });
        return false;
      }
    }
    const saved = await onSaveTerms(
      upsertTerm(userTerms, { term, replacing }),
      t('glossary_term_saved', formInUiScript(term, locale)),
    );
    if (saved) closeForm(open.term === null ? null : term.id);
    return saved;
  }

  /**
   * Lists the next page of matches. Focus goes to the first row added, where the reader reads
   * on: the rows come before the button, which is gone once the list is complete. While the
   * term form is open that row's Edit button is off, so focus stays on "Show more", or goes to
   * the search when that is gone.
   */
  function showMore() {
    const firstAdded = matches[shown.length]?.term.id ?? null;
    setShownCount(shown.length + GLOSSARY_PAGE_SIZE);
    focusLater(() => {
      const edit = editButtonOf(firstAdded) as HTMLButtonElement | null;
      if (edit !== null && !edit.disabled) return edit;
      return (
        showMoreButton.current ?? listRef.current?.ownerDocument.getElementById('glossary-search')
      );
    });
  }

  function toggleBuiltIn(id: string, enabled: boolean) {
    const without = disabledBuiltIn.filter((other) => other !== id);
    if (!enabled && without.length >= MAX_DISABLED_BUILT_IN_TERMS) {
      announce(t('glossary_too_many_disabled', String(MAX_DISABLED_BUILT_IN_TERMS)), 'error');
      return;
    }
    onDisabledChange(enabled ? without : [...without, id]);
  }

  /**
   * Reads a chosen file into a preview, or its errors. What the file leaves empty is filled in
   * as the term form fills it (a written form converted, an id made), which may wait for the
   * converter's dictionaries to load.
   */
  const checkImport = (text: string | null, against: readonly Term[]) =>
    readGlossaryImport(text, { existing: against, builtInIds, convert: convertScript });

  useClearedByOthers(lastAction, 'glossary-import', () => setImportErrors(null));

  async function readImport(text: string | null, fileName: string) {
    onActionStart?.();
    setPending(null);
    setImportErrors(null);
    const read = ++importReads.current;
    setReadingImport(true);
    let result: GlossaryImportResult;
    try {
      result = await checkImport(text, userTerms);
    } catch (error) {
      // Not the file's fault, nor one the reader can fix in it: said as such, not left loading.
      if (read !== importReads.current) return;
      setReadingImport(false);
      setImportErrors(failedRefusal(error));
      return;
    }
    if (read !== importReads.current) return;
    setReadingImport(false);
    if (result.ok) {
      // A file that is no text (null) is always refused.
      setPending({ ...result, fileName, text: text ?? '', checkedAgainst: userTerms });
      // The preview is what comes next: focus goes to it, and a screen reader reads its title.
      focusLater(() => document.getElementById('glossary-preview-heading'));
    } else {
      setImportErrors(refusalOf(result));
    }
  }

  // The preview (adds against updates) is of the terms as they are now: a term saved meanwhile
  // (the form, another page) would otherwise be added a second time under its id, and an id
  // made for a term without one must be clear of it. Only the preview of this file is
  // replaced, by the latest check: one applied or cancelled meanwhile, or another file chosen,
  // stays gone.
  useEffect(() => {
    if (pending === null || pending.checkedAgainst === userTerms) return;
    const stale = pending;
    const against = userTerms;
    const read = ++importReads.current;
    /** Puts `next` in place of this file's preview, with the refusal if any, unless stale. */
    const settle = (next: PendingImport | null, refusal: ImportRefusal | null) => {
      if (read !== importReads.current) return;
      let replaced = false;
      setPending((current) => {
        if (current === null || current.text !== stale.text) return current;
        replaced = true;
        return next;
      });
      if (replaced && refusal !== null) setImportErrors(refusal);
    };
    void checkImport(stale.text, against).then(
      (result) =>
        result.ok
          ? settle(
              { ...result, fileName: stale.fileName, text: stale.text, checkedAgainst: against },
              null,
            )
          : settle(null, refusalOf(result)),
      // The preview is of terms as they were: it goes, and the reader is told why.
      (error: unknown) => settle(null, failedRefusal(error)),
    );
    // `pending` too: a file read while the terms changed is checked again once it is previewed.
  }, [userTerms, pending]);

  async function applyImport() {
    if (!pending || applying) return;
    setApplying(true);
    try {
      await storeImport(pending);
    } finally {
      setApplying(false);
    }
  }

  async function storeImport(pending: PendingImport) {
    const saved = await onSaveTerms(
      mergeImportedTerms(userTerms, pending),
      t('glossary_import_done', [String(pending.adds.length), String(pending.updates.length)]),
    );
    if (saved) closePreview();
  }

  /** The preview goes; focus goes back to the file picker it came from. */
  function closePreview() {
    setPending(null);
    focusLater(() => listRef.current?.ownerDocument.getElementById('glossary-import'));
  }

  function exportTerms(format: 'json' | 'csv') {
    const date = localDateStamp(now());
    download(
      format === 'json'
        ? {
            name: `jianfan-glossary-${date}.json`,
            mimeType: 'application/json',
            text: exportGlossaryJson(userTerms),
          }
        : {
            name: `jianfan-glossary-${date}.csv`,
            mimeType: 'text/csv;charset=utf-8',
            text: exportGlossaryCsv(userTerms),
          },
    );
  }

  return (
    <div class="glossary-manager">
      <p class="muted">{t('glossary_builtin_help')}</p>
      {editing ? (
        <TermForm
          key={editing.term?.id ?? 'new'}
          editing={editing.term}
          initialDraft={editing.draft}
          userTerms={userTerms}
          builtIn={builtIn}
          builtInIds={builtInIds}
          locale={locale}
          convertScript={convertScript}
          onCancel={() => closeForm(editing.term?.id ?? null)}
          onSubmit={(term, replacing) => saveForm(editing, term, replacing)}
        />
      ) : (
        <div class="button-row">
          <button
            type="button"
            ref={addButton}
            onClick={() => setEditing({ term: null, openedOn: null })}
          >
            {t('glossary_add')}
          </button>
        </div>
      )}

      <div class="field">
        <label for="glossary-search">{t('glossary_search')}</label>
        <input
          id="glossary-search"
          type="search"
          value={query}
          placeholder={t('glossary_search_placeholder')}
          aria-describedby="glossary-count"
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            // Another search lists its own first page.
            setShownCount(GLOSSARY_PAGE_SIZE);
          }}
        />
        <p class="hint" id="glossary-count" aria-live="polite">
          {matches.length === 0 && query.trim() !== ''
            ? t('glossary_no_results', query.trim())
            : matches.length > shown.length
              ? t('glossary_showing', [String(shown.length), String(matches.length)])
              : matches.length === 1
                ? t('glossary_count_one')
                : t('glossary_count', String(matches.length))}
        </p>
      </div>
      {editing && (
        <p class="hint" id={FORM_OPEN_HINT_ID}>
          {t('glossary_form_open_hint')}
        </p>
      )}
      {shown.length > SKIPPABLE_LIST && (
        // Each listed term has a button or two: with a page of them, the keyboard would need a
        // couple of hundred Tab presses to reach import and export. Shown when focused.
        <button type="button" class="skip-link" onClick={() => importHeading.current?.focus()}>
          {t('glossary_skip_list')}
        </button>
      )}
      <ul class="terms" aria-label={t('glossary_title')} ref={listRef}>
        {shown.map((entry) => (
          <TermRow
            key={entry.term.id}
            entry={entry}
            locale={locale}
            formOpen={editing !== null}
            onToggle={toggleBuiltIn}
            onEdit={openForm}
            onDelete={deleteTerm}
          />
        ))}
      </ul>
      {matches.length > shown.length && (
        <div class="button-row">
          <button
            type="button"
            class="secondary"
            ref={showMoreButton}
            aria-describedby="glossary-count"
            onClick={showMore}
          >
            {t(
              'glossary_show_more',
              String(Math.min(GLOSSARY_PAGE_SIZE, matches.length - shown.length)),
            )}
          </button>
        </div>
      )}

      <h3 id="glossary-import-heading" tabIndex={-1} ref={importHeading}>
        {t('glossary_import')}
      </h3>
      <FilePicker
        id="glossary-import"
        label={t('import_choose_glossary_file')}
        accept=".json,.csv,application/json,text/csv"
        onText={(text, fileName) => void readImport(text, fileName)}
      />
      {readingImport && (
        <p class="hint" role="status">
          {t('state_loading')}
        </p>
      )}
      {importErrors && (
        <ImportErrors
          id="glossary-import-errors"
          heading={t('glossary_import_errors')}
          problems={shownProblems(t, importErrors)}
        />
      )}
      {pending && (
        <ImportPreview
          pending={pending}
          locale={locale}
          builtIn={builtIn}
          builtInIds={builtInIds}
          applying={applying}
          onApply={() => void applyImport()}
          onCancel={closePreview}
        />
      )}
      <h3>{t('glossary_export')}</h3>
      <p class="hint">
        {userTerms.length === 0
          ? t('glossary_export_help_none')
          : t('glossary_export_help', String(userTerms.length))}
      </p>
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => exportTerms('json')}>
          {t('glossary_export_json')}
        </button>
        <button type="button" class="secondary" onClick={() => exportTerms('csv')}>
          {t('glossary_export_csv')}
        </button>
      </div>
    </div>
  );
}
