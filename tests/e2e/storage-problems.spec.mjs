// When storage is damaged, newer, full or switched off, the user is told and nothing is lost.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { openApp, startScan, storedScans, fullScan } from './helpers.mjs';

const validV1 = readFileSync(new URL('../fixtures/storage/scan-v1.json', import.meta.url), 'utf8');

async function seed(page, entries) {
  await openApp(page);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
}

test('A damaged scan is set aside, never overwritten, and I can download or discard it', async ({ page }) => {
  await seed(page, {
    'samenscan.scan.s-fixture-1': validV1,
    'samenscan.scan.skapot': '{"schema":1,"scan":{"id":"skapot", "answers": ',
  });
  const notice = page.getByTestId('unreadable');
  await expect(notice).toContainText('Niet alles kon worden gelezen');
  await expect(notice).toContainText('Een opgeslagen scan is beschadigd en kan niet worden geopend.');
  await expect(notice).toContainText('niets overschreven');
  // The good scan next to it loads as usual.
  await expect(page.locator('.scan-row')).toHaveCount(1);
  await expect(page.locator('.scan-row__name')).toHaveText('De Regenboog – locatie "Noord" 🌈');

  const kept = await page.evaluate(() => ({
    original: localStorage.getItem('samenscan.scan.skapot'),
    aside: localStorage.getItem('samenscan.unreadable.scan.skapot'),
  }));
  expect(kept.original).toBeNull();
  expect(kept.aside).toBe('{"schema":1,"scan":{"id":"skapot", "answers": ');

  const downloadPromise = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Gegevens downloaden' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('samenscan-unreadable-scan-skapot.json');
  expect(readFileSync(await download.path(), 'utf8')).toBe(kept.aside);

  // It stays listed after a reload, until I throw it away.
  await page.reload();
  await expect(page.getByTestId('unreadable')).toBeVisible();
  await page.getByTestId('unreadable').getByRole('button', { name: 'Weggooien' }).click();
  await expect(page.getByTestId('unreadable')).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('samenscan.unreadable.scan.skapot'))).toBeNull();
  expect(Object.keys(await storedScans(page))).toEqual(['s-fixture-1']);
});

test('A stored scan that does not fit its list is set aside with a message, the rest opens', async ({ page }) => {
  const misfit = fullScan({ id: 'smis', name: 'Vreemde scan', extra: { x7: { note: 'niet in de lijst' } } });
  const good = fullScan({ id: 'sgoed', name: 'Goede scan' });
  await seed(page, { 'samenscan.scan.smis': JSON.stringify(misfit), 'samenscan.scan.sgoed': JSON.stringify(good) });
  await expect(page.getByTestId('unreadable')).toContainText('past niet bij zijn lijst');
  await expect(page.locator('.scan-row')).toHaveCount(1);
  await expect(page.locator('.scan-row__name')).toHaveText('Goede scan');
  expect(await page.evaluate(() => localStorage.getItem('samenscan.scan.smis'))).toBeNull();
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem('samenscan.unreadable.scan.smis')))).toEqual(misfit);
  // Still said after a reload.
  await page.reload();
  await expect(page.getByTestId('unreadable')).toContainText('past niet bij zijn lijst');
});

test('A scan from a newer Samenscan is kept aside with a message that says so', async ({ page }) => {
  const newer = JSON.stringify({ schema: 99, scan: { id: 'snieuw', future: true } });
  await seed(page, { 'samenscan.scan.snieuw': newer });
  await expect(page.getByTestId('unreadable')).toContainText('komt uit een nieuwere versie van Samenscan');
  expect(await page.evaluate(() => localStorage.getItem('samenscan.unreadable.scan.snieuw'))).toBe(newer);
  // Starting a new scan does not touch it.
  await startScan(page, { name: 'Nieuwe school' });
  expect(await page.evaluate(() => localStorage.getItem('samenscan.unreadable.scan.snieuw'))).toBe(newer);
});

test('A scan an older version set aside comes back once this version can read it, without writing over anything', async ({ page }) => {
  // An older copy of Samenscan (a tab not yet refreshed, another copy on this site) set aside
  // what this version wrote; twice, the second time under a numbered name.
  const kept = JSON.stringify(fullScan({ id: 'sterug', name: 'OBS Terug' }));
  const second = JSON.stringify(fullScan({ id: 'sterug', name: 'OBS Tweede kopie' }));
  await seed(page, { 'samenscan.unreadable.scan.sterug': kept, 'samenscan.unreadable.scan.sterug.2': second });
  await expect(page.getByText(/OBS Terug|OBS Tweede kopie/)).toHaveCount(1);
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.includes('sterug')).map((k) => [k, localStorage.getItem(k)])));
  // One goes back under its own key; the other stays aside, reported, since that key is taken.
  const [back, aside] = stored['samenscan.unreadable.scan.sterug'] ? [second, 'samenscan.unreadable.scan.sterug'] : [kept, 'samenscan.unreadable.scan.sterug.2'];
  expect(Object.keys(stored).sort()).toEqual(['samenscan.scan.sterug', aside].sort());
  expect(JSON.parse(stored['samenscan.scan.sterug']).scan.id).toBe('sterug');
  expect(stored[aside]).toBe(back === kept ? second : kept);
  await expect(page.getByText(JSON.parse(back).scan.details.name)).toBeVisible();
  await expect(page.getByTestId('unreadable')).toBeVisible();
  await expect(page.getByTestId('unreadable').locator('li')).toHaveCount(1);
  // It is said for what it is: a second copy, not a scan that does not fit its list.
  await expect(page.getByTestId('unreadable')).toContainText('Een tweede versie van een scan die al in uw lijst staat');
  await expect(page.getByTestId('unreadable')).not.toContainText('past niet bij zijn lijst');
});

test('When the browser refuses to save, I am told, my answers stay on the page, and retry saves them', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (sessionStorage.getItem('storageFull') && key.startsWith('samenscan.scan.')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openApp(page);
  // Kept in the session: the scan's screens are another page.
  await page.evaluate(() => { sessionStorage.setItem('storageFull', '1'); });
  await startScan(page, { name: 'Vol geheugen' });
  const alert = page.getByTestId('save-failed');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Opslaan lukt niet');
  await expect(alert).toContainText('Uw antwoorden staan nog op deze pagina');
  await expect(page.locator('.save-indicator')).toHaveText('Opslaan lukt niet');

  await page.getByTestId('resume').click();
  await page.locator('.question').first().getByText('4. Samen en geborgd').click();
  await page.getByRole('link', { name: 'Naar het overzicht' }).first().click();
  await expect(page.getByText('1 van 30 beantwoord')).toBeVisible();
  expect(await storedScans(page)).toEqual({});

  await page.evaluate(() => { sessionStorage.removeItem('storageFull'); });
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.locator('.save-indicator')).toHaveText('✓ Opgeslagen');
  await expect(alert).toBeHidden();
  const stored = Object.values(await storedScans(page));
  expect(stored[0].scan.answers['sd1.1'].rating).toEqual({ level: '4' });
});

test('When storage is switched off entirely, the app still works and says answers will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await openApp(page);
  await expect(page.getByTestId('storage-unavailable')).toContainText('de antwoorden zijn weg als u de pagina sluit');
  await startScan(page, { name: 'Privévenster' });
  await page.getByTestId('resume').click();
  await page.locator('.question').first().getByText('2. School informeert').click();
  await expect(page.locator('.question').first().getByLabel('2. School informeert')).toBeChecked();
});
