import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../shared/i18n.tsx';

/**
 * "Reset to defaults", confirmed in a `<dialog>` on the page (not
 * `window.confirm`, which blocks the page and which tests cannot drive).
 */
export function ResetSettings({ onReset }: { onReset: () => Promise<boolean> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      // showModal makes the rest of the page inert and traps focus in the dialog.
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      element.querySelector<HTMLButtonElement>('button.secondary')?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <div class="reset">
      <div class="button-row">
        <button type="button" class="danger" ref={opener} onClick={() => setOpen(true)}>
          {t('reset_defaults')}
        </button>
      </div>
      <dialog
        ref={dialog}
        class="confirm-dialog"
        aria-labelledby="reset-dialog-heading"
        aria-describedby="reset-dialog-text"
        onCancel={(event) => {
          // Escape: close through our state so the two never disagree.
          event.preventDefault();
          close();
        }}
      >
        <h2 id="reset-dialog-heading">{t('reset_defaults')}</h2>
        <p id="reset-dialog-text">{t('reset_confirm')}</p>
        <div class="button-row">
          <button
            type="button"
            class="danger"
            onClick={() => {
              void onReset().then(() => close());
            }}
          >
            {t('reset_defaults')}
          </button>
          <button type="button" class="secondary" onClick={close}>
            {t('action_cancel')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
