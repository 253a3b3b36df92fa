import { createPeekCardHost, type PeekCardHost } from '../../components/peek-card/card-host.tsx';
import type { PageConverter } from '../../utils/convert/page-converter.ts';
import { targetLang } from '../../utils/convert/target.ts';
import type { TabCommand } from '../../utils/messaging/protocol.ts';
import type { CardExclusion } from '../../utils/modes/card-exclusion.ts';
import { ParallelView } from '../../utils/modes/parallel.ts';
import { PeekController } from '../../utils/modes/peek.ts';
import { localeLang, parallelRoots } from '../../utils/modes/roots.ts';
import { benchSlice } from '../../utils/platform/bench-marks.ts';
import { currentDocumentLanguage, t } from '../../utils/platform/i18n.ts';
import type { PageLayer, PageState } from './layers.ts';

/**
 * The reading modes over a page the session has rendered:
 * - converted: nothing to add (the converter shows the page converted); the `peek-focused`
 *   command still shows the original of the focused paragraph;
 * - parallel: the article's blocks keep their original text, the converter leaves them alone,
 *   and a companion with the conversion follows each (utils/modes/parallel.ts);
 * - peek: converted, and the peek modifier shows a paragraph's original in a card;
 * - original: nothing to add (the session has restored the page).
 * Leaving a mode takes away everything it added.
 */
export function createReadingModesLayer({
  cards,
}: {
  /**
   * Keeps the peek card and the glossary card apart (the reader session's): the peek card tells
   * it when it shows and when its key is held, and closes when a glossary card is asked for.
   */
  cards?: CardExclusion;
} = {}): PageLayer {
  let parallel: { view: ParallelView; converter: PageConverter } | null = null;
  /** The state the parallel view was last shown for. */
  let parallelState: PageState | null = null;
  let peek: { controller: PeekController; card: PeekCardHost } | null = null;
  const stopHearingGlossary = cards?.onGlossaryAskedFor(() => peek?.controller.giveWay()) ?? null;

  function stopParallel(): void {
    parallel?.view.clear();
    parallel = null;
    parallelState = null;
  }

  /**
   * The roots chosen again from the state last shown, the article root found then kept. Not once
   * the page has taken that root out: the render `onRootDetached` asked for chooses them.
   */
  function chooseRootsAgain(): void {
    if (parallelState === null || parallelState.articleRoot?.isConnected === false) return;
    if (!showParallel(parallelState)) stopParallel();
  }

  function showParallel(state: PageState): boolean {
    const textConverter = state.converter.activeTextConverter();
    if (textConverter === null) return false;
    if (parallel !== null && parallel.converter !== state.converter) stopParallel();
    const converter = state.converter;
    parallel ??= {
      converter,
      view: new ParallelView({
        document: state.document,
        onExcludedChange: (blocks) => converter.setExcludedSubtrees(blocks),
        // The next render finds the new article and shows it in parallel too.
        onRootDetached: () => parallelState?.renderAgain(),
        // The article root found on the page still stands, only the roots around it change:
        // chosen again from the state shown, without a render of the whole session.
        onArticleBeside: chooseRootsAgain,
        // The page rendered the headline anew: the new one is found and paired the same way
        // (a render would take the glossary's marks off and put them back, for one heading).
        onHeadlineDetached: chooseRootsAgain,
        onSlice: (ms) => benchSlice('side-by-side', ms),
      }),
    };
    parallelState = state;
    const { roots, skipFurniture, loneArticle, headline, findHeadline } = parallelRoots({
      document: state.document,
      neteaseKind: state.netease.kind,
      articleRoot: state.articleRoot,
    });
    parallel.view.show({
      roots,
      skipFurniture,
      loneArticle,
      headline,
      findHeadline,
      converter: textConverter,
      originals: {
        textOf: (node) => converter.originalTextOf(node),
        attributeOf: (element, name) => converter.originalAttributeOf(element, name),
      },
      targetLang: localeLang(textConverter.to),
      sourceLang: localeLang(textConverter.from),
      label: t('mode_converted'),
    });
    return true;
  }

  function stopPeek(): void {
    if (peek === null) return;
    peek.controller.stop();
    peek.card.dispose();
    peek = null;
  }

  function startPeek(state: PageState): PeekController {
    if (peek === null) {
      const card = createPeekCardHost({
        document: state.document,
        uiLang: currentDocumentLanguage,
      });
      const controller = new PeekController({
        document: state.document,
        card,
        ...(cards !== undefined ? { onActivity: (activity) => cards.setPeek(activity) } : {}),
      });
      peek = { card, controller };
    }
    const textConverter = state.converter.activeTextConverter();
    const converter = state.converter;
    peek.controller.start({
      modifier: state.settings.peekModifier,
      onModifier: state.readingMode === 'peek',
      originalTextOf: (node) => converter.originalTextOf(node),
      sourceLang:
        textConverter !== null ? localeLang(textConverter.from) : targetLang(state.target),
      label: t('mode_original'),
    });
    return peek.controller;
  }

  // Once disposed (the extension was updated), nothing starts again: a late refresh or
  // command would leave a card and listeners no session answers for.
  let disposed = false;

  return {
    refresh(state) {
      if (disposed) return;
      const mode = state.converting ? state.readingMode : 'original';
      if (mode !== 'parallel' || !showParallel(state)) stopParallel();
      // The converted mode keeps a card the command opened until it is dismissed.
      if (mode === 'peek' || (mode === 'converted' && peek !== null)) startPeek(state);
      else stopPeek();
    },
    command(name: TabCommand, state) {
      if (disposed || name !== 'peek-focused' || !state.converting) return;
      if (state.readingMode !== 'peek' && state.readingMode !== 'converted') return;
      startPeek(state).peekFocused();
    },
    dispose() {
      disposed = true;
      stopHearingGlossary?.();
      stopParallel();
      stopPeek();
    },
  };
}
