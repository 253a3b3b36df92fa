import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectChinesePresence } from '../../utils/detect/chinese-presence.ts';
import type { Target } from '../../utils/convert/target.ts';
import { selectionToConvert } from '../../utils/convert/selection.ts';
import {
  CONTEXT_MENU_IDS,
  emptyPageReport,
  TAB_COMMANDS,
  URL_LENGTH,
  type KitRequest,
  type MessageOf,
  type PageReport,
  type TabApplyPayload,
  type TabCommand,
} from '../../utils/messaging/protocol.ts';
import { benchMark } from '../../utils/platform/bench-marks.ts';
import { onMessage, sendToBackground } from '../../utils/platform/messaging.ts';
import { registeredKit } from '../../utils/platform/kits.ts';
import type { ReaderKit, ReaderSession } from '../reader/kit.ts';

/**
 * Dispatched on the document by each copy of this script as it starts. When the extension is
 * updated or reloaded with the page open, the copy of the previous version still runs (Chromium
 * keeps it, without access to the extension), and the new one is injected next to it (see
 * entrypoints/background/open-tabs.ts). DOM events reach the listeners of every script world
 * at once, so the old copy gives the page back as it came and stops before the new one looks at
 * the page: the new one converts from the page's own text, and can restore it. (A page may send
 * the event too: all it gets is its own page back as it came, which it can have anyway.)
 */
const TAKEOVER_EVENT = 'jianfan-reader:content-script-started';

/** Pauses before asking the background again for the reader kit (see `loadReaderKit`). */
const START_RETRY_DELAYS_MS = [250, 1_000];

/**
 * The content script's whole job on a page that needs nothing: look whether it
 * is Chinese at all, tell the background, and listen. Anything more (which
 * script, detection of NetEase pages, repair, conversion, glossary) is in the
 * reader kit, which is injected only into Chinese frames, so an English page
 * costs one bounded sample of its text.
 */
