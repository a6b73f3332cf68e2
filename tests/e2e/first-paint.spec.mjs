// Every page paints its header from its HTML before its wasm has arrived, and the start page the
// top of the start screen (title, the storage promise) too, with the ways in for someone with
// nothing stored yet; its links work. When the app starts it takes its place: the same words in the same
// spot, no flash, no shift. Another screen, or a person who chose English, never sees it.
import { test, expect } from './fixtures.mjs';
import { openApp, fullScan, startAppFromElsewhere } from './helpers.mjs';

const TOP = ['.site-header__name', '.site-header__tagline', '.language-switch__option', 'h1', '.lead', '.notice--info', '.notice--info a'];
const REST = ['.scan-list > h2', '.scan-list__empty', '.ways', '.way__title', '.way p', '.way .button', '.picker__button', '.ways ~ p a', '.site-footer'];

/** Holds back the start page's wasm, so the page shows what it shows before the app starts. */
async function withoutStartWasm(page) {
  await page.route(/\/samenscan-[0-9a-f]+_bg\.wasm$/, () => {});
}

/** Text and place of every element matching these selectors, inside `root` (or the whole page). */
async function partsOf(page, selectors, root = null) {
  return page.evaluate(([selectors, root]) => {
    const scope = root ? document.querySelector(root) : document.body;
    return selectors.flatMap((selector) => {
      const found = [...scope.querySelectorAll(selector)];
      if (found.length === 0) return [{ selector, missing: true }];
      return found.map((element) => {
        const box = element.getBoundingClientRect();
        return { selector, text: element.textContent.trim(), x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
      });
    });
  }, [selectors, root]);
}

const storeScan = (stored) => `localStorage.setItem('samenscan.scan.${stored.scan.id}', ${JSON.stringify(JSON.stringify(stored))});`;

test('Before the app has started, a first visitor sees the whole start page, in the very place the app draws it', async ({ page, browser }) => {
  await withoutStartWasm(page);
  await page.goto('/');
  await expect(page.locator('#first-paint h1')).toHaveText('Hoe werkt u samen met ouders?');
  await expect(page.locator('#first-paint')).toContainText('Alles wat u invult, blijft in deze browser op dit apparaat.');
  await expect(page.getByRole('link', { name: 'Nieuwe zelfscan starten' })).toBeVisible();
  const early = await partsOf(page, [...TOP, ...REST], '#first-paint');
  expect(early.filter((part) => part.missing)).toEqual([]);

  // A first visit's page needs no app until it is used (quiet-start.spec.mjs): here another tab
  // brings it, and it takes over.
  const started = await (await browser.newContext()).newPage();
  await openApp(started);
  await startAppFromElsewhere(started);
  await expect(started.locator('h1')).toHaveCount(1);
  expect(await partsOf(started, [...TOP, ...REST])).toEqual(early);
});

test('"Nieuwe zelfscan starten" works before the start page\'s app has arrived', async ({ page }) => {
  await withoutStartWasm(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Nieuwe zelfscan starten' }).click();
  await expect(page).toHaveURL(/scan\.html#\/nieuw$/);
  await expect(page.getByLabel('Naam van de school of locatie')).toBeVisible();
});

test('Someone with scans stored sees only the top early, so their list of scans does not push anything away', async ({ page, browser }) => {
  await page.addInitScript(storeScan(fullScan({ id: 'sfirst', name: 'De Vlinder' })));
  await withoutStartWasm(page);
  await page.goto('/');
  await expect(page.locator('#first-paint h1')).toBeVisible();
  await expect(page.getByText('Waar wilt u beginnen?')).toBeHidden();
  await expect(page.locator('#first-paint .site-footer')).toBeHidden();
  const early = await partsOf(page, TOP, '#first-paint');

  const context = await browser.newContext();
  await context.addInitScript(storeScan(fullScan({ id: 'sfirst', name: 'De Vlinder' })));
  const started = await context.newPage();
  await openApp(started);
  await expect(started.getByText('De Vlinder')).toBeVisible();
  expect(await partsOf(started, TOP)).toEqual(early);
});

for (const [who, seed, path, ready] of [
  ['a first visitor', '', '', 'new-scan'],
  ['someone with scans', storeScan(fullScan({ id: 'sfirst', name: 'De Vlinder' })), '', 'new-scan'],
  ['an adviser opening the workspace', '', 'werkplek.html#/werkplek', 'open-files'],
]) {
  test(`The app takes over from the first paint without a layout shift: ${who}`, async ({ page }) => {
    if (seed) await page.addInitScript(seed);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await openApp(page, path);
    // A first visit's start page: its app comes when something needs it, here another tab.
    if (!seed && !path) await startAppFromElsewhere(page);
    await expect(page.getByTestId(ready)).toBeAttached();
    // Two frames more, so that a late shift would be counted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

test('Someone who chose English never sees the Dutch first paint, and another screen gets only the header', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('How do you work with parents?');
  await withoutStartWasm(page);
  await page.reload();
  await expect(page.locator('#first-paint')).toBeHidden();
  await expect(page.getByText('Hoe werkt u samen met ouders?')).toBeHidden();

  // Another screen of the start page's file: the header, not the start page.
  await page.evaluate(() => localStorage.removeItem('samenscan.lang'));
  await page.goto('/?again#/gegevens');
  await expect(page.locator('#first-paint h1')).toBeHidden();
  await expect(page.locator('#first-paint .site-header')).toBeVisible();
  await page.goto('/index.html#/');
  await expect(page.locator('#first-paint h1')).toBeVisible();

  await page.evaluate(() => localStorage.setItem('samenscan.lang', JSON.stringify('en')));
  await page.route('**/*.wasm', () => {});
  await page.goto('/werkplek.html#/werkplek');
  await expect(page.locator('#first-paint')).toHaveCount(1);
  await expect(page.locator('#first-paint')).toBeHidden();
});

const HEADER = ['.site-header__name', '.site-header__tagline', '.language-switch__option', '.site-header__brand'];

test('Every other page paints its header before its app starts, as the app draws it, and nothing of the start page', async ({ page, browser }) => {
  const pages = [['scan.html', '#/nieuw'], ['profiel.html', '#/scan/onbekend/profiel'], ['lea.html', '#/lea/nieuw'], ['werkplek.html', '#/werkplek'], ['gegevens.html', '#/gegevens'], ['lijsten.html', '#/lijsten'], ['consultatie.html', '']];
  const started = await (await browser.newContext()).newPage();
  await page.route('**/*.wasm', () => {});
  for (const [file, screen] of pages) {
    await page.goto(`/${file}${screen}`);
    await expect(page.locator('#first-paint .site-header')).toBeVisible();
    await expect(page.locator('#first-paint h1')).toHaveCount(0);
    await expect(page.locator('#first-paint .site-header__brand')).toHaveAttribute('href', './#/');
    const early = await partsOf(page, HEADER, '#first-paint');

    await started.goto(`/${file}${screen}`);
    await expect(started.locator('main h1')).toBeVisible();
    await expect(started).toHaveURL(new RegExp(file.replace('.', '\\.')));
    await expect(started.locator('#first-paint')).toHaveCount(0);
    await expect(started.locator('.site-header__brand')).toHaveAttribute('href', './#/');
    expect(await partsOf(started, HEADER), file).toEqual(early);
  }
});

test('On every page the wasm is asked for while the stylesheets load: no script waits for them in the head', async ({ page }) => {
  // A classic script after a stylesheet holds up the parser until that stylesheet has loaded, and
  // with it the preload of the wasm below it: on a slow line the wasm then started 200 ms later.
  await page.goto('/');
  for (const file of ['index.html', 'scan.html', 'profiel.html', 'lea.html', 'werkplek.html', 'gegevens.html', 'lijsten.html', 'consultatie.html']) {
    const html = await (await page.request.get(`/${file}`)).text();
    // The start page's own loader (an inline script that names the wasm) is told apart.
    const head = await page.evaluate((html) => [...new DOMParser().parseFromString(html, 'text/html').head.children].map((e) => e.tagName === 'SCRIPT' ? (e.type === 'module' ? 'module' : e.src ? (e.defer ? 'deferred' : 'script-src') : e.dataset.wasm ? 'loader' : 'inline') : e.tagName === 'LINK' ? e.rel : e.tagName.toLowerCase()), html);
    const firstStylesheet = head.indexOf('stylesheet');
    expect(firstStylesheet, file).toBeGreaterThan(-1);
    if (file === 'index.html') {
      // The start page's own loader asks for the wasm itself (when the app is needed at once),
      // before the stylesheets.
      const loader = head.indexOf('loader');
      expect(loader, file).toBeGreaterThan(-1);
      expect(loader, file).toBeLessThan(firstStylesheet);
    } else {
      expect(head.indexOf('preload'), file).toBeGreaterThan(-1);
    }
    const blocking = head.flatMap((kind, i) => (i > firstStylesheet && ['inline', 'loader', 'script-src'].includes(kind) ? [i] : []));
    expect(blocking, `${file}: a classic script after a stylesheet: ${head.join(', ')}`).toEqual([]);
  }
});
