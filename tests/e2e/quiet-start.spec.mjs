// A first visit's start page is whole without its app (scripts/start/loader.js): someone with
// nothing stored gets the page itself, about 10 KB, and the app (about 210 KB) comes only when the
// page needs it. Whatever brings it, the person sees the same page go on working: the language
// switch, a profile file chosen or dropped, a scan stored in another tab or on the page they come
// back from, another screen of the address, and the focus where it was.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan, startAppFromElsewhere, dropFiles, expectNoAxeViolations, exportOf, fullScan, storedScans } from './helpers.mjs';

const APP = /\/samenscan-[0-9a-f]+(_bg\.wasm|\.js)$/;

/** Notes every request for the start page's app (its JS glue or wasm). */
function watchApp(page) {
  const asked = [];
  page.on('request', (request) => {
    if (APP.test(new URL(request.url()).pathname)) asked.push(request.url());
  });
  return asked;
}

/**
 * The page's content as a plain tree (tag, attributes sorted, text), the static first paint's
 * marks left out (its `first-paint-*` classes and the `disabled` of a control the app has not
 * wired yet) and the app's empty markers (comments) too: equal trees are the same page to a person,
 * a screen reader and a test.
 */
const treeOf = (selector) => {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent.trim() ? node.textContent : null;
    if (node.nodeType !== Node.ELEMENT_NODE || node.tagName === 'NOSCRIPT') return null;
    const attributes = [...node.attributes]
      .filter((a) => a.name !== 'disabled')
      .map((a) => (a.name === 'class' ? [a.name, a.value.split(/\s+/).filter((c) => c && !c.startsWith('first-paint')).join(' ')] : [a.name, a.value]))
      .filter(([name, value]) => !(name === 'class' && value === ''))
      .sort(([a], [b]) => a.localeCompare(b));
    return [node.tagName.toLowerCase(), attributes, [...node.childNodes].map(walk).filter((child) => child !== null)];
  };
  return [...document.querySelector(selector).childNodes].map(walk).filter((child) => child !== null);
};

test('A first visitor gets the start page without its app, and it is the very page the app draws', async ({ page }) => {
  const asked = watchApp(page);
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-start', 'quiet');
  await expect(page.getByRole('link', { name: 'Nieuwe zelfscan starten' })).toBeVisible();
  await expect(page.getByText('Er staan nog geen scans op dit apparaat.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.waitForTimeout(300);
  expect(asked).toEqual([]);
  const early = await page.evaluate(treeOf, '#first-paint');

  // Dutch stored in another tab: this page hears it and its app takes over, still in Dutch.
  await startAppFromElsewhere(page);
  expect(asked.length).toBe(2);
  expect(await page.evaluate(treeOf, 'body')).toEqual(early);
});

test('Choosing Dutch, the language already shown, on a first visit fetches nothing', async ({ page }) => {
  const asked = watchApp(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.waitForTimeout(300);
  expect(asked).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe werkt u samen met ouders?');
});

test('Choosing English on a first visit brings the app, in English, with the focus on the choice', async ({ page }) => {
  // The app is held back a moment, as on a slow line: meanwhile the page says it is busy.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/samenscan-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await openApp(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#first-paint')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('html')).toHaveClass(/app-starting/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe werkt u samen met ouders?');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you work with parents?');
  await expect(page.locator('html')).not.toHaveClass(/app-starting/);
  const english = page.getByRole('button', { name: 'English' });
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(english).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you work with parents?');
});

test('A profile chosen on a first visit is opened by the app, and a bad one refused in plain words', async ({ page }) => {
  await openApp(page);
  const stored = fullScan({ id: 'skies', name: 'Basisschool De Kies' });
  await page.getByTestId('import-file').setInputFiles({ name: 'kies.json', mimeType: 'application/json', buffer: Buffer.from(exportOf(stored)) });
  await expect(page.getByTestId('flash')).toContainText('Basisschool De Kies');
  await expect(page.locator('.scan-row__name')).toHaveText('Basisschool De Kies');
  expect(Object.keys(await storedScans(page))).toEqual(['skies']);

  const fresh = await page.context().browser().newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await other.getByTestId('import-file').setInputFiles({ name: 'notitie.json', mimeType: 'application/json', buffer: Buffer.from('Dit is gewoon tekst.') });
  await expect(other.getByTestId('import-error')).toContainText("Het bestand 'notitie.json' is niet geopend.");
  expect(await storedScans(other)).toEqual({});
  await fresh.close();
});

test('A profile dropped on a first visit\'s start page is opened', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, 'drop-zone', [['gesleept.json', exportOf(fullScan({ id: 'sdrop', name: 'Het Anker' }))]]);
  await expect(page.locator('.scan-row__name')).toHaveText('Het Anker');
});

test('A scan started in another tab shows on a first visitor\'s start page, and the focus stays put', async ({ page, context }) => {
  await openApp(page);
  const newScan = page.getByRole('link', { name: 'Nieuwe zelfscan starten' });
  await newScan.focus();
  const other = await context.newPage();
  await other.goto('/scan.html#/nieuw');
  await expect(other.getByLabel('Naam van de school of locatie')).toBeVisible();
  await other.getByLabel('Naam van de school of locatie').fill('OBS Het Baken');
  await other.getByLabel('Primair onderwijs (po)').check();
  await other.getByTestId('submit-details').click();
  await expect(other.getByRole('heading', { level: 1, name: 'OBS Het Baken' })).toBeVisible();

  await expect(page.locator('.scan-row__name')).toHaveText('OBS Het Baken');
  await expect(page.getByRole('link', { name: 'Nieuwe zelfscan starten' })).toBeFocused();
});

test('Back on the start page after starting a scan, the scan is listed', async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'SBO De Brug' });
  // The scan's own page, then its form for a new scan, then the start page.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/$|index\.html/);
  await expect(page.locator('.scan-row__name')).toHaveText('SBO De Brug');
});

test('A start page the browser kept while away (back-forward cache) starts its app when shown again', async ({ page }) => {
  // Chromium here loads the page again on Back (test above); Safari and Firefox keep it, and show
  // it again as it was, with only a `pageshow` event. Storage written by this page itself, as
  // the scan page would have in between: no `storage` event reaches the page.
  await openApp(page);
  await page.evaluate((stored) => localStorage.setItem(`samenscan.scan.${stored.scan.id}`, JSON.stringify(stored)), fullScan({ id: 'skept', name: 'De Wilg' }));
  await page.waitForTimeout(200);
  await expect(page.locator('#first-paint')).toHaveCount(1);
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('.scan-row__name')).toHaveText('De Wilg');
});

test('The skip link of a first visit\'s start page moves to the content, and another screen in the address is opened', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');

  await page.evaluate(() => { location.hash = '#/gegevens'; });
  await expect(page).toHaveURL(/gegevens\.html#\/gegevens$/);
});

test('A returning visitor\'s start page loads its app at once', async ({ page }) => {
  const asked = watchApp(page);
  await openApp(page);
  await startScan(page, { name: 'De Regenboog' });
  await page.goto('/');
  await expect(page.locator('#first-paint')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-start', 'quiet');
  expect(asked.length).toBe(2);
});
