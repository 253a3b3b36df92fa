#!/usr/bin/env node
// `npm run demo`: build the extension, serve the sample pages on 127.0.0.1 and
// open Chromium with the extension loaded. With a display, the browser stays
// open for you to read; without one, it runs headless, saves a screenshot of
// each sample page with the extension at work, and prints their paths.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { defaultTargetForLocale, scriptHintFromLang } from '../utils/convert/target.ts';
import {
  MAPPED_HOSTS,
  MIRROR_HOST,
  NETEASE_ARTICLES,
  startFixtureServer,
} from '../tests/browser/harness/fixture-server.ts';
import { BROWSER_PATHS } from '../tests/browser/harness/browsers.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'screenshots/demo');
const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';
const locale = process.env.DEMO_LANG ?? 'zh-TW';
// The browser's language picks the target (zh-HK reads Hong Kong's). A page already in it
// keeps its own `lang` (zh-CN on a NetEase article for a Simplified reader).
const target = defaultTargetForLocale(locale);

const extension = join(root, '.output/chrome-mv3');
console.log('demo: building the extension for Chrome…');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const server = await startFixtureServer();
const pages: { name: string; url: string }[] = [
  ...Object.entries(NETEASE_ARTICLES).flatMap(([key, a]) => [
    { name: `netease-${key}`, url: `http://www.163.com/dy/article/${a.docid}.html` },
    { name: `mirror-${key}`, url: `http://${MIRROR_HOST}/archives/${a.mirrorId}.html` },
  ]),
];

const profile = join(root, '.cache/demo-profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: BROWSER_PATHS.chromium,
  headless: !headed,
  locale,
  viewport: { width: 1280, height: 900 },
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    `--lang=${locale}`,
    `--host-resolver-rules=${MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')}`,
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');

if (headed) {
  for (const p of pages) await (await context.newPage()).goto(p.url);
  console.log(
    `demo: ${pages.length} sample pages are open (UI language ${locale}). Close the browser to finish.`,
  );
  await new Promise((done) => context.on('close', done));
} else {
  mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  for (const p of pages) {
    await page.goto(p.url, { waitUntil: 'load' });
    // Wait until the page reads in the browser's script and no mirror
    // annotation such as 國(guó) is left.
    const done = async () => {
      const { lang, annotated } = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        annotated: /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/u.test(
          document.body.innerText,
        ),
      }));
      return scriptHintFromLang(lang) === target && !annotated;
    };
    const giveUp = Date.now() + 10_000;
    while (!(await done())) {
      if (Date.now() > giveUp) {
        console.warn(`demo: ${p.name}: the extension did not finish within 10 s`);
        break;
      }
      await page.waitForTimeout(100);
    }
    const file = join(outDir, `${p.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await context.close();
}
await server.close();
