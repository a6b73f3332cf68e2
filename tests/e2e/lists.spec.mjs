// User stories for lists beside the built-in working versions: an ExpertisePunt's own list is
// loaded, checked and previewed, a scan is made on it, and its profile opens in a browser that
// never had the list.
import { test, expect } from './fixtures.mjs';
import { openApp, expectNoAxeViolations, download } from './helpers.mjs';
import { readFileSync } from 'node:fs';

const NOORD = readFileSync('tests/fixtures/lists/ep-noord-streefdoelen.csv', 'utf8');
const MBO = readFileSync('tests/fixtures/lists/mbo-partnerschap.csv', 'utf8');
const csvFile = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function loadList(page, name, text) {
  await page.getByTestId('list-file').setInputFiles(csvFile(name, text));
  await expect(page.getByTestId('list-preview')).toBeVisible();
  await page.getByTestId('keep-list').click();
  await expect(page.getByTestId('list-saved')).toBeVisible();
}

test('I load my ExpertisePunt\'s list, check it in full, make a scan on it, and its profile opens in a fresh browser', async ({ page, browser }) => {
  await openApp(page);
  await page.getByTestId('to-lists').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lijsten' })).toBeVisible();

  // A broken file: every problem by line, nothing kept.
  const broken = NOORD.replace('goal;n2;n-welkom', 'goal;n2;onbekend').replace(';2,5;', ';7;');
  await page.getByTestId('list-file').setInputFiles(csvFile('kapot.csv', broken));
  const problems = page.getByTestId('list-problems');
  await expect(problems).toContainText('kapot.csv');
  await expect(problems).toContainText("Regel 12: Onbekend thema 'onbekend'");
  await expect(problems).toContainText('valt buiten de schaal');
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.lijst.')))).toEqual([]);

  // A sound file with script in a text: previewed as text, kept only after confirming.
  const withScript = NOORD.replace('Bereikbaar voor ouders', '<img src=x onerror=alert(1)>Bereikbaar');
  await page.getByTestId('list-file').setInputFiles(csvFile('noord.csv', withScript));
  const preview = page.getByTestId('list-preview');
  await expect(preview.getByRole('heading', { name: 'Streefdoelen ExpertisePunt Noord (testlijst)' })).toBeVisible();
  await expect(preview).toContainText('Testlijst met verzonnen streefdoelen');
  await expect(preview.getByTestId('list-doc-scale')).toContainText('3 – Bereikt');
  await expect(preview).toContainText('Voortgezet onderwijs (vo): Elk nieuw gezin krijgt een gesprek met de mentor.');
  await expect(preview).toContainText('<img src=x onerror=alert(1)>Bereikbaar');
  await expect(preview.locator('img')).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.lijst.')))).toEqual([]);
  await page.getByTestId('keep-list').click();
  await expect(page.getByTestId('list-saved')).toBeVisible();
  await expect(page.getByTestId('list-row')).toHaveCount(3);

  // The same name and version with other content: I am told before anything is kept.
  await page.getByTestId('list-file').setInputFiles(csvFile('noord-anders.csv', NOORD.replace('binnen twee werkdagen', 'binnen een werkdag')));
  await expect(page.getByTestId('list-clash')).toContainText('er is al een lijst');
  await page.getByRole('button', { name: 'Niet bewaren' }).click();

  // A new scan offers the lists, the newest first, with the list's note.
  await page.goto('/');
  await page.getByTestId('new-scan').click();
  const choice = page.getByTestId('list-choice');
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await expect(choice.getByRole('radio').first()).toBeChecked();
  await expect(choice.getByRole('radio').first()).toHaveAccessibleName(/Streefdoelen ExpertisePunt Noord \(testlijst\) · versie 2027\.1/);
  await expect(page.getByTestId('list-note')).toContainText('Testlijst met verzonnen streefdoelen');
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van de school of locatie').fill('OBS De Linde');
  await page.getByLabel('Voortgezet onderwijs (vo)').check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name: 'OBS De Linde' })).toBeVisible();

  // The questions come from the loaded list, with its three-level scale and the vo wording.
  await page.getByRole('link', { name: /Een warme start/ }).first().click();
  await expect(page.getByText('Elk nieuw gezin krijgt een gesprek met de mentor.')).toBeVisible();
  await page.locator('.question').first().getByLabel('2. Op weg').check();
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('samenscan.scan.')).map(([, v]) => JSON.parse(v)));
  expect(stored).toHaveLength(1);
  expect(stored[0].schema).toBe(5);
  expect(stored[0].scan.instrument).toMatchObject({ id: 'ep-noord-streefdoelen', version: '2027.1' });
  expect(stored[0].scan.instrument.hash).toMatch(/^[0-9a-f]{16}$/);

  // The profile judges by the list's own rules, and its file carries the list.
  await page.goto(`/profiel.html#/scan/${stored[0].scan.id}/profiel`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OBS De Linde');
  await expect(page.locator('.verdict__rule')).toContainText('2,5');
  const file = await download(page, 'download-json');
  const profile = JSON.parse(file.bytes.toString('utf8'));
  expect(profile.list).toContain('ep-noord-streefdoelen');

  // A fresh browser that never had the list opens the profile, and keeps the list with it.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await other.getByTestId('import-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await expect(other.getByText('OBS De Linde').first()).toBeVisible();
  const lists = await other.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('samenscan.lijst.')).map(([, v]) => JSON.parse(v)));
  expect(lists).toHaveLength(1);
  expect(lists[0].origin).toBe('profiel');
  await other.goto(`/profiel.html#/scan/${stored[0].scan.id}/profiel`);
  await expect(other.getByRole('heading', { level: 1 })).toContainText('OBS De Linde');
  await expect(other.locator('.verdict__rule')).toContainText('2,5');
  // Without the list inside, the file names the list to load.
  delete profile.list;
  const third = await (await browser.newContext()).newPage();
  await openApp(third);
  await third.getByTestId('import-file').setInputFiles({ name: 'zonder-lijst.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(profile)) });
  await expect(third.getByTestId('import-error')).toContainText("'Streefdoelen ExpertisePunt Noord (testlijst)' (ep-noord-streefdoelen), versie 2027.1");
  await fresh.close();
});

