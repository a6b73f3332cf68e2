// User stories for offline use (issue 11): after the first visit every page works with the
// network off, and a new build is offered, never forced, with everything stored kept.
// These stories allow the service worker, which the other stories block.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan, download, exportOf, fullScan, expectNoAxeViolations } from './helpers.mjs';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { serveGzipped } from '../../scripts/gzip-server.mjs';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config.mjs';

test.use({ serviceWorkers: 'allow' });
// The update story changes dist/sw.js for a moment: the stories of this file run one by one.
test.describe.configure({ mode: 'serial' });

/** Waits until the service worker has kept every file and controls the page. */
async function untilReadyOffline(page, timeout = 20_000) {
  await expect.poll(() => page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.active && navigator.serviceWorker.controller);
  }), { timeout }).toBe(true);
}

const PAGES = [
  ['', 'Hoe werkt u samen met ouders?'],
  ['scan.html', 'Nieuwe zelfscan'],
  ['profiel.html', 'Profielen'],
  ['lea.html', 'Nieuwe screening LEA'],
  ['werkplek.html', 'Werkplek voor adviseurs'],
  ['gegevens.html', 'Uw gegevens in deze browser'],
  ['lijsten.html', 'Lijsten'],
  ['consultatie.html', 'Collegiale consultatie'],
];

