/**
 * README images: a page and one of our views side by side, composed by the browser itself (an
 * HTML page with both captures as images, screenshotted at 2x), so no image library is needed.
 */
import type { BrowserContext, Page } from 'playwright-core';

const SCALE = 2;

/**
 * A 2x capture of the top `height` CSS pixels of a page laid out `width` wide. The viewport is
 * taller than the capture so that bars fixed to its bottom (cookie notices) stay out of it.
 */
export async function capturePage(page: Page, width: number, height: number): Promise<Buffer> {
  await page.setViewportSize({ width, height: height + 400 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: 0, y: 0, width, height, scale: SCALE },
    });
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.detach();
  }
}

/** `left` (a page) and `right` (a panel), both 2x captures, on one canvas; returns the PNG. */
export async function sideBySide(
  context: BrowserContext,
  left: Buffer,
  right: Buffer,
  caption: string,
): Promise<Buffer> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 1400,
    height: 900,
    deviceScaleFactor: SCALE,
    mobile: false,
  });
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(`<!doctype html><html><body style="margin:0">
    <div id="canvas" style="display:inline-flex; flex-direction:column; gap:14px; padding:28px;
      background:linear-gradient(135deg,#f3ece3,#e6dccf); font:600 15px system-ui,sans-serif;
      color:#5b3a1e">
      <div style="display:flex; gap:22px; align-items:flex-start">
        <img id="left" src="${src(left)}" style="border-radius:10px;
          box-shadow:0 8px 28px rgba(60,40,20,.18); background:#fff">
        <img id="right" src="${src(right)}" style="border-radius:10px;
          box-shadow:0 8px 28px rgba(60,40,20,.18); background:#fff">
      </div>
      <div>${caption}</div>
    </div></body></html>`);
  await page.evaluate(async () => {
    const images = [...document.images];
    await Promise.all(images.map((img) => img.decode()));
    // Show each capture at its CSS size (the PNGs are 2x).
    for (const img of images) img.style.width = `${img.naturalWidth / 2}px`;
  });
  const png = await page.locator('#canvas').screenshot({ scale: 'device' });
  await cdp.detach();
  await page.close();
  return png;
}
