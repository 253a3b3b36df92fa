import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import type { KitRequest, PageReport, TabApplyPayload } from '../../../utils/messaging/protocol.ts';
import { registerKit } from '../../../utils/platform/kits.ts';
import { repairDocument } from '../../../utils/repair/dom-repair.ts';
import { defaultSettings } from '../../../utils/settings/schema.ts';
import { MIRROR_URL, neteaseUrl, paragraphs, readExtra, readShared } from '../netease/fixtures.ts';

// The reader session (the reader kit's sequencing of repair, conversion and layers) on a real
// document, with WXT's fake browser for its storage and i18n.
vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

const { startReaderSession } = await import('../../../entrypoints/reader/session.ts');
const { saveSettings, saveUserGlossary } =
  await import('../../../utils/platform/settings-storage.ts');

let page: Document;

/** The page the session runs on. */
function load(html: string): void {
  page = new DOMParser().parseFromString(html, 'text/html');
}

const KITS = Symbol.for('jianfan-reader.kits');
let session: ReturnType<typeof startReaderSession> | null = null;

beforeEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[KITS];
});

afterEach(() => {
  session?.dispose();
  session = null;
});

/** Injects the kits a session asks for, as the background does, or fails as `fail` says. */
function kitLoader(fail: (name: KitRequest) => boolean = () => false) {
  const asked: KitRequest[] = [];
  const loadKit = async (name: KitRequest) => {
    asked.push(name);
    if (fail(name)) throw new Error(`The ${name} kit could not be injected`);
    if (name === 'dict-t2cn') registerKit('dict-t2cn', t2cn);
    if (name === 'dict-cn2t') registerKit('dict-cn2t', cn2t);
    if (name === 'repair') registerKit('repair', { repairDocument });
  };
  return { asked, loadKit };
}

function start(
  url: string,
  loadKit: (name: KitRequest) => Promise<void>,
  override: TabApplyPayload | null = null,
  protectedTerms: readonly unknown[] = [],
  onTabChoices?: (choices: TabApplyPayload) => void,
) {
  session = startReaderSession({
    document: page,
    url,
    uiLanguage: 'zh-CN',
    settings: { ...defaultSettings(), glossaryEnabled: false },
    protectedTerms,
    override,
    report: () => {},
    ...(onTabChoices ? { onTabChoices } : {}),
    loadKit,
  });
  return session;
}

/** The article's first paragraph (of a mirror page). */
const firstParagraph = () => page.querySelector('.entry-content p')?.textContent ?? '';