test('After the first visit every page works offline, and so does a whole scan: answers, profile, export, share link, an LEA meeting, import, language', async ({ page, context }) => {
  await openApp(page);
  await untilReadyOffline(page);
  await context.setOffline(true);
  // Every file is kept: nothing to warn about.
  await page.waitForTimeout(300);
  await expect(page.locator('#not-kept-yet')).toHaveCount(0);
  for (const [path, heading] of PAGES) {
    await page.goto(`/${path}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // A page and its files come from the kept build by a static route, without the worker's
    // fetch handler; the folder's own address (the start page under another name) goes through it.
    const sources = await page.evaluate(() => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
      .filter((entry) => !entry.name.includes('/instruments/'))
      .map((entry) => `${new URL(entry.name).pathname} ${entry.workerMatchedSourceType}`));
    expect(sources.length).toBeGreaterThan(2);
    for (const source of path ? sources : sources.slice(1)) expect(source).toMatch(/ cache$/);
    if (!path) expect(sources[0]).not.toMatch(/ cache$/);
  }
  // A scan round trip with the network off.
  await page.goto('/');
  await startScan(page, { name: 'School zonder wifi' });
  await page.getByRole('link', { name: /Een gedeelde visie/ }).first().click();
  await page.locator('.question').first().getByLabel('3. In gesprek').check();
  await page.locator('.question').first().getByLabel('Toelichting').fill('Besproken zonder internet');
  const id = new URL(page.url()).hash.split('/')[2];
  await page.goto(`/profiel.html#/scan/${id}/profiel`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('School zonder wifi');
  await expect(page.getByTestId('score-chart')).toBeVisible();
  const file = await download(page, 'download-json');
  expect(JSON.parse(file.bytes.toString()).scan.answers['sd1.1'].note).toBe('Besproken zonder internet');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('download-json')).toHaveText('Download the profile (.json)');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  // A share link, made and opened with the network off.
  await page.getByTestId('share-link').click();
  await page.getByTestId('make-link').click();
  const link = await page.getByTestId('share-address').inputValue();
  await page.goto(link);
  await expect(page.getByTestId('profile-name')).toHaveText('School zonder wifi');
  // An LEA meeting, set up and started with the network off.
  await page.goto('/lea.html#/lea/nieuw');
  await page.getByLabel('Naam van de gemeente').fill('Gemeente Zonder Wifi');
  await page.getByLabel('Gemeente', { exact: true }).check();
  await page.getByTestId('start-screening').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gemeente Zonder Wifi');
  await page.getByTestId('start-meeting').click();
  await expect(page.locator('.question').first()).toBeVisible();
  // A profile from someone else, opened offline in the workspace and on the start page.
  const other = exportOf(fullScan({ id: 'seik', name: 'De Eik' }));
  await page.goto('/werkplek.html');
  await page.getByTestId('open-files').setInputFiles({ name: 'eik.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await expect(page.getByTestId('workspace-row')).toHaveCount(1);
  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles({ name: 'eik.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await expect(page.locator('.scan-list')).toContainText('De Eik');
  await context.setOffline(false);
});

test('A new build is offered while a page is open, never forced; after updating, everything stored is still there', async ({ page }) => {
  await openApp(page);
  await untilReadyOffline(page);
  await startScan(page, { name: 'De Vernieuwing' });
  await page.getByRole('link', { name: /Een gedeelde visie/ }).first().click();
  await page.locator('.question').first().getByLabel('Toelichting').fill('Half getypt');
  await expect(page.locator('.save-indicator')).toHaveText(/Opgeslagen/);
  const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

  // Caches that older builds named without their folder: this folder's goes on the update, another folder's stays.
  await page.evaluate(async () => {
    await (await caches.open('samenscan-0123456789abcdef')).put(new URL('index.html', location.href).href, new Response('oud'));
    await (await caches.open('samenscan-fedcba9876543210')).put(new URL('/andere-map/index.html', location.href).href, new Response('oud'));
  });
  const path = 'dist/sw.js';
  const original = readFileSync(path, 'utf8');
  try {
    writeFileSync(path, original.replace(/const VERSION = '[^']*'/, "const VERSION = 'volgende-versie'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const offer = page.locator('#update-offer');
    await expect(offer).toContainText('Er is een nieuwe versie van Samenscan.', { timeout: 20_000 });
    // Not forced: the page and what is typed stay as they are until I choose.
    await page.waitForTimeout(500);
    await expectNoAxeViolations(page);
    await expect(page.locator('.question').first().getByLabel('Toelichting')).toHaveValue('Half getypt');
    const reloaded = page.waitForEvent('load');
    await offer.getByRole('button', { name: 'Vernieuwen' }).click();
    await reloaded;
    await expect(page.locator('.question').first().getByLabel('Toelichting')).toHaveValue('Half getypt');
    await expect(page.locator('#update-offer')).toHaveCount(0);
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual(['samenscan-fedcba9876543210', 'samenscan-volgende-versie /']);
    const after = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(after).toEqual(before);
  } finally {
    writeFileSync(path, original);
  }
});

test('With two tabs open the new build is offered in both; chosen in one, then in the other, each refreshes', async ({ page, context }) => {
  await openApp(page);
  await untilReadyOffline(page);
  const other = await context.newPage();
  await other.goto('/scan.html');
  await expect(other.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
  await untilReadyOffline(other);
  const path = 'dist/sw.js';
  const original = readFileSync(path, 'utf8');
  try {
    writeFileSync(path, original.replace(/const VERSION = '[^']*'/, "const VERSION = 'twee-tabs'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    for (const tab of [page, other]) await expect(tab.locator('#update-offer')).toContainText('Er is een nieuwe versie van Samenscan.', { timeout: 20_000 });
    const first = page.waitForEvent('load');
    await page.locator('#update-offer').getByRole('button', { name: 'Vernieuwen' }).click();
    await first;
    await expect(page.locator('#update-offer')).toHaveCount(0);
    // The other tab still offers it; its button now refreshes it at once (the new build has taken over).
    await expect(other.locator('#update-offer')).toBeVisible();
    const second = other.waitForEvent('load');
    await other.locator('#update-offer').getByRole('button', { name: 'Vernieuwen' }).click();
    await second;
    await expect(other.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
    await expect(other.locator('#update-offer')).toHaveCount(0);
    expect(await other.evaluate(() => caches.keys())).toEqual(['samenscan-twee-tabs /']);
  } finally {
    writeFileSync(path, original);
  }
});

test('A page left open hears of a new build when it is shown again, without a reload', async ({ page }) => {
  await openApp(page);
  await untilReadyOffline(page);
  const path = 'dist/sw.js';
  const original = readFileSync(path, 'utf8');
  try {
    writeFileSync(path, original.replace(/const VERSION = '[^']*'/, "const VERSION = 'open-gelaten'"));
    // Back to this tab (the page itself is not loaded again).
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(page.locator('#update-offer')).toContainText('Er is een nieuwe versie van Samenscan.', { timeout: 20_000 });
  } finally {
    writeFileSync(path, original);
  }
});

test('The first visit says once that Samenscan now works without internet, and the message hides nothing', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 640 });
  await openApp(page);
  await untilReadyOffline(page);
  const ready = page.locator('#offline-ready');
  await expect(ready).toHaveText('Samenscan werkt nu ook zonder internet in deze browser. Sluiten');
  await expectNoAxeViolations(page);
  // Nothing I move to with the keyboard ends up behind it, and the end of the page can be read above it.
  const barTop = (await ready.boundingBox()).y;
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const rect = document.activeElement.getBoundingClientRect();
      const skip = document.activeElement === document.body || Boolean(document.activeElement.closest('#offline-ready'));
      return { skip, bottom: rect.bottom, text: document.activeElement.textContent.trim().slice(0, 40) };
    });
    if (!focused.skip) expect(focused.bottom, focused.text).toBeLessThanOrEqual(barTop);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const footer = await page.locator('.site-footer').boundingBox();
  expect(footer.y + footer.height).toBeLessThanOrEqual((await ready.boundingBox()).y);
  await ready.getByRole('button', { name: 'Sluiten' }).click();
  await expect(ready).toHaveCount(0);
  // Told once: the next visits already work offline and say nothing.
  await page.goto('/scan.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.locator('#offline-ready')).toHaveCount(0);
});

test('Where the browser lets a page offer installing, the first visit\'s bar offers it beside "works without internet"; later visits leave it to the browser', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 640 });
  // The test browser sends no `beforeinstallprompt` here: one is made as Chromium makes it.
  await page.addInitScript(() => {
    window.offerToInstall = (outcome) => {
      const event = new Event('beforeinstallprompt', { cancelable: true });
      event.prompt = () => { window.prompted = (window.prompted ?? 0) + 1; return Promise.resolve(); };
      event.userChoice = Promise.resolve({ outcome, platform: 'web' });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
  });
  await openApp(page);
  // The first visit keeps the offer for its bar (the browser's own banner waits).
  expect(await page.evaluate(() => window.offerToInstall('accepted'))).toBe(true);
  await untilReadyOffline(page);
  const ready = page.locator('#offline-ready');
  await expect(ready).toContainText('Samenscan werkt nu ook zonder internet in deze browser.');
  const install = ready.getByRole('button', { name: 'Installeren als app' });
  await expect(install).toBeVisible();
  await expect(ready.getByRole('button', { name: 'Sluiten' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Both buttons fit on a phone, inside the bar.
  const box = await ready.boundingBox();
  for (const name of ['Installeren als app', 'Sluiten']) {
    const button = await ready.getByRole('button', { name }).boundingBox();
    expect(button.x).toBeGreaterThanOrEqual(box.x);
    expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width);
    expect(button.x + button.width).toBeLessThanOrEqual(390);
  }
  await install.click();
  expect(await page.evaluate(() => window.prompted)).toBe(1);
  await expect(ready).toHaveCount(0);
  // A later visit: the browser offers it itself.
  await page.goto('/scan.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
  expect(await page.evaluate(() => window.offerToInstall('accepted'))).toBe(false);
  await expect(page.locator('#install-app')).toHaveCount(0);
});

test('The app is installable: a manifest with a relative start address, and the worker caches only this origin', async ({ page }) => {
  await openApp(page);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await page.request.get(`/${href}`)).json();
  expect(manifest).toMatchObject({ name: 'Samenscan', short_name: 'Samenscan', lang: 'nl', start_url: './', scope: './', display: 'standalone' });
  expect(manifest.description).toContain('Alles blijft in uw browser');
  expect((await page.request.get(`/${manifest.icons[0].src}`)).ok()).toBe(true);
  await untilReadyOffline(page);
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((r) => r.url);
  });
  expect(cached.length).toBeGreaterThan(20);
  const origin = new URL(page.url()).origin;
  expect(cached.every((url) => url.startsWith(origin))).toBe(true);
  expect(cached.some((url) => url.endsWith('.wasm'))).toBe(true);
  expect(cached.some((url) => url.includes('/publiceren/'))).toBe(false);
});

test('Installed on a phone or tablet it has a proper icon: PNGs for Android (one that fits any shape) and for the home screen of an iPad, drawn from today\'s logo', async ({ page }) => {
  await openApp(page);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  // iOS and iPadOS read the link in the page, on every page one may add to the home screen.
  // The name under it is the app's, not the page's long title.
  const apple = [];
  for (const [path] of PAGES) {
    await page.goto(`/${path}`);
    apple.push(await page.locator('link[rel=apple-touch-icon]').getAttribute('href'));
    apple.push(await page.locator('meta[name=apple-mobile-web-app-title]').getAttribute('content'));
  }
  expect(new Set(apple)).toEqual(new Set(['icons/apple-touch-icon.png', 'Samenscan']));
  // Each icon: its declared size, and the picture that scripts/icons.mjs draws from
  // public/favicon.svg now (a changed logo with old PNGs fails here); the full-bleed ones have
  // no transparent pixel (iOS would fill it with black).
  const { ICONS } = await import('../../scripts/icons.mjs');
  const wanted = [...pngs.map((icon) => icon.src), 'icons/apple-touch-icon.png'];
  for (const src of wanted) {
    const icon = ICONS.find((i) => src.endsWith(`/${i.file}`));
    expect(icon, src).toBeTruthy();
    const found = await page.evaluate(async ({ src, svg, size }) => {
      const pixels = async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = new OffscreenCanvas(size, size);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0, size, size);
        return { width: image.naturalWidth, height: image.naturalHeight, data: context.getImageData(0, 0, size, size).data };
      };
      const png = await pixels(src);
      const drawn = await pixels(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      let difference = 0;
      let transparent = 0;
      for (let i = 0; i < png.data.length; i++) difference += Math.abs(png.data[i] - drawn.data[i]);
      for (let i = 3; i < png.data.length; i += 4) transparent += png.data[i] < 255 ? 1 : 0;
      return { width: png.width, height: png.height, difference: difference / png.data.length, transparent };
    }, { src: `/${src}`, svg: icon.svg, size: icon.size });
    expect(found.width, src).toBe(icon.size);
    expect(found.height, src).toBe(icon.size);
    expect(found.difference, src).toBeLessThan(2);
    if (icon.svg !== ICONS[0].svg) expect(found.transparent, src).toBe(0);
  }
});

test('Two copies in two folders of one website, of different builds, both work offline: neither removes the other\'s files', async ({ page, context }) => {
  // A host with Samenscan in /a/samenscan/ and another build of it in /b/ (two project sites on one
  // GitHub Pages domain share an origin, and so the browser's caches).
  const root = mkdtempSync(join(tmpdir(), 'samenscan-host-'));
  mkdirSync(join(root, 'a'));
  symlinkSync(resolve('dist'), join(root, 'a', 'samenscan'));
  cpSync('dist', join(root, 'b'), { recursive: true });
  const worker = join(root, 'b', 'sw.js');
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'andere-build'"));
  const host = serveGzipped(root, 4391);
  const folders = ['http://127.0.0.1:4391/a/samenscan/', 'http://127.0.0.1:4391/b/'];
  try {
    for (const folder of folders) {
      await page.goto(folder);
      await expect(page.getByRole('heading', { level: 1, name: 'Hoe werkt u samen met ouders?' })).toBeVisible();
      await untilReadyOffline(page);
    }
    const kept = await page.evaluate(() => caches.keys());
    expect(kept).toHaveLength(2);
    expect(kept.some((k) => k.endsWith(' /a/samenscan/'))).toBe(true);
    expect(kept).toContain('samenscan-andere-build /b/');
    await context.setOffline(true);
    for (const folder of folders) {
      for (const [path, heading] of PAGES.slice(0, 3)) {
        await page.goto(`${folder}${path}`);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      }
    }
  } finally {
    await context.setOffline(false);
    host.close();
  }
});

test('Chromium finds nothing that stands in the way of installing it', async ({ baseURL }) => {
  // A browser profile of its own: Chromium does not install from a private window.
  const profile = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'samenscan-profile-')), { ...chromiumLaunch, serviceWorkers: 'allow' });
  try {
    const page = profile.pages()[0] ?? (await profile.newPage());
    await page.goto(baseURL);
    await untilReadyOffline(page);
    const cdp = await profile.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
  } finally {
    await profile.close();
  }
});