test('A list saved by Excel on Windows, or as Unicode text, keeps its letters, and I am asked to check them', async ({ page }) => {
  await page.goto('/lijsten.html');
  const oost = readFileSync('tests/fixtures/lists/lea-regio-oost.csv', 'utf8').replace('Samen optrekken', 'Samen optrekken – ‘met ouders’');
  // Excel's "CSV (gescheiden door lijstscheidingsteken)" on Windows: Windows-1252, not UTF-8.
  const windows = Buffer.from(oost.replace('–', '\x96').replace('‘', '\x91').replace('’', '\x92'), 'latin1');
  expect(windows.includes(Buffer.from('één'))).toBe(false);
  // Broken as well: its problems, and how it was read.
  const broken = Buffer.from(oost.replace('goal;o2;o-samen', 'goal;o2;onbekend'), 'latin1');
  await page.getByTestId('list-file').setInputFiles({ name: 'oost-kapot.csv', mimeType: 'text/csv', buffer: broken });
  await expect(page.getByTestId('list-problems')).toContainText("Onbekend thema 'onbekend'");
  await expect(page.getByTestId('list-problems').getByTestId('list-encoding')).toContainText('Windows-1252');
  await page.getByTestId('list-file').setInputFiles({ name: 'oost.csv', mimeType: 'text/csv', buffer: windows });
  const preview = page.getByTestId('list-preview');
  await expect(preview).toContainText('Er is één aanspreekpunt voor ouderbeleid bij de gemeente.');
  await expect(preview).toContainText('Samen optrekken – ‘met ouders’');
  await expect(preview).not.toContainText('\ufffd');
  await expect(page.getByTestId('list-encoding')).toContainText('niet als UTF-8 opgeslagen');
  await expect(page.getByTestId('list-encoding')).toContainText("'CSV UTF-8'");
  await expectNoAxeViolations(page);
  await page.getByTestId('keep-list').click();
  await expect(page.getByTestId('list-saved')).toBeVisible();
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('samenscan.lijst.')).map(([, v]) => v).join());
  expect(stored).toContain('Er is één aanspreekpunt');

  // Excel's "Unicode text": UTF-16 with tabs. The same list, so it is already here.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(oost.replaceAll(';', '\t'), 'utf16le')]);
  await page.getByTestId('list-file').setInputFiles({ name: 'oost.txt', mimeType: 'text/plain', buffer: utf16 });
  await expect(page.getByTestId('list-known')).toContainText('Screening LEA regio Oost (testlijst)');

  // A file in UTF-8 gets no such note.
  await page.getByTestId('list-file').setInputFiles(csvFile('mbo.csv', MBO));
  await expect(page.getByTestId('list-preview')).toBeVisible();
  await expect(page.getByTestId('list-encoding')).toHaveCount(0);
});