export function startPageLoader(ctx: ContentScriptContext): void {
  benchMark('content-start');
  document.dispatchEvent(new Event(TAKEOVER_EVENT));
  ctx.addEventListener(document, TAKEOVER_EVENT, () =>
    ctx.abort('A newer copy of the content script took over'),
  );
  const isTop = window === window.top;
  let session: ReaderSession | null = null;
  let starting: Promise<ReaderSession | null> | null = null;
  const { presence, counts } = detectChinesePresence(document);
  const hasChinese = presence === 'chinese';

  /**
   * The report of a frame without a session. Which script a Chinese page is in is the reader
   * kit's to say (it is asked for below once the session starts); should the kit fail, the
   * page is reported as Chinese of unknown script.
   */
  const baseReport = (): PageReport => ({
    ...emptyPageReport({ url: location.href, title: document.title }),
    script: hasChinese ? { verdict: 'mixed', confidence: 0 } : { verdict: presence, confidence: 1 },
    hasChinese,
  });

  const report = (value: PageReport, newPage = false) => {
    if (!ctx.isValid) return;
    void sendToBackground({
      type: 'page/report',
      payload: { report: value, ...(newPage ? { newPage } : {}) },
    }).catch(() => undefined);
  };

  /**
   * Injects the reader kit and reads the settings, asking again after a pause when the
   * background does not answer: a tab restored with the browser, or opened right after it
   * started, can load before the extension's background listens.
   */
  async function loadReaderKit() {
    for (let attempt = 0; ; attempt++) {
      try {
        // The settings are asked for while the kit is injected: one round trip less before the
        // session starts.
        const [loaded, config] = await Promise.all([
          sendToBackground({ type: 'kit/load', payload: { kit: 'reader' } }),
          // Cut to what a message carries: a page keeping its state in a long fragment would
          // otherwise be refused its settings, and the reader would never start there.
          sendToBackground({
            type: 'config/get',
            payload: { url: location.href.slice(0, URL_LENGTH) },
          }),
        ]);
        const kit = registeredKit<ReaderKit>('reader');
        if (!loaded.ok || !kit)
          throw new Error(`The reader kit did not load: ${loaded.error ?? 'not registered'}`);
        return { kit, config };
      } catch (error) {
        if (attempt >= START_RETRY_DELAYS_MS.length || !ctx.isValid) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, START_RETRY_DELAYS_MS[attempt]));
    }
  }

  /** Asks the background to inject another kit (dictionaries, repair, glossary) here. */
  async function loadKit(name: KitRequest): Promise<void> {
    const result = await sendToBackground({ type: 'kit/load', payload: { kit: name } });
    if (!result.ok) throw new Error(`The ${name} kit did not load: ${result.error ?? ''}`);
  }

  /**
   * Converts a selection made in this frame: with the frame's session if it has one, else with
   * the reader kit's text conversion alone (a frame without a session, an English page quoting
   * Chinese say, gets none for it: its layers would come too). Says afterwards, on the page,
   * that it is on the clipboard (`copy` puts it there).
   */
  async function convertSelection(
    text: string,
    target: Target,
    copy: (converted: string) => Promise<boolean>,
  ): Promise<{ text: string; copied: boolean }> {
    const active = session ?? (starting ? await starting.catch(() => null) : null);
    if (active) {
      const converted = await active.convertText(text, target);
      const copied = await copy(converted);
      registeredKit<ReaderKit>('reader')?.tellSelectionCopied({ document, copied, target });
      return { text: converted, copied };
    }
    const { kit, config } = await loadReaderKit();
    const converted = await kit.convertTextWithoutSession({
      text,
      target,
      regionalVocabulary: config.settings.regionalVocabulary,
      protectedTerms: config.glossary.protectedTerms ?? [],
      loadKit,
    });
    const copied = await copy(converted);
    kit.tellSelectionCopied({ document, copied, target, uiLanguage: config.settings.uiLanguage });
    return { text: converted, copied };
  }

  /** The top frame's tab-level choices, passed on to the tab's other frames. */
  const passOnTabChoices = (choices: TabApplyPayload) => {
    if (!ctx.isValid) return;
    void sendToBackground({ type: 'frames/follow', payload: { choices } }).catch(() => undefined);
  };

  async function startReader(override: TabApplyPayload | null): Promise<ReaderSession | null> {
    starting ??= (async () => {
      const { kit, config } = await loadReaderKit();
      if (!ctx.isValid) return null;
      session = kit.startReaderSession({
        document,
        url: location.href,
        uiLanguage: browser.i18n.getUILanguage(),
        settings: config.settings,
        protectedTerms: config.glossary.protectedTerms ?? [],
        // A frame takes on the choices its top frame has made so far.
        override: override ?? (isTop ? null : (config.tabChoices ?? null)),
        report: isTop ? report : () => undefined,
        ...(isTop ? { onTabChoices: passOnTabChoices } : {}),
        loadKit,
      });
      ctx.onInvalidated(() => session?.dispose());
      return session;
    })().catch((error: unknown) => {
      // The next request (the popup, a shortcut) tries again.
      starting = null;
      throw error;
    });
    return starting;
  }

  /** Whether the page was left without a reader as it loaded (it has no Chinese). */
  let leftAlone = false;

  const handle = async (apply: TabApplyPayload | null, command: TabCommand | null) => {
    // A saved setting changed in the popup (the target, the mode, the glossary) leaves such a
    // page as it is: loaded again with the new settings, it would get no reader either. Only
    // turning the tab on, or a shortcut, asks for one there.
    if (leftAlone && session === null && starting === null && !command && apply?.enabled !== true)
      return baseReport();
    const active = session ?? (await startReader(apply));
    if (!active) return baseReport();
    if (apply) await active.apply(apply);
    if (command) await active.command(command);
    return active.report();
  };

  if (isTop) {
    const stop = onMessage({
      'tab/get-report': async () => {
        const active = session ?? (starting ? await starting.catch(() => null) : null);
        return active?.report() ?? baseReport();
      },
      'tab/apply': (payload) => handle(payload, null),
      'tab/command': async ({ command }) => {
        await handle(null, command);
      },
    });
    ctx.onInvalidated(stop);
    // A page restored from the back/forward cache comes back as it was left, converted or
    // not, but the background forgot the tab when it left (a navigation clears its badge),
    // and the session has nothing new to report: say again what the page is.
    // https://developer.mozilla.org/docs/Web/API/Window/pageshow_event
    ctx.addEventListener(window, 'pageshow', (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      report(session?.report() ?? baseReport());
    });
  }

  if (!isTop) {
    // The tab-level choices the top frame made (the popup, a shortcut, a menu), passed on by
    // the background: a frame with a session follows them. A frame without one (no Chinese
    // in it) is left alone, as the top frame's own choices do not start sessions here.
    ctx.onInvalidated(
      onMessage({
        'tab/follow': async ({ choices }) => {
          const active = session ?? (starting ? await starting.catch(() => null) : null);
          await active?.follow(choices);
        },
      }),
    );
  }

  // Every frame: the extension is about to update (entrypoints/background/updates.ts). The
  // session gives the page back as it came when the context is invalidated.
  ctx.onInvalidated(
    onMessage({
      'tab/release': () => {
        ctx.abort('The extension is updating');
      },
      // The context menu sends a selection to the frame it was made in.
      'tab/convert-and-copy': async ({ text, target }) => {
        const selected = selectionToConvert(text, window.getSelection()?.toString());
        return convertSelection(selected, target, copyToClipboard);
      },
    }),
  );

  if (import.meta.env.MODE === 'e2e') {
    // Test builds only: a browser test asks, from the page, for the popup or
    // options page of this tab (Firefox cannot navigate to them itself), for
    // a tab-level change as the popup would send it, for a tab command as
    // a keyboard shortcut would bring it, or for a context-menu click (in a
    // frame too: the background takes the frame from the sender, as the browser
    // reports the frame a menu was opened in).
    const answered = new Set<string>();
    ctx.addEventListener(window, 'message', (event: MessageEvent) => {
      const data = event.data as {
        source?: unknown;
        id?: unknown;
        action?: unknown;
        page?: unknown;
        apply?: unknown;
        command?: unknown;
      } | null;
      if (event.source !== window || data?.source !== 'jianfan-e2e') return;
      const id = typeof data.id === 'string' ? data.id : null;
      if (id !== null) {
        // The harness repeats its request until this answer comes (a page may finish loading
        // before the content script listens), so a request may arrive twice: it is done once.
        window.postMessage({ source: 'jianfan-e2e-ack', id }, '*');
        if (answered.has(id)) return;
        answered.add(id);
      }
      if (!isTop && data.action !== 'menu') return;
      // Said when the request's work is over (for a change, when its render has ended), for
      // the tests that wait for it.
      const done = () => window.postMessage({ source: 'jianfan-e2e-done', id }, '*');
      if (data.action === 'apply' && typeof data.apply === 'object' && data.apply !== null) {
        void handle(data.apply as TabApplyPayload, null).then(done, done);
        return;
      }
      if (data.action === 'command') {
        const command = TAB_COMMANDS.find((name) => name === data.command);
        if (command) void handle(null, command).then(done, done);
        return;
      }
      if (data.action === 'menu') {
        const menu = CONTEXT_MENU_IDS.find((id) => id === (data as { menu?: unknown }).menu);
        const selection = (data as { selection?: unknown }).selection;
        if (menu && typeof selection === 'string') {
          void sendToBackground({ type: 'test/menu-click', payload: { menu, selection } }).then(
            done,
            done,
          );
        }
        return;
      }
      if (data.action === 'release-tabs') {
        void sendToBackground({ type: 'test/release-tabs', payload: {} });
        return;
      }
      if (data.page !== 'popup' && data.page !== 'options') return;
      const message: MessageOf<'test/open-extension-page'> = {
        type: 'test/open-extension-page',
        payload: { page: data.page },
      };
      void sendToBackground(message);
    });
  }

  // Only a page with some Chinese or Japanese may be a damaged mirror: an English page is
  // spared reading its whole text.
  if (!hasChinese && (counts.han + counts.kana === 0 || !mayBeNeteaseMirror())) {
    leftAlone = true;
    if (isTop) report(baseReport(), true);
    return;
  }
  startReader(import.meta.env.MODE === 'e2e' && isTop ? applyAskedByPage() : null).catch(
    (error: unknown) => {
      console.warn('Jianfan Reader could not start on this page', error);
      if (isTop) report(baseReport());
    },
  );
}

