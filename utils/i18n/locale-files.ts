import { MESSAGES, type MessageEntry } from './messages.ts';

/**
 * What public/_locales/<locale>/messages.json must contain, built from the
 * message table. Used by scripts/gen-locales.mjs to write the files and by the
 * locale test to check they are current. No other imports: Node runs it.
 */

type LocaleName = 'en' | 'zh_CN' | 'zh_TW';
const LOCALE_NAMES: readonly LocaleName[] = ['en', 'zh_CN', 'zh_TW'];

interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

export function buildLocaleFiles(): Record<LocaleName, Record<string, ChromeMessage>> {
  const table: Record<string, MessageEntry> = MESSAGES;
  const files = { en: {}, zh_CN: {}, zh_TW: {} } as Record<
    LocaleName,
    Record<string, ChromeMessage>
  >;
  for (const locale of LOCALE_NAMES) {
    for (const [key, entry] of Object.entries(table)) {
      const message: ChromeMessage = { message: entry[locale] };
      if (entry.description) message.description = entry.description;
      if (entry.placeholders && entry.placeholders.length > 0) {
        message.placeholders = Object.fromEntries(
          entry.placeholders.map((name, index) => [name, { content: `$${index + 1}` }]),
        );
      }
      files[locale][key] = message;
    }
  }
  return files;
}

/** The exact file text, so the committed files can be compared byte for byte. */
export function serializeLocaleFile(messages: Record<string, ChromeMessage>): string {
  return `${JSON.stringify(messages, null, 2)}\n`;
}