test('a list that scans use is retired, not deleted, and those scans still open', async ({ page }) => {
  await openApp(page, 'lijsten.html');
  await loadList(page, 'mbo.csv', MBO);
  await page.goto('/');
  await page.getByTestId('new-scan').click();
  await page.getByTestId('list-choice').getByLabel(/Partnerschap mbo/).check();
  await page.getByLabel('Naam van de school of locatie').fill('ROC Oost');
  await page.getByLabel('Middelbaar beroepsonderwijs (mbo)').check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name: 'ROC Oost' })).toBeVisible();

  await page.goto('/lijsten.html');
  const row = page.getByTestId('list-row').filter({ hasText: 'Partnerschap mbo' });
  await expect(row.locator('td').nth(3)).toHaveText('1');
  await row.getByTestId('remove-list').click();
  await expect(page.getByTestId('list-message')).toContainText('wordt niet meer aangeboden');
  await expect(row).toContainText('niet meer aangeboden');
  await expectNoAxeViolations(page);

  // The scan still opens on its list; a new scan no longer offers it.
  await page.goto('/');
  await page.getByText('ROC Oost').first().waitFor();
  await page.getByRole('link', { name: /Verder/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'ROC Oost' })).toBeVisible();
  await page.goto('/scan.html#/nieuw');
  await expect(page.getByTestId('list-choice')).toHaveCount(0);
});

test('the working version downloads as a template that Dutch Excel opens', async ({ page }) => {
  await openApp(page, 'lijsten.html');
  const template = await download(page, 'template-school');
  expect(template.name).toBe('samenscan-sjabloon-streefdoelen.csv');
  expect([...template.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(template.bytes.toString('utf8')).toContain('kind;id;parent;sector;value;nl;en;help_nl;help_en');
  // It loads back as a list: the same as the built-in one, so nothing is added.
  await page.getByTestId('list-file').setInputFiles({ name: template.name, mimeType: 'text/csv', buffer: template.bytes });
  await expect(page.getByTestId('list-known')).toBeVisible();
});

test('An adviser compares a school over two versions of its list: the workspace says what was added, removed and reworded', async ({ page, browser }) => {
  const NOORD_2028 = readFileSync('tests/fixtures/lists/ep-noord-streefdoelen-2028.csv', 'utf8');
  await openApp(page, 'lijsten.html');
  await loadList(page, 'noord-2027.csv', NOORD);
  await loadList(page, 'noord-2028.csv', NOORD_2028);
  const exports = [];
  for (const version of ['2027.1', '2028.1']) {
    await page.goto('/scan.html#/nieuw');
    await page.getByTestId('list-choice').getByRole('radio', { name: new RegExp(`versie ${version.replace('.', '\\.')}`) }).check();
    await page.getByLabel('Naam van de school of locatie').fill('De Noordster');
    await page.getByLabel('Voortgezet onderwijs (vo)').check();
    await page.getByTestId('submit-details').click();
    await expect(page.getByRole('heading', { level: 1, name: 'De Noordster' })).toBeVisible();
    await page.getByRole('link', { name: /Bereikbaar voor ouders/ }).first().click();
    await page.locator('.question').nth(1).getByLabel(version === '2027.1' ? '1. Begin' : '3. Bereikt').check();
    const id = new URL(page.url()).hash.split('/')[2];
    await page.goto(`/profiel.html#/scan/${id}/profiel`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('De Noordster');
    exports.push(await download(page, 'download-json'));
  }

  // The adviser's browser never had either list.
  const adviser = await (await browser.newContext()).newPage();
  await openApp(adviser, 'werkplek.html#/werkplek');
  await adviser.getByTestId('open-files').setInputFiles(exports.map((f, i) => ({ name: `noordster-${i}.json`, mimeType: 'application/json', buffer: f.bytes })));
  await expect(adviser.getByTestId('workspace-row')).toHaveCount(2);
  for (const box of await adviser.getByRole('checkbox').all()) await box.check();
  await adviser.getByTestId('over-time').click();
  await expect(adviser.getByRole('heading', { level: 1, name: 'Vergelijken in de tijd' })).toBeVisible();
  const changes = adviser.getByTestId('list-changes');
  await expect(changes).toContainText('Eerder: Streefdoelen ExpertisePunt Noord (testlijst) (versie 2027.1). Later: Streefdoelen ExpertisePunt Noord (testlijst) (versie 2028.1).');
  await expect(changes).toContainText('2 erbij, 1 eraf, 1 anders geformuleerd.');
  await expect(changes.locator('[data-item="n2.2"]')).toContainText('Anders geformuleerd');
  await expect(changes.locator('[data-item="n2.2"]')).toContainText('Eerder: De school antwoordt binnen twee werkdagen. — Nu: De school antwoordt binnen één werkdag.');
  await expect(changes.locator('[data-item="n3.2"]')).toContainText('Eraf gehaald');
  await expect(changes.locator('[data-item="n4"]')).toContainText('Streefdoel n4');
  await expect(changes.locator('[data-item="n4"]')).toContainText('Erbij gekomen');
  const table = adviser.getByTestId('over-time-table');
  await expect(table.locator('tr[data-goal="n2"]')).toContainText('+2,0');
  await expect(table.locator('tr[data-goal="n4"]')).toContainText('niet in deze versie');
  await expectNoAxeViolations(adviser);
  await adviser.getByRole('button', { name: 'English' }).click();
  await expect(changes).toContainText('2 added, 1 removed, 1 reworded.');
});
