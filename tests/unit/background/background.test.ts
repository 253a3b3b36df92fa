import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyPageReport } from '../../../utils/messaging/protocol.ts';
import { defaultSettings } from '../../../utils/settings/schema.ts';

// The background's wiring, started as the browser starts it, over WXT's fake browser.
vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

type Fake = Record<string, unknown>;

/**
 * Starts the background with these APIs in place of the fake browser's (which implements
 * neither keyboard commands nor menus); `undefined` removes one, as on Firefox for Android.
 */
async function startBackground(
  apis: { commands?: unknown; contextMenus?: unknown } = {},
): Promise<void> {
  const fake = fakeBrowser as unknown as Fake;
  fake.commands = apis.commands;
  fake.contextMenus = apis.contextMenus;
  vi.resetModules();
  const { default: background } = await import('../../../entrypoints/background/index.ts');
  (background as unknown as { main: () => void }).main();
}

/** Keyboard commands and menus as a desktop browser has them, recording menu titles. */
function desktopApis() {
  const titles = new Map<string, string>();
  return {
    titles,
    commands: { onCommand: { addListener: () => {} } },
    contextMenus: {
      removeAll: async () => titles.clear(),
      create: (properties: { id: string; title: string; documentUrlPatterns?: string[] }) =>
        titles.set(properties.id, properties.title),
      update: async (id: string, properties: { title: string }) => titles.set(id, properties.title),
      onClicked: { addListener: () => {} },
    },
  };
}

/** A message as a content script in `tabId`'s top frame (or `frameId`) sends it; resolves with the answer. */
function fromTab(tabId: number, message: unknown, frameId = 0): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(
      message,
      { id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId },
      resolve,
    );
  });
}

/** A message as the popup sends it; resolves with the answer. */
function fromPopup(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(
      message,
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html?tabId=1') },
      resolve,
    );
  });
}

/**
 * A started background and a tab, with the settings request its frames send and what a frame
 * (frame 3) starting now is given of the tab's choices.
 */
async function tabWithFrames() {
  await startBackground(desktopApis());
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
  const tab = await fakeBrowser.tabs.create({});
  const config = { type: 'config/get', payload: { url: 'https://example.com/' } };
  const frameChoices = async () =>
    ((await fromTab(tab.id!, config, 3)) as { value?: { tabChoices?: unknown } }).value?.tabChoices;
  return { tab, config, frameChoices };
}

