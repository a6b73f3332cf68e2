// Draws the app's PNG icons from public/favicon.svg with the test browser, into public/icons/:
// the SVG alone installs in Chromium, but iOS and iPadOS take only a PNG for the home screen
// (apple-touch-icon, 180 px, no transparency), and Android fits a "maskable" icon into its own
// shape, cutting off everything outside the middle 80 %. Run it again after changing the SVG:
//   node scripts/icons.mjs
// (tests/e2e/offline.spec.mjs checks every icon's size and that it was drawn from today's SVG.)
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromiumLaunch } from '../playwright.config.mjs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
// The favicon is a rounded square with its picture on top: the square's colour, and the picture.
const background = svg.match(/<rect\b[^>]*\bfill="([^"]+)"/)?.[1];
const picture = svg.replace(/^[\s\S]*?<rect\b[^>]*\/>/, '').replace(/<\/svg>\s*$/, '');
if (!background || !picture.trim()) throw new Error('icons: public/favicon.svg is not a square with a picture on top');
// Full-bleed: the square without its rounded corners, the picture within the safe middle 80 %.
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(3.2 3.2) scale(0.8)">${picture}</g></svg>`;

export const ICONS = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

/** Each icon as PNG bytes, drawn by Chromium. */
export async function drawIcons() {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    const drawn = [];
    for (const icon of ICONS) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${icon.size}" height="${icon.size}" src="${src}">`);
      await page.locator('img').evaluate((img) => img.decode());
      drawn.push({ ...icon, png: await page.screenshot({ omitBackground: true }) });
    }
    return drawn;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../public/icons/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const icon of await drawIcons()) {
    writeFileSync(new URL(icon.file, dir), icon.png);
    console.log(`icons: public/icons/${icon.file} (${icon.size} px, ${icon.png.length} bytes)`);
  }
}
