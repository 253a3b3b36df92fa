import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../../components/popup/api.ts';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { translate } from '../../../utils/i18n/translate.ts';
import type { PageReport, TabApplyPayload } from '../../../utils/messaging/protocol.ts';
import { LOST_TEXT_MARKER, repairMirrorText } from '../../../utils/repair/mirror-text.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import type { SettingsPatch } from '../../../utils/settings/patch.ts';
import {
  byId,
  button,
  choose,
  click,
  control,
  mount,
  report,
  settle,
  submit,
  textOf,
  type,
  waitFor,
  syncQuotaError,
} from './helpers.tsx';

const en = (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
  translate('en', key, subs);

const TAB = 7;

const neteaseReport = report({
  title: '长鑫存储加速HBM_网易订阅',
  hasChinese: true,
  script: { verdict: 'simplified', confidence: 0.97 },
  netease: {
    kind: 'netease',
    title: '长鑫存储加速HBM',
    signals: [
      { id: 'url-docid', strength: 0.6, detail: 'K26ZY72N052ZHORR' },
      { id: 'a-signal-with-no-message', strength: 0.2, detail: 'div.post_body found' },
    ],
  },
  conversion: {
    active: true,
    target: 'tw',
    nodesConverted: 41,
    charactersChanged: 305,
    progress: 1,
    reason: 'netease',
  },
  glossary: { termsFound: 9 },
});

const mirrorReport = report({
  url: 'http://www.kejisudi.example/archives/48213.html',
  title: '長鑫存儲',
  hasChinese: true,
  script: { verdict: 'traditional', confidence: 0.9 },
  netease: { kind: 'mirror', title: '長鑫存儲加速HBM', signals: [] },
  conversion: { active: true, target: 'tw', nodesConverted: 30, charactersChanged: 0, progress: 1 },
  repair: { annotationsRemoved: 57, runsRepaired: 6, spansLost: 2 },
});

function fakeApi({
  report: current = neteaseReport,
  settings = defaultSettings(),
}: { report?: PageReport | null; settings?: Settings } = {}) {
  const watchers = new Set<(report: PageReport) => void>();
  const settingsWatchers = new Set<(settings: Settings) => void>();
  let stored = structuredClone(settings);
  // As storage does: every write is reported to every page, its writer's too, after it answered.
  let reportDelayMs = 0;
  const reportStored = () => {
    const now = structuredClone(stored);
    setTimeout(() => {
      for (const watcher of settingsWatchers) watcher(structuredClone(now));
    }, reportDelayMs);
  };
  const api = {
    tabId: vi.fn(async () => TAB as number | null),
    status: vi.fn(async (_tabId: number) => current),
    apply: vi.fn(async (_tabId: number, change: TabApplyPayload) => ({
      ...(current ?? neteaseReport),
      readingMode: change.readingMode ?? (current ?? neteaseReport).readingMode,
      conversion: {
        ...(current ?? neteaseReport).conversion,
        active: change.enabled ?? (current ?? neteaseReport).conversion.active,
        target: change.target ?? (current ?? neteaseReport).conversion.target,
      },
    })),
    watchReports: vi.fn((_tabId: number, onReport: (report: PageReport) => void) => {
      watchers.add(onReport);
      return () => watchers.delete(onReport);
    }),
    loadSettings: vi.fn(async () => structuredClone(stored)),
    watchSettings: vi.fn((listener: (settings: Settings) => void) => {
      settingsWatchers.add(listener);
      return () => settingsWatchers.delete(listener);
    }),
    changeSettings: vi.fn(async (patch: SettingsPatch) => {
      stored = { ...stored, ...structuredClone(patch) };
      reportStored();
      return structuredClone(stored);
    }),
    convertText: vi.fn(async ({ text }: { text: string }) => `converted:${text}`),
    repairText: vi.fn(async (text: string) =>
      repairMirrorText(text, { lostMarker: LOST_TEXT_MARKER }),
    ),
    copyText: vi.fn(async (_text: string) => {}),
    openOptions: vi.fn(async () => {}),
    browserLanguage: 'en-US',
  } satisfies PopupApi;
  /** The tab sends a report of its own (the background passes it on to the popup). */
  const tabReports = (next: PageReport) => {
    for (const watcher of watchers) watcher(next);
  };
  return Object.assign(api, {
    tabReports,
    listening: () => watchers.size,
    /** What the popup's saves have stored. */
    stored: () => stored,
    /** Another page (the options page, another device's sync) stores a change. */
    storeElsewhere: (patch: SettingsPatch) => {
      stored = { ...stored, ...structuredClone(patch) };
      reportStored();
    },
    watchingSettings: () => settingsWatchers.size,
    /** Storage reports each write this much later. */
    delayReports: (ms: number) => {
      reportDelayMs = ms;
    },
  });
}

/** The label and value of each count the popup shows. */
function countsOf(page: HTMLElement): [string, string][] {
  return [...page.querySelectorAll('.counts > div')].map((row) => [
    textOf(row.querySelector('dt')!),
    textOf(row.querySelector('dd')!),
  ]);
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function open(api: PopupApi) {
  const mounted = await mount(<PopupApp api={api} />);
  cleanup = mounted.unmount;
  return mounted.container;
}

describe('popup status', () => {
  it('describes a NetEase article: script, kind, why, title and counts', async () => {
    const page = await open(fakeApi());
    const text = textOf(page);
    expect(text).toContain('长鑫存储加速HBM');
    expect(text).toContain(en('script_simplified'));
    expect(text).toContain(en('popup_confidence', '97'));
    expect(text).toContain(en('netease_kind_netease'));
    // Why it converted on load.
    expect(text).toContain(en('reason_netease'));
    // A known signal is explained in words; an unknown one shows its evidence.
    expect(text).toContain(en('signal_url_docid'));
    expect(text).toContain('div.post_body found');
    const pairs = countsOf(page);
    expect(pairs).toContainEqual([en('stats_nodes_converted'), '41']);
    expect(pairs).toContainEqual([en('stats_characters_changed'), '305']);
    expect(pairs).toContainEqual([en('stats_terms_found'), '9']);
    // Nothing was repaired on an original NetEase page, so repair counts stay out of the way.
    expect(text).not.toContain(en('stats_annotations_removed'));
  });

  it.each([
    ['every-page', 'reason_every_page'],
    ['not-netease', 'reason_not_netease'],
    ['site-never', 'reason_site_never'],
    ['tab-override-on', 'reason_tab_override_on'],
  ] as const)('says why the tab converted on load or waits (%s)', async (reason, key) => {
    const plain = report({
      url: 'https://blog.example/post/1',
      title: '芯片观察',
      hasChinese: true,
      script: { verdict: 'simplified', confidence: 0.95 },
      conversion: { active: reason !== 'not-netease' && reason !== 'site-never', reason },
    });
    const text = textOf(await open(fakeApi({ report: plain })));
    expect(text).toContain(en(key));
    for (const other of ['reason_netease', 'reason_auto_off'] as const)
      expect(text).not.toContain(en(other));
  });

  it('says nothing of why in the original mode, where the tab converts nothing', async () => {
    const original = report({
      hasChinese: true,
      script: { verdict: 'simplified', confidence: 0.95 },
      netease: { kind: 'netease', title: '芯片', signals: [] },
      conversion: { active: false, reason: 'netease' },
      readingMode: 'original',
    });
    const text = textOf(await open(fakeApi({ report: original })));
    expect(text).not.toContain(en('reason_netease'));
  });

  it('says nothing of why where no reader decided (a page without Chinese)', async () => {
    const text = textOf(await open(fakeApi({ report: report({ hasChinese: false }) })));
    expect(text).not.toMatch(/converted when you ask|converted automatically/);
  });

  it('shows what the repair did on a mirror page', async () => {
    const page = await open(fakeApi({ report: mirrorReport }));
    const text = textOf(page);
    expect(text).toContain(en('netease_kind_mirror'));
    expect(countsOf(page)).toEqual(
      expect.arrayContaining([
        [en('stats_annotations_removed'), '57'],
        [en('stats_runs_repaired'), '6'],
        [en('stats_spans_lost'), '2'],
      ]),
    );
  });

  it('says plainly that a page without Chinese has nothing to convert', async () => {
    const english = report({ title: 'An English page', hasChinese: false });
    const page = await open(fakeApi({ report: english }));
    const text = textOf(page);
    expect(text).toContain(en('popup_no_chinese'));
    expect(text).not.toContain(en('popup_detected_script'));
    expect(text).not.toContain(en('stats_nodes_converted'));
  });

  it('renders page data as text, never as markup', async () => {
    const hostile = report({
      title: '<img src=x onerror="alert(1)">',
      hasChinese: true,
      netease: {
        kind: 'mirror',
        title: null,
        signals: [{ id: 'x-new', strength: 1, detail: '<b>bold</b>' }],
      },
    });
    const page = await open(fakeApi({ report: hostile }));
    expect(page.querySelector('img')).toBeNull();
    expect(page.querySelector('.signals b')).toBeNull();
    expect(textOf(page)).toContain('<img src=x onerror="alert(1)">');
    expect(textOf(page)).toContain('<b>bold</b>');
  });

  it('degrades to "no information" when neither the background nor the tab answers', async () => {
    const api = fakeApi({ report: null });
    api.status.mockRejectedValue(new Error('no receiver'));
    const page = await open(api);
    expect(textOf(page)).toContain(en('popup_no_information'));
    // The settings can still be changed; only the tab switch needs the page.
    expect(control(page, en('popup_convert_this_tab')).disabled).toBe(true);
    expect(control<HTMLSelectElement>(page, en('popup_target')).disabled).toBe(false);
  });

  it('says when the extension cannot see the tab at all', async () => {
    const api = fakeApi({ report: null });
    api.tabId.mockResolvedValue(null);
    const page = await open(api);
    expect(textOf(page)).toContain(en('popup_unavailable'));
    expect(api.status).not.toHaveBeenCalled();
  });

  it('writes Chinese punctuation around Chinese words, and English around English', async () => {
    const open_ = async (uiLanguage: 'en' | 'zh_CN' | 'zh_TW') => {
      cleanup?.();
      const page = await open(fakeApi({ settings: { ...defaultSettings(), uiLanguage } }));
      return {
        script: textOf(page.querySelector('.facts dd')!),
        label: textOf(page.querySelector('.page-title .visually-hidden')!),
      };
    };
    expect(await open_('zh_TW')).toEqual({ script: '簡體中文（可信度 97%）', label: '文章：' });
    expect(await open_('zh_CN')).toEqual({ script: '简体中文（可信度 97%）', label: '文章：' });
    expect(await open_('en')).toEqual({
      script: `${en('script_simplified')} (${en('popup_confidence', '97')})`,
      label: `${en('popup_article_title')}:`,
    });
  });

  it('names the title an article’s on NetEase-style pages only, in every UI language', async () => {
    const plain = report({
      url: 'https://news.example/weekly',
      title: '科技週報 Weekly Technology Review',
      hasChinese: true,
      script: { verdict: 'traditional', confidence: 0.9 },
    });
    const label = (page: HTMLElement) =>
      textOf(page.querySelector('.page-title .visually-hidden')!);
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      const settings = { ...defaultSettings(), uiLanguage: locale };
      // The label's colon is the language's own: "：" in Chinese, ": " in English.
      const colon = translate(locale, 'label_separator');
      const article = await open(fakeApi({ settings }));
      expect(label(article)).toBe(`${translate(locale, 'popup_article_title')}${colon}`.trim());
      cleanup?.();
      const page = await open(fakeApi({ report: plain, settings }));
      expect(label(page)).toBe(`${translate(locale, 'popup_page_title')}${colon}`.trim());
      expect(textOf(page.querySelector('.page-title')!)).toBe(
        `${translate(locale, 'popup_page_title')}${colon}科技週報 Weekly Technology Review`,
      );
      cleanup?.();
      cleanup = null;
    }
    expect(translate('en', 'popup_page_title')).not.toBe(translate('en', 'popup_article_title'));
  });

  it('shows each report the tab sends while it is open: the page as it is now', async () => {
    const api = fakeApi();
    const page = await open(api);
    expect(api.watchReports).toHaveBeenCalledWith(TAB, expect.any(Function));
    expect(countsOf(page)).toContainEqual([en('stats_nodes_converted'), '41']);
    // Turned off by the shortcut: the page reads as served, and its glossary search has ended.
    await act(() =>
      api.tabReports({
        ...neteaseReport,
        netease: { ...neteaseReport.netease, title: '長鑫存儲加速HBM' },
        conversion: {
          ...neteaseReport.conversion,
          active: false,
          target: null,
          nodesConverted: 0,
          charactersChanged: 0,
        },
        glossary: { termsFound: 12 },
      }),
    );
    expect(textOf(page.querySelector('.page-title')!)).toBe(
      `${en('popup_article_title')}: 長鑫存儲加速HBM`,
    );
    expect(countsOf(page)).toEqual(
      expect.arrayContaining([
        [en('stats_nodes_converted'), '0'],
        [en('stats_characters_changed'), '0'],
        [en('stats_terms_found'), '12'],
      ]),
    );
    expect(control(page, en('popup_convert_this_tab')).checked).toBe(false);
    // Closed, the popup stops listening.
    expect(api.listening()).toBe(1);
    await act(() => cleanup?.());
    cleanup = null;
    expect(api.listening()).toBe(0);
  });

  it('keeps a report the tab sent while the popup was still asking for the last one', async () => {
    const api = fakeApi();
    let answer: (report: PageReport) => void = () => {};
    api.status.mockImplementation(
      () => new Promise<PageReport | null>((resolve) => (answer = resolve)),
    );
    const page = await open(api);
    // The glossary's search ends while the background answers with the report before it.
    api.tabReports({ ...neteaseReport, glossary: { termsFound: 12 } });
    answer({ ...neteaseReport, glossary: { termsFound: 0 } });
    await settle();
    expect(countsOf(page)).toContainEqual([en('stats_terms_found'), '12']);
  });

  it('speaks the UI language of the settings', async () => {
    const settings = { ...defaultSettings(), uiLanguage: 'zh_TW' as const };
    const page = await open(fakeApi({ settings }));
    expect(textOf(page.querySelector('h1')!)).toBe(translate('zh_TW', 'extName'));
    expect(textOf(page)).toContain(translate('zh_TW', 'netease_kind_netease'));
  });
});

describe('popup controls', () => {
  it('shows the tab’s live state', async () => {
    const page = await open(fakeApi());
    expect(control(page, en('popup_convert_this_tab')).checked).toBe(true);
    expect(control<HTMLSelectElement>(page, en('popup_target')).value).toBe('tw');
    expect(control<HTMLSelectElement>(page, en('popup_site_rule')).value).toBe('auto');
  });

  it('turns conversion off for this tab only, without saving it', async () => {
    const api = fakeApi();
    const page = await open(api);
    await click(control(page, en('popup_convert_this_tab')));
    expect(api.apply).toHaveBeenCalledWith(TAB, { enabled: false });
    expect(api.changeSettings).not.toHaveBeenCalled();
    expect(control(page, en('popup_convert_this_tab')).checked).toBe(false);
  });

  it('offers no tab switch on a page without Chinese, and keeps the settings for other pages', async () => {
    // Ticked once, the tab's session reported itself converting, with nothing to convert.
    const english = report({
      url: 'https://en.example.org/news/1.html',
      title: 'An English page',
      hasChinese: false,
      script: { verdict: 'none', confidence: 1 },
      conversion: { active: true, target: 'tw', progress: 1 },
    });
    const api = fakeApi({ report: english });
    const page = await open(api);
    expect(textOf(page)).toContain(en('popup_no_chinese'));
    const tabSwitch = control(page, en('popup_convert_this_tab'));
    expect(tabSwitch.disabled).toBe(true);
    expect(tabSwitch.checked).toBe(false);
    await click(tabSwitch);
    expect(api.apply).not.toHaveBeenCalled();

    // Saved for the pages opened next (and, for the site rule, this site's other pages).
    for (const label of ['popup_target', 'popup_reading_mode', 'popup_site_rule'] as const) {
      expect(control<HTMLSelectElement>(page, en(label)).disabled, label).toBe(false);
    }
    for (const label of [
      'popup_regional_vocabulary',
      'option_glossary_enabled',
      'option_repair_mirrors',
    ] as const) {
      expect(control(page, en(label)).disabled, label).toBe(false);
    }
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'hk');
    expect(api.changeSettings.mock.calls[0]![0]).toMatchObject({ target: 'hk' });
    expect(control(page, en('popup_convert_this_tab')).checked).toBe(false);
  });

  it('shows the saved reading mode on a page without Chinese, which has no reader to ask', async () => {
    // A page left without a reader answers with its plain report, in the default mode.
    const english = report({
      url: 'https://en.example.org/news/2.html',
      title: 'An English page',
      hasChinese: false,
      script: { verdict: 'none', confidence: 1 },
      readingMode: 'converted',
    });
    const api = fakeApi({
      report: english,
      settings: { ...defaultSettings(), readingMode: 'peek' },
    });
    api.apply.mockImplementation(async () => english);
    const page = await open(api);
    const mode = control<HTMLSelectElement>(page, en('popup_reading_mode'));
    expect(mode.value).toBe('peek');
    await choose(mode, 'parallel');
    await settle();
    expect(api.apply).toHaveBeenCalledWith(TAB, { readingMode: 'parallel' });
    expect(api.changeSettings.mock.calls[0]![0]).toMatchObject({ readingMode: 'parallel' });
    expect(control<HTMLSelectElement>(page, en('popup_reading_mode')).value).toBe('parallel');
  });

  const persistent: {
    name: string;
    act: (page: HTMLElement) => Promise<void>;
    apply: TabApplyPayload;
    saved: Partial<Settings>;
  }[] = [
    {
      name: 'target',
      act: (page) => choose(control<HTMLSelectElement>(page, en('popup_target')), 'hk'),
      apply: { target: 'hk' },
      saved: { target: 'hk' },
    },
    {
      name: 'regional vocabulary',
      act: (page) => click(control(page, en('popup_regional_vocabulary'))),
      apply: { regionalVocabulary: true },
      saved: { regionalVocabulary: true },
    },
    {
      name: 'reading mode',
      act: (page) => choose(control<HTMLSelectElement>(page, en('popup_reading_mode')), 'parallel'),
      apply: { readingMode: 'parallel' },
      saved: { readingMode: 'parallel' },
    },
    {
      name: 'glossary',
      act: (page) => click(control(page, en('option_glossary_enabled'))),
      apply: { glossaryEnabled: false },
      saved: { glossaryEnabled: false },
    },
    {
      name: 'mirror repair',
      act: (page) => click(control(page, en('option_repair_mirrors'))),
      apply: { repairMirrors: false },
      saved: { repairMirrors: false },
    },
  ];

  it.each(persistent)(
    'applies the $name to the tab and saves it',
    async ({ act, apply, saved }) => {
      const api = fakeApi();
      const page = await open(api);
      await act(page);
      expect(api.apply).toHaveBeenCalledTimes(1);
      expect(api.apply).toHaveBeenCalledWith(TAB, apply);
      expect(api.changeSettings).toHaveBeenCalledTimes(1);
      expect(api.changeSettings.mock.calls[0]![0]).toEqual(saved);
      expect(api.stored()).toEqual({ ...defaultSettings(), ...saved });
      expect(textOf(page)).toContain(en('state_saved'));
    },
  );

  it('keeps earlier changes when two are made in a row', async () => {
    const api = fakeApi();
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'cn');
    await click(control(page, en('popup_regional_vocabulary')));
    expect(api.stored()).toMatchObject({ target: 'cn', regionalVocabulary: true });
  });

  it('stores only its own change over one the options page stored meanwhile, and then shows both', async () => {
    const api = fakeApi();
    const page = await open(api);
    // The options page turns the glossary off while the popup is open.
    await api.changeSettings({ glossaryEnabled: false });
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'cn');
    expect(api.changeSettings.mock.calls.at(-1)![0]).toEqual({ target: 'cn' });
    expect(api.stored()).toMatchObject({ target: 'cn', glossaryEnabled: false });
    await vi.waitFor(() =>
      expect(control(page, en('option_glossary_enabled')).checked).toBe(false),
    );
  });

  it('saves "always convert" for the site and converts the open page', async () => {
    const api = fakeApi();
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('popup_site_rule')), 'always');
    // The rule covers the site without its www., so its other subdomains too.
    expect(api.changeSettings.mock.calls[0]![0].siteRules).toEqual([
      { pattern: '163.com', mode: 'always' },
    ]);
    expect(api.apply).toHaveBeenCalledWith(TAB, { enabled: true });
    expect(textOf(page)).toContain(en('site_rule_for', '163.com'));
  });

  it('offers the site’s own host, not an ending thousands of sites share', async () => {
    // Without its www., www.gov.cn would be gov.cn: every government site in China.
    const api = fakeApi({ report: report({ url: 'https://www.gov.cn/yaowen/index.htm' }) });
    const page = await open(api);
    expect(textOf(page)).toContain(en('site_rule_for', 'www.gov.cn'));
    await choose(control<HTMLSelectElement>(page, en('popup_site_rule')), 'never');
    expect(api.changeSettings.mock.calls[0]![0].siteRules).toEqual([
      { pattern: 'www.gov.cn', mode: 'never' },
    ]);
  });

  it('shows the rule that decides for the page, a broader one too, and a change holds', async () => {
    // Typed in the options page for www.163.com; the page's site is 163.com.
    const settings = {
      ...defaultSettings(),
      siteRules: [{ pattern: 'www.163.com', mode: 'never' as const }],
    };
    const api = fakeApi({ settings });
    const page = await open(api);
    const select = control<HTMLSelectElement>(page, en('popup_site_rule'));
    expect(select.value).toBe('never');
    expect(textOf(page)).toContain(en('site_rule_for', 'www.163.com'));
    await choose(select, 'always');
    // The rule that decides is the one changed: a new one for 163.com would lose to it.
    expect(api.changeSettings.mock.calls[0]![0].siteRules).toEqual([
      { pattern: 'www.163.com', mode: 'always' },
    ]);
  });

  /** A Chinese page shown in the original mode. */
  const originalModeReport = () =>
    report({
      hasChinese: true,
      readingMode: 'original',
      conversion: { active: false, target: 'tw', progress: 1 },
    });

  it('turned on in the original mode, the tab shows the conversion', async () => {
    const original = originalModeReport();
    const api = fakeApi({ report: original });
    // As the session does: the original mode shows the page as served.
    api.apply.mockImplementation(async (_tab, change) => {
      const readingMode = change.readingMode ?? original.readingMode;
      return {
        ...original,
        readingMode,
        conversion: {
          ...original.conversion,
          active: (change.enabled ?? false) && readingMode !== 'original',
        },
      };
    });
    const page = await open(api);
    await click(control(page, en('popup_convert_this_tab')));
    expect(api.apply).toHaveBeenCalledWith(TAB, { enabled: true, readingMode: 'converted' });
    expect(control(page, en('popup_convert_this_tab')).checked).toBe(true);
    expect(control<HTMLSelectElement>(page, en('popup_reading_mode')).value).toBe('converted');
  });

  it('"always convert" chosen in the original mode shows the conversion too', async () => {
    const original = originalModeReport();
    const api = fakeApi({ report: original });
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('popup_site_rule')), 'always');
    expect(api.apply).toHaveBeenCalledWith(TAB, { enabled: true, readingMode: 'converted' });
  });

  it('removes the site rule again when set back to automatic', async () => {
    const settings = {
      ...defaultSettings(),
      siteRules: [{ pattern: '163.com', mode: 'never' as const }],
    };
    const api = fakeApi({ settings });
    const page = await open(api);
    const select = control<HTMLSelectElement>(page, en('popup_site_rule'));
    expect(select.value).toBe('never');
    await choose(select, 'auto');
    expect(api.changeSettings.mock.calls[0]![0].siteRules).toEqual([]);
    expect(api.apply).not.toHaveBeenCalled();
  });

  it('names the key that peeks in the peek mode’s hint, as the options set it', async () => {
    const hint = (page: HTMLElement) => {
      const select = byId<HTMLSelectElement>(page, 'reading-mode');
      return textOf(byId(page, select.getAttribute('aria-describedby')!));
    };
    const page = await open(fakeApi());
    await choose(byId<HTMLSelectElement>(page, 'reading-mode'), 'peek');
    expect(hint(page)).toBe(en('mode_peek_help', en('key_alt')));
    expect(hint(page)).toContain('hold Alt');
    cleanup?.();
    const withCtrl = await open(
      fakeApi({ settings: { ...defaultSettings(), peekModifier: 'Control', readingMode: 'peek' } }),
    );
    await choose(byId<HTMLSelectElement>(withCtrl, 'reading-mode'), 'peek');
    expect(hint(withCtrl)).toContain('hold Ctrl');
  });

  it('says why a change could not be saved, and that the page could not be reached', async () => {
    const api = fakeApi();
    api.changeSettings.mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    api.apply.mockRejectedValue(new Error('Could not establish connection'));
    const page = await open(api);
    await choose(control<HTMLSelectElement>(page, en('popup_reading_mode')), 'peek');
    const status = page.querySelector('.popup > .status')!;
    expect(textOf(status)).toContain(
      en('options_save_failed', 'QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    expect(textOf(status)).toContain(en('error_page_unreachable'));
  });

  it('follows settings stored elsewhere while open, and keeps them in its own saves', async () => {
    const api = fakeApi();
    const page = await open(api);
    const rule = () => control<HTMLSelectElement>(page, en('popup_site_rule'));
    expect(rule().value).toBe('auto');
    // Another device adds a rule for this site and turns the glossary off.
    await act(async () => {
      api.storeElsewhere({
        siteRules: [{ pattern: '163.com', mode: 'never' }],
        glossaryEnabled: false,
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(rule().value).toBe('never');
    // The mode shown is the tab's, which changes when the tab reports; the other switches are
    // the settings'.
    expect(control(page, en('option_glossary_enabled')).checked).toBe(false);
    // A rule for another site, set here now, is stored beside it rather than over it.
    await act(async () => {
      api.storeElsewhere({
        siteRules: [
          { pattern: '163.com', mode: 'never' },
          { pattern: 'example.org', mode: 'always' },
        ],
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    await choose(rule(), 'always');
    expect(api.stored().siteRules).toEqual([
      { pattern: '163.com', mode: 'always' },
      { pattern: 'example.org', mode: 'always' },
    ]);
    expect(api.stored().glossaryEnabled).toBe(false);
  });

  it('shows its own latest choice while its saves are still being answered', async () => {
    const api = fakeApi();
    const page = await open(api);
    // Storage reports the first save while the second is on its way: the switch stays put.
    api.delayReports(30);
    let answerSecond: () => void = () => {};
    const storeFirst = api.changeSettings.getMockImplementation()!;
    api.changeSettings.mockImplementationOnce(storeFirst).mockImplementationOnce(async (patch) => {
      await new Promise<void>((resolve) => (answerSecond = resolve));
      return storeFirst(patch);
    });
    const glossary = () => control(page, en('option_glossary_enabled'));
    await click(glossary());
    void click(glossary());
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    expect(api.stored().glossaryEnabled).toBe(false);
    expect(glossary().checked).toBe(true);
    await act(async () => {
      answerSecond();
      await new Promise((resolve) => setTimeout(resolve, 60));
    });
    expect(glossary().checked).toBe(true);
    expect(api.stored().glossaryEnabled).toBe(true);
  });

  it('stops following the settings when it closes', async () => {
    const api = fakeApi();
    await open(api);
    expect(api.watchingSettings()).toBe(1);
    await act(() => cleanup?.());
    cleanup = null;
    expect(api.watchingSettings()).toBe(0);
  });

  it('shows the stored site rule again when a save is refused, and builds the next change on it', async () => {
    const api = fakeApi();
    const quota = syncQuotaError();
    api.changeSettings.mockRejectedValueOnce(quota);
    const page = await open(api);
    const rule = control<HTMLSelectElement>(page, en('popup_site_rule'));
    await choose(rule, 'always');
    const status = page.querySelector('.popup > .status')!;
    expect(textOf(status)).toContain(en('error_quota_sync', ['9.1 KB', '8.0 KB']));
    expect(control<HTMLSelectElement>(page, en('popup_site_rule')).value).toBe('auto');
    // The next change is saved without the refused rule.
    await click(control(page, en('option_glossary_enabled')));
    expect(api.changeSettings.mock.calls.at(-1)![0]).toEqual({ glossaryEnabled: false });
    expect(api.stored()).toMatchObject({ glossaryEnabled: false, siteRules: [] });
    expect(textOf(page.querySelector('.popup > .status')!)).toBe(en('state_saved'));
  });

  it('says why regional vocabulary changes nothing on a Traditional page, only while it is on', async () => {
    const taiwanNews = report({
      url: 'https://news.example.tw/a/1.html',
      title: '臺灣半導體產業的下一步',
      hasChinese: true,
      script: { verdict: 'traditional', confidence: 0.98 },
      netease: { kind: null, signals: [], title: null },
      conversion: { active: false, target: 'tw' },
    });
    /** The note's text, '' when it is empty (it stays in the page as a live region). */
    const note = (page: HTMLElement) => {
      const region = page.querySelector('#regional-vocabulary-note');
      expect(region?.getAttribute('role')).toBe('status');
      return region?.textContent ?? null;
    };
    const describedBy = (page: HTMLElement) =>
      control(page, en('popup_regional_vocabulary')).getAttribute('aria-describedby');
    const api = fakeApi({ report: taiwanNews });
    const page = await open(api);
    expect(note(page)).toBe('');
    expect(describedBy(page)).toBe('regional-vocabulary-hint');

    await click(control(page, en('popup_regional_vocabulary')));
    expect(note(page)).toBe(en('popup_regional_traditional_page'));
    expect(describedBy(page)).toBe('regional-vocabulary-hint regional-vocabulary-note');
    // Hong Kong's words never apply to a Traditional page; Simplified takes the words away.
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'hk');
    expect(note(page)).toBe(en('popup_regional_traditional_page_hk'));
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'cn');
    expect(note(page)).toBe('');
    expect(describedBy(page)).toBe('regional-vocabulary-hint');
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'tw');
    await click(control(page, en('popup_regional_vocabulary')));
    expect(note(page)).toBe('');
    cleanup?.();

    // Where the words do change: a mirror's copy for Taiwan, a Simplified page.
    const on = { ...defaultSettings(), regionalVocabulary: true };
    expect(note(await open(fakeApi({ report: mirrorReport, settings: on })))).toBe('');
    cleanup?.();
    expect(note(await open(fakeApi({ report: neteaseReport, settings: on })))).toBe('');
  });

  it('says under the reading mode why it shows nothing more on a page already in the target', async () => {
    // A Simplified article read in Simplified: the converter found it already in that script.
    const unchanged = report({
      ...neteaseReport,
      conversion: {
        ...neteaseReport.conversion,
        target: 'cn',
        charactersChanged: 0,
        alreadyIn: 'cn',
      },
    });
    const api = fakeApi({ report: unchanged });
    api.apply.mockImplementation(async (_tab, change) => ({
      ...unchanged,
      readingMode: change.readingMode ?? unchanged.readingMode,
    }));
    const page = await open(api);
    const note = () => byId(page, 'reading-mode-note');
    const tabNote = () => byId(page, 'tab-enabled-note');
    expect(textOf(note())).toBe('');
    // In the converted mode, the tab switch says why it changes nothing.
    expect(textOf(tabNote())).toBe(en('popup_tab_already_in', en('target_cn')));
    await choose(control<HTMLSelectElement>(page, en('popup_reading_mode')), 'parallel');
    await settle();
    expect(textOf(note())).toBe(en('popup_mode_nothing_to_show', en('target_cn')));
    expect(textOf(tabNote())).toBe('');
    expect(note().getAttribute('role')).toBe('status');
    expect(control(page, en('popup_reading_mode')).getAttribute('aria-describedby')).toBe(
      'reading-mode-hint reading-mode-note',
    );
    // Back to the converted mode, which shows the page as it is: nothing to explain.
    await choose(control<HTMLSelectElement>(page, en('popup_reading_mode')), 'converted');
    await settle();
    expect(textOf(note())).toBe('');
    expect(control(page, en('popup_reading_mode')).getAttribute('aria-describedby')).toBe(
      'reading-mode-hint',
    );
  });

  it('opens the options page', async () => {
    const api = fakeApi();
    const page = await open(api);
    await click(button(page, en('popup_open_options')));
    expect(api.openOptions).toHaveBeenCalledTimes(1);
  });

  it('labels every control', async () => {
    const page = await open(fakeApi());
    for (const element of page.querySelectorAll('input, select, textarea')) {
      const labelled =
        element.hasAttribute('aria-label') ||
        page.querySelector(`label[for="${element.id}"]`) !== null;
      expect(labelled, `#${element.id}`).toBe(true);
    }
  });
});

describe('popup text converter', () => {
  /** A sentence as a mirror site shows it: the tool's pinyin, and a garbled passage. */
  const MIRROR_TEXT =
    '長(zhǎng)鑫存儲(chǔ)的HBM,正是因?yàn)榱计仿屎艿停虼藢?duì)晶圓測試要求更高。';
  const REPAIRED = '長鑫存儲的HBM,正是因為良品率很低⟨…⟩此對晶圓測試要求更高。';
  const repairBox = (page: HTMLElement) => page.querySelector<HTMLInputElement>('#convert-repair');
  const repairTick = (page: HTMLElement) =>
    control<HTMLInputElement>(page, en('popup_convert_repair'));
  const result = (page: HTMLElement) =>
    control<HTMLTextAreaElement>(page, en('popup_convert_result')).value;
  /** What the converter is asked for this text, with the page's target. */
  const askedFor = (text: string) => ({ text, target: 'tw', regionalVocabulary: false });

  it('repairs text pasted from a mirror site before converting it, and says what it did', async () => {
    const api = fakeApi();
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, '软件');
    expect(repairBox(page)).toBeNull();
    await type(input, MIRROR_TEXT);
    // The box appears for the damaged text, ticked as the repair setting is.
    expect(repairTick(page).checked).toBe(true);
    await submit(input.form!);
    expect(api.repairText).toHaveBeenCalledWith(MIRROR_TEXT);
    expect(api.convertText).toHaveBeenCalledWith(askedFor(REPAIRED));
    expect(result(page)).toBe(`converted:${REPAIRED}`);
    expect(textOf(page.querySelector('.convert-box')!)).toContain(
      en('popup_convert_repaired', ['2', '1', '1']),
    );
    // What the reader pasted stays as pasted.
    expect(input.value).toBe(MIRROR_TEXT);

    // Unticked (a pinyin lesson writes such readings on purpose): converted again as it is.
    await click(repairTick(page));
    expect(api.convertText).toHaveBeenLastCalledWith(askedFor(MIRROR_TEXT));
    expect(result(page)).toBe(`converted:${MIRROR_TEXT}`);
    expect(textOf(page.querySelector('.convert-box')!)).not.toContain(
      en('popup_convert_repaired', ['2', '1', '1']),
    );
  });

  it('follows the repair setting switched in the popup', async () => {
    const api = fakeApi();
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, MIRROR_TEXT);
    await submit(input.form!);
    expect(result(page)).toBe(`converted:${REPAIRED}`);
    await click(control<HTMLInputElement>(page, en('option_repair_mirrors')));
    expect(repairTick(page).checked).toBe(false);
    expect(result(page)).toBe(`converted:${MIRROR_TEXT}`);
  });

  it('offers the repair unticked when the repair setting is off', async () => {
    const api = fakeApi({ settings: { ...defaultSettings(), repairMirrors: false } });
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, MIRROR_TEXT);
    expect(repairTick(page).checked).toBe(false);
    await submit(input.form!);
    expect(api.repairText).not.toHaveBeenCalled();
    expect(api.convertText).toHaveBeenCalledWith(askedFor(MIRROR_TEXT));
  });

  it('converts pasted text to the current target and leaves the input as typed', async () => {
    const api = fakeApi();
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, '软件');
    await submit(input.form!);
    expect(api.convertText).toHaveBeenCalledWith({
      text: '软件',
      target: 'tw',
      regionalVocabulary: false,
    });
    expect(control<HTMLTextAreaElement>(page, en('popup_convert_result')).value).toBe(
      'converted:软件',
    );
    expect(input.value).toBe('软件');
  });

  it('converts the text again when the target changes, and labels the result with it', async () => {
    const api = fakeApi();
    api.convertText.mockImplementation(
      async ({ text, target }: { text: string; target?: string }) => `${target}:${text}`,
    );
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, '软件');
    await submit(input.form!);
    const output = control<HTMLTextAreaElement>(page, en('popup_convert_result'));
    expect(output.value).toBe('tw:软件');
    expect(output.lang).toBe('zh-Hant');
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'cn');
    await vi.waitFor(() => expect(output.value).toBe('cn:软件'));
    expect(output.lang).toBe('zh-Hans');
    await click(button(page, en('action_copy')));
    expect(api.copyText).toHaveBeenCalledWith('cn:软件');
    // Hong Kong's forms are labelled with the region, not as Taiwan's.
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'hk');
    await vi.waitFor(() => expect(output.value).toBe('hk:软件'));
    expect(output.lang).toBe('zh-Hant-HK');
  });

  it('converts with Ctrl+Enter (⌘+Enter on a Mac), and leaves Enter alone for a new line', async () => {
    const api = fakeApi();
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    const output = control<HTMLTextAreaElement>(page, en('popup_convert_result'));
    await type(input, '软件');
    const press = async (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', {
        key: 'Enter',
        bubbles: true,
        cancelable: true,
        ...init,
      });
      await act(() => {
        input.dispatchEvent(event);
      });
      await settle();
      return event;
    };
    expect((await press({})).defaultPrevented).toBe(false);
    expect(api.convertText).not.toHaveBeenCalled();
    expect((await press({ ctrlKey: true })).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(output.value).toBe('converted:软件'));
    await type(input, '服务器');
    await press({ metaKey: true });
    await vi.waitFor(() => expect(output.value).toBe('converted:服务器'));
    expect(input.value).toBe('服务器');
  });

  it('takes the result away once the text it was converted from is edited or cleared', async () => {
    const api = fakeApi();
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    const output = control<HTMLTextAreaElement>(page, en('popup_convert_result'));
    await type(input, '软件');
    await submit(input.form!);
    expect(output.value).toBe('converted:软件');
    await type(input, '');
    expect(output.value).toBe('');
    expect(button(page, en('action_copy')).disabled).toBe(true);
    // A conversion still on its way when the text is edited is not shown for the new text.
    let answer: (text: string) => void = () => {};
    api.convertText.mockImplementation(() => new Promise<string>((resolve) => (answer = resolve)));
    await type(input, '服务器');
    await submit(input.form!);
    await type(input, '服务');
    answer('converted:服务器');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(output.value).toBe('');
    expect(button(page, en('action_convert')).disabled).toBe(false);
  });

  it('converts again for a target chosen while a conversion is on its way, and shows only that', async () => {
    const api = fakeApi();
    const answers: (() => void)[] = [];
    api.convertText.mockImplementation(
      ({ text, target }: { text: string; target?: string }) =>
        new Promise<string>((resolve) => answers.push(() => resolve(`${target}:${text}`))),
    );
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    const output = control<HTMLTextAreaElement>(page, en('popup_convert_result'));
    await type(input, '软件');
    await submit(input.form!);
    await choose(control<HTMLSelectElement>(page, en('popup_target')), 'cn');
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    for (const answer of answers) answer();
    await vi.waitFor(() => expect(output.value).toBe('cn:软件'));
    expect(output.lang).toBe('zh-Hans');
  });

  it('takes a failed conversion’s message away once the text is edited', async () => {
    const api = fakeApi();
    api.convertText.mockRejectedValueOnce(new Error('boom'));
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, '软件');
    await submit(input.form!);
    const status = page.querySelector('.convert-box .status')!;
    await vi.waitFor(() => expect(textOf(status)).toContain('boom'));
    await type(input, '软件和');
    expect(textOf(status)).toBe('');
  });

  it('copies the result and says so', async () => {
    const api = fakeApi();
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, '中文');
    await submit(input.form!);
    await click(button(page, en('action_copy')));
    expect(api.copyText).toHaveBeenCalledWith('converted:中文');
    expect(textOf(page.querySelector('.convert-box .status')!)).toBe(en('action_copied'));
  });

  it('explains how to copy by hand when the clipboard refuses, with the text selected', async () => {
    const api = fakeApi();
    api.copyText.mockRejectedValue(new Error('Document is not focused'));
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, '中文');
    await submit(input.form!);
    await click(button(page, en('action_copy')));
    const output = control<HTMLTextAreaElement>(page, en('popup_convert_result'));
    expect(textOf(page.querySelector('.convert-box .status')!)).toContain(
      en('popup_copy_fallback'),
    );
    expect(document.activeElement).toBe(output);
    expect([output.selectionStart, output.selectionEnd]).toEqual([0, output.value.length]);
  });

  it('refuses text longer than a message can carry, without sending it', async () => {
    const api = fakeApi();
    const page = await open(api);
    const input = control<HTMLTextAreaElement>(page, en('popup_convert_input'));
    await type(input, '字'.repeat(100_001));
    await submit(input.form!);
    expect(api.convertText).not.toHaveBeenCalled();
    expect(textOf(page.querySelector('.convert-box .status')!)).toContain('100,000');
  });
});

