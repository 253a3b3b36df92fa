import { TARGETS, type Target } from '../convert/target.ts';
import {
  AUTO_CONVERSION_REASONS,
  type AutoConversionReason,
} from '../settings/auto-conversion-reason.ts';
import {
  CURRENT_SETTINGS_VERSION,
  READING_MODES,
  type ReadingMode,
  type Settings,
} from '../settings/schema.ts';
import { MAX_GLOSSARY_TERMS } from '../settings/quota.ts';
import {
  anything,
  count,
  either,
  flag,
  fraction,
  isPlainRecord,
  listOf,
  nothing,
  nullable,
  oneOf,
  optional,
  record,
  satisfies,
  text,
  type Check,
} from './checks.ts';

/**
 * The one message protocol between the extension's contexts (content scripts,
 * background, popup, options). Every message is `{ type, payload }`; this file
 * lists each type with its payload and response types and the runtime checks
 * for both. Anything that does not pass `parseMessage` is logged and refused,
 * never acted on.
 */

// ---------------------------------------------------------------------------
// The page report: what a content script knows about its page.

export type ScriptVerdict = 'traditional' | 'simplified' | 'mixed' | 'japanese' | 'none';
export const SCRIPT_VERDICTS: readonly ScriptVerdict[] = [
  'traditional',
  'simplified',
  'mixed',
  'japanese',
  'none',
];

export type NeteaseKind = 'netease' | 'mirror';

export interface NeteaseSignal {
  /** Stable id, e.g. `canonical-163`; the popup explains it (see utils/i18n/signals.ts). */
  id: string;
  /** Weight of this signal in the verdict, 0..1. */
  strength: number;
  /** Evidence for the curious, e.g. the canonical URL found. Not localized. */
  detail: string;
}

export interface PageReport {
  url: string;
  /** The document's title when the report was made (converted, when the page is). */
  title: string;
  script: { verdict: ScriptVerdict; confidence: number };
  hasChinese: boolean;
  netease: {
    kind: NeteaseKind | null;
    signals: NeteaseSignal[];
    /**
     * The article's title as the tab shows it when the report was made (repaired, converted);
     * null where `kind` is.
     */
    title: string | null;
  };
  conversion: {
    active: boolean;
    /**
     * The script the tab converts to, or would convert to once turned on (the tab's own choice,
     * else the settings'); null where no session looked at the page.
     */
    target: Target | null;
    nodesConverted: number;
    charactersChanged: number;
    /** 0..1; 1 once the whole page (as far as it has loaded) is done. */
    progress: number;
    /** Nodes another script changed back after we converted them. */
    contestedNodes: number;
    /**
     * `target` when the page was found already written in its script (nothing to convert, so
     * side by side and peek have nothing to show beside the original); null otherwise.
     */
    alreadyIn: Target | null;
    /** Why the page converted on load or waits for the reader; null where no session decided. */
    reason: AutoConversionReason | null;
  };
  repair: { annotationsRemoved: number; runsRepaired: number; spansLost: number };
  glossary: { termsFound: number };
  readingMode: ReadingMode;
}

/** A report for a page nothing has been done to yet. */
export function emptyPageReport({ url, title }: { url: string; title: string }): PageReport {
  return {
    // The page decides how long these are; past the protocol's limits every report (and the
    // tab's answers to the popup) would be refused.
    url: url.slice(0, URL_LENGTH),
    title: title.slice(0, TITLE_LENGTH),
    script: { verdict: 'none', confidence: 0 },
    hasChinese: false,
    netease: { kind: null, signals: [], title: null },
    conversion: {
      active: false,
      target: null,
      nodesConverted: 0,
      charactersChanged: 0,
      progress: 0,
      contestedNodes: 0,
      alreadyIn: null,
      reason: null,
    },
    repair: { annotationsRemoved: 0, runsRepaired: 0, spansLost: 0 },
    glossary: { termsFound: 0 },
    readingMode: 'converted',
  };
}

// ---------------------------------------------------------------------------
// Payloads and responses.

