/**
 * Renders assets/icon.svg to the manifest's icon sizes (public/icon/{16,32,48,128}.png) with
 * Debian's Chromium via playwright-core. Run after changing the drawing: `npx tsx scripts/render-icons.ts`.
 * The PNGs are committed, so building needs no browser.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const out = resolve('public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    writeFileSync(`${out}/${size}.png`, png);
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
