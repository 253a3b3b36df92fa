import { createTextToTarget } from '../../utils/convert/convert-text.ts';
import type { DictionaryPack, DictionaryPackName } from '../../utils/convert/dictionaries.ts';
import { markPreformattedArticle } from '../../utils/convert/dom-rules.ts';
import { PageConverter } from '../../utils/convert/page-converter.ts';
import { defaultYieldToEventLoop } from '../../utils/convert/time-slices.ts';
import { protectedTermsOf, withUserProtectedTerms } from '../../utils/convert/protected-terms.ts';
import { planConversion } from '../../utils/convert/plan.ts';
import { TARGETS, type Target } from '../../utils/convert/target.ts';
import { findDensestTextBlock } from '../../utils/detect/article-root.ts';
import { leadingText } from '../../utils/detect/page-text.ts';
import { detectDocumentScript } from '../../utils/detect/script.ts';
import { detectNeteasePage, type NeteaseVerdict } from '../../utils/detect/netease.ts';
import {
  emptyPageReport,
  REPORT_TITLE_LENGTH,
  SIGNAL_DETAIL_LENGTH,
  type PageReport,
  type TabApplyPayload,
  type TabCommand,
} from '../../utils/messaging/protocol.ts';
import { createCardExclusion } from '../../utils/modes/card-exclusion.ts';
import { benchMark, benchSlice } from '../../utils/platform/bench-marks.ts';
import { currentDocumentLanguage, setUiLanguage, t } from '../../utils/platform/i18n.ts';
import { registeredKit, type KitName } from '../../utils/platform/kits.ts';
import { watchSettings, watchUserGlossary } from '../../utils/platform/settings-storage.ts';
import { hasGarbledRuns, hasMirrorArtifacts } from '../../utils/repair/artifacts.ts';
import { commandNotice, noticeText } from '../../utils/report/command-notice.ts';
import { shownArticleTitle } from '../../utils/report/shown-title.ts';
import { conversionChoice } from '../../utils/report/turn-on.ts';
import type { DocumentRepair, repairDocument } from '../../utils/repair/dom-repair.ts';
import {
  decideAutoConversion,
  effectiveSettings,
  type EffectiveSettings,
} from '../../utils/settings/effective.ts';
import { parseStoredSettings } from '../../utils/settings/parse.ts';
import { READING_MODES, type Settings } from '../../utils/settings/schema.ts';
import type { GlossaryKit } from '../glossary/kit.ts';
import { createDeferredLayer } from './deferred-layer.ts';
import type { ReaderSession, ReaderSessionOptions } from './kit.ts';
import { disposePageNotice, pageNoticeFor } from './notices.ts';
import type { PageLayer, PageState } from './layers.ts';
import { createReadingModesLayer } from './reading-modes.ts';

/** Tab-level choices that are also settings, which a change of the setting takes back. */
const FOLLOWED_SETTINGS = [
  'target',
  'regionalVocabulary',
  'readingMode',
  'glossaryEnabled',
  'repairMirrors',
] as const satisfies readonly (keyof TabApplyPayload & keyof Settings)[];

/** A conversion running longer than this shows its progress. */
const PROGRESS_AFTER_MS = 500;
/** Reports go out at most this often while a page converts. */
const REPORT_INTERVAL_MS = 150;
/** The shortest time between two renders the layers ask for (see `renderAgain`). */
const RENDER_AGAIN_INTERVAL_MS = 500;
/** How much of the page's text is looked at for mirror artifacts before loading the repair. */
const ARTIFACT_SAMPLE_CHARACTERS = 200_000;

interface RepairKit {
  repairDocument: typeof repairDocument;
}

/**
 * One reader session per frame. It only sequences the engine's steps
 * (analyse → repair → convert) and answers the popup; every rule lives in
 * utils/.
 */