/** The separately built scripts the background injects on request (see utils/platform/kits.ts). */
export type KitRequest = 'reader' | 'dict-t2cn' | 'dict-cn2t' | 'repair' | 'glossary';
export const KIT_REQUESTS: readonly KitRequest[] = [
  'reader',
  'dict-t2cn',
  'dict-cn2t',
  'repair',
  'glossary',
];
export type TabCommand =
  | 'toggle-conversion'
  | 'cycle-target'
  | 'cycle-mode'
  | 'next-term'
  | 'previous-term'
  | 'peek-focused';
export const TAB_COMMANDS: readonly TabCommand[] = [
  'toggle-conversion',
  'cycle-target',
  'cycle-mode',
  'next-term',
  'previous-term',
  'peek-focused',
];

/**
 * The keyboard commands declared in wxt.config.ts (the names the browser knows them by, and the
 * reader rebinds), in the order the options page lists them, and the tab command each sends.
 */
export const KEYBOARD_COMMANDS: Readonly<Record<string, TabCommand>> = {
  'toggle-conversion': 'toggle-conversion',
  'cycle-target': 'cycle-target',
  'cycle-mode': 'cycle-mode',
  'next-term': 'next-term',
  'previous-term': 'previous-term',
  'peek-original': 'peek-focused',
};

/** The context menu's entries (entrypoints/background/commands.ts). */
export type ContextMenuId =
  'convert-cn' | 'convert-traditional' | 'add-to-glossary' | 'site-always' | 'site-never';
export const CONTEXT_MENU_IDS: readonly ContextMenuId[] = [
  'convert-cn',
  'convert-traditional',
  'add-to-glossary',
  'site-always',
  'site-never',
];

/** Live changes for one tab, not saved as settings. */
export interface TabApplyPayload {
  enabled?: boolean;
  target?: Target;
  regionalVocabulary?: boolean;
  readingMode?: ReadingMode;
  glossaryEnabled?: boolean;
  repairMirrors?: boolean;
}

export type GlossarySnapshot = { unchanged: true } | { revision: number; terms: unknown[] };

/** The longest text `tab/convert-and-copy` carries. */
export const MAX_MESSAGE_TEXT = 100_000;

