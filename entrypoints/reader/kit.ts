import type { Target } from '../../utils/convert/target.ts';
import type {
  KitRequest,
  PageReport,
  TabApplyPayload,
  TabCommand,
} from '../../utils/messaging/protocol.ts';
import type { Settings, UiLanguage } from '../../utils/settings/schema.ts';

/** What the loader hands the reader kit when it starts a session in a frame. */
export interface ReaderSessionOptions {
  document: Document;
  url: string;
  /** The browser UI language, which `target: 'auto'` follows. */
  uiLanguage: string;
  settings: Settings;
  /** The reader's glossary terms marked `protect`, as the background sent them (unchecked). */
  protectedTerms: readonly unknown[];
  /** A change asked for before the session existed (popup or shortcut). */
  override: TabApplyPayload | null;
  /** Sends the report to the background (a no-op in sub-frames). */
  report: (report: PageReport) => void;
  /**
   * Hears the tab-level choices in force (all of them) each time one is made here: the top
   * frame passes them on to the tab's other frames. Absent in those frames.
   */
  onTabChoices?: (choices: TabApplyPayload) => void;
  /** Injects another kit (dictionaries, repair, glossary) into this frame. */
  loadKit: (name: KitRequest) => Promise<void>;
}

export interface ReaderSession {
  apply(change: TabApplyPayload): Promise<void>;
  /**
   * Takes on the tab-level choices of the tab's top frame, all of them (`tab/follow`): the
   * ones it no longer holds (a setting changed since took one back) go here too.
   */
  follow(choices: TabApplyPayload): Promise<void>;
  /** Converts a piece of text (a selection) to `target`, whatever its script. */
  convertText(text: string, target: Target): Promise<string>;
  command(command: TabCommand): Promise<void>;
  report(): PageReport;
  /** Gives the page back as it came (conversion and repair undone), then stops everything. */
  dispose(): void;
}

/** What converting a piece of text without a session needs. */
export interface ConvertTextOptions {
  text: string;
  target: Target;
  regionalVocabulary: boolean;
  /** As in `ReaderSessionOptions`. */
  protectedTerms: readonly unknown[];
  /** Injects a dictionary kit into this frame. */
  loadKit: (name: KitRequest) => Promise<void>;
}

/** What the page is told after the context menu converted a selection. */
export interface CopyNoticeOptions {
  document: Document;
  copied: boolean;
  target: Target;
  /** The reader's setting, where no session has set the kit's language from it. */
  uiLanguage?: UiLanguage;
}

/** The exports of the reader kit, as registered in utils/platform/kits.ts. */
export interface ReaderKit {
  startReaderSession(options: ReaderSessionOptions): ReaderSession;
  convertTextWithoutSession(options: ConvertTextOptions): Promise<string>;
  /** Says on the page that the converted selection is on the clipboard, or that it is not. */
  tellSelectionCopied(options: CopyNoticeOptions): void;
}
