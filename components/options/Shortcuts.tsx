import { useCallback, useEffect, useState } from 'preact/hooks';
import { COMMAND_LABELS } from '../../utils/i18n/labels.ts';
import { KEYBOARD_COMMANDS } from '../../utils/messaging/protocol.ts';
import { Card } from '../shared/Card.tsx';
import { useT } from '../shared/i18n.tsx';
import type { MessageKey } from '../../utils/i18n/messages.ts';
import type { BoundShortcut, OptionsApi } from './api.ts';

/**
 * The command Chrome adds for the toolbar button of every extension, listed (and bindable) with
 * the manifest's own; Firefox lists it only when the manifest declares it, which ours does not.
 */
const OPEN_PANEL = '_execute_action';

/** The commands to list, in order, with their labels: the panel's only where the browser has it. */
function commandRows(shortcuts: readonly BoundShortcut[]): [string, MessageKey][] {
  const rows = Object.entries(KEYBOARD_COMMANDS).map(
    ([command, tabCommand]): [string, MessageKey] => [command, COMMAND_LABELS[tabCommand]],
  );
  if (shortcuts.some(({ command }) => command === OPEN_PANEL)) {
    rows.push([OPEN_PANEL, 'command_open_panel']);
  }
  return rows;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Listing =
  | { state: 'loading' }
  | { state: 'listed'; shortcuts: readonly BoundShortcut[] }
  | { state: 'unreadable'; reason: string };

/**
 * The keyboard commands and the keys the browser binds to them now. The browser holds the keys
 * (the reader changes them on its page, and a suggested key another extension already took is
 * left unset), so they are read again whenever the reader comes back to this page.
 */
export function Shortcuts({
  api,
}: {
  api: Pick<OptionsApi, 'shortcuts' | 'openShortcutSettings'>;
}) {
  const t = useT();
  const [listing, setListing] = useState<Listing | null>({ state: 'loading' });
  const [openFailed, setOpenFailed] = useState<string | null>(null);

  const read = useCallback(() => {
    api.shortcuts().then(
      (shortcuts) => setListing(shortcuts === null ? null : { state: 'listed', shortcuts }),
      (error: unknown) => setListing({ state: 'unreadable', reason: reasonOf(error) }),
    );
  }, [api]);

  useEffect(() => {
    read();
    const again = () => {
      if (document.visibilityState === 'visible') read();
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [read]);

  // A browser without keyboard commands (Firefox for Android): no section.
  if (listing === null) return null;

  return (
    <Card id="shortcuts" title={t('options_section_shortcuts')}>
      <p class="muted">{t('shortcuts_help')}</p>
      {listing.state === 'unreadable' && (
        <p class="muted">{t('shortcuts_unreadable', listing.reason)}</p>
      )}
      {listing.state === 'listed' && (
        <table class="shortcut-list">
          <tbody>
            {commandRows(listing.shortcuts).map(([command, label]) => {
              const keys = listing.shortcuts.find((bound) => bound.command === command)?.shortcut;
              return (
                <tr key={command} data-command={command}>
                  <th scope="row">{t(label)}</th>
                  <td>
                    {keys ? <kbd>{keys}</kbd> : <span class="muted">{t('shortcuts_not_set')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="button-row">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setOpenFailed(null);
            api.openShortcutSettings().catch((error: unknown) => setOpenFailed(reasonOf(error)));
          }}
        >
          {t('shortcuts_change')}
        </button>
      </div>
      {openFailed !== null && (
        <p class="status status-error" role="alert">
          {t('shortcuts_open_failed', openFailed)}
        </p>
      )}
    </Card>
  );
}
