import { launch, netease, mirror, sleep } from './.zz-audit-lib.mts';
const locale = process.argv[2] ?? 'zh-TW';
const b = await launch(locale);
try {
  const tab = await b.openTab(process.argv[3] === 'n' ? netease('c') : mirror('a'));
  const popup = await b.openExt(tab, 'popup');
  await popup.waitForSelector('#tab-enabled');
  await sleep(1000);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 360, height: 600 });
    await sleep(300);
    await popup.screenshot({ path: `/tmp/audit/popup-${locale}-${process.argv[3] ?? 'm'}-${scheme}.png`, fullPage: true });
  }
  // 200%: a popup window is at most 800x600 device px -> 400x300 CSS
  const ctx2 = popup;
  await popup.setViewportSize({ width: 720, height: 600 });
  await popup.evaluate(() => { document.documentElement.style.zoom = '2'; });
  await popup.emulateMedia({ colorScheme: 'light' });
  await sleep(300);
  await popup.screenshot({ path: `/tmp/audit/popup-${locale}-${process.argv[3] ?? 'm'}-200-top.png` });
  await popup.screenshot({ path: `/tmp/audit/popup-${locale}-${process.argv[3] ?? 'm'}-200-full.png`, fullPage: true });
  await popup.evaluate(() => { document.documentElement.style.zoom = ''; });
  // Text clipping: any element whose scrollWidth > clientWidth
  const clipped = await popup.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => {
    const el = e as HTMLElement; const cs = getComputedStyle(el);
    return (el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'visible') || (el.scrollHeight > el.clientHeight + 1 && cs.overflowY === 'hidden');
  }).map((e) => `${e.tagName}.${e.className} ${e.scrollWidth}/${e.clientWidth} ${(e.textContent ?? '').slice(0, 60)}`));
  console.log('clipped', clipped);
  console.log('bodyText:\n' + await popup.evaluate(() => document.body.innerText));
  console.log('html', (await popup.evaluate(() => document.body.innerHTML)).length);
  console.log(b.errors.join('\n'));
} finally { await b.close(); }