/** Every message: its payload and what the receiver answers. `void` answers nothing. */
export interface Protocol {
  /** content → background: the page's current state, sent on every change. */
  /**
   * `newPage`: from a top frame that starts no reader (a page without Chinese). The tab-level
   * choices made on the page before no longer hold (a frame of this page would take them on).
   */
  'page/report': {
    payload: { frameId?: number; report: PageReport; newPage?: boolean };
    response: void;
  };
  /** content → background: inject a kit script into the sender's frame (once per frame). */
  'kit/load': { payload: { kit: KitRequest }; response: { ok: boolean; error?: string } };
  /** content → background: the settings and glossary revision that apply to `url`. */
  'config/get': {
    payload: { url: string };
    /**
     * `tabChoices`, to a frame other than the top one: the tab-level choices its top frame
     * has made so far (see `frames/follow`), which a session starting there takes on.
     */
    response: {
      settings: Settings;
      /**
       * `protectedTerms`: the reader's glossary terms marked `protect` (names the converter must
       * keep), when there are any; the reader kit checks them (`protectedTermsOf`).
       */
      glossary: { revision: number; protectedTerms?: unknown[] };
      tabChoices?: TabApplyPayload;
    };
  };
  /** content → background: the user glossary, unless the sender already has `knownRevision`. */
  'glossary/snapshot': { payload: { knownRevision: number }; response: GlossarySnapshot };
  /** popup → background: the last report of the tab's top frame. */
  'tab/status': { payload: { tabId: number }; response: { report: PageReport | null } };
  /**
   * background → the extension's own pages (an open popup): the report a tab's top frame just
   * sent, as kept for `tab/status`. The popup shows the tab as it goes on changing after it
   * asked: a conversion ending, a glossary search finishing, a change the settings brought.
   */
  'tab/report-changed': { payload: { tabId: number; report: PageReport }; response: void };
  /** popup/background → content: the current report. */
  'tab/get-report': { payload: Record<string, never>; response: PageReport };
  /** popup/background → content: change this tab live; answers the new report. */
  'tab/apply': { payload: TabApplyPayload; response: PageReport };
  /** background → content: a keyboard shortcut or menu command for this tab. */
  'tab/command': { payload: { command: TabCommand }; response: void };
  /**
   * content (top frame) → background: the tab-level choices now in force there (the popup's,
   * a shortcut's, a menu's), all of them, for the tab's other frames. Only the top frame
   * hears the popup and the shortcuts; a frame with a reader of its own (any http(s) frame)
   * follows it through the background.
   */
  'frames/follow': { payload: { choices: TabApplyPayload }; response: void };
  /** background → content (every frame; the top one ignores it): the top frame's choices. */
  'tab/follow': { payload: { choices: TabApplyPayload }; response: void };
  /**
   * background → content: convert a selection to a target script and put it
   * on the clipboard. The page's frame does both: it can load the dictionaries
   * and it has clipboard access, which an MV3 service worker has not.
   */
  'tab/convert-and-copy': {
    payload: { text: string; target: Target };
    response: { copied: boolean; text: string };
  };
  /**
   * background → content: the extension is about to update. The content script gives the page
   * back as it came and stops, so that the new version starts from the page's own text
   * (Firefox unloads the old version's scripts before they can do it themselves).
   */
  'tab/release': { payload: Record<string, never>; response: void };
  /**
   * TEST ONLY. Opens the popup or options page in a tab, for browser tests
   * that cannot click the toolbar. The background answers it only in builds
   * with `import.meta.env.MODE === 'e2e'`; it is part of the protocol so the
   * message is still checked like every other.
   */
  'test/open-extension-page': {
    payload: { page: 'popup' | 'options'; query?: string };
    response: { tabId: number };
  };
  /**
   * TEST ONLY. Does what the background does when the browser announces an update, short of
   * reloading the extension (the test then installs the new version itself).
   */
  'test/release-tabs': { payload: Record<string, never>; response: void };
  /**
   * TEST ONLY. Does what a click on one of the context menu's entries does in the sender's tab
   * (browser tests cannot open the browser's own menus), and answers when it is done.
   */
  'test/menu-click': { payload: { menu: ContextMenuId; selection: string }; response: void };
}

export type MessageType = keyof Protocol;
export type PayloadOf<K extends MessageType> = Protocol[K]['payload'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];
export type MessageOf<K extends MessageType> = { type: K; payload: PayloadOf<K> };
/** Any valid message, discriminated on `type`. */
export type Message = { [K in MessageType]: MessageOf<K> }[MessageType];

/** Messages the background receives (sent with `runtime.sendMessage`). */
export const BACKGROUND_MESSAGE_TYPES = [
  'page/report',
  'kit/load',
  'config/get',
  'glossary/snapshot',
  'tab/status',
  'frames/follow',
  'test/open-extension-page',
  'test/release-tabs',
  'test/menu-click',
] as const satisfies readonly MessageType[];

/** Messages a tab's content script receives (sent with `tabs.sendMessage`). */
export const TAB_MESSAGE_TYPES = [
  'tab/get-report',
  'tab/apply',
  'tab/command',
  'tab/follow',
  'tab/convert-and-copy',
  'tab/release',
] as const satisfies readonly MessageType[];

/** Messages the extension's own pages receive (sent by the background with `runtime.sendMessage`). */
export const PAGE_MESSAGE_TYPES = ['tab/report-changed'] as const satisfies readonly MessageType[];

export const TEST_ONLY_MESSAGE_TYPES = [
  'test/open-extension-page',
  'test/release-tabs',
  'test/menu-click',
] as const satisfies readonly MessageType[];

export type BackgroundMessageType = (typeof BACKGROUND_MESSAGE_TYPES)[number];
export type TabMessageType = (typeof TAB_MESSAGE_TYPES)[number];
export type PageMessageType = (typeof PAGE_MESSAGE_TYPES)[number];

