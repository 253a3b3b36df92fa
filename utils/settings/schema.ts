import type { Target } from '../convert/target.ts';

/**
 * How converted text is shown:
 * - `converted`: the page reads in the target script;
 * - `parallel`: the article's paragraphs keep their original text, each followed by its
 *   conversion (the rest of the page is converted);
 * - `peek`: converted, and holding the peek modifier shows the original under the pointer;
 * - `original`: the page's text is not converted; the mirror repair and the glossary marks
 *   still apply where they are on (and the page is still analysed and reported).
 */
export type ReadingMode = 'converted' | 'parallel' | 'peek' | 'original';
export const READING_MODES: readonly ReadingMode[] = ['converted', 'parallel', 'peek', 'original'];

/**
 * Which pages convert on load, without being asked (site rules and the tab's switch aside):
 * - `netease`: NetEase articles and the mirror sites that copy them;
 * - `chinese`: every Chinese page not already in the reader's script;
 * - `none`: none; a page converts when the reader asks, or under an "always" site rule.
 */
export type AutoConvertScope = 'netease' | 'chinese' | 'none';
export const AUTO_CONVERT_SCOPES: readonly AutoConvertScope[] = ['netease', 'chinese', 'none'];

/** What a site rule says about automatic conversion on the sites it matches. */
export type SiteRuleMode = 'auto' | 'always' | 'never';
export const SITE_RULE_MODES: readonly SiteRuleMode[] = ['auto', 'always', 'never'];

export interface SiteRule {
  /** A normalized pattern, as returned by `validateSitePattern` (see site-rules.ts). */
  pattern: string;
  mode: SiteRuleMode;
}

export type GlossaryScope = 'article' | 'page';
export const GLOSSARY_SCOPES: readonly GlossaryScope[] = ['article', 'page'];

/** Which occurrences of a term are underlined: all of them, or each term's first on the page. */
export type GlossaryMarks = 'every' | 'first';
export const GLOSSARY_MARKS: readonly GlossaryMarks[] = ['every', 'first'];

/** Named after `KeyboardEvent.key` so the content script can compare directly. */
export type PeekModifier = 'Alt' | 'Shift' | 'Control';
export const PEEK_MODIFIERS: readonly PeekModifier[] = ['Alt', 'Shift', 'Control'];

/** `auto` follows the browser; the others are the folder names under public/_locales. */
export type UiLanguage = 'auto' | 'en' | 'zh_CN' | 'zh_TW';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'zh_CN', 'zh_TW'];

export type TargetSetting = Target | 'auto';

export interface Settings {
  /** Schema version; equals the number of the latest migration (see migrations/index.ts). */
  version: number;
  /** `auto` follows the browser UI language (`defaultTargetForLocale`). */
  target: TargetSetting;
  /** Use regional words (e.g. 软件 → 軟體 for Taiwan) rather than characters only. */
  regionalVocabulary: boolean;
  readingMode: ReadingMode;
  /** Which pages convert on load (see `AutoConvertScope`). */
  autoConvert: AutoConvertScope;
  /** Remove the pinyin annotations and restore the garbled runs mirror sites leave behind. */
  repairMirrors: boolean;
  glossaryEnabled: boolean;
  /** On NetEase-style pages, find glossary terms in the article only or in the whole page. */
  glossaryScope: GlossaryScope;
  /**
   * A term named often (HBM fifteen times in one article) is marked each time, or only where
   * it first appears; its card is the same.
   */
  glossaryMarks: GlossaryMarks;
  peekModifier: PeekModifier;
  uiLanguage: UiLanguage;
  siteRules: SiteRule[];
  /** Ids of built-in glossary terms the reader switched off. */
  disabledBuiltInTerms: string[];
}

/** The key under which the settings object is stored (storage.sync, or storage.local as fallback). */
export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * The current schema version. Kept here (not computed from the migration list)
 * so this module has no dependencies; a test checks it equals the last migration.
 */
export const CURRENT_SETTINGS_VERSION = 5;

/**
 * Caps on list lengths, so that junk in storage cannot make the parser or the options page do
 * unbounded work. The sync quota (8 KB per item, checked before every save, which is refused
 * with the reason) is what a reader meets first: about 160 site rules of 20-character patterns,
 * or 440 turned-off terms.
 */
export const MAX_SITE_RULES = 200;
export const MAX_DISABLED_BUILT_IN_TERMS = 500;
export const MAX_TERM_ID_LENGTH = 200;

export function defaultSettings(): Settings {
  return {
    version: CURRENT_SETTINGS_VERSION,
    target: 'auto',
    regionalVocabulary: false,
    readingMode: 'converted',
    autoConvert: 'netease',
    repairMirrors: true,
    glossaryEnabled: true,
    glossaryScope: 'article',
    glossaryMarks: 'every',
    peekModifier: 'Alt',
    uiLanguage: 'auto',
    siteRules: [],
    disabledBuiltInTerms: [],
  };
}

/** The fields a reader can change, in the order the options page lists them. */
export const SETTINGS_FIELDS = [
  'target',
  'regionalVocabulary',
  'readingMode',
  'autoConvert',
  'repairMirrors',
  'glossaryEnabled',
  'glossaryScope',
  'glossaryMarks',
  'peekModifier',
  'uiLanguage',
  'siteRules',
  'disabledBuiltInTerms',
] as const satisfies readonly (keyof Settings)[];

export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** The setting a problem's field names (`siteRules[3].pattern` → `siteRules`), if it is one. */
export function settingOfField(field: string): SettingsField | null {
  const root = /^[A-Za-z]+/.exec(field)?.[0] ?? '';
  return (SETTINGS_FIELDS as readonly string[]).includes(root) ? (root as SettingsField) : null;
}
