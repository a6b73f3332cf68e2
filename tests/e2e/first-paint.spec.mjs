// The start page paints its top (header, title, the storage promise) from index.html itself, before
// its wasm has arrived. When the app starts it takes its place: the same words in the same spot,
// no flash, no shift. Another screen, or a person who chose English, never sees the Dutch start.
import { test, expect } from './fixtures.mjs';
import { openApp } from './helpers.mjs';

/** Holds back every wasm file, so the page shows what it shows before the app starts. */
async function withoutWasm(page) {
  await page.route('**/*.wasm', () => {});
}

/** Text and place of the parts that the first paint and the app both draw. */
async function topOf(page, root) {
  return page.evaluate((root) => {
    const scope = root ? document.querySelector(root) : document.body;
    const parts = ['.site-header__name', '.site-header__tagline', '.language-switch', 'h1', '.lead', '.notice--info', '.notice--info a'];
    return parts.map((selector) => {
      const element = scope.querySelector(selector);
      const box = element.getBoundingClientRect();
      return { selector, text: element.textContent.trim(), x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
    });
  }, root);
}

test('Before the app has started, the start page already shows its title and the storage promise, in the very place the app draws them', async ({ page, browser }) => {
  await withoutWasm(page);
  await page.goto('/');
  await expect(page.locator('#first-paint h1')).toHaveText('Hoe werkt u samen met ouders?');
  await expect(page.locator('#first-paint')).toContainText('Alles wat u invult, blijft in deze browser op dit apparaat.');
  const early = await topOf(page, '#first-paint');

  const started = await (await browser.newContext()).newPage();
  await openApp(started);
  await expect(started.locator('#first-paint')).toHaveCount(0);
  await expect(started.locator('h1')).toHaveCount(1);
  expect(await topOf(started, null)).toEqual(early);
});

test('The app takes over from the first paint without a layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await openApp(page);
  await expect(page.getByTestId('new-scan')).toBeVisible();
  // Two frames more, so that a late shift would be counted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

test('Someone who chose English, or a link to another screen, never sees the Dutch first paint', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('How do you work with parents?');
  await withoutWasm(page);
  await page.reload();
  await expect(page.locator('#first-paint')).toBeHidden();
  await expect(page.getByText('Hoe werkt u samen met ouders?')).toBeHidden();

  await page.evaluate(() => localStorage.removeItem('samenscan.lang'));
  await page.goto('/#/gegevens');
  await expect(page.locator('#first-paint')).toBeHidden();
  await page.goto('/index.html#/');
  await expect(page.locator('#first-paint')).toBeVisible();
});

test('Only the start page carries the first paint', async ({ page }) => {
  await withoutWasm(page);
  for (const other of ['scan.html', 'profiel.html', 'lea.html', 'werkplek.html', 'gegevens.html', 'lijsten.html', 'consultatie.html']) {
    await page.goto(`/${other}`);
    await expect(page.locator('#first-paint')).toHaveCount(0);
  }
});
