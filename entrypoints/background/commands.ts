import { browser } from 'wxt/browser';
import { defaultTargetForLocale, type Target } from '../../utils/convert/target.ts';
import { addTermHash } from '../../utils/glossary/add-term-link.ts';
import { READER_PAGE_PATTERNS } from '../../utils/report/reader-pages.ts';
import { conversionChoice } from '../../utils/report/turn-on.ts';
import { tabReport } from './tab-reports.ts';
import {
  KEYBOARD_COMMANDS,
  MAX_MESSAGE_TEXT,
  type ContextMenuId,
  type TabCommand,
} from '../../utils/messaging/protocol.ts';
import { sendToTab } from '../../utils/platform/messaging.ts';
import {
  loadSettings,
  updateSettings,
  watchSettings,
} from '../../utils/platform/settings-storage.ts';
import { setUiLanguage, t } from '../../utils/platform/i18n.ts';
import type { MessageKey } from '../../utils/i18n/messages.ts';
import { withSiteRuleForUrl } from '../../utils/settings/site-rule-edit.ts';
import type { SiteRuleMode } from '../../utils/settings/schema.ts';

const SITE_MENUS: Partial<Record<ContextMenuId, SiteRuleMode>> = {
  'site-always': 'always',
  'site-never': 'never',
};

async function sendCommand(tabId: number | undefined, command: TabCommand): Promise<void> {
  if (tabId === undefined) return;
  await sendToTab(tabId, { type: 'tab/command', payload: { command } }).catch((error: unknown) =>
    console.warn(`The ${command} command reached no page in tab ${tabId}`, error),
  );
}

/**
 * The Traditional the tab converts to (or would, once on), else the settings' target. A tab
 * showing Simplified says nothing of which Traditional the reader reads.
 */
async function readersTarget(tabId: number): Promise<Target> {
  const shown = (await tabReport(tabId))?.conversion.target ?? null;
  if (shown === 'tw' || shown === 'hk') return shown;
  const { settings } = await loadSettings();
  return settings.target === 'auto'
    ? defaultTargetForLocale(browser.i18n.getUILanguage())
    : settings.target;
}

/** Converts the selection in the frame it was made in, which also copies the result. */
async function convertSelection(
  tabId: number,
  frameId: number,
  text: string,
  menu: 'convert-cn' | 'convert-traditional',
): Promise<void> {
  if (!text) return;
  // "Traditional" means the reader's own standard: the one the tab shows or would convert to
  // (the target shortcut changes the tab's, not the settings'), else the one they chose, else the
  // automatic one (Hong Kong's on a zh-HK browser); Taiwan's unless that is Hong Kong's.
  const target: Target =
    menu === 'convert-cn' ? 'cn' : (await readersTarget(tabId)) === 'hk' ? 'hk' : 'tw';
  const message = {
    type: 'tab/convert-and-copy' as const,
    payload: { text: text.slice(0, MAX_MESSAGE_TEXT), target },
  };
  await sendToTab(tabId, message, { frameId })
    .catch((error: unknown) => {
      // A frame without a content script (about:blank, srcdoc: converted by their parent's
      // session) cannot answer: the top frame converts the text and copies it instead.
      if (frameId === 0) throw error;
      return sendToTab(tabId, message, { frameId: 0 });
    })
    .catch((error: unknown) => console.warn('The selection could not be converted', error));
}

/** Opens the options page at the glossary, with a new term started from the selection. */
async function openTermForm(selection: string): Promise<void> {
  // getURL is typed against the built pages; the options page is one of them.
  const getURL = browser.runtime.getURL as (path: string) => string;
  await browser.tabs
    .create({ url: `${getURL('/options.html')}${addTermHash(selection)}` })
    .catch((error: unknown) => console.warn('The options page did not open', error));
}

