import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n.tsx';

/**
 * An inline question before an action that takes something away (deleting a term, removing a
 * site rule): the button that asks gives way to the question, its action and Cancel.
 */
export interface Confirmation {
  confirming: boolean;
  /** Opens the question, with the safe answer (Cancel) focused. */
  ask: () => void;
  /** Closes it without acting; the focus goes back to the button that asked. */
  keep: () => void;
  /** Closes it to act; the caller moves the focus, since the row may be gone. */
  answer: () => void;
  /** For the button that asks. */
  askButton: RefObject<HTMLButtonElement | null>;
  cancelButton: RefObject<HTMLButtonElement | null>;
}

export function useConfirmation(): Confirmation {
  const [confirming, setConfirming] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the question opens or closes: the button it leaves is gone.
  const focusNext = useRef<'cancel' | 'ask' | null>(null);
  useEffect(() => {
    const next = focusNext.current === 'cancel' ? cancelButton : askButton;
    if (focusNext.current !== null) next.current?.focus();
    focusNext.current = null;
  }, [confirming]);
  return {
    confirming,
    ask: () => {
      focusNext.current = 'cancel';
      setConfirming(true);
    },
    keep: () => {
      focusNext.current = 'ask';
      setConfirming(false);
    },
    answer: () => setConfirming(false),
    askButton,
    cancelButton,
  };
}

/** The open question: what it asks, the action's button, and Cancel. Escape answers Cancel. */
export function ConfirmRow({
  confirmation,
  label,
  question,
  action,
  disabled = false,
  describedBy,
  onConfirm,
}: {
  confirmation: Confirmation;
  /** Names the group for a screen reader. */
  label: string;
  question: string;
  /** The action's button text. */
  action: string;
  disabled?: boolean;
  describedBy?: string | undefined;
  onConfirm: () => void;
}) {
  const t = useT();
  return (
    <div
      class="button-row confirm-row"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        // Escape answers the question as Cancel does, as it closes the cards and forms.
        if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
        event.preventDefault();
        confirmation.keep();
      }}
    >
      <span>{question}</span>
      <button
        type="button"
        class="danger"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => {
          confirmation.answer();
          onConfirm();
        }}
      >
        {action}
      </button>
      <button
        type="button"
        class="secondary"
        ref={confirmation.cancelButton}
        onClick={confirmation.keep}
      >
        {t('action_cancel')}
      </button>
    </div>
  );
}
