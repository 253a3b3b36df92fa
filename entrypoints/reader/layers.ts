import type { PageConverter } from '../../utils/convert/page-converter.ts';
import type { Target } from '../../utils/convert/target.ts';
import type { NeteaseVerdict } from '../../utils/detect/netease.ts';
import type { TabCommand } from '../../utils/messaging/protocol.ts';
import type { ReadingMode, Settings } from '../../utils/settings/schema.ts';

/**
 * What a layer sees of the page after each change the session makes. Layers
 * are the features that sit on top of a converted page (the glossary, the
 * reading modes): the session owns the order of steps, a layer owns its own
 * DOM and listeners and must undo them completely in `dispose`.
 */
export interface PageState {
  document: Document;
  url: string;
  settings: Settings;
  /** The target the reader asked for, whether or not the page is converted. */
  target: Target;
  regionalVocabulary: boolean;
  /** Whether the page is shown converted (false in the original mode, or when off). */
  converting: boolean;
  readingMode: ReadingMode;
  glossaryEnabled: boolean;
  netease: NeteaseVerdict;
  /** The article root on NetEase-style pages, else the densest text block, else null. */
  articleRoot: Element | null;
  /** The converter of this frame: originals of converted text live here. */
  converter: PageConverter;
  /** Injects another kit (dictionaries) into this frame. */
  loadKit: (name: 'dict-t2cn' | 'dict-cn2t') => Promise<void>;
  /**
   * Asks the session for another render, with the page as it now stands: the page replaced
   * what a layer was built on (the article root of a single-page site, `<body>`).
   */
  renderAgain: () => void;
  /**
   * Tells the session that the layer's numbers (`stats`) changed outside a render (a search the
   * page's own changes set off): the tab's report goes out again, and an open popup shows it.
   */
  countsChanged: () => void;
}

export interface PageLayer {
  /** Called after every render of the session, with the state now shown. */
  refresh(state: PageState): Promise<void> | void;
  /**
   * Called before a render changes the page's text: a layer drops what depends on the text
   * (term ranges) until the next `refresh`.
   */
  suspend?(): void;
  /**
   * Called when a newer change is waiting behind the render in progress: a layer stops work
   * that only the newer render needs (a search of a long page), so that the change need not
   * wait for it. That render starts the work again.
   */
  interrupt?(): void;
  /** Tab commands the session does not handle itself (next-term, peek-focused, …). */
  command?(name: TabCommand, state: PageState): Promise<void> | void;
  /** Numbers for the page report. */
  stats?(): { termsFound?: number };
  dispose(): void;
}