describe('popup progress', () => {
  it('shows a progress bar while the page converts and polls until it is done', async () => {
    const busy = report({
      ...neteaseReport,
      conversion: { ...neteaseReport.conversion, progress: 0.4 },
    });
    const api = fakeApi({ report: busy });
    let calls = 0;
    api.status.mockImplementation(async () => {
      calls++;
      if (calls < 3) return busy;
      return { ...busy, conversion: { ...busy.conversion, progress: 1 } };
    });
    const page = await open(api);
    const bar = page.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(bar?.getAttribute('aria-valuemin')).toBe('0');
    expect(bar?.getAttribute('aria-valuemax')).toBe('100');
    await waitFor(() => expect(page.querySelector('[role="progressbar"]')).toBeNull());
    expect(api.status).toHaveBeenCalledTimes(3);
    // Done: no more polling.
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(api.status).toHaveBeenCalledTimes(3);
  });

  it('a change the tab takes long to answer shows at once, with the page’s progress meanwhile', async () => {
    // The tab answers a change once the page is converted (seconds on a long page). Until then
    // the switch shows the reader's choice, not the tab's last report, and the tab is polled.
    const api = fakeApi();
    let answer: (report: PageReport) => void = () => {};
    api.apply.mockImplementation(() => new Promise<PageReport>((resolve) => (answer = resolve)));
    const converting = {
      ...neteaseReport,
      conversion: { ...neteaseReport.conversion, target: 'cn' as const, progress: 0.3 },
    };
    const page = await open(api);
    api.status.mockImplementation(async () => converting);
    await choose(byId<HTMLSelectElement>(page, 'target'), 'cn');
    expect(byId<HTMLSelectElement>(page, 'target').value).toBe('cn');
    await waitFor(() =>
      expect(page.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('30'),
    );
    expect(byId<HTMLSelectElement>(page, 'target').value).toBe('cn');
    const done = { ...converting, conversion: { ...converting.conversion, progress: 1 } };
    api.status.mockImplementation(async () => done);
    await act(() => answer(done));
    await waitFor(() => expect(page.querySelector('[role="progressbar"]')).toBeNull());
    expect(byId<HTMLSelectElement>(page, 'target').value).toBe('cn');
  });

  it('a change the tab refuses shows the tab’s state again, and says so', async () => {
    const api = fakeApi();
    api.apply.mockImplementation(async () => {
      throw new Error('no receiver');
    });
    const page = await open(api);
    await choose(byId<HTMLSelectElement>(page, 'reading-mode'), 'parallel');
    await waitFor(() => expect(textOf(page)).toContain(en('error_page_unreachable')));
    expect(byId<HTMLSelectElement>(page, 'reading-mode').value).toBe(neteaseReport.readingMode);
  });

  it('shows no progress bar for a page that is not converting', async () => {
    const idle = report({ hasChinese: true, conversion: { active: false, progress: 0 } });
    const page = await open(fakeApi({ report: idle }));
    expect(page.querySelector('[role="progressbar"]')).toBeNull();
    expect(byId<HTMLInputElement>(page, 'tab-enabled').checked).toBe(false);
  });
});
