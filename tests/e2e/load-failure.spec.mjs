// When a page's app cannot be fetched (the connection drops on a page not yet kept for offline
// use, or a host serves an old page whose files are gone), the page says so in plain words,
// instead of showing a header with nothing under it. Nothing stored is touched, and the page
// tries again on a click, or by itself once the connection is back.
import { test, expect } from './fixtures.mjs';
import { openApp, pageReady, expectNoAxeViolations, fullScan, storageSnapshot } from './helpers.mjs';

/** The uncaught errors of this story so far: expected here, so taken off the guard's list. */
function takeErrors(context) {
  return context.cspViolations.splice(0);
}

test('A page whose app cannot be fetched says so in Dutch, keeps what is stored, and starts on "Opnieuw proberen"', async ({ page, context }) => {
  await openApp(page);
  const stored = fullScan({ id: 'sfail', name: 'OBS De Wilg' });
  await page.evaluate((s) => localStorage.setItem(`samenscan.scan.${s.scan.id}`, JSON.stringify(s)), stored);
  const before = await storageSnapshot(page);

  const wasm = /\/profiel-[0-9a-f]+_bg\.wasm$/;
  await page.route(wasm, (route) => route.abort('internetdisconnected'));
  await page.goto('/profiel.html#/scan/sfail/profiel');
  const notice = page.getByTestId('app-failed');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  // The page's content: its main region, with the page's heading.
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Samenscan kan niet starten' })).toBeVisible();
  await expect(notice).toContainText('Wat u al had ingevuld, staat nog in deze browser.');
  // Under the page's own header, whose name still leads to the start page.
  await expect(page.getByRole('link', { name: /Samenscan/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await storageSnapshot(page)).toEqual(before);
  expect(takeErrors(context)).toEqual([expect.stringContaining('Failed to fetch')]);

  await page.unroute(wasm);
  await notice.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OBS De Wilg');
  await expect(page.getByTestId('app-failed')).toHaveCount(0);
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('samenscan.scan.sfail')).scan.answers);
  expect(kept).toEqual(stored.scan.answers);
});

test('Said in English when English is chosen, and tried again by itself when the connection is back', async ({ page, context }) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('samenscan.lang', JSON.stringify('en')));
  const js = /\/werkplek-[0-9a-f]+\.js$/;
  await page.route(js, (route) => route.abort('internetdisconnected'));
  await page.goto('/werkplek.html#/werkplek');
  const notice = page.getByTestId('app-failed');
  await expect(notice.getByRole('heading', { name: 'Samenscan cannot start' })).toBeVisible();
  await expect(notice).toHaveAttribute('lang', 'en');
  await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  await page.unroute(js);
  await context.setOffline(false);
  await pageReady(page);
  await expect(page.getByTestId('app-failed')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('On a first visit\'s start page, a language chosen while the app cannot come says so, and works once it can', async ({ page }) => {
  await openApp(page);
  const app = /\/samenscan-[0-9a-f]+(_bg\.wasm|\.js)$/;
  await page.route(app, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'English' }).click();
  const notice = page.getByTestId('app-failed');
  await expect(notice.getByRole('heading', { name: 'Samenscan kan niet starten' })).toBeVisible();
  // No longer busy, still the whole start page, still Dutch.
  await expect(page.locator('#first-paint')).not.toHaveAttribute('aria-busy', /.*/);
  await expect(page.getByRole('link', { name: 'Nieuwe zelfscan starten' })).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Hoe werkt u samen met ouders?');
  // Beside the page's own heading, not a second one.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);

  await page.unroute(app);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('main h1')).toHaveText('How do you work with parents?');
  await expect(page.getByTestId('app-failed')).toHaveCount(0);
});

test('A browser with WebAssembly switched off is told so plainly, with no "try again" that cannot help; a first visit\'s start page still reads', async ({ page, context }) => {
  // As in Lockdown Mode on an iPhone or iPad, or a browser locked down by an organisation.
  await context.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await openApp(page);
  await expect(page.getByRole('link', { name: 'Nieuwe zelfscan starten' })).toBeVisible();
  await expect(page.getByTestId('app-failed')).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  const notice = page.getByTestId('app-failed');
  await expect(notice).toContainText('WebAssembly staat uit');
  await expect(notice.getByRole('button')).toHaveCount(0);
  await expect(notice).not.toContainText('Zodra er weer verbinding is');

  const stored = fullScan({ id: 'swasm', name: 'OBS Het Anker' });
  await page.evaluate((s) => localStorage.setItem(`samenscan.scan.${s.scan.id}`, JSON.stringify(s)), stored);
  await page.goto('/scan.html#/scan/swasm/doel/sd1');
  await expect(page.getByTestId('app-failed').getByRole('heading', { name: 'Samenscan kan niet starten' })).toBeVisible();
  await expect(page.getByTestId('app-failed')).toContainText('Open Samenscan in een andere browser');
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => localStorage.getItem('samenscan.scan.swasm'))).toBe(JSON.stringify(stored));
  expect(takeErrors(context)).toEqual([expect.stringContaining('WebAssembly')]);
});