test('An update downloads only the files that changed; the others are copied from the kept build', async ({ page, context }) => {
  const root = mkdtempSync(join(tmpdir(), 'samenscan-host-'));
  cpSync('dist', join(root, 's'), { recursive: true });
  const host = serveGzipped(root, 4394);
  const folder = 'http://127.0.0.1:4394/s/';
  try {
    await page.goto(folder);
    await expect(page.getByRole('heading', { level: 1, name: 'Hoe werkt u samen met ouders?' })).toBeVisible();
    await untilReadyOffline(page);
    const fetched = [];
    context.on('request', (request) => {
      // The browser's own look for a new sw.js is reported as the worker's too.
      if (request.serviceWorker() && !request.url().endsWith('/sw.js')) fetched.push(request.url().slice(folder.length));
    });
    // The next build: only the web app manifest differs.
    const changed = 'manifest.webmanifest';
    const manifest = join(root, 's', changed);
    const text = readFileSync(manifest, 'utf8').replace('"Samenscan"', '"Samenscan" ');
    writeFileSync(manifest, text);
    const worker = join(root, 's', 'sw.js');
    const source = readFileSync(worker, 'utf8');
    const files = JSON.parse(source.match(/const FILES = (\[.*?\]);/)[1]);
    const digest = createHash('sha256').update(text).digest('base64');
    writeFileSync(worker, source
      .replace(/const VERSION = '[^']*'/, "const VERSION = 'alleen-wat-anders-is'")
      .replace(JSON.stringify(files), JSON.stringify(files.map(([file, old]) => [file, file === changed ? digest : old]))));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await expect(page.locator('#update-offer')).toContainText('Er is een nieuwe versie van Samenscan.', { timeout: 20_000 });
    expect(fetched).toEqual([changed]);
    const reloaded = page.waitForEvent('load');
    await page.locator('#update-offer').getByRole('button', { name: 'Vernieuwen' }).click();
    await reloaded;
    // Every file of the new build is there: offline, every page opens.
    const kept = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).length);
    expect(kept).toBe(files.length);
    await context.setOffline(true);
    for (const [path, heading] of PAGES) {
      await page.goto(`${folder}${path}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
  } finally {
    await context.setOffline(false);
    host.close();
  }
});

test('On a slow line the first visit\'s download for offline use waits while the next page loads', async ({ page, context }) => {
  test.setTimeout(90_000);
  // The line is slow for everyone: the worker's downloads share it with the page's.
  const host = serveGzipped('dist', 4392, { line: { latencyMs: 100, bitsPerSecond: 1024 * 1024 } });
  const log = [];
  const entryOf = (request) => request.serviceWorker() && log.findLast((e) => e.file === request.url());
  context.on('request', (request) => request.serviceWorker() && log.push({ file: request.url(), start: Date.now() }));
  context.on('requestfinished', (request) => { const entry = entryOf(request); if (entry) entry.end = Date.now(); });
  context.on('requestfailed', (request) => { const entry = entryOf(request); if (entry) entry.end = Date.now(); });
  // The moment the new scan's form is there, by this machine's clock.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById('school-name')) { window.__formAt = performance.timeOrigin + performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    await page.goto('http://127.0.0.1:4392/');
    await expect(page.getByTestId('new-scan')).toBeVisible({ timeout: 20_000 });
    // The worker starts once the start page's app runs; a person then chooses a new scan.
    await expect.poll(() => log.length, { timeout: 20_000 }).toBeGreaterThan(2);
    await page.getByTestId('new-scan').click();
    await expect(page.locator('#school-name')).toBeVisible({ timeout: 20_000 });
    const [htmlAt, formAt] = await page.evaluate(() => [performance.timeOrigin + performance.getEntriesByType('navigation')[0].responseEnd, window.__formAt]);
    // From just after the scan page's HTML came (the start page goes then) until its form
    // showed, none of the worker's downloads was on the line: the one under way was stopped,
    // and no new one started.
    const during = log.filter((e) => e.start < formAt && (e.end ?? Infinity) > htmlAt + 300);
    expect(formAt - htmlAt).toBeGreaterThan(1000);
    expect(during, JSON.stringify(log.map((e) => ({ ...e, file: e.file.split('/').pop(), start: e.start - htmlAt, end: e.end - htmlAt })))).toEqual([]);
    // Then it goes on, fetches again what it stopped, and finishes: every page works offline.
    await untilReadyOffline(page, 60_000);
    await context.setOffline(true);
    for (const [path, heading] of PAGES) {
      await page.goto(`http://127.0.0.1:4392/${path}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
  } finally {
    await context.setOffline(false);
    host.close();
  }
});