beforeEach(() => {
  // A test that makes storage fail must not make the next one's fail too.
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the background', () => {
  it('starts where the browser has no keyboard commands and no menus (Firefox for Android)', async () => {
    await expect(startBackground()).resolves.toBeUndefined();
    // What comes after the menus is wired up all the same.
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true);
  });

  it('forgets a tab’s report when it goes to a page the extension may not see', async () => {
    await startBackground(desktopApis());
    const tab = await fakeBrowser.tabs.create({});
    const report = {
      ...emptyPageReport({
        url: 'https://www.163.com/dy/article/K26ZY72N052ZHORR.html',
        title: 'A',
      }),
      hasChinese: true,
    };
    await fromTab(tab.id!, { type: 'page/report', payload: { report } });
    /** The report the popup would get for the tab. */
    const status = async () =>
      (
        (await fromPopup({ type: 'tab/status', payload: { tabId: tab.id! } })) as {
          value?: { report: unknown };
        }
      ).value?.report;
    expect(await status()).toMatchObject({ url: report.url });
    // A frame of the same page loading: no URL in the change, and the tab's URL readable.
    await fakeBrowser.tabs.update(tab.id!, { url: report.url });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await status()).toMatchObject({ url: report.url });
    // The new tab page: no URL in the change, none readable in the tab.
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, url: undefined } as never);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await status()).toBeNull());
  });

  it("passes each report of a tab's top frame on to an open popup, in the order sent", async () => {
    await startBackground(desktopApis());
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const tab = await fakeBrowser.tabs.create({});
    const report = (nodesConverted: number) => ({
      ...emptyPageReport({
        url: 'https://www.163.com/dy/article/K26ZY72N052ZHORR.html',
        title: 'A',
      }),
      hasChinese: true,
      conversion: { ...emptyPageReport({ url: '', title: '' }).conversion, nodesConverted },
    });
    await Promise.all([
      fromTab(tab.id!, { type: 'page/report', payload: { report: report(37) } }),
      fromTab(tab.id!, { type: 'page/report', payload: { report: report(0) } }),
    ]);
    // A frame's report speaks for the frame only.
    await fromTab(tab.id!, { type: 'page/report', payload: { report: report(5) } }, 3);
    expect(told.mock.calls.map(([message]) => message)).toEqual([
      { type: 'tab/report-changed', payload: { tabId: tab.id, report: report(37) } },
      { type: 'tab/report-changed', payload: { tabId: tab.id, report: report(0) } },
    ]);
    // No popup open: nobody answers, and that is no failure.
    told.mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const answer = await fromTab(tab.id!, { type: 'page/report', payload: { report: report(1) } });
    expect(answer).toEqual({ ok: true });
  });

  it("tells no content script another tab's address (the popup's question only)", async () => {
    await startBackground(desktopApis());
    const mail = await fakeBrowser.tabs.create({});
    const other = await fakeBrowser.tabs.create({});
    const report = {
      ...emptyPageReport({ url: 'https://mail.example/inbox/secret-thread', title: 'Private' }),
      hasChinese: true,
    };
    await fromTab(mail.id!, { type: 'page/report', payload: { report } });
    const asked = { type: 'tab/status', payload: { tabId: mail.id! } };
    const fromContent = (await fromTab(other.id!, asked)) as { ok: boolean; value?: unknown };
    expect(fromContent.ok).toBe(false);
    expect(JSON.stringify(fromContent)).not.toContain('secret-thread');
    const fromOurPage = (await fromPopup(asked)) as { value?: { report: { url: string } } };
    expect(fromOurPage.value?.report.url).toBe(report.url);
  });

  it('gives a page its settings when storage.local is unreadable (a damaged Firefox profile)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), target: 'hk' } });
    await startBackground(desktopApis());
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(
      new Error('An unexpected error occurred'),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tab = await fakeBrowser.tabs.create({});
    const answer = (await fromTab(tab.id!, {
      type: 'config/get',
      payload: { url: 'https://example.com/' },
    })) as {
      ok: boolean;
      value?: { settings: { target: string }; glossary: { revision: number } };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value?.settings.target).toBe('hk');
    // No user terms, rather than no conversion.
    expect(answer.value?.glossary.revision).toBe(0);
  });

  it("gives a page the names the reader's glossary protects, and nothing else of it", async () => {
    await startBackground(desktopApis());
    const { saveUserGlossary } = await import('../../../utils/platform/settings-storage.ts');
    const goto = { id: 'goto', hans: '後藤', hant: '後藤', en: 'Gotō', protect: true };
    const chip = { id: 'chip', hans: '芯片', hant: '晶片', en: 'chip' };
    await saveUserGlossary([goto, chip]);
    const tab = await fakeBrowser.tabs.create({});
    const config = async () =>
      (
        (await fromTab(tab.id!, {
          type: 'config/get',
          payload: { url: 'https://example.com/' },
        })) as { value?: { glossary: { revision: number; protectedTerms?: unknown[] } } }
      ).value?.glossary;
    expect(await config()).toEqual({
      revision: 1,
      protectedTerms: [{ hans: '後藤', hant: '後藤' }],
    });
    // None protected: the answer stays as small as it was.
    await saveUserGlossary([chip]);
    expect(await config()).toEqual({ revision: 2 });
  });

  it("gives a frame its top frame's choices, and none made on the page before a reload", async () => {
    const { tab, config, frameChoices } = await tabWithFrames();
    await fromTab(tab.id!, config);
    await fromTab(tab.id!, { type: 'frames/follow', payload: { choices: { target: 'hk' } } });
    expect(await frameChoices()).toEqual({ target: 'hk' });
    // The same address loads again (a reload): its top frame starts afresh, and so do frames.
    await fromTab(tab.id!, config);
    expect(await frameChoices()).toEqual({});
  });

  it('forgets the choices of the page before when a page without Chinese starts in the tab', async () => {
    const { tab, config, frameChoices } = await tabWithFrames();
    await fromTab(tab.id!, config);
    await fromTab(tab.id!, { type: 'frames/follow', payload: { choices: { enabled: false } } });
    const report = emptyPageReport({ url: 'https://example.com/en', title: 'English' });
    // A report of the same page (its session's) keeps them.
    await fromTab(tab.id!, { type: 'page/report', payload: { report } });
    expect(await frameChoices()).toEqual({ enabled: false });
    // An English page starting in the tab, with a Chinese frame to come: the choice made on
    // the page before (conversion off) is not its.
    await fromTab(tab.id!, { type: 'page/report', payload: { report, newPage: true } });
    expect(await frameChoices()).toEqual({});
  });

  it('offers the site rules only on pages the reader runs in, and conversions everywhere', async () => {
    const created = new Map<string, { documentUrlPatterns?: string[] }>();
    const apis = desktopApis();
    const create = apis.contextMenus.create;
    apis.contextMenus.create = (properties) => {
      created.set(properties.id, properties);
      return create(properties);
    };
    await startBackground(apis);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(created.size).toBe(5));
    for (const id of ['site-always', 'site-never']) {
      expect(created.get(id)?.documentUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
    }
    for (const id of ['convert-cn', 'convert-traditional', 'add-to-glossary']) {
      expect(created.get(id)?.documentUrlPatterns).toBeUndefined();
    }
  });

  it('titles its menus in the interface language the reader chose, and again when it changes', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), uiLanguage: 'zh_TW' } });
    const apis = desktopApis();
    const { titles } = apis;
    await startBackground(apis);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(titles.size).toBe(5));
    expect(titles.get('convert-cn')).toBe('將所選文字轉為簡體並複製');
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), uiLanguage: 'en' } });
    await vi.waitFor(() =>
      expect(titles.get('convert-cn')).toBe('Convert selection to Simplified and copy'),
    );
  });
});

