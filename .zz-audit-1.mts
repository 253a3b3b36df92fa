import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, NETEASE_ARTICLES, MIRROR_HOST, sharedNeteaseDir } from './tests/browser/harness/fixture-server.ts';
import { launchBrowser } from './tests/browser/harness/browsers.ts';
import { applyAndRender, firstRenderEnded } from './tests/browser/harness/page-tools.ts';

const which = (process.argv[2] ?? 'chromium') as 'chromium' | 'firefox';
const server = await startFixtureServer();
const browser = await launchBrowser(which, { server, locale: 'zh-TW' });
const out: Record<string, unknown> = {};
try {
  for (const key of ['a', 'b', 'c'] as const) {
    for (const kind of ['netease', 'mirror'] as const) {
      const url = kind === 'netease'
        ? `http://www.163.com/dy/article/${NETEASE_ARTICLES[key].docid}.html`
        : `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES[key].mirrorId}.html`;
      const page = await browser.newPage(url);
      await firstRenderEnded(page).catch(() => {});
      await new Promise((r) => setTimeout(r, 800));
      const grab = () => page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        h1: document.querySelector('h1')?.textContent,
        body: [...document.querySelectorAll('.post_body > p, .entry-content > p')].map((p) => p.textContent),
        statement: [...document.querySelectorAll('.post_statement p')].map((p) => p.textContent),
        all: document.body.innerText,
      }));
      out[`${key}-${kind}-auto`] = await grab();
      await page.screenshot(`/tmp/audit/${which}-${key}-${kind}-auto.png`, true);
      for (const target of ['cn', 'tw', 'hk'] as const) {
        await applyAndRender(page, { target, enabled: true, readingMode: 'converted' });
        await new Promise((r) => setTimeout(r, 500));
        out[`${key}-${kind}-${target}`] = await grab();
        await page.screenshot(`/tmp/audit/${which}-${key}-${kind}-${target}.png`, true);
      }
      await applyAndRender(page, { enabled: false });
      await new Promise((r) => setTimeout(r, 500));
      out[`${key}-${kind}-off`] = await grab();
      await page.close();
    }
  }
} finally {
  writeFileSync(`/tmp/audit/${which}-step1.json`, JSON.stringify(out, null, 1));
  await browser.close();
  await server.close();
}