test('A new build that the host publishes is kept whole, even while the browser still keeps pages of the old one', async ({ page }) => {
  // A host that lets browsers keep every file ten minutes, as GitHub Pages does.
  const root = mkdtempSync(join(tmpdir(), 'samenscan-host-'));
  cpSync('dist', join(root, 's'), { recursive: true });
  const host = serveGzipped(root, 4393, { keepSeconds: 600 });
  try {
    await page.goto('http://127.0.0.1:4393/s/');
    await expect(page.getByRole('heading', { level: 1, name: 'Hoe werkt u samen met ouders?' })).toBeVisible();
    await untilReadyOffline(page);
    // The next build: its start page differs (and with it the worker's list of files).
    const start = join(root, 's', 'index.html');
    const html = readFileSync(start, 'utf8').replace('<title>Samenscan</title>', '<title>Samenscan</title><meta name=build content=volgende>');
    writeFileSync(start, html);
    const worker = join(root, 's', 'sw.js');
    const digest = createHash('sha256').update(html).digest('base64');
    writeFileSync(worker, readFileSync(worker, 'utf8')
      .replace(/const VERSION = '[^']*'/, "const VERSION = 'gepubliceerd'")
      .replace(/\["index\.html","[^"]*"\]/, `["index.html","${digest}"]`));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await expect(page.locator('#update-offer')).toContainText('Er is een nieuwe versie van Samenscan.', { timeout: 20_000 });
    const reloaded = page.waitForEvent('load');
    await page.locator('#update-offer').getByRole('button', { name: 'Vernieuwen' }).click();
    await reloaded;
    // The start page now comes from the new build's copy, not the browser's older one.
    await expect(page.locator('meta[name=build]')).toHaveAttribute('content', 'volgende');
    expect(await page.evaluate(async () => (await (await caches.match(new URL('index.html', location.href).href)).text()).includes('content=volgende'))).toBe(true);
  } finally {
    host.close();
  }
});

test('A page loaded again and again does not keep the offline copy from being made', async ({ page }) => {
  test.setTimeout(120_000);
  // Each load holds the worker's downloads until the page's app runs; on a line this slow none of
  // the larger files could come in between, so the worker stops waiting after a while in all.
  const host = serveGzipped('dist', 4395, { line: { latencyMs: 20, bitsPerSecond: 4 * 1024 * 1024 } });
  try {
    const started = Date.now();
    let ready = false;
    while (!ready && Date.now() - started < 90_000) {
      await page.goto('http://127.0.0.1:4395/');
      await expect(page.getByTestId('new-scan')).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(300);
      ready = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active));
    }
    expect(ready).toBe(true);
  } finally {
    host.close();
  }
});