// ---------------------------------------------------------------------------
// Runtime checks.

/**
 * The longest address a message carries. A page may keep megabytes of state in its address
 * (a fragment), and a sender cuts it to this.
 */
export const URL_LENGTH = 65_536;
const TITLE_LENGTH = 10_000;
/** The longest a NetEase signal's detail may be in a report (it may quote the page's URLs). */
export const SIGNAL_DETAIL_LENGTH = 2_000;
/** The longest a title may be in a report. */
export const REPORT_TITLE_LENGTH = TITLE_LENGTH;
const target = oneOf(TARGETS);
const readingMode = oneOf(READING_MODES);
const tabChoices = record<TabApplyPayload>({
  enabled: optional(flag),
  target: optional(target),
  regionalVocabulary: optional(flag),
  readingMode: optional(readingMode),
  glossaryEnabled: optional(flag),
  repairMirrors: optional(flag),
});

const pageReport = record<PageReport>({
  url: text({ max: URL_LENGTH }),
  title: text({ max: TITLE_LENGTH }),
  script: record<PageReport['script']>({ verdict: oneOf(SCRIPT_VERDICTS), confidence: fraction }),
  hasChinese: flag,
  netease: record<PageReport['netease']>({
    kind: nullable(oneOf(['netease', 'mirror'] as const)),
    signals: listOf(
      record<NeteaseSignal>({
        id: text({ min: 1, max: 100 }),
        strength: fraction,
        detail: text({ max: SIGNAL_DETAIL_LENGTH }),
      }),
      { max: 100 },
    ),
    title: nullable(text({ max: TITLE_LENGTH })),
  }),
  conversion: record<PageReport['conversion']>({
    active: flag,
    target: nullable(target),
    nodesConverted: count(),
    charactersChanged: count(),
    progress: fraction,
    contestedNodes: count(),
    alreadyIn: nullable(target),
    reason: nullable(oneOf(AUTO_CONVERSION_REASONS)),
  }),
  repair: record<PageReport['repair']>({
    annotationsRemoved: count(),
    runsRepaired: count(),
    spansLost: count(),
  }),
  glossary: record<PageReport['glossary']>({ termsFound: count() }),
  readingMode,
});

/**
 * Settings in a response: an object of the current schema version. Its fields are checked where
 * they are used, by the reader kit (`parseStoredSettings`, see entrypoints/reader/session.ts):
 * the content script that receives them only hands them on, and the settings parser with its
 * migrations and site rules would make up a third of it (bench/RESULTS.md).
 */
const settings = satisfies<Settings>((value) => {
  if (!isPlainRecord(value)) return 'expected a settings object';
  return value.version === CURRENT_SETTINGS_VERSION ? null : 'expected current settings';
});

// As many as the glossary may hold: a glossary of 100,001 terms, which fit in storage, once
// reached no page (the background's own answer failed this check).
const terms = listOf(anything, { max: MAX_GLOSSARY_TERMS });

type Checks = {
  [K in MessageType]: { payload: Check<PayloadOf<K>>; response: Check<ResponseOf<K>> };
};

