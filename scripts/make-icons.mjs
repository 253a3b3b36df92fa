#!/usr/bin/env node
// Renders assets/icon.svg to public/icon/<size>.png with the system Chromium.
// Run it after editing the SVG; the PNGs are committed so that a build needs
// no browser. Needs a CJK font (Debian: fonts-wqy-microhei).
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(`${root}assets/icon.svg`, 'utf8');
mkdirSync(`${root}public/icon`, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}"></body></html>`,
  );
  await page.waitForLoadState('load');
  await page.screenshot({ path: `${root}public/icon/${size}.png`, omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