/**
 * Test builds only: a page may carry, in `<meta name="jianfan-e2e-apply" content="{…}">`, the
 * tab-level change the popup would send. The session then starts with it, so the benchmark
 * times a conversion from the content script's start (dictionary loading included) without
 * waiting for the page to ask once the loader listens.
 */
function applyAskedByPage(): TabApplyPayload | null {
  const content = document.querySelector('meta[name="jianfan-e2e-apply"]')?.getAttribute('content');
  if (!content) return null;
  try {
    const parsed: unknown = JSON.parse(content);
    return typeof parsed === 'object' && parsed !== null ? (parsed as TabApplyPayload) : null;
  } catch {
    return null;
  }
}

/**
 * Puts text on the clipboard from the page's frame (needs `clipboardWrite` in Firefox). The
 * asynchronous clipboard exists only in secure contexts, and mirror sites are often plain
 * http: there `navigator.clipboard` is undefined, and the copy command is used instead.
 */
async function copyToClipboard(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      console.warn(
        'Jianfan Reader: the clipboard refused the text, trying the copy command',
        error,
      );
    }
  }
  const copied = copyWithCommand(text);
  if (!copied)
    console.warn('Jianfan Reader: the copy command did not put the text on the clipboard');
  return copied;
}

/**
 * Runs the copy command with our text handed to its copy event, so the page's DOM and the
 * reader's selection stay as they are (no hidden textarea). `clipboardWrite` lets an
 * extension run the command without a user gesture. A page that stops the event before us
 * keeps its own copy, and the command is reported as failed.
 */
function copyWithCommand(text: string): boolean {
  let handed = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    // A page's own handler may have run first and put its selection there as HTML (with an
    // attribution, say): a rich editor would paste that, not our text.
    event.clipboardData.clearData();
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
    handed = true;
  };
  window.addEventListener('copy', onCopy, { capture: true });
  try {
    return document.execCommand('copy') && handed;
  } catch {
    return false;
  } finally {
    window.removeEventListener('copy', onCopy, { capture: true });
  }
}

/**
 * A page whose Chinese is too damaged to sample may still be a mirror: the
 * English NetEase Hao notice survives the mirror tools intact.
 */
function mayBeNeteaseMirror(): boolean {
  const text = document.body?.textContent ?? '';
  return text.length < 2_000_000 && text.includes('user of NetEase Hao');
}