test('When the connection drops during the first visit, the offline copy is finished once it is back, without a reload', async ({ page, context }) => {
  test.setTimeout(120_000);
  const host = serveGzipped('dist', 4396, { line: { latencyMs: 50, bitsPerSecond: 2 * 1024 * 1024 } });
  const fetched = [];
  const finished = [];
  const failed = [];
  context.on('request', (request) => request.serviceWorker() && !request.url().endsWith('/sw.js') && fetched.push(request.url()));
  context.on('requestfinished', (request) => request.serviceWorker() && finished.push(request.url()));
  context.on('requestfailed', (request) => request.serviceWorker() && failed.push(request.url()));
  try {
    await page.goto('http://127.0.0.1:4396/');
    await expect(page.getByTestId('new-scan')).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => fetched.length, { timeout: 20_000 }).toBeGreaterThan(8);
    // The wifi drops for a while: the worker's next download fails, and with it this install.
    const keptBefore = [...finished];
    await context.setOffline(true);
    await expect.poll(() => failed.length, { timeout: 20_000 }).toBeGreaterThan(0);
    // The page says that it goes on working, but that another page would not open yet.
    const notKept = page.locator('#not-kept-yet');
    await expect(notKept).toHaveText('Er is geen internet, en Samenscan staat nog niet helemaal in deze browser. Wat u invult, wordt bewaard. Blijf op deze pagina tot er weer internet is. Sluiten');
    await expectNoAxeViolations(page);
    await page.waitForTimeout(1000);
    const before = fetched.length;
    await context.setOffline(false);
    await expect(notKept).toHaveCount(0);
    // Back online, on the same page: the copy is finished.
    await untilReadyOffline(page, 90_000);
    await expect(page.locator('#offline-ready')).toBeVisible();
    // What had come in whole before the drop was not fetched again.
    const again = fetched.slice(before).filter((url) => keptBefore.includes(url));
    expect(keptBefore.length).toBeGreaterThan(4);
    expect(again).toEqual([]);
    await context.setOffline(true);
    await page.goto('http://127.0.0.1:4396/lea.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe screening LEA' })).toBeVisible();
  } finally {
    await context.setOffline(false);
    host.close();
  }
});