describe('the reader session', () => {
  it('converts a mirror page anyway when the repair kit fails to load, and repairs once it loads', async () => {
    load(readShared('a.mirror.html'));
    let failures = 1;
    const { asked, loadKit } = kitLoader((name) => name === 'repair' && failures-- > 0);
    const reader = start('https://www.kejisudi.example/archives/48213.html', loadKit);
    // The first render asks for the repair kit, which fails to load.
    await vi.waitFor(() => expect(asked).toContain('repair'));
    // Turning the repair off must still convert the page.
    await reader.apply({ repairMirrors: false });
    await vi.waitFor(() => expect(firstParagraph()).toMatch(/[过两]/));
    expect(firstParagraph()).toMatch(/\(guò\)/);
    // On again: the kit loads now, and the page is repaired and converted.
    await reader.apply({ repairMirrors: true });
    await vi.waitFor(() =>
      expect(firstParagraph()).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/),
    );
    expect(reader.report().repair.annotationsRemoved).toBeGreaterThan(0);
  });

  it('repairs and converts a mirror copy that kept only the tool’s annotations', async () => {
    // No notice, no NetEase markup and no garbled run: the annotations are the only sign.
    const annotated = paragraphs(readShared('b.corrupted.txt')).filter(
      (text) => !text.includes('?'),
    );
    load(
      `<!doctype html><html lang="zh-TW"><head><title>鏡像</title></head><body>` +
        `<div class="entry-content">${annotated.map((text) => `<p>${text}</p>`).join('')}</div>` +
        `</body></html>`,
    );
    const { asked, loadKit } = kitLoader();
    const reader = start('https://www.kejisudi.example/archives/2.html', loadKit);
    await vi.waitFor(() => expect(asked).toContain('repair'));
    await vi.waitFor(() => expect(firstParagraph()).toMatch(/^光刻机是芯片制造中最关键的设备之一/));
    expect(page.body.textContent).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(reader.report().repair.annotationsRemoved).toBeGreaterThan(20);
  });

  it('repairs a mirror shown converted when the repair is turned on, from its own text', async () => {
    // Only the mirror tool's annotations, on Traditional characters: shown in Simplified, the
    // page reads 国(guó) and 过(guò), which the tool never writes.
    load(
      `<!doctype html><html lang="zh-TW"><head><title>鏡像</title></head><body>` +
        `<div class="entry-content"><p>過(guò)去兩年，國(guó)內(nèi)市場(chǎng)的發(fā)展說(shuō)明了時(shí)代的變化。</p>` +
        `<p>特別聲明：以上內容(如有圖片或視頻亦包括在內)為自媒體平臺“網易號”用戶上傳並發佈，本平臺僅提供信息存儲服務。</p>` +
        `</div></body></html>`,
    );
    const { loadKit } = kitLoader();
    const reader = start('https://www.kejisudi.example/archives/1.html', loadKit, {
      repairMirrors: false,
    });
    await vi.waitFor(() => expect(firstParagraph()).toMatch(/^过\(guò\)去两年/));
    await reader.apply({ repairMirrors: true });
    await vi.waitFor(() => expect(firstParagraph()).toMatch(/^过去两年，国内市场/));
  });

  it('leaves the pinyin a NetEase article writes as written, and converts it', async () => {
    const pinyin =
      '台湾招牌上常见的繁体字：“國(guó)”“會(huì)”“說(shuō)”，分别对应简体的国、会、说。';
    load(
      `<!doctype html><html lang="zh-CN"><head><title>繁体字的读音</title></head><body>` +
        `<article><p id="p">${pinyin}</p></article></body></html>`,
    );
    const { asked, loadKit } = kitLoader();
    const reader = start(neteaseUrl('a'), loadKit);
    expect(reader.report().netease.kind).toBe('netease');
    const text = () => page.getElementById('p')?.textContent;
    // Converted, as a NetEase article is: the author's pinyin stays.
    await vi.waitFor(() =>
      expect(text()).toBe(
        '台湾招牌上常见的繁体字：“国(guó)”“会(huì)”“说(shuō)”，分别对应简体的国、会、说。',
      ),
    );
    expect(asked).not.toContain('repair');
    expect(reader.report().repair.annotationsRemoved).toBe(0);
    await reader.apply({ enabled: false });
    await vi.waitFor(() => expect(text()).toBe(pinyin));
  });

  it('repairs nothing on a NetEase article about the mirrors, their garbled text quoted', async () => {
    // NetEase's own markup and notice, ten of the tool's annotations, and a garbled run quoted
    // from a mirror, which decodes: all of it the author's.
    const written = [
      '台湾招牌上常见的繁体字：“國(guó)”“會(huì)”“說(shuō)”，分别对应简体的国、会、说。',
      '再如“長(zhǎng)”“時(shí)”“來(lái)”“發(fā)”“點(diǎn)”“過(guò)”“開(kāi)”，简体分别写作长、时、来、发、点、过、开。',
      '镜像站抓取网易号文章时，还会把“是因为中芯国际”写成“是因?yàn)橹行緡?guó)際”。',
    ];
    const notice =
      '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。';
    load(
      `<!doctype html><html id="ne_wrap" lang="zh-CN"><head><title>繁体字的读音_网易订阅</title></head><body>` +
        `<div class="post_main"><h1 class="post_title">繁体字的读音</h1><div class="post_body">` +
        `${written.map((text) => `<p>${text}</p>`).join('')}</div>` +
        `<div class="post_statement"><p>${notice}</p></div></div></body></html>`,
    );
    const { asked, loadKit } = kitLoader();
    // Read in Traditional, to which a Simplified article converts.
    const reader = start(neteaseUrl('a'), loadKit, { target: 'tw' });
    expect(reader.report().netease.kind).toBe('netease');
    const shown = () => [...page.querySelectorAll('.post_body p')].map((p) => p.textContent);
    await vi.waitFor(() =>
      expect(shown()[0]).toMatch(/^臺灣招牌上常見的繁體字：“國\(guó\)”“會\(huì\)”“說\(shuō\)”/),
    );
    expect(shown()[1]).toContain(
      '“長(zhǎng)”“時(shí)”“來(lái)”“發(fā)”“點(diǎn)”“過(guò)”“開(kāi)”',
    );
    // The quoted run, converted as written (橹 → 櫓), not decoded back to 因為中芯國際.
    expect(shown()[2]).toContain('“是因?yàn)櫓行緡?guó)際”');
    expect(asked).not.toContain('repair');
    expect(reader.report().repair).toEqual({
      annotationsRemoved: 0,
      runsRepaired: 0,
      spansLost: 0,
    });
    await reader.apply({ enabled: false });
    await vi.waitFor(() => expect(shown()).toEqual(written));
  });

  it('repairs and converts a short mirror copy over a footer kept in a <div>', async () => {
    const annotated = paragraphs(readShared('b.corrupted.txt')).filter(
      (text) => !text.includes('?'),
    );
    const footer = paragraphs(readShared('c.traditional.txt')).join('').slice(0, 250);
    load(
      `<!doctype html><html lang="zh-TW"><head><title>鏡像</title></head><body>` +
        `<div class="entry-content">${annotated
          .slice(0, 2)
          .map((text) => `<p>${text}</p>`)
          .join('')}</div><div id="footer"><p>${footer}</p></div></body></html>`,
    );
    const { loadKit } = kitLoader();
    const reader = start('https://www.kejisudi.example/archives/3.html', loadKit);
    expect(reader.report().netease.kind).toBe('mirror');
    await vi.waitFor(() => expect(firstParagraph()).toMatch(/^光刻机是芯片制造中最关键的设备之一/));
    expect(page.querySelector('.entry-content')?.textContent).not.toMatch(
      /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/,
    );
    expect(reader.report().repair.annotationsRemoved).toBeGreaterThan(20);
  });

  it('leaves the pinyin of a lesson page alone, however many annotations it writes', async () => {
    // The primer with one more line: four of the mirror tool's own annotations in all.
    load(
      readExtra('pinyin-primer.html').replace(
        '</article>',
        '<p>多音字要看語境：會(huì)議的會(huì)，會(kuài)計的會(kuài)。</p></article>',
      ),
    );
    const { asked, loadKit } = kitLoader();
    const reader = start('https://pinyin.example/lesson/1', loadKit);
    // Not NetEase-style: converted when the reader asks for it in the tab.
    await reader.apply({ enabled: true, target: 'cn' });
    await vi.waitFor(() =>
      expect(page.querySelector('h1')?.textContent).toBe('拼音入门：声调怎么标'),
    );
    expect(asked).not.toContain('repair');
    expect(page.body.textContent).toContain('中(zhōng)国(guó)');
    expect(page.body.textContent).toContain('会(kuài)');
  });

  it("leaves a quiz's run markers alone on a page with no sign of NetEase", async () => {
    // 長(?zhǎng) is the marker a mirror's garbled runs leave, which is why the repair kit loads.
    const quiz =
      '<p id="q">國(guó)家、時(shí)間、會(huì)議的讀音。這個字讀作長(?zhǎng)還是長(?cháng)？</p>';
    load(`<!doctype html><html lang="zh-TW"><body><article>${quiz}</article></body></html>`);
    const { asked, loadKit } = kitLoader();
    const reader = start('https://quiz.example/1', loadKit);
    await reader.apply({ enabled: true, target: 'cn' });
    await vi.waitFor(() => expect(asked).toContain('repair'));
    await vi.waitFor(() => expect(page.getElementById('q')?.textContent).toMatch(/^国\(guó\)/));
    expect(page.getElementById('q')?.textContent).toContain('长(?zhǎng)');
    expect(reader.report().repair.annotationsRemoved).toBe(0);
  });

  it('passes on the choices made before it started, for the frames that start after it', async () => {
    load('<!doctype html><html><body><p>这个国家的发展。</p></body></html>');
    const { loadKit } = kitLoader();
    const choices: TabApplyPayload[] = [];
    start('https://news.example/3', loadKit, { enabled: false }, [], (made) => choices.push(made));
    expect(choices).toEqual([{ enabled: false }]);
  });

  it('follows a setting changed after the tab chose it (the popup saves, the options page changes)', async () => {
    load('<!doctype html><html><body><p id="p">这个国家的发展，后来引起了讨论。</p></body></html>');
    const { loadKit } = kitLoader();
    const choices: TabApplyPayload[] = [];
    const reader = start('https://news.example/2', loadKit, null, [], (made) => choices.push(made));
    const text = () => page.getElementById('p')?.textContent;
    const traditional = '這個國家的發展，後來引起了討論。';
    // The reader chose Traditional for this tab (the settings follow the browser: Simplified).
    await reader.apply({ enabled: true, target: 'tw' });
    await vi.waitFor(() => expect(text()).toBe(traditional));
    // The popup shows the original and saves the mode, as it does.
    await reader.apply({ readingMode: 'original' });
    await saveSettings({ ...defaultSettings(), glossaryEnabled: false, readingMode: 'original' });
    await vi.waitFor(() => expect(text()).toBe('这个国家的发展，后来引起了讨论。'));
    // Then the options page sets the converted mode: the tab follows, without a reload, and
    // keeps its own target, which no setting changed.
    await saveSettings({ ...defaultSettings(), glossaryEnabled: false, readingMode: 'converted' });
    await vi.waitFor(() => expect(text()).toBe(traditional));
    // The tab's other frames hear that the tab no longer holds its own mode.
    expect(choices.at(-1)).toEqual({ enabled: true, target: 'tw' });
    // A change of the target in the options page is newer than the tab's choice.
    await saveSettings({ ...defaultSettings(), glossaryEnabled: false, target: 'cn' });
    await vi.waitFor(() => expect(text()).toBe('这个国家的发展，后来引起了讨论。'));
  });

  it('a site rule taken away ("automatic") leaves the open page as it is', async () => {
    load('<!doctype html><html><body><p id="p">這個國家的發展。</p></body></html>');
    const { loadKit } = kitLoader();
    const reader = start('https://news.example/4', loadKit);
    const text = () => page.getElementById('p')?.textContent;
    const withRule = (mode: 'always' | 'never' | null) => ({
      ...defaultSettings(),
      glossaryEnabled: false,
      siteRules: mode === null ? [] : [{ pattern: 'news.example', mode }],
    });
    // "Always convert this site", as the popup does it: the tab, then the rule.
    await reader.apply({ enabled: true });
    await saveSettings(withRule('always'));
    await vi.waitFor(() => expect(text()).toBe('这个国家的发展。'));
    // Back to automatic: the page stays converted (not NetEase-style, it would not be now).
    await saveSettings(withRule(null));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text()).toBe('这个国家的发展。');
    // "Never", then automatic: it stays as served.
    await saveSettings(withRule('never'));
    await vi.waitFor(() => expect(text()).toBe('這個國家的發展。'));
    await saveSettings(withRule(null));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text()).toBe('這個國家的發展。');
  });

  it("a frame following the top frame's choices drops the ones the top frame no longer holds", async () => {
    load('<!doctype html><html><body><p id="p">這個國家的發展。</p></body></html>');
    const { loadKit } = kitLoader();
    const reader = start('https://news.example/5', loadKit);
    const text = () => page.getElementById('p')?.textContent;
    await reader.follow({ enabled: true, target: 'cn' });
    await vi.waitFor(() => expect(text()).toBe('这个国家的发展。'));
    // The top frame no longer holds `enabled` (a setting took it back): nor does this frame,
    // and the page is not NetEase-style, so it goes back to the original.
    await reader.follow({ target: 'cn' });
    await vi.waitFor(() => expect(text()).toBe('這個國家的發展。'));
  });

  it('the shortcut that turns conversion off and on gives back the reading mode, as the popup does', async () => {
    load('<!doctype html><html><body><p id="p">這個國家的發展。</p></body></html>');
    const { loadKit } = kitLoader();
    const reader = start('https://news.example/6', loadKit);
    const text = () => page.getElementById('p')?.textContent;
    await reader.apply({ enabled: true, target: 'cn', readingMode: 'peek' });
    await vi.waitFor(() => expect(text()).toBe('这个国家的发展。'));
    await reader.command('toggle-conversion');
    await vi.waitFor(() => expect(text()).toBe('這個國家的發展。'));
    await reader.command('toggle-conversion');
    await vi.waitFor(() => expect(text()).toBe('这个国家的发展。'));
    expect(reader.report().readingMode).toBe('peek');
    // From the original mode, which shows the page as served, the shortcut shows the conversion.
    await reader.apply({ readingMode: 'original' });
    await vi.waitFor(() => expect(text()).toBe('這個國家的發展。'));
    await reader.command('toggle-conversion');
    await vi.waitFor(() => expect(text()).toBe('这个国家的发展。'));
    expect(reader.report().readingMode).toBe('converted');
  });

  it("keeps the names the reader's glossary protects, and follows the glossary as it changes", async () => {
    // A Japanese surname in a Chinese article: opencc writes 後藤 as 后藤 in Simplified.
    load('<!doctype html><html><body><p id="p">後藤先生的發言，後來引起了討論。</p></body></html>');
    const goto = { id: 'goto', hans: '後藤', hant: '後藤', en: 'Gotō', protect: true };
    const { loadKit } = kitLoader();
    const reader = start('https://news.example/1', loadKit, null, [goto]);
    await reader.apply({ enabled: true, target: 'cn' });
    const text = () => page.getElementById('p')?.textContent;
    await vi.waitFor(() => expect(text()).toBe('後藤先生的发言，后来引起了讨论。'));
    // So does a selection converted in the page.
    expect(await reader.convertText('後藤說', 'cn')).toBe('後藤说');
    // The reader takes the mark off in the options: the open page follows.
    await saveUserGlossary([{ ...goto, protect: false }]);
    await vi.waitFor(() => expect(text()).toBe('后藤先生的发言，后来引起了讨论。'));
    expect(await reader.convertText('後藤說', 'cn')).toBe('后藤说');
    // And back on.
    await saveUserGlossary([goto]);
    await vi.waitFor(() => expect(text()).toBe('後藤先生的发言，后来引起了讨论。'));
    await reader.apply({ enabled: false });
    await vi.waitFor(() => expect(text()).toBe('後藤先生的發言，後來引起了討論。'));
  });
});

