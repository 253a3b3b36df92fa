import { useEffect } from 'preact/hooks';
import { useT } from '../shared/i18n.tsx';

/** Who acted last on the options page: a file picked to import, or any other change. */
export type OptionsActor = 'glossary-import' | 'backup-import' | 'page';

/** The options page's latest action (`seq` counts them): see `useClearedByOthers`. */
export interface OptionsAction {
  seq: number;
  from: OptionsActor;
}

/**
 * Calls `clear` when another part of the options page acts: an import's errors are of the file
 * picked then, and left beside the next action's message they read as its own.
 */
export function useClearedByOthers(
  action: OptionsAction | null | undefined,
  self: OptionsActor,
  clear: () => void,
): void {
  useEffect(() => {
    if (action && action.from !== self) clear();
  }, [action?.seq]);
}

export interface ShownProblem {
  line?: number | undefined;
  field?: string | undefined;
  /** What is wrong, in the UI language. */
  text: string;
}

/** Problems found in a file, each with where it is; announced as soon as they appear. */
export function ImportErrors({
  id,
  heading,
  problems,
}: {
  id: string;
  heading: string;
  problems: readonly ShownProblem[];
}) {
  const t = useT();
  return (
    <div class="import-errors" id={id} role="alert">
      <p class="status-error">{heading}</p>
      <ul>
        {problems.map((problem, index) => {
          const where = [
            problem.line !== undefined ? t('import_line', String(problem.line)) : '',
            problem.field ? t('import_field', problem.field) : '',
          ]
            .filter(Boolean)
            .join(t('place_separator'));
          return (
            <li key={index}>
              {where && (
                <span class="where">
                  {where}
                  {t('label_separator')}
                </span>
              )}
              {problem.text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A file input that reads the picked file and hands over its text, or null when it is not UTF-8
 * (a CSV saved as GBK or Big5, Excel's "CSV" on Chinese Windows, would otherwise come through as
 * garbled text that still parses); picking the same file again works.
 */
export function FilePicker({
  id,
  label,
  accept,
  onText,
}: {
  id: string;
  label: string;
  accept: string;
  onText: (text: string | null, fileName: string) => void;
}) {
  const t = useT();
  return (
    <div class="field file-field">
      <input
        id={id}
        class="file-input"
        type="file"
        accept={accept}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          file.arrayBuffer().then(
            (bytes) => {
              let text: string | null;
              try {
                text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
              } catch {
                text = null;
              }
              onText(text, file.name);
            },
            () => onText(null, file.name),
          );
          // Cleared so that choosing the same file again (after fixing it) fires `change`.
          input.value = '';
        }}
      />
      {/* After the input, so that its focus ring can be drawn on this label (theme.css). */}
      <label for={id} class="file-button">
        {label}
      </label>
      <p class="hint">{t('import_nothing_yet')}</p>
    </div>
  );
}
