import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, {
  type Browser as PpBrowser,
  type ElementHandle,
  type Page as PpPage,
} from 'puppeteer-core';
import { MAPPED_HOSTS, type FixtureServer } from './fixture-server.ts';
import { postToExtension } from './relay.ts';

/**
 * One interface over the two drivers, so every browser spec runs unchanged in
 * Chromium (playwright-core, CDP) and Firefox (puppeteer-core, WebDriver BiDi).
 */

export type BrowserName = 'chromium' | 'firefox';

const projectRoot = resolve(import.meta.dirname, '../../..');
/** Test builds (`wxt build --mode e2e`): they carry the hook that opens our own pages in a tab. */
export const E2E_BUILD = {
  chromium: join(projectRoot, '.output/chrome-mv3-e2e'),
  firefox: join(projectRoot, '.output/firefox-mv3-e2e'),
} as const;

export const GECKO_ID = 'jianfan-reader@jianfan.org';
/** Pinned so that moz-extension:// URLs are known in advance. */
export const FIREFOX_EXTENSION_UUID = '4b1f0e7c-2d9a-4c55-9a51-5f7e3c2a1d00';

export const BROWSER_PATHS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr',
} as const;

export const INSTALL_HINT = {
  chromium: 'sudo apt-get install chromium   (or set CHROMIUM_PATH)',
  firefox:
    'sudo apt-get install firefox-esr firefox-esr-l10n-zh-cn firefox-esr-l10n-zh-tw   (or set FIREFOX_PATH)',
} as const;

export function browserAvailable(name: BrowserName): boolean {
  return existsSync(BROWSER_PATHS[name]);
}

export interface LaunchOptions {
  server: FixtureServer;
  /** Browser UI language, e.g. 'zh-CN', 'zh-TW', 'en-US'. */
  locale?: string;
  viewport?: { width: number; height: number };
  /** Colour scheme the pages see. */
  colorScheme?: 'light' | 'dark';
  /**
   * Firefox only: how long the background event page may idle before Firefox stops it
   * (`extensions.background.idle.timeout`, 30 s by default). Lifecycle specs shorten it so that
   * `stopBackground()` has something to wait for.
   */
  backgroundIdleTimeoutMs?: number;
  /**
   * Chromium only: keeps the back/forward cache on, as it is in a browser people use; Playwright
   * turns it off by default (`--disable-back-forward-cache`). Firefox keeps it on regardless.
   */
  backForwardCache?: boolean;
}