export const MESSAGE_CHECKS: Checks = {
  'page/report': {
    payload: record<PayloadOf<'page/report'>>({
      frameId: optional(count()),
      report: pageReport,
      newPage: optional(flag),
    }),
    response: nothing,
  },

  'kit/load': {
    payload: record<PayloadOf<'kit/load'>>({ kit: oneOf(KIT_REQUESTS) }),
    response: record<ResponseOf<'kit/load'>>({ ok: flag, error: optional(text({ max: 2_000 })) }),
  },
  'config/get': {
    payload: record<PayloadOf<'config/get'>>({ url: text({ max: URL_LENGTH }) }),
    response: record<ResponseOf<'config/get'>>({
      settings,
      glossary: record<{ revision: number; protectedTerms?: unknown[] }>({
        revision: count(),
        protectedTerms: optional(terms),
      }),
      tabChoices: optional(tabChoices),
    }),
  },
  'glossary/snapshot': {
    payload: record<PayloadOf<'glossary/snapshot'>>({ knownRevision: count() }),
    response: either(
      record<{ unchanged: true }>({ unchanged: oneOf([true] as const) }),
      record<{ revision: number; terms: unknown[] }>({ revision: count(), terms }),
    ),
  },
  'tab/status': {
    payload: record<PayloadOf<'tab/status'>>({ tabId: count() }),
    response: record<ResponseOf<'tab/status'>>({ report: nullable(pageReport) }),
  },

  'tab/report-changed': {
    payload: record<PayloadOf<'tab/report-changed'>>({ tabId: count(), report: pageReport }),
    response: nothing,
  },
  'tab/get-report': {
    payload: record<PayloadOf<'tab/get-report'>>({}),
    response: pageReport,
  },
  'tab/apply': {
    payload: tabChoices,
    response: pageReport,
  },
  'tab/command': {
    payload: record<PayloadOf<'tab/command'>>({ command: oneOf(TAB_COMMANDS) }),
    response: nothing,
  },
  'frames/follow': {
    payload: record<PayloadOf<'frames/follow'>>({ choices: tabChoices }),
    response: nothing,
  },
  'tab/follow': {
    payload: record<PayloadOf<'tab/follow'>>({ choices: tabChoices }),
    response: nothing,
  },
  'tab/convert-and-copy': {
    payload: record<PayloadOf<'tab/convert-and-copy'>>({
      text: text({ max: MAX_MESSAGE_TEXT }),
      target,
    }),
    response: record<ResponseOf<'tab/convert-and-copy'>>({
      copied: flag,
      text: text({ max: MAX_MESSAGE_TEXT * 2 }),
    }),
  },
  'tab/release': {
    payload: record<PayloadOf<'tab/release'>>({}),
    response: nothing,
  },
  'test/open-extension-page': {
    payload: record<PayloadOf<'test/open-extension-page'>>({
      page: oneOf(['popup', 'options'] as const),
      query: optional(text({ max: 2_000 })),
    }),
    response: record<ResponseOf<'test/open-extension-page'>>({ tabId: count() }),
  },
  'test/release-tabs': {
    payload: record<PayloadOf<'test/release-tabs'>>({}),
    response: nothing,
  },
  'test/menu-click': {
    payload: record<PayloadOf<'test/menu-click'>>({
      menu: oneOf(CONTEXT_MENU_IDS),
      selection: text({ max: MAX_MESSAGE_TEXT }),
    }),
    response: nothing,
  },
};

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(MESSAGE_CHECKS, value);
}

export type ParsedMessage = { ok: true; message: Message } | { ok: false; reason: string };

/** Checks anything received from another context. */
export function parseMessage(raw: unknown): ParsedMessage {
  if (!isPlainRecord(raw)) return { ok: false, reason: 'a message must be an object' };
  if (!isMessageType(raw.type)) {
    const shown = typeof raw.type === 'string' ? JSON.stringify(raw.type.slice(0, 60)) : 'none';
    return { ok: false, reason: `unknown message type ${shown}` };
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'type' && key !== 'payload') {
      return { ok: false, reason: `${raw.type}: unexpected field ${JSON.stringify(key)}` };
    }
  }
  const problem = MESSAGE_CHECKS[raw.type].payload(raw.payload, 'payload');
  if (problem) return { ok: false, reason: `${raw.type}: ${problem}` };
  return { ok: true, message: raw as Message };
}

/** Checks a response before it is sent and after it arrives. */
export function checkResponse<K extends MessageType>(
  type: K,
  value: unknown,
): { ok: true; value: ResponseOf<K> } | { ok: false; reason: string } {
  const problem = MESSAGE_CHECKS[type].response(value, 'response');
  return problem
    ? { ok: false, reason: `${type}: ${problem}` }
    : { ok: true, value: value as ResponseOf<K> };
}
