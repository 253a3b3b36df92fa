import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { protectedTermsOf } from '../../utils/convert/protected-terms.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import {
  isOwnPage,
  onMessage,
  sendToExtensionPages,
  sendToTab,
  type Handlers,
} from '../../utils/platform/messaging.ts';
import { setUiLanguage, t } from '../../utils/platform/i18n.ts';
import {
  loadSettings,
  loadUserGlossary,
  watchSettings,
} from '../../utils/platform/settings-storage.ts';
import { badgeFor } from '../../utils/report/badge.ts';
import { handleMenuClick, registerCommandsAndMenus } from './commands.ts';
import { injectIntoOpenTabs } from './open-tabs.ts';
import { forgetTab, saveTabChoices, saveTabReport, tabChoices, tabReport } from './tab-reports.ts';
import { applyUpdatesAfterReleasingTabs, releaseOpenTabs } from './updates.ts';

/**
 * The background routes messages, owns storage, keeps each tab's report for
 * the popup and the badge, injects kits into frames that ask for them, and
 * turns shortcuts and menu clicks into tab commands.
 */
export default defineBackground(() => {
  // The badge's tooltip speaks the interface language the reader chose, from the start: a
  // service worker woken again would otherwise speak the browser's until the setting changes.
  void loadSettings().then(
    ({ settings }) => setUiLanguage(settings.uiLanguage),
    () => undefined,
  );
  watchSettings(({ settings }) => setUiLanguage(settings.uiLanguage));

  async function showBadge(tabId: number, report: PageReport | null): Promise<void> {
    const badge = badgeFor(report, t);
    await browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
    await browser.action.setTitle({ tabId, title: badge.title }).catch(() => undefined);
    await browser.action
      .setBadgeBackgroundColor({ tabId, color: badge.color })
      .catch(() => undefined);
  }

  const handlers: Handlers = {
    async 'page/report'({ report, newPage }, sender) {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab; frames report for their own use.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
      // An open popup shows the tab as it changes. Passed on before anything is awaited, so that
      // reports reach it in the order the tab sent them.
      void sendToExtensionPages({ type: 'tab/report-changed', payload: { tabId, report } });
      // A page without a reader asks for no settings (`config/get`, which forgets them too).
      if (newPage === true) await saveTabChoices(tabId, {});
      await saveTabReport(tabId, report);
      await showBadge(tabId, report);
    },

    async 'kit/load'({ kit }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'kits load into tabs only' };
      try {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          // The kit names are a closed list checked by the protocol.
          files: [`/${kit}.js` as '/reader.js'],
        });
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },

    async 'config/get'(_payload, sender) {
      const tabId = sender.tab?.id;
      const [{ settings }, { glossary }, choices] = await Promise.all([
        loadSettings(),
        // An unreadable glossary (a damaged storage.local) leaves the page without user terms,
        // not without conversion.
        loadUserGlossary().catch((error: unknown) => {
          console.warn('The user glossary could not be read', error);
          return { glossary: { revision: 0, terms: [] as unknown[] } };
        }),
        // A frame starting after the top frame made tab-level choices takes them on. A top
        // frame starting is a new page in the tab (a reload keeps the address, so the tab's
        // updates cannot tell): the choices made on the page before are no longer the tab's.
        tabId === undefined
          ? null
          : (sender.frameId ?? 0) !== 0
            ? tabChoices(tabId)
            : saveTabChoices(tabId, {}).then(() => null),
      ]);
      const protectedTerms = protectedTermsOf(glossary.terms);
      return {
        settings,
        glossary: {
          revision: glossary.revision,
          ...(protectedTerms.length > 0 ? { protectedTerms } : {}),
        },
        ...(choices !== null ? { tabChoices: choices } : {}),
      };
    },

    async 'frames/follow'({ choices }, sender) {
      const tabId = sender.tab?.id;
      // Only the top frame makes tab-level choices.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
      await saveTabChoices(tabId, choices);
      // To every frame of the tab: the background cannot list them without the webNavigation
      // permission, and the top frame ignores it. A tab with no other reader answers nothing.
      void sendToTab(tabId, { type: 'tab/follow', payload: { choices } }, { frameId: 'all' }).catch(
        () => undefined,
      );
    },

    async 'glossary/snapshot'({ knownRevision }) {
      const { glossary } = await loadUserGlossary();
      if (glossary.revision === knownRevision) return { unchanged: true };
      return { revision: glossary.revision, terms: glossary.terms };
    },

    async 'tab/status'({ tabId }, sender) {
      // The popup's question. A content script may not ask it: it would learn the address and
      // title of any other tab (and Chrome treats a content script as no more trusted than the
      // page's renderer it runs in).
      if (!isOwnPage(sender))
        throw new Error('Only the extension’s own pages ask for a tab’s status');
      return { report: await tabReport(tabId) };
    },
  };

  if (import.meta.env.MODE === 'e2e') {
    // Test builds only: browser tests cannot click the toolbar button, and
    // Firefox refuses WebDriver BiDi navigation to moz-extension:// URLs, so
    // the extension opens its own page, bound to the asking tab.
    handlers['test/open-extension-page'] = async ({ page, query }, sender) => {
      const params = new URLSearchParams(query ?? '');
      if (sender.tab?.id !== undefined) params.set('tabId', String(sender.tab.id));
      // getURL is typed against the built pages; this name is checked by the protocol.
      const getURL = browser.runtime.getURL as (path: string) => string;
      const url = `${getURL(`/${page}.html`)}?${params}`;
      const tab = await browser.tabs.create({ url });
      return { tabId: tab.id ?? 0 };
    };
    // An update announced by the browser, up to the reload (the test installs the new build).
    handlers['test/release-tabs'] = () => releaseOpenTabs();
    // A click on a context-menu entry, made in the asking tab.
    handlers['test/menu-click'] = ({ menu, selection }, sender) =>
      handleMenuClick(
        {
          menuItemId: menu,
          selectionText: selection,
          frameId: sender.frameId,
          pageUrl: sender.url,
        },
        sender.tab,
      );
  }

  onMessage(handlers);
  registerCommandsAndMenus();
  applyUpdatesAfterReleasingTabs();

  if (import.meta.env.CHROME) {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason !== 'install' && reason !== 'update') return;
      const injected = injectIntoOpenTabs();
      if (import.meta.env.MODE === 'e2e') {
        // Test builds only: the harness waits for this before opening pages. A page that loads
        // while it runs gets a second copy of the content script, which takes over from the
        // first and would miss a request the test sent to the first.
        (globalThis as { jianfanInstalled?: Promise<void> }).jianfanInstalled = injected;
      }
    });
  }

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A new document in the tab starts with no report until its content script speaks.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    const forget = () => void forgetTab(tabId).then(() => showBadge(tabId, null));
    if (change.url) {
      forget();
      return;
    }
    // No URL: a frame of the same page is loading, or the tab went to a page the extension may
    // not see (the new tab page, a browser page, a PDF), whose URL the browser keeps from it.
    // The tab's own URL tells them apart: it is readable only where we may run.
    void browser.tabs.get(tabId).then(
      (tab) => {
        if (tab.url === undefined) forget();
      },
      () => undefined,
    );
  });
});