export function startReaderSession(options: ReaderSessionOptions): ReaderSession {
  benchMark('session-start');
  const { document, url, uiLanguage } = options;
  let settings: Settings = checkedSettings(options.settings);
  // This kit's UI strings (repair notes, reading-mode labels) follow the reader's choice.
  setUiLanguage(settings.uiLanguage);
  let effective: EffectiveSettings = effectiveSettings(settings, { url, uiLanguage });
  /** Tab-level choices from the popup or shortcuts; they win over settings until reload. */
  const tab: TabApplyPayload = { ...(options.override ?? {}) };
  const netease: NeteaseVerdict = detectNeteasePage({ document, url });
  // A mirror that keeps its whole copy in a <pre> (or <pre><code>) has its prose there: it is
  // converted, repaired and searched for terms, where other preformatted text is code.
  const unmarkPreformatted =
    netease.preformattedArticle && netease.articleRoot !== null
      ? markPreformattedArticle(netease.articleRoot)
      : null;
  /** The page's script as it came, until the converter has looked (the loader only knows it is Chinese). */
  const initialScript = detectDocumentScript(document);
  let repair: DocumentRepair | null = null;
  let disposed = false;
  let reportTimer: ReturnType<typeof setTimeout> | null = null;
  let progress = 1;
  let convertStartedAt = 0;
  /** Changes run one after another, so that a new one never interleaves with a running one. */
  let queue: Promise<void> = Promise.resolve();

  /** The exports of a kit, injected into this frame first if it is not there yet. */
  async function kitExports<T>(name: Exclude<KitName, 'reader'>): Promise<T> {
    if (!registeredKit(name)) {
      benchMark('kit-start', { kit: name });
      await options.loadKit(name);
      benchMark('kit-end', { kit: name });
    }
    const kit = registeredKit<T>(name);
    if (!kit) throw new Error(`The ${name} kit did not register`);
    return kit;
  }

  /** Dictionary kits being injected: a second request waits for the same injection. */
  const dictionaryLoads = new Map<DictionaryPackName, Promise<DictionaryPack>>();
  const loadDictionaries = (pack: DictionaryPackName): Promise<DictionaryPack> => {
    let loading = dictionaryLoads.get(pack);
    if (loading === undefined) {
      loading = kitExports<DictionaryPack>(`dict-${pack}`);
      dictionaryLoads.set(pack, loading);
      // A failed injection may be tried again.
      loading.catch(() => dictionaryLoads.delete(pack));
    }
    return loading;
  };
  /** Whether the converter must be made anew (the protected names changed). */
  let converterStale = false;
  /** The names the reader's glossary asks to keep, with ours (see `protectedTermsOf`). */
  let protectedTerms = withUserProtectedTerms(protectedTermsOf(options.protectedTerms));
  let textToTarget = createTextToTarget({ loadDictionaries, protectedTerms });

  const makeConverter = () =>
    new PageConverter({
      document,
      loadDictionaries,
      protectedTerms,
      onSlice: (ms) => benchSlice('conversion', ms),
      onProgress: ({ done, total }) => {
        progress = total === 0 ? 1 : done / total;
        // Progress is shown (popup, badge) only for a conversion that takes a
        // while; a quick one would just flash. Work done outside a render (the blocks the
        // side-by-side mode gives back after the render reported, text the page adds) is
        // reported once done, if it changed the counts; a render reports at its end.
        const workDone = done >= total && !rendering;
        if (performance.now() - convertStartedAt >= PROGRESS_AFTER_MS || workDone) {
          scheduleReport();
        }
      },
    });
  let converter = makeConverter();

  /** Features drawn over the page after each render (glossary, reading modes). */
  const layers: PageLayer[] = [];
  // Reading modes before the glossary, which marks the companions they add.
  // The peek card and the glossary card, one at a time: the two layers share this.
  const cards = createCardExclusion();
  layers.push(createReadingModesLayer({ cards }));
  // The glossary's code is a kit of its own, loaded at the end of the first render that has the
  // glossary on (its conversion done), and never while the glossary is off: the first
  // conversion does not wait for it.
  layers.push(
    createDeferredLayer({
      wanted: (state) => state.glossaryEnabled,
      commands: ['next-term', 'previous-term'],
      load: async () =>
        (await kitExports<GlossaryKit>('glossary')).createGlossaryLayer({
          cards,
          onSlice: (ms) => benchSlice('glossary', ms),
        }),
    }),
  );
  const articleRoot = (): Element | null =>
    netease.articleRoot?.isConnected ? netease.articleRoot : findDensestTextBlock(document);

  const target = (): Target => tab.target ?? effective.target;
  const regional = () => tab.regionalVocabulary ?? effective.regionalVocabulary;
  // A mirror copies mainland news through a Simplified → Traditional tool: its Traditional text
  // keeps the mainland's words, which regional vocabulary gives a Taiwan reader in Taiwan's.
  // Read at each use, as the other choices are, so that every render plans from the verdict.
  const mainlandCopy = () => netease.kind === 'mirror';
  const readingMode = () => tab.readingMode ?? effective.readingMode;
  const repairWanted = () => tab.repairMirrors ?? effective.repairMirrors;
  const glossaryWanted = () => tab.glossaryEnabled ?? effective.glossaryEnabled;
  /** Whether the page is to be converted, the reading mode aside, and why. */
  const decision = () =>
    decideAutoConversion({
      verdictKind: netease.kind,
      settings,
      url,
      tabOverride: tab.enabled ?? null,
    });
  const enabled = () => decision().convert;
  const converting = (decided = decision()) => readingMode() !== 'original' && decided.convert;

  // The dictionary the page will most likely need is injected while the session first looks
  // at the page (mirror artifacts, the walk): the page's script as it came predicts the plan,
  // and the converter then finds the kit in place or waits for this load.
  if (converting()) {
    const plan = planConversion({
      source: initialScript,
      pageLang: document.documentElement?.getAttribute('lang') ?? null,
      target: target(),
      regionalVocabulary: regional(),
      mainlandCopy: mainlandCopy(),
    });
    if (plan !== null) void loadDictionaries(plan.pack).catch(() => undefined);
  }

  function buildReport(): PageReport {
    const stats = converter.stats();
    // Decided once for the report: whether it converts and why are read from the same verdict.
    const decided = decision();
    const active = converting(decided);
    const script = stats.source.script ?? initialScript.script;
    return {
      ...emptyPageReport({ url, title: document.title }),
      script: {
        verdict: script,
        confidence: stats.source.script ? stats.source.confidence : initialScript.confidence,
      },
      hasChinese: script !== 'none' && script !== 'japanese',
      netease: {
        kind: netease.kind,
        signals: netease.signals.map((s) => ({
          id: s.id,
          strength: s.strength === 'strong' ? 1 : 0.3,
          detail: s.detail.slice(0, SIGNAL_DETAIL_LENGTH),
        })),
        // As the tab shows it now, not as detected: the repair and the conversion rewrite it.
        title:
          netease.kind === null
            ? null
            : (shownArticleTitle(document, netease.kind)?.slice(0, REPORT_TITLE_LENGTH) ?? null),
      },
      conversion: {
        active,
        // Also while the tab shows the original: the target it goes back to is the tab's own
        // (a shortcut's choice is not saved), which the popup could not tell from the settings.
        target: target(),
        nodesConverted: stats.nodesConverted,
        charactersChanged: stats.charactersChanged,
        progress: active ? Math.min(1, progress) : 1,
        contestedNodes: stats.contestedNodes,
        alreadyIn: active ? stats.alreadyInTarget : null,
        reason: decided.reason,
      },
      glossary: {
        termsFound: layers.reduce((sum, layer) => sum + (layer.stats?.().termsFound ?? 0), 0),
      },
      repair: {
        annotationsRemoved: repair?.stats.annotationsRemoved ?? 0,
        runsRepaired: repair?.stats.runsRepaired ?? 0,
        spansLost: repair?.stats.spansLost ?? 0,
      },
      readingMode: readingMode(),
    };
  }

  /** The last report sent, as text: a report the page's own changes ask for may say nothing new. */
  let lastReport = '';

  /** Sends the report; with `onlyIfChanged`, only when it differs from the last one sent. */
  function sendReport(onlyIfChanged = false): void {
    if (reportTimer) clearTimeout(reportTimer);
    reportTimer = null;
    if (disposed) return;
    const report = buildReport();
    const text = JSON.stringify(report);
    if (onlyIfChanged && text === lastReport) return;
    lastReport = text;
    options.report(report);
  }

  /**
   * A report soon, unless a render sends one first. Asked for while a conversion runs and when
   * the layers' or the converter's numbers change between renders: a page that keeps changing
   * (a ticker) changes them seldom, and sends nothing new.
   */
  function scheduleReport(): void {
    reportTimer ??= setTimeout(() => sendReport(true), REPORT_INTERVAL_MS);
  }

  /**
   * Whether the mirror repair may look at this page. A mirror is repaired when it shows the
   * mirror tool's annotations or garbled runs. A NetEase article never is: the original never
   * went through the mirror tool, so pinyin in it is the author's (an article on the characters
   * of Taiwan's shop signs writes 國(guó)), and so are garbled runs it quotes from a mirror (an
   * article on the mirror sites), though they decode as they would there. Any other page only
   * when it shows garbled runs, which nothing but the mirror tool's corruption leaves:
   * annotations alone are how a pinyin lesson or a dictionary writes 國(guó), and they stay as
   * written there.
   */
  function pageMayBeRepaired(): boolean {
    if (netease.kind === 'netease') return false;
    const shows = netease.kind === 'mirror' ? hasMirrorArtifacts : hasGarbledRuns;
    // The page's own text: shown converted, a mirror reads in the other script, where the
    // mirror tool's annotations (on Traditional characters) are not found.
    const own = (node: Text) => converter.originalTextOf(node);
    const titleText = document.querySelector('title')?.firstChild;
    const title = titleText?.nodeType === 3 ? own(titleText as Text) : document.title;
    // A copy kept in <pre><code> is read, as detection read it; other code samples are not.
    const articleInCode = netease.preformattedArticle ? netease.articleRoot : null;
    const text = leadingText(document, ARTIFACT_SAMPLE_CHARACTERS, own, undefined, articleInCode);
    return shows(text) || shows(title);
  }

  /**
   * Repair runs on the page as it came, before any conversion: the converter
   * is taken down first, and a fresh one starts from the repaired text, which
   * is the original that turning conversion off brings back.
   */
  async function syncRepair(): Promise<void> {
    const want = repairWanted();
    if (want === (repair !== null)) return;
    if (want && !pageMayBeRepaired()) return;
    if (want) {
      // Loaded before the converter is taken down: a kit that fails to load leaves the page
      // and its converter as they were, and the next render tries again.
      const kit = await kitExports<RepairKit>('repair');
      // A session that ended meanwhile (the extension was updated) leaves the page alone.
      if (disposed) return;
      converter.restore();
      converter.dispose();
      const repairStarted = performance.now();
      repair = kit.repairDocument({
        document,
        minAnnotations: 3,
        // Without NetEase's signs, the garbled runs were the reason (pageMayBeRepaired).
        requireDecodedRun: netease.kind === null,
        lostSpanText: { title: t('lost_span_tooltip'), label: t('lost_span_tooltip') },
      });
      benchSlice('repair', performance.now() - repairStarted);
    } else {
      converter.restore();
      converter.dispose();
      repair?.undo();
      repair = null;
    }
    converter = makeConverter();
  }

  let renderAgainTimer: ReturnType<typeof setTimeout> | null = null;
  let renderedAgainAt = -Infinity;
  /**
   * A render a layer asked for (the page replaced its article): at most one every
   * RENDER_AGAIN_INTERVAL_MS, so that a page swapping its content every frame does not keep the
   * session rendering.
   */
  function renderAgain(): void {
    if (disposed || renderAgainTimer !== null) return;
    const wait = Math.max(0, renderedAgainAt + RENDER_AGAIN_INTERVAL_MS - performance.now());
    renderAgainTimer = setTimeout(() => {
      renderAgainTimer = null;
      renderedAgainAt = performance.now();
      if (!disposed) void requestRender();
    }, wait);
  }

  function pageState(): PageState {
    let root: Element | null | undefined;
    return {
      document,
      url,
      settings,
      target: target(),
      regionalVocabulary: regional(),
      converting: converting(),
      readingMode: readingMode(),
      glossaryEnabled: glossaryWanted(),
      netease,
      // Looked for only when a layer asks: on a page that is not a NetEase article this reads
      // the text of every paragraph (tens of milliseconds on a page of 20,000), and most
      // renders (converted mode, glossary off) never need it.
      get articleRoot() {
        if (root === undefined) root = articleRoot();
        return root;
      },
      converter,
      loadKit: options.loadKit,
      renderAgain,
      countsChanged: scheduleReport,
    };
  }

  /** Renders asked for so far; each queued render knows its number (see `requestRender`). */
  let requestedRenders = 0;
  /** Whether a render is under way (it sends the report at its end). */
  let rendering = false;
  /** The newest render that ran to its end, its layers refreshed and its report sent. */
  let renderedUpTo = 0;

  /**
   * Brings the page to the state the settings and tab choices ask for. When a newer render is
   * asked for while this one converts, the layers and the report are left to that one, rather
   * than search a page about to change again.
   */
  async function render(request: number): Promise<void> {
    // A task of its own for each step that reads the page: on a long one the artifact check
    // reads up to 200,000 characters and the converter samples the page's script, tens of
    // milliseconds each, and run on from the end of the render before (a glossary slice) they
    // made one task of 60–90 ms on a page of 200,000 text nodes.
    await defaultYieldToEventLoop();
    if (disposed) return;
    for (const layer of layers) layer.suspend?.();
    if (converterStale) {
      converterStale = false;
      converter.restore();
      converter.dispose();
      converter = makeConverter();
    }
    await syncRepair();
    await defaultYieldToEventLoop();
    if (disposed) return;
    if (converting()) {
      progress = 0;
      convertStartedAt = performance.now();
      benchMark('convert-start', { target: target() });
      await converter.convert({
        target: target(),
        regionalVocabulary: regional(),
        mainlandCopy: mainlandCopy(),
      });
      benchMark('convert-end', () => converter.stats());
      progress = 1;
    } else {
      converter.restore();
      progress = 1;
    }
    if (request !== requestedRenders || disposed) return;
    const state = pageState();
    for (const layer of layers) {
      // Each layer in a task of its own: on a long article the side-by-side mode's search for
      // its blocks and the glossary's first slice made one task of over 100 ms.
      await defaultYieldToEventLoop();
      if (disposed || request !== requestedRenders) return;
      // Made before the refresh: a request that interrupts the refresh ends the wait below too.
      const overtaken = nextRequest();
      await layer.refresh(state);
      if (disposed || request !== requestedRenders) return;
      // What a layer gave back to the converter (the side-by-side mode's blocks, converted in
      // time slices) is converted before the next layer looks at the page and the report counts;
      // a newer request does not wait for it (it may turn conversion off).
      await Promise.race([converter.settled(), overtaken]);
      if (disposed || request !== requestedRenders) return;
    }
    renderedUpTo = request;
    sendReport();
    benchMark('render-end', () => ({ converting: converting() }));
  }

  /**
   * Resolves once the page shows render `request`, or once the renders queued by then are done.
   * A render that a newer request overtakes leaves its layers and its report to that one (the
   * popup saves most choices it applies, and the settings change asks for a render of its own):
   * answered before, the tab would describe a page half-way, its glossary marks taken off and
   * its conversion counted from nothing.
   */
  async function renderedSince(request: number): Promise<void> {
    if (disposed || renderedUpTo >= request) return;
    // The renders queued by now, not those asked for later: a page that keeps asking (an
    // article replaced again and again, each render overtaken) would keep the answer waiting.
    // What comes after reaches an open popup in the reports the background passes on.
    await queue;
  }

  /** Resolves when a newer render is asked for (see `render`). */
  const requestWaiters = new Set<() => void>();
  function nextRequest(): Promise<void> {
    return new Promise((resolve) => requestWaiters.add(resolve));
  }

  function enqueue(step: () => Promise<void>): Promise<void> {
    queue = queue.then(step, step).catch((error: unknown) => {
      console.warn('Jianfan Reader: the page could not be updated', error);
    });
    return queue;
  }

  /**
   * Queues `change` and a render. A newer request overtakes older ones: the layers' long work
   * in the render under way stops (on a long page the glossary's search takes seconds, and a
   * conversion asked for meanwhile would wait for it), and a render still queued behind it is
   * skipped, since the newest renders the page as it then stands and would only undo it.
   * Resolves once the page shows this render or a newer one (see `renderedSince`).
   */
  async function requestRender(change: () => void = () => {}): Promise<void> {
    const request = ++requestedRenders;
    for (const layer of layers) layer.interrupt?.();
    for (const wake of requestWaiters) wake();
    requestWaiters.clear();
    await enqueue(async () => {
      change();
      if (request !== requestedRenders) return;
      rendering = true;
      try {
        await render(request);
      } finally {
        rendering = false;
      }
    });
    await renderedSince(request);
  }

  /**
   * A tab-level choice holds from the moment it is made, not from when its render starts: a
   * shortcut pressed again while a long conversion runs (cycle-mode twice) reads it, rather
   * than the state before it, and moves on one step more.
   */
  const apply = (change: TabApplyPayload) => {
    Object.assign(tab, change);
    options.onTabChoices?.({ ...tab });
    return requestRender();
  };

  /** Says on the page what a shortcut just chose: nothing else shows it. */
  function tellChoice(name: TabCommand): void {
    const said = commandNotice(name, {
      enabled: enabled(),
      converting: converting(),
      target: target(),
      readingMode: readingMode(),
    });
    if (said === null || disposed) return;
    pageNoticeFor(document).show(noticeText(said, t), currentDocumentLanguage());
  }

  /** The tab-level change a shortcut asks for, or null for the layers' own commands. */
  function shortcutChoice(name: TabCommand): TabApplyPayload | null {
    switch (name) {
      case 'toggle-conversion':
        return conversionChoice(!converting(), readingMode());
      case 'cycle-target':
        return {
          target: TARGETS[(TARGETS.indexOf(target()) + 1) % TARGETS.length]!,
          enabled: true,
        };
      case 'cycle-mode':
        return {
          readingMode:
            READING_MODES[(READING_MODES.indexOf(readingMode()) + 1) % READING_MODES.length]!,
        };
      default:
        return null;
    }
  }

  async function command(name: TabCommand): Promise<void> {
    const choice = shortcutChoice(name);
    if (choice === null) {
      const state = pageState();
      for (const layer of layers) await layer.command?.(name, state);
      return;
    }
    // The choice holds from here on (see `apply`): the notice says what the page now shows.
    const rendered = apply(choice);
    tellChoice(name);
    await rendered;
  }

  const stopWatching = watchSettings((loaded) => {
    const before = { settings, effective, enabled: enabled() };
    settings = loaded.settings;
    setUiLanguage(settings.uiLanguage);
    effective = effectiveSettings(settings, { url, uiLanguage });
    // A setting changed since (in the options page, or in the popup of another tab) is newer
    // than this tab's own choice of it, which would otherwise hold until a reload. The popup
    // saves most of its choices too: the tab keeps them until the setting moves on.
    const choices = JSON.stringify(tab);
    for (const key of FOLLOWED_SETTINGS) {
      if (settings[key] !== before.settings[key]) delete tab[key];
    }
    // A site rule set to always or never decides for the open page too; one taken away
    // ("automatic") leaves it as it is until the next visit decides afresh.
    if (effective.siteMode !== before.effective.siteMode) {
      if (effective.siteMode === 'auto') tab.enabled = before.enabled;
      else delete tab.enabled;
    }
    // The tab's other frames are told, and so is a frame that starts later.
    if (JSON.stringify(tab) !== choices) options.onTabChoices?.({ ...tab });
    void requestRender();
  });

  // A name the reader marks `protect` in the options (or no longer) applies to open pages at
  // once: the converter is made anew with it, from the page's own text, as for the repair.
  const stopWatchingGlossary = watchUserGlossary((glossary) => {
    const next = withUserProtectedTerms(protectedTermsOf(glossary.terms));
    if (JSON.stringify(next) === JSON.stringify(protectedTerms)) return;
    void requestRender(() => {
      protectedTerms = next;
      textToTarget = createTextToTarget({ loadDictionaries, protectedTerms });
      // Made anew in the render, once the layers have let go of the page (see `render`).
      converterStale = true;
    });
  });

  // Choices made before the session started (the popup, a shortcut) are the tab's from now:
  // the frames that start after this one take them on.
  if (Object.keys(tab).length > 0) options.onTabChoices?.({ ...tab });

  void requestRender();

  return {
    apply,
    follow: (choices) => {
      for (const key of Object.keys(tab) as (keyof TabApplyPayload)[]) delete tab[key];
      return apply(choices);
    },
    command,
    // A selection on a mirror converts as the page does.
    convertText: (text, to) =>
      textToTarget({
        text,
        target: to,
        regionalVocabulary: regional(),
        mainlandCopy: mainlandCopy(),
      }),
    report: buildReport,
    dispose() {
      disposed = true;
      stopWatching();
      stopWatchingGlossary();
      if (reportTimer) clearTimeout(reportTimer);
      if (renderAgainTimer) clearTimeout(renderAgainTimer);
      for (const layer of layers) layer.dispose();
      disposePageNotice(document);
      // The page as it came: the session ends when a newer copy of the reader takes over (an
      // update with the page open), and that one must find the page's own text.
      converter.restore();
      repair?.undo();
      repair = null;
      converter.dispose();
      unmarkPreformatted?.();
    },
  };
}

/**
 * The settings the loader passed on, checked field by field: the message protocol only checks
 * that they are an object of the current version (the content script does not carry the
 * parser). A bad field falls back to its default, as when reading storage.
 */
function checkedSettings(value: Settings): Settings {
  const parsed = parseStoredSettings(value);
  if (parsed.problems.length > 0) {
    console.warn('Jianfan Reader: settings from the background had problems', parsed.problems);
  }
  return parsed.settings;
}
