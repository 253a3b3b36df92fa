import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import * as labels from '../../../utils/i18n/labels.ts';
import { buildLocaleFiles, serializeLocaleFile } from '../../../utils/i18n/locale-files.ts';
import { MESSAGES, type MessageEntry } from '../../../utils/i18n/messages.ts';
import { LOCALES, isMessageKey, placeholdersIn } from '../../../utils/i18n/translate.ts';

const TABLE: Record<string, MessageEntry> = MESSAGES;
const KEYS = Object.keys(TABLE);

function localeFile(
  locale: string,
): Record<string, { message: string; placeholders?: Record<string, unknown> }> {
  const path = resolve(process.cwd(), 'public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;
}

describe('locale files', () => {
  it.each(LOCALES)('public/_locales/%s/messages.json is what gen-locales writes', (locale) => {
    const path = resolve(process.cwd(), 'public/_locales', locale, 'messages.json');
    // Run `node scripts/gen-locales.mjs` after editing utils/i18n/messages.ts.
    expect(readFileSync(path, 'utf8')).toBe(serializeLocaleFile(buildLocaleFiles()[locale]));
  });

  it('has every key in every locale file, with the same placeholders', () => {
    const files = Object.fromEntries(LOCALES.map((locale) => [locale, localeFile(locale)]));
    for (const locale of LOCALES) {
      expect(Object.keys(files[locale]!).sort(), locale).toEqual([...KEYS].sort());
    }
    for (const key of KEYS) {
      const declared = Object.keys(files.en![key]!.placeholders ?? {}).sort();
      for (const locale of LOCALES) {
        const entry = files[locale]![key]!;
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale} ${key}`).toEqual(declared);
        expect([...new Set(placeholdersIn(entry.message))].sort(), `${locale} ${key}`).toEqual(
          declared.map((name) => name.toLowerCase()),
        );
      }
    }
  });
});

describe('the message table', () => {
  it('uses keys Chrome accepts, unique even ignoring case', () => {
    for (const key of KEYS) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(key.startsWith('@@')).toBe(false);
    }
    expect(new Set(KEYS.map((key) => key.toLowerCase())).size).toBe(KEYS.length);
  });

  it('has a non-empty text in every locale', () => {
    for (const key of KEYS) {
      for (const locale of LOCALES) {
        expect(TABLE[key]![locale].trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('uses exactly the declared placeholders in every locale', () => {
    for (const key of KEYS) {
      const declared = (TABLE[key]!.placeholders ?? []).map((name) => name.toLowerCase()).sort();
      for (const locale of LOCALES) {
        const used = [...new Set(placeholdersIn(TABLE[key]![locale]))].sort();
        expect(used, `${locale} ${key}`).toEqual(declared);
      }
    }
  });

  it('keeps the manifest strings within the store limits', () => {
    for (const locale of LOCALES) {
      expect(MESSAGES.extName[locale].length).toBeLessThanOrEqual(75);
      expect(MESSAGES.extDescription[locale].length).toBeLessThanOrEqual(132);
    }
  });

  it('has every __MSG_key__ the manifest config refers to', () => {
    const config = readFileSync(resolve(process.cwd(), 'wxt.config.ts'), 'utf8');
    const referenced = [...config.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const key of referenced) expect(isMessageKey(key), key).toBe(true);
  });

  it('names only existing keys in the label maps', () => {
    for (const [name, value] of Object.entries(labels)) {
      if (typeof value !== 'object') continue;
      for (const key of Object.values(value as Record<string, string>)) {
        expect(isMessageKey(key), `${name}: ${key}`).toBe(true);
      }
    }
  });

  // Strings that quote the other script on purpose: examples and language names.
  const OTHER_SCRIPT_ON_PURPOSE = new Set([
    'option_regional_vocabulary_help',
    'option_regional_vocabulary_help_full',
    'ui_language_zh_cn',
    'ui_language_zh_tw',
  ]);

  it('writes zh_CN in Simplified and zh_TW in Traditional characters', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const key of KEYS) {
      if (OTHER_SCRIPT_ON_PURPOSE.has(key)) continue;
      const entry = TABLE[key]!;
      expect(toSimplified(entry.zh_CN), `zh_CN ${key}`).toBe(entry.zh_CN);
      expect(toTraditional(entry.zh_TW), `zh_TW ${key}`).toBe(entry.zh_TW);
    }
  });
});