/** The context menu's entries: where each shows, and its title's message. */
const MENUS: readonly {
  id: ContextMenuId;
  contexts: ['selection'] | ['page'];
  title: MessageKey;
  /** The browser puts the selected text where `%s` is. */
  selection?: true;
  /**
   * Only on pages the reader runs in: a site rule means nothing to a file:// page or one of
   * the extension's own pages. (The conversions show everywhere: the selection of a srcdoc
   * frame, whose address no pattern matches, is converted by the top frame.)
   */
  readerPagesOnly?: true;
}[] = [
  { id: 'convert-cn', contexts: ['selection'], title: 'menu_convert_to_simplified_copy' },
  { id: 'convert-traditional', contexts: ['selection'], title: 'menu_convert_to_traditional_copy' },
  {
    id: 'add-to-glossary',
    contexts: ['selection'],
    title: 'menu_add_to_glossary',
    selection: true,
  },
  {
    id: 'site-always',
    contexts: ['page'],
    title: 'menu_always_convert_site',
    readerPagesOnly: true,
  },
  { id: 'site-never', contexts: ['page'], title: 'menu_never_convert_site', readerPagesOnly: true },
];

const menuTitle = (menu: (typeof MENUS)[number]) =>
  menu.selection ? t(menu.title, '%s') : t(menu.title);

/**
 * Keyboard commands and context menus, where the browser has them: Firefox for Android has
 * neither (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/commands
 * and …/API/menus, browser compatibility), and the background must go on without them.
 */
export function registerCommandsAndMenus(): void {
  const api = browser as unknown as {
    commands?: typeof browser.commands;
    contextMenus?: typeof browser.contextMenus;
  };
  api.commands?.onCommand.addListener((name, tab) => {
    if (!Object.hasOwn(KEYBOARD_COMMANDS, name)) return;
    const command = KEYBOARD_COMMANDS[name]!;
    void (async () => {
      const tabId =
        tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      await sendCommand(tabId, command);
    })();
  });

  const menus = api.contextMenus;
  if (!menus) return;
  // Menus are kept across browser restarts; create them once per install or update, titled in
  // the interface language the reader chose (the browser's until they choose one).
  browser.runtime.onInstalled.addListener(() => {
    void (async () => {
      const { settings } = await loadSettings().catch(() => ({ settings: null }));
      if (settings) setUiLanguage(settings.uiLanguage);
      await menus.removeAll();
      for (const menu of MENUS) {
        menus.create({
          id: menu.id,
          title: menuTitle(menu),
          contexts: menu.contexts,
          ...(menu.readerPagesOnly ? { documentUrlPatterns: [...READER_PAGE_PATTERNS] } : {}),
        });
      }
    })();
  });
  // …and titled anew when the reader changes it.
  let language: string | null = null;
  watchSettings(({ settings }) => {
    if (settings.uiLanguage === language) return;
    language = settings.uiLanguage;
    setUiLanguage(settings.uiLanguage);
    for (const menu of MENUS) {
      void menus.update(menu.id, { title: menuTitle(menu) }).catch(() => undefined);
    }
  });

  menus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab);
  });
}

/** What a context-menu click brings (the fields of `menus.OnClickData` this uses). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  pageUrl?: string;
}

/** Does what the context-menu entry `info.menuItemId` says, in `tab`; settles when done. */
export async function handleMenuClick(
  info: MenuClick,
  tab: { id?: number; url?: string } | undefined,
): Promise<void> {
  const menu = String(info.menuItemId);
  if (menu === 'convert-cn' || menu === 'convert-traditional') {
    if (tab?.id !== undefined) {
      await convertSelection(tab.id, info.frameId ?? 0, info.selectionText ?? '', menu);
    }
    return;
  }
  if (menu === 'add-to-glossary') {
    await openTermForm(info.selectionText ?? '');
    return;
  }
  const mode = SITE_MENUS[menu as ContextMenuId];
  const url = info.pageUrl ?? tab?.url;
  if (!mode || !url) return;
  const saved = await updateSettings((current) => withSiteRuleForUrl(current, url, mode)).then(
    () => true,
    (error: unknown) => {
      console.warn('The site rule was not saved', error);
      return false;
    },
  );
  // The open page follows at once, as from the popup, in the converted mode if it showed the
  // original.
  if (saved && tab?.id !== undefined) {
    await sendToTab(tab.id, {
      type: 'tab/apply',
      payload: conversionChoice(mode === 'always', (await tabReport(tab.id))?.readingMode),
    }).catch((error: unknown) => console.warn(`Tab ${tab.id} did not take the site rule`, error));
  }
}