describe('the context menu', () => {
  it('copies a selection in the reader’s Traditional: Hong Kong on a zh-HK browser set to auto', async () => {
    await startBackground(desktopApis());
    const { handleMenuClick } = await import('../../../entrypoints/background/commands.ts');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-HK');
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message) => {
      sent.push(message);
      return { ok: true, value: { copied: true, text: '軟件' } };
    });
    await handleMenuClick(
      { menuItemId: 'convert-traditional', selectionText: '软件', frameId: 0 },
      {
        id: 3,
      },
    );
    expect(sent).toEqual([
      { type: 'tab/convert-and-copy', payload: { text: '软件', target: 'hk' } },
    ]);
  });

  it('copies a selection in the Traditional the tab shows, which the target shortcut may have changed', async () => {
    await startBackground(desktopApis());
    const { handleMenuClick } = await import('../../../entrypoints/background/commands.ts');
    // Hong Kong saved; the tab switched to Taiwan's with the shortcut.
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings(), target: 'hk' },
    });
    const tab = await fakeBrowser.tabs.create({});
    const report = (target: 'tw' | 'hk' | 'cn') => ({
      ...emptyPageReport({ url: 'https://news.example/a', title: 'A' }),
      hasChinese: true,
      conversion: { ...emptyPageReport({ url: '', title: '' }).conversion, active: true, target },
    });
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message) => {
      sent.push(message);
      return { ok: true, value: { copied: true, text: '軟體' } };
    });
    const click = () =>
      handleMenuClick(
        { menuItemId: 'convert-traditional', selectionText: '软件', frameId: 0 },
        { id: tab.id! },
      );
    await fromTab(tab.id!, { type: 'page/report', payload: { report: report('tw') } });
    await click();
    // A tab showing Simplified says nothing of the reader's Traditional: the saved one.
    await fromTab(tab.id!, { type: 'page/report', payload: { report: report('cn') } });
    await click();
    expect(sent).toEqual([
      { type: 'tab/convert-and-copy', payload: { text: '软件', target: 'tw' } },
      { type: 'tab/convert-and-copy', payload: { text: '软件', target: 'hk' } },
    ]);
  });

  it('"Always convert this site" on a tab showing the original shows the conversion', async () => {
    await startBackground(desktopApis());
    const { handleMenuClick } = await import('../../../entrypoints/background/commands.ts');
    const tab = await fakeBrowser.tabs.create({});
    const report = {
      ...emptyPageReport({ url: 'https://news.example/a', title: 'A' }),
      hasChinese: true,
      readingMode: 'original' as const,
    };
    await fromTab(tab.id!, { type: 'page/report', payload: { report } });
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message) => {
      sent.push(message);
      return { ok: true, value: report };
    });
    await handleMenuClick(
      { menuItemId: 'site-always', pageUrl: 'https://news.example/a' },
      { id: tab.id! },
    );
    expect(sent).toEqual([
      { type: 'tab/apply', payload: { enabled: true, readingMode: 'converted' } },
    ]);
  });

  it('converts and copies a selection made in a frame without a content script in the top frame', async () => {
    await startBackground(desktopApis());
    const { handleMenuClick } = await import('../../../entrypoints/background/commands.ts');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    const asked: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
      async (_tab: number, _message: unknown, options?: { frameId?: number }) => {
        asked.push(options?.frameId ?? -1);
        // An about:blank frame: no content script answers there.
        if (options?.frameId === 7) throw new Error('Could not establish connection');
        return { ok: true, value: { copied: true, text: '汉字' } };
      },
    );
    await handleMenuClick(
      { menuItemId: 'convert-cn', selectionText: '漢字', frameId: 7 },
      { id: 1 },
    );
    expect(asked).toEqual([7, 0]);
  });
});
