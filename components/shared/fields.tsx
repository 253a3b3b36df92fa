import type { ComponentChildren } from 'preact';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled `<select>`; `hint` is read out after the label. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  choices,
  onChange,
  hint,
  note,
  disabled = false,
  labelHidden = false,
}: {
  id: string;
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  hint?: string;
  /** As a checkbox's (`CheckboxField`). */
  note?: string | null;
  disabled?: boolean;
  /** The label is for assistive technology only: the text beside the field says it. */
  labelHidden?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id} class={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(hintId, id, note)}
        onChange={(event) => {
          const picked = choices.find((choice) => choice.value === event.currentTarget.value);
          if (picked) onChange(picked.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldNote id={id} note={note} />
    </div>
  );
}

/**
 * A labelled checkbox, the label on its right as usual for switches of this kind. `note`, read
 * out after the hint, says something about the switch on this page only (why it changes nothing
 * here, say); it comes and goes with the page and the switch, where the hint stays. A checkbox
 * given a `note` (null when there is nothing to say) keeps its place in the page, empty, as a
 * live region: a region added together with its text is not announced reliably, and a reader
 * who turns the switch on should hear why nothing changed.
 */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  hint,
  note,
  disabled = false,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  note?: string | null;
  disabled?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field field-checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy(hintId, id, note)}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldNote id={id} note={note} />
    </div>
  );
}

/** What describes control `id`: its hint, and its note while the note says something. */
function describedBy(
  hintId: string | undefined,
  id: string,
  note: string | null | undefined,
): string | undefined {
  return [hintId, note ? `${id}-note` : undefined].filter(Boolean).join(' ') || undefined;
}

/** A field's note (see `CheckboxField`): in the page, as a live region, whenever it is given. */
function FieldNote({ id, note }: { id: string; note: string | null | undefined }) {
  if (note === undefined) return null;
  return (
    <p class="hint field-note" id={`${id}-note`} role="status">
      {note}
    </p>
  );
}

export type StatusTone = 'info' | 'success' | 'error';

/**
 * A polite live region: screen readers announce what appears in it. It is
 * always in the document (empty when there is nothing to say), because a
 * live region added together with its text is not announced reliably.
 */
export function StatusLine({
  id,
  tone = 'info',
  children,
}: {
  id?: string;
  tone?: StatusTone;
  children?: ComponentChildren;
}) {
  return (
    <p id={id} class={`status status-${tone}`} role="status" aria-live="polite">
      {children}
    </p>
  );
}