/** A page (tab) in either browser, with the few operations the specs need. */
export interface TestPage {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value, and returns it. */
  waitFor<R, A = undefined>(
    fn: (arg: A) => R,
    arg?: A,
    timeoutMs?: number,
  ): Promise<NonNullable<R>>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Holds a key down (a modifier, say) until `keyUp`. */
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  type(text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Picks a file in the `<input type=file>` matching `selector`, as the file chooser would. */
  uploadFile(selector: string, filePath: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** Resizes the page's viewport, as a narrow window or a high zoom would. */
  setViewport(size: { width: number; height: number }): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  newPage(url: string): Promise<TestPage>;
  /**
   * Opens the popup or the options page in a tab, bound to the tab of `from`.
   * The page asks the extension to open it (see `e2e-hooks` in the content
   * wing): Firefox refuses WebDriver BiDi navigation to moz-extension:// URLs,
   * and this way both browsers take the same path.
   */
  openExtensionPage(
    from: TestPage,
    page: 'popup' | 'options',
    open?: () => Promise<void>,
  ): Promise<TestPage>;
  /**
   * Reloads the extension with its pages left open, as an update does. Chromium: CDP loads the
   * unpacked build again over the running one, then this waits for its new service worker;
   * Firefox: uninstalls and installs it again over WebDriver BiDi (the pinned moz-extension
   * UUID stays).
   */
  reloadExtension(): Promise<void>;
  /**
   * Stops the background, as the browser does to an idle one. Chromium: the service worker is
   * stopped at once through CDP (`ServiceWorker.stopWorker`); Firefox has no such command:
   * the event page is left idle past `backgroundIdleTimeoutMs` (set it at launch).
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

async function poll<R>(
  probe: () => Promise<R>,
  timeoutMs: number,
  what: string,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${String(last)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

function requestOpen(page: TestPage, which: 'popup' | 'options'): Promise<void> {
  return postToExtension(page, { action: 'open-extension-page', page: which });
}

// ---------------------------------------------------------------- Chromium

/**
 * Waits for the background's work on install (injecting the content script into open tabs; see
 * entrypoints/background/index.ts): a page opened meanwhile could get two copies of it.
 */
async function installWorkDone(worker: Worker | undefined): Promise<void> {
  if (!worker) return;
  await worker.evaluate(async () => {
    const scope = globalThis as { jianfanInstalled?: Promise<void> };
    for (let waited = 0; scope.jianfanInstalled === undefined && waited < 3_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await scope.jianfanInstalled;
  });
}

function wrapPlaywright(page: PwPage): TestPage {
  return {
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    waitFor: (fn, arg, timeoutMs = 10_000) =>
      poll(() => page.evaluate(fn as never, arg as never), timeoutMs, fn.toString().slice(0, 120)),
    click: (s) => page.click(s),
    hover: (s) => page.hover(s),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (k) => page.keyboard.press(k),
    keyDown: (k) => page.keyboard.down(k),
    keyUp: (k) => page.keyboard.up(k),
    type: (t) => page.keyboard.type(t),
    select: async (s, v) => {
      await page.selectOption(s, v);
    },
    uploadFile: (s, filePath) => page.setInputFiles(s, filePath),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    setViewport: (size) => page.setViewportSize(size),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

async function launchChromium(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'jianfan-chromium-'));
  const ext = E2E_BUILD.chromium;
  const { port } = opts.server;
  const locale = opts.locale ?? 'en-US';
  // Chromium maps the real host names to the fixture server itself.
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_PATHS.chromium,
    headless: true,
    ...(opts.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    locale,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--lang=${locale}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // Lets CDP load the extension again (ExtensionBrowser.reloadExtension).
      '--enable-unsafe-extension-debugging',
    ],
    env: {
      ...process.env,
      LANGUAGE: locale.replace('-', '_'),
      LANG: `${locale.replace('-', '_')}.UTF-8`,
    },
  });
  // The extension is ready once its service worker runs and has done its install work.
  if (context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 30_000 });
  }
  await installWorkDone(context.serviceWorkers()[0]);
  return {
    name: 'chromium',
    async newPage(url) {
      const page = await context.newPage();
      const wrapped = wrapPlaywright(page);
      await wrapped.goto(url);
      return wrapped;
    },
    async openExtensionPage(from, which, open) {
      const opened = context.waitForEvent('page', {
        predicate: (p) => p.url().includes(`/${which}.html`),
        timeout: 30_000,
      });
      await (open ? open() : requestOpen(from, which));
      const page = await opened;
      // Its module script has run by then (it waits for the page's stylesheet, so the page is
      // styled), and every step after waits for what it touches. Waiting for 'load' instead once
      // outlasted its 30 s on a busy machine, with "networkidle" reported and 'load' never.
      await page.waitForLoadState('domcontentloaded');
      return wrapPlaywright(page);
    },
    async reloadExtension() {
      const [worker] = context.serviceWorkers();
      const next = context.waitForEvent('serviceworker', {
        predicate: (candidate) => candidate !== worker,
        timeout: 30_000,
      });
      // Loading the same unpacked directory again replaces the running extension (same id), as
      // an update does. `chrome.runtime.reload()` from the worker would be closer, but an
      // extension loaded from the command line does not come back from it.
      const browser = context.browser();
      if (!browser) throw new Error('No browser-level CDP session for the extension reload');
      const cdp = await browser.newBrowserCDPSession();
      try {
        await cdp.send('Extensions.loadUnpacked' as never, { path: ext } as never);
      } finally {
        await cdp.detach();
      }
      await installWorkDone(await next);
    },
    async stopBackground() {
      // The ServiceWorker domain reports every version's running status once enabled; ours is
      // the one running from chrome-extension://.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      type Version = { versionId: string; scriptURL: string; runningStatus: string };
      const latest = new Map<string, Version>();
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const version of event.versions) latest.set(version.versionId, version);
      });
      const ours = () =>
        [...latest.values()].find((v) => v.scriptURL.startsWith('chrome-extension://'));
      const until = async (check: () => boolean, what: string) => {
        const deadline = Date.now() + 10_000;
        while (!check()) {
          if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      try {
        await cdp.send('ServiceWorker.enable');
        await until(() => ours() !== undefined, 'the service worker is listed');
        if (ours()!.runningStatus !== 'stopped') {
          await cdp.send('ServiceWorker.stopWorker', { versionId: ours()!.versionId });
          await until(() => ours()?.runningStatus === 'stopped', 'the service worker stopped');
        }
      } finally {
        await cdp.detach();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- Firefox

function wrapPuppeteer(page: PpPage): TestPage {
  return {
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: (fn, arg, timeoutMs = 10_000) =>
      poll(
        () => page.evaluate(fn as never, arg as never) as never,
        timeoutMs,
        fn.toString().slice(0, 120),
      ),
    click: (s) => page.click(s),
    hover: (s) => page.hover(s),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (k) => page.keyboard.press(k as never),
    keyDown: (k) => page.keyboard.down(k as never),
    keyUp: (k) => page.keyboard.up(k as never),
    type: (t) => page.keyboard.type(t),
    select: async (s, v) => {
      await page.select(s, v);
    },
    uploadFile: async (s, filePath) => {
      const input = await page.$(s);
      if (!input) throw new Error(`No element matches ${s}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(filePath);
    },
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    setViewport: (size) => page.setViewport(size),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

async function launchFirefox(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const locale = opts.locale ?? 'en-US';
  const viewport = opts.viewport ?? { width: 1280, height: 900 };
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_PATHS.firefox,
    headless: true,
    defaultViewport: viewport,
    extraPrefsFirefox: {
      // Fixed internal UUID, so that moz-extension://<uuid>/ is known.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // UI language (needs the matching firefox-esr-l10n package) and page language.
      'intl.locale.requested': locale,
      'intl.accept_languages': `${locale},${locale.split('-')[0]}`,
      // The real host names go to the fixture server, used as an HTTP proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'ui.systemUsesDarkTheme': opts.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1,
      ...(opts.backgroundIdleTimeoutMs !== undefined
        ? { 'extensions.background.idle.timeout': opts.backgroundIdleTimeoutMs }
        : {}),
    },
  });
  let extensionId = await browser.installExtension(E2E_BUILD.firefox);
  const initial = await browser.pages();
  return {
    name: 'firefox',
    async newPage(url) {
      const opened = initial.pop();
      const page = opened ?? (await browser.newPage());
      // `defaultViewport` sizes the tabs opened from here on, not the one Firefox opened at
      // launch (it has the window's size): a spec asking for a small viewport would not get it.
      if (opened !== undefined) await page.setViewport(viewport);
      const wrapped = wrapPuppeteer(page);
      await wrapped.goto(url);
      return wrapped;
    },
    async openExtensionPage(from, which, open) {
      // Firefox reports moz-extension:// tabs to WebDriver BiDi as about:blank,
      // but scripts still evaluate in them: wait for a new tab, then check
      // where it really is from the inside.
      const known = new Set(await browser.pages());
      const target = browser.waitForTarget(
        async (t) => t.type() === 'page' && !known.has((await t.page())!),
        { timeout: 30_000 },
      );
      await (open ? open() : requestOpen(from, which));
      const page = await (await target).page();
      if (!page) throw new Error(`The ${which} page opened but cannot be driven`);
      await poll(
        () =>
          page.evaluate(
            (w) => location.pathname === `/${w}.html` && document.readyState === 'complete',
            which,
          ),
        10_000,
        `${which} page load`,
      );
      return wrapPuppeteer(page);
    },
    async reloadExtension() {
      await browser.uninstallExtension(extensionId);
      extensionId = await browser.installExtension(E2E_BUILD.firefox);
    },
    async stopBackground() {
      if (opts.backgroundIdleTimeoutMs === undefined) {
        throw new Error('Launch Firefox with backgroundIdleTimeoutMs to let its background stop');
      }
      await new Promise((resolve) => setTimeout(resolve, opts.backgroundIdleTimeoutMs! + 2_000));
    },
    close: () => browser.close(),
  };
}

export function launchBrowser(name: BrowserName, opts: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}