describe('regional vocabulary on a page in Traditional', () => {
  const TAIWAN_WORDS = { target: 'tw', regionalVocabulary: true } as const;
  const NOTICE =
    '特別聲明：以上內容(如有圖片或視頻亦包括在內)為自媒體平臺“網易號”用戶上傳並發佈，本平臺僅提供信息存儲服務。';
  const article = () => page.querySelector('.entry-content, article')?.textContent ?? '';

  it("gives a detected mirror Taiwan's words, and a page that only shares its words none", async () => {
    load(readShared('a.mirror.html'));
    const { loadKit } = kitLoader();
    let reader = start(MIRROR_URL, loadKit, { ...TAIWAN_WORDS });
    expect(reader.report().netease.kind).toBe('mirror');
    await vi.waitFor(() => expect(article()).toContain('晶片'));
    for (const word of ['芯片', '內存', '服務器', '英偉達']) expect(article()).not.toContain(word);
    for (const word of ['記憶體', '伺服器', '輝達']) expect(article()).toContain(word);
    // A selection on the mirror converts as the page does, however few words it has.
    expect(await reader.convertText('台積電的芯片', 'tw')).toBe('台積電的晶片');
    reader.dispose();

    // The same article on a page with no sign of NetEase: Taiwan's script already, as written.
    const copy = paragraphs(readShared('a.expected_repair.traditional.txt'));
    load(
      `<!doctype html><html lang="zh-TW"><head><title>新聞</title></head><body>` +
        `<article>${copy.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
    );
    reader = start('https://news.example.tw/tech/1', loadKit);
    expect(reader.report().netease.kind).toBeNull();
    await reader.apply({ enabled: true, ...TAIWAN_WORDS });
    expect(reader.report().conversion.active).toBe(true);
    expect(article()).toBe(copy.join(''));
    expect(await reader.convertText('台積電的芯片', 'tw')).toBe('台積電的芯片');
  });

  it('gives a Hong Kong mirror with one mainland word Taiwan’s word, and never Hong Kong’s', async () => {
    load(
      `<!doctype html><html lang="zh-HK"><head><title>鏡像</title></head><body>` +
        `<div class="entry-content"><p>政府發言人說，本港芯片供應穩定，市民毋須擔心。</p>` +
        `<p>${NOTICE}</p></div></body></html>`,
    );
    const { loadKit } = kitLoader();
    const reader = start('https://www.kejisudi.example/archives/4.html', loadKit, {
      ...TAIWAN_WORDS,
    });
    expect(reader.report().netease.kind).toBe('mirror');
    await vi.waitFor(() => expect(firstParagraph()).toContain('晶片'));
    // A Hong Kong reader reads the mirror as it came: Hong Kong's phrases never apply.
    await reader.apply({ target: 'hk' });
    expect(firstParagraph()).toBe('政府發言人說，本港芯片供應穩定，市民毋須擔心。');
    // A selection in Traditional characters too. (本港芯片 alone says nothing of its script: read as
    // Simplified, as such text is, it takes Hong Kong's 晶片.)
    expect(await reader.convertText('本港芯片供應穩定', 'hk')).toBe('本港芯片供應穩定');
  });
});

describe('what the session reports', () => {
  /** A session on `page` that keeps every report it sends, as the background does. */
  function reporting(url: string, override: TabApplyPayload | null = null) {
    const sent: PageReport[] = [];
    const { loadKit } = kitLoader();
    session = startReaderSession({
      document: page,
      url,
      uiLanguage: 'zh-CN',
      settings: { ...defaultSettings(), glossaryEnabled: false },
      protectedTerms: [],
      override,
      report: (report) => sent.push(report),
      loadKit,
    });
    return { reader: session, sent };
  }

  /** A change made in the popup: applied to the tab, and saved as the setting it also is. */
  async function popupChange(
    reader: ReturnType<typeof startReaderSession>,
    change: TabApplyPayload,
    saved: Partial<ReturnType<typeof defaultSettings>>,
  ): Promise<PageReport> {
    const applied = reader.apply(change);
    await saveSettings({ ...defaultSettings(), glossaryEnabled: false, ...saved });
    await applied;
    // What the tab answers the popup (`tab/apply`).
    return reader.report();
  }

  const counts = (report: PageReport | undefined) => ({
    nodesConverted: report?.conversion.nodesConverted,
    charactersChanged: report?.conversion.charactersChanged,
  });

  it('gives the article title as the tab shows it: repaired, converted, and back', async () => {
    load(readShared('a.mirror.html'));
    const { reader, sent } = reporting(MIRROR_URL);
    await vi.waitFor(() => expect(sent.at(-1)?.repair.annotationsRemoved).toBeGreaterThan(0));
    // The browser reads Simplified: the mirror's Traditional title, repaired and converted.
    expect(sent.at(-1)?.netease.title).toBe('HBM一货难求:SK海力士、三星与长鑫存储的产能赛跑');
    await reader.apply({ enabled: false });
    expect(reader.report().netease.title).toBe('HBM一貨難求:SK海力士、三星與長鑫存儲的產能賽跑');
    expect(reader.report().title).toBe('HBM一貨難求:SK海力士、三星與長鑫存儲的產能賽跑 – 科技速遞');
  });

  it('gives no article title on a page that is not NetEase-style', async () => {
    load(
      '<!doctype html><html><head><title>科技周报</title></head><body><p>这个国家的发展。</p></body></html>',
    );
    const { reader, sent } = reporting('https://news.example/weekly', {
      enabled: true,
      target: 'tw',
    });
    await vi.waitFor(() => expect(sent.at(-1)?.conversion.nodesConverted).toBeGreaterThan(0));
    expect(reader.report().netease.title).toBeNull();
    expect(reader.report().title).toBe('科技週報');
  });

  it('counts what the page shows after each change of the popup, and answers once it shows it', async () => {
    load(readShared('a.netease.html'));
    // A long article: the converter takes the side-by-side mode's blocks back in several time
    // slices, after the mode's refresh has returned.
    const body = page.querySelector('.post_body')!;
    const own = [...body.children];
    for (let copy = 0; copy < 20; copy++) body.append(...own.map((node) => node.cloneNode(true)));
    const { reader, sent } = reporting(neteaseUrl('a'), { target: 'tw' });
    await vi.waitFor(() => expect(sent.at(-1)?.conversion.progress).toBe(1));
    const converted = counts(sent.at(-1));
    expect(converted.nodesConverted).toBeGreaterThan(20);
    expect(converted.charactersChanged).toBeGreaterThan(100);
    const companions = () => page.querySelectorAll('[data-jianfan-ui="companion"]').length;

    // Side by side: the popup saves the mode too, and the render the setting asks for overtakes
    // the one the change asked for. The answer waits for it.
    const parallel = await popupChange(
      reader,
      { readingMode: 'parallel' },
      { readingMode: 'parallel' },
    );
    expect(companions()).toBeGreaterThan(5);
    // The article's paragraphs show their original, with the conversion in a copy under each.
    expect(parallel.conversion.nodesConverted).toBeGreaterThan(0);
    expect(parallel.conversion.nodesConverted).toBeLessThan(converted.nodesConverted!);

    const back = await popupChange(
      reader,
      { readingMode: 'converted' },
      { readingMode: 'converted' },
    );
    expect(companions()).toBe(0);
    expect(counts(back)).toEqual(converted);
    // So does the report a popup opened later reads (the background keeps the last one).
    expect(counts(sent.at(-1))).toEqual(converted);

    // Off for this tab: the page as served, nothing converted.
    await reader.apply({ enabled: false });
    expect(counts(reader.report())).toEqual({ nodesConverted: 0, charactersChanged: 0 });
    expect(counts(sent.at(-1))).toEqual({ nodesConverted: 0, charactersChanged: 0 });
    await reader.apply({ enabled: true });
    expect(counts(reader.report())).toEqual(converted);

    // The original mode, and back.
    const original = await popupChange(
      reader,
      { readingMode: 'original' },
      { readingMode: 'original' },
    );
    expect(counts(original)).toEqual({ nodesConverted: 0, charactersChanged: 0 });
    const again = await popupChange(
      reader,
      { readingMode: 'converted' },
      { readingMode: 'converted' },
    );
    expect(counts(again)).toEqual(converted);
    expect(counts(sent.at(-1))).toEqual(converted);
  });
});
