#!/usr/bin/env node
// `npm run screenshots`: builds the e2e Chrome build, opens the popup (bound
// to a sample NetEase article served by the fixture server) and the options
// page, in the light and the dark theme, and saves
// docs/screenshots/{popup,options}-{light,dark}.png; then shows the article in
// a Taiwan-language browser in each reading mode and saves
// docs/screenshots/mode-{converted,parallel,peek,original}.png.
// `npm run screenshots -- modes` (or `-- ui`) takes only one of the two sets.
//
// The e2e build is the one that can open its own pages in a tab (browsers
// cannot script a click on the toolbar button); the pages are the same.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, type TestPage } from '../tests/browser/harness/browsers.ts';
import { NETEASE_ARTICLES, startFixtureServer } from '../tests/browser/harness/fixture-server.ts';
import { applyInTab } from '../tests/browser/harness/page-tools.ts';
import type { ReadingMode } from '../utils/settings/schema.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots');
const article = `http://www.163.com/dy/article/${NETEASE_ARTICLES.a.docid}.html`;
const locale = process.env.SCREENSHOT_LANG ?? 'en-US';
const only = process.argv[2];
if (only !== undefined && only !== 'ui' && only !== 'modes') {
  throw new Error(`screenshots: unknown set "${only}" (ui or modes)`);
}

console.log('screenshots: building the e2e Chrome build…');
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
mkdirSync(outDir, { recursive: true });

const server = await startFixtureServer();

/** Waits until `probe` holds in the page, or gives up quietly after `ms`. */
async function settle(page: TestPage, probe: () => boolean, ms = 10_000): Promise<void> {
  await page.waitFor(probe, undefined, ms).catch(() => {
    console.warn(`screenshots: gave up waiting for ${probe.toString().slice(0, 80)}`);
  });
}

/** The article in one reading mode, as a reader with a Taiwan-language browser sees it. */
async function shootReadingModes(): Promise<void> {
  const browser = await launchBrowser('chromium', {
    server,
    locale: 'zh-TW',
    viewport: { width: 1280, height: 900 },
  });
  try {
    const tab = await browser.newPage(article);
    await settle(tab, () => document.documentElement.lang === 'zh-Hant');
    // The article's first paragraphs at the top of the view, the title just above them.
    const showArticle = () =>
      tab.evaluate(() => {
        const title = document.querySelector('h1.post_title');
        window.scrollTo(0, title ? title.getBoundingClientRect().top + window.scrollY - 16 : 0);
      });
    const modes: ReadingMode[] = ['converted', 'parallel', 'peek', 'original'];
    for (const mode of modes) {
      await applyInTab(tab, { readingMode: mode });
      if (mode === 'parallel') {
        await settle(tab, () => document.querySelectorAll('jianfan-companion').length > 3);
      } else if (mode === 'original') {
        await settle(tab, () => document.documentElement.lang === 'zh-CN');
      } else {
        await settle(
          tab,
          () =>
            document.documentElement.lang === 'zh-Hant' &&
            document.querySelector('jianfan-companion') === null,
        );
      }
      await showArticle();
      if (mode === 'peek') {
        // Hold the peek key with the pointer on the second paragraph.
        const point = await tab.evaluate(() => {
          const paragraph = document.querySelectorAll('.post_body > p[id]')[1]!;
          const rect = paragraph.getClientRects()[0]!;
          return { x: rect.left + 120, y: rect.top + rect.height / 2 };
        });
        await tab.mouseMove(point.x, point.y);
        await tab.mouseMove(point.x + 4, point.y + 2);
        await tab.keyDown('Alt');
        await settle(tab, () => document.querySelector('jianfan-peek') !== null);
      }
      // Let fonts and the card settle.
      await new Promise((done) => setTimeout(done, 300));
      const file = join(outDir, `mode-${mode}.png`);
      await tab.screenshot(file);
      console.log(file);
      if (mode === 'peek') await tab.keyUp('Alt');
    }
  } finally {
    await browser.close();
  }
}

try {
  if (only !== 'ui') await shootReadingModes();
  for (const scheme of only === 'modes' ? [] : (['light', 'dark'] as const)) {
    // The popup at the size the toolbar gives it.
    const small = await launchBrowser('chromium', {
      server,
      locale,
      colorScheme: scheme,
      viewport: { width: 360, height: 600 },
    });
    try {
      const tab = await small.newPage(article);
      // Let the content script look at the page and report before the popup asks.
      await new Promise((done) => setTimeout(done, 1500));
      const popup = await small.openExtensionPage(tab, 'popup');
      await settle(popup, () => document.querySelector('.page-status dl, .page-status p') !== null);
      // Show the popup at work: the article converted to Taiwan Traditional,
      // and the reasons it counts as NetEase unfolded.
      await popup.select('#target', 'tw');
      // Done when every count is in (blocks, characters, terms) and no progress bar is left.
      await settle(popup, () => {
        const counts = [...document.querySelectorAll('.counts dd')];
        return (
          counts.length > 0 &&
          counts.every((dd) => dd.textContent !== '0') &&
          document.querySelector('[role="progressbar"]') === null
        );
      });
      await popup.evaluate(() => document.querySelector('.signals')?.setAttribute('open', ''));
      const file = join(outDir, `popup-${scheme}.png`);
      // The whole popup, as it scrolls: the toolbar shows its first 600 px, the controls.
      await popup.screenshot(file, true);
      console.log(file);
    } finally {
      await small.close();
    }

    const large = await launchBrowser('chromium', {
      server,
      locale,
      colorScheme: scheme,
      viewport: { width: 1100, height: 1300 },
    });
    try {
      const tab = await large.newPage(article);
      const options = await large.openExtensionPage(tab, 'options');
      await settle(options, () => document.querySelector('#reading-mode') !== null);
      const file = join(outDir, `options-${scheme}.png`);
      await options.screenshot(file);
      console.log(file);
    } finally {
      await large.close();
    }
  }
} finally {
  await server.close();
}
