import type { Target } from '../convert/target.ts';
import type { MessageKey, Substitutions } from '../i18n/translate.ts';
import { READING_MODE_LABELS, TARGET_LABELS } from '../i18n/labels.ts';
import type { TabCommand } from '../messaging/protocol.ts';
import type { ReadingMode } from '../settings/schema.ts';

/** A message and what fills its placeholders, each placeholder a message of its own. */
export interface NoticeText {
  key: MessageKey;
  parts: MessageKey[];
}

/**
 * What the page says when a keyboard shortcut changes it: the popup shows its switches, a
 * shortcut shows nothing else, and on a page already in the reader's script the reading modes
 * look alike. Null for the commands that show something of their own (the glossary's next
 * term opens its card; the peek shortcut opens the original's).
 */
export function commandNotice(
  command: TabCommand,
  after: {
    /** The tab is turned on (whatever the mode). */
    enabled: boolean;
    /** The page shows a conversion: turned on, in a mode other than the original. */
    converting: boolean;
    target: Target;
    readingMode: ReadingMode;
  },
): NoticeText | null {
  switch (command) {
    case 'toggle-conversion':
      return after.converting
        ? { key: 'notice_converted_to', parts: [TARGET_LABELS[after.target]] }
        : { key: 'notice_conversion_off', parts: [] };
    case 'cycle-target':
      // In the original mode the target is chosen for later: the page still shows the original.
      return {
        key: after.converting ? 'notice_converted_to' : 'notice_target_for_later',
        parts: [TARGET_LABELS[after.target]],
      };
    case 'cycle-mode':
      return {
        key: after.enabled ? 'notice_reading_mode' : 'notice_reading_mode_while_off',
        parts: [READING_MODE_LABELS[after.readingMode]],
      };
    default:
      return null;
  }
}

/**
 * What the page says after "Convert to … and copy" from the context menu: the text went to the
 * clipboard, where nothing shows it, or the page or the browser refused it.
 */
export function copyNotice(copied: boolean, target: Target): NoticeText {
  return copied
    ? { key: 'notice_copied_in', parts: [TARGET_LABELS[target]] }
    : { key: 'notice_copy_failed', parts: [] };
}

/** The notice in the interface's language, given the translator. */
export function noticeText(
  notice: NoticeText,
  t: (key: MessageKey, substitutions?: Substitutions) => string,
): string {
  return notice.parts.length === 0
    ? t(notice.key)
    : t(
        notice.key,
        notice.parts.map((part) => t(part)),
      );
}
