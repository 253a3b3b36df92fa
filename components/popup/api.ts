import type { Target } from '../../utils/convert/target.ts';
import type { PageReport, TabApplyPayload } from '../../utils/messaging/protocol.ts';
import type { MirrorRepairStats } from '../../utils/repair/mirror-text.ts';
import type { SettingsPatch } from '../../utils/settings/patch.ts';
import type { Settings } from '../../utils/settings/schema.ts';

/**
 * Everything the popup needs from the extension. The popup entrypoint builds
 * it from utils/platform; tests pass a double, so the views never touch the
 * extension API.
 */
export interface PopupApi {
  /** The tab the popup is about, or null (no tab, or a page the extension cannot see). */
  tabId(): Promise<number | null>;
  /**
   * The latest report for the tab, or null when nobody knows anything about it
   * yet (the background answers `tab/status`; the tab itself is asked when the
   * background has nothing).
   */
  status(tabId: number): Promise<PageReport | null>;
  /** Changes the tab live (`tab/apply`) and returns its new report. */
  apply(tabId: number, change: TabApplyPayload): Promise<PageReport>;
  /**
   * Calls `onReport` with each report the tab sends from now on (`tab/report-changed`): its
   * page goes on changing after the popup asked. Returns a function that stops it.
   */
  watchReports(tabId: number, onReport: (report: PageReport) => void): () => void;
  loadSettings(): Promise<Settings>;
  /**
   * Calls `listener` with the settings each time they are stored: by another device's sync, the
   * page's context menu, the options page, or the popup itself. Returns a function that stops it.
   */
  watchSettings(listener: (settings: Settings) => void): () => void;
  /**
   * Stores these fields over the settings stored now (the options page may have changed others)
   * and gives the settings stored; rejects with an error whose message can be shown (quota,
   * validation), having written nothing.
   */
  changeSettings(patch: SettingsPatch): Promise<Settings>;
  convertText(request: {
    text: string;
    target: Target;
    regionalVocabulary: boolean;
  }): Promise<string>;
  /**
   * Takes the mirror sites' damage out of a pasted text (`repairMirrorText`): the pinyin they
   * put after characters, and their garbled passages, with a lost passage shown as ⟨…⟩.
   */
  repairText(text: string): Promise<MirrorRepairStats & { text: string }>;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copyText(text: string): Promise<void>;
  openOptions(): Promise<void>;
  /** The browser's UI language (e.g. "zh-TW"), which a `target: 'auto'` follows. */
  browserLanguage: string;
}

/** How often the popup asks for news while a page is still being converted. */
export const PROGRESS_POLL_MS = 200;
