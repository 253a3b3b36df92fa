import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startFixtureServer, MAPPED_HOSTS, NETEASE_ARTICLES, MIRROR_HOST } from './tests/browser/harness/fixture-server.ts';
export { NETEASE_ARTICLES, MIRROR_HOST };
export const netease = (k: 'a'|'b'|'c') => `http://www.163.com/dy/article/${NETEASE_ARTICLES[k].docid}.html`;
export const mirror = (k: 'a'|'b'|'c') => `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES[k].mirrorId}.html`;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launch(locale = 'zh-TW', colorScheme: 'light'|'dark' = 'light') {
  const server = await startFixtureServer();
  const ext = '/work/main/.output/chrome-mv3-e2e';
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');
  const profile = mkdtempSync(join(tmpdir(), 'zz-audit-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, locale, colorScheme,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, `--lang=${locale}`,
      `--host-resolver-rules=${rules}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30000 });
  const worker = context.serviceWorkers()[0];
  await worker.evaluate(async () => {
    const s = globalThis as { jianfanInstalled?: Promise<void> };
    for (let w = 0; s.jianfanInstalled === undefined && w < 3000; w += 20) await new Promise((r) => setTimeout(r, 20));
    await s.jianfanInstalled;
  });
  const extId = new URL(worker.url()).host;
  const errors: string[] = [];
  context.on('page', (p) => {
    p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`[${m.type()}] ${p.url().slice(0, 60)}: ${m.text()}`); });
    p.on('pageerror', (e) => errors.push(`[pageerror] ${p.url().slice(0, 60)}: ${e.message}`));
  });
  worker.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`[sw ${m.type()}] ${m.text()}`); });
  async function post(page: Page, request: Record<string, unknown>, untilDone = false) {
    return page.evaluate(({ request, untilDone }) => new Promise<string>((resolve) => {
      const id = `${Date.now()}-${Math.random()}`; let timer = 0; let ack = false; const dl = Date.now() + 15000;
      const fin = (r: string) => { window.removeEventListener('message', on); clearTimeout(timer); resolve(r); };
      const on = (e: MessageEvent) => { const d = e.data; if (d?.id !== id) return;
        if (d.source === 'jianfan-e2e-done') fin('done');
        if (d.source !== 'jianfan-e2e-ack' || ack) return; ack = true; clearTimeout(timer);
        if (!untilDone) fin('done'); else timer = window.setTimeout(() => fin('unfinished'), 60000); };
      window.addEventListener('message', on);
      const send = () => { if (Date.now() > dl) return fin('unanswered'); window.postMessage({ ...request, source: 'jianfan-e2e', id }, '*'); timer = window.setTimeout(send, 250); };
      send();
    }), { request, untilDone });
  }
  async function openTab(url: string) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('jianfan-e2e:render-end').length > 0, undefined, { timeout: 15000 }).catch(() => {});
    return page;
  }
  async function openExt(from: Page, which: 'popup'|'options') {
    const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes(`/${which}.html`), timeout: 30000 });
    await post(from, { action: 'open-extension-page', page: which });
    const p = await opened; await p.waitForLoadState('load'); return p;
  }
  const apply = (page: Page, a: Record<string, unknown>) => post(page, { action: 'apply', apply: a }, true);
  const command = (page: Page, c: string) => post(page, { action: 'command', command: c }, true);
  return { server, context, worker, extId, errors, post, openTab, openExt, apply, command,
    async close() { await context.close(); await server.close(); } };
}
