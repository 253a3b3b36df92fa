import type { Term } from '../../utils/glossary/schema.ts';
import type { StoredGlossary } from '../../utils/settings/glossary-store.ts';
import type { SettingsProblem } from '../../utils/settings/parse.ts';
import type { SettingsPatch } from '../../utils/settings/patch.ts';
import type { Settings } from '../../utils/settings/schema.ts';
import type { TextFile } from '../shared/files.ts';
import type { ConvertScript } from './glossary-model.ts';

/** The user's glossary as the options page holds it: checked terms only. */
export interface UserGlossary {
  revision: number;
  terms: Term[];
}

/** A keyboard command of the manifest and the keys the browser has bound to it ('' for none). */
export interface BoundShortcut {
  command: string;
  shortcut: string;
}

/**
 * Everything the options page needs from the extension. The options
 * entrypoint builds it from utils/platform; tests pass a double.
 *
 * Saving methods reject with the storage layer's errors; the page shows
 * their message, localized for the ones it knows by name
 * (`StorageQuotaError`, `GlossaryConflictError`).
 */
export interface OptionsApi {
  /** The stored settings, and what was wrong with them (fields that took their default). */
  loadSettings(): Promise<{ settings: Settings; problems: SettingsProblem[] }>;
  /**
   * Stores these fields over the settings stored now (another page may have changed others
   * since) and gives the settings stored. Nothing is written when this rejects.
   */
  changeSettings(patch: SettingsPatch): Promise<Settings>;
  resetSettings(): Promise<Settings>;
  /** Calls back when the settings change elsewhere (the popup, another device); returns an unsubscribe. */
  watchSettings(listener: (settings: Settings) => void): () => void;
  /** Whether to show the damaged-settings notice for these problems; remembers that it was shown. */
  takeSettingsNotice(problems: readonly SettingsProblem[]): Promise<boolean>;
  /**
   * The user's terms. `problems` lists what could not be read (the stored container, or terms
   * that fail validation, which are left out); the page tells the reader once, with the
   * settings' problems.
   */
  loadUserGlossary(): Promise<UserGlossary & { problems?: readonly SettingsProblem[] }>;
  /** Stores the terms, refusing if the stored revision is no longer `expectedRevision`. */
  saveUserGlossary(terms: readonly Term[], expectedRevision: number): Promise<UserGlossary>;
  builtInTerms(): Promise<readonly Term[]>;
  /**
   * Stores what `parseImportAll` approved, settings and glossary together, refusing (writing
   * nothing) if the stored glossary's revision is no longer `expectedRevision`, the one the
   * import was checked against.
   */
  applyImport(
    apply: { settings: Settings; userGlossary: StoredGlossary },
    expectedRevision: number,
  ): Promise<void>;
  /** Calls back with the user's terms when another page changes them; returns an unsubscribe. */
  watchUserGlossary(listener: (glossary: UserGlossary) => void): () => void;
  download(file: TextFile): void;
  /**
   * Converts a term's form or definition from the other script's field: to Simplified (`hans`)
   * from Traditional (Taiwan standard), or to Traditional characters (`hant`, Taiwan standard, no
   * regional vocabulary) from Simplified, to fill in the one the reader left empty; rejects when
   * the dictionaries cannot be loaded.
   */
  convertScript: ConvertScript;
  /**
   * The keyboard commands with the keys bound to them now (the reader may have changed them);
   * null where the browser has no keyboard commands (Firefox for Android).
   */
  shortcuts(): Promise<readonly BoundShortcut[] | null>;
  /** Opens the browser's own page for changing the extension's shortcuts. */
  openShortcutSettings(): Promise<void>;
  /** The browser's UI language (e.g. "zh-TW"): what `auto` settings follow. */
  browserLanguage: string;
  now?: () => Date;
}
