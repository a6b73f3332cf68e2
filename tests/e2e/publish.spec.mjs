// User stories for lists published with the app: a host puts CSV files in instruments/ and runs
// the publish tool (the real one, from the build); the start page reads the manifest, takes the
// lists in, and says what it could not use. The website is played by routing the instruments/
// folder to the folder the tool wrote, so the other stories keep the plain build.
import { test, expect } from './fixtures.mjs';
import { openApp, expectNoAxeViolations } from './helpers.mjs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = 'tests/fixtures/lists';
const LISTS = ['ep-noord-streefdoelen.csv', 'mbo-partnerschap.csv', 'lea-regio-oost.csv'];

/** A host's instruments/ folder with these files, after running the publish tool on it. */
function publishFolder(extra = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'samenscan-site-'));
  for (const name of LISTS) copyFileSync(join(FIXTURES, name), join(folder, name));
  copyFileSync('public/instruments/streefdoelen-werkversie.csv', join(folder, 'streefdoelen-werkversie.csv'));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(folder, name), text);
  const run = spawnSync('node', ['dist/publiceren/lijsten-publiceren.mjs', folder], { encoding: 'utf8' });
  return { folder, run };
}

/** Serves instruments/ from the folder (what the host uploaded); `override` replaces a file. */
async function serveFolder(page, folder, override = {}) {
  await page.route('**/instruments/*', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name in override) return route.fulfill({ status: 200, contentType: 'application/json', body: override[name] });
    const path = join(folder, name);
    if (!existsSync(path)) return route.fulfill({ status: 404, body: 'niet gevonden' });
    return route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: readFileSync(path) });
  });
}

test('The publish tool publishes sound lists, skips the built-in one, and refuses a broken file with its problems by line', () => {
  const broken = readFileSync(join(FIXTURES, 'ep-noord-streefdoelen.csv'), 'utf8').replace('ep-noord-streefdoelen', 'kapotte-lijst').replace('goal;n2;n-welkom', 'goal;n2;onbekend');
  const { folder, run } = publishFolder({ 'kapot.csv': broken });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('gepubliceerd: ep-noord-streefdoelen.csv → Streefdoelen ExpertisePunt Noord (testlijst) (2027.1)');
  expect(run.stdout).toContain('ingebouwd, niet nodig: streefdoelen-werkversie.csv');
  expect(run.stderr).toContain('NIET gepubliceerd: kapot.csv');
  expect(run.stderr).toContain("Regel 12: Onbekend thema 'onbekend'");
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  expect(manifest.format).toBe(1);
  expect(manifest.lists.map((l) => l.id).sort()).toEqual(['ep-noord-streefdoelen', 'lea-regio-oost', 'mbo-partnerschap']);
  for (const entry of manifest.lists) expect(existsSync(join(folder, entry.file))).toBe(true);
  // Run again without the broken file: a clean exit.
  const again = spawnSync('node', ['dist/publiceren/lijsten-publiceren.mjs', folder, '--en'], { encoding: 'utf8' });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('NOT published: kapot.csv');
});

test('The publish tool reads a CSV file that Excel on Windows saved (not UTF-8) with its letters, and says how it read it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'samenscan-site-'));
  writeFileSync(join(folder, 'oost.csv'), Buffer.from(readFileSync(join(FIXTURES, 'lea-regio-oost.csv'), 'utf8'), 'latin1'));
  const run = spawnSync('node', ['dist/publiceren/lijsten-publiceren.mjs', folder], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('oost.csv: gelezen als Windows-1252 (niet als UTF-8 opgeslagen)');
  const [entry] = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).lists;
  const compiled = readFileSync(join(folder, entry.file), 'utf8');
  expect(compiled).toContain('Er is één aanspreekpunt');
  expect(compiled).not.toContain('\ufffd');
});

test('Lists the host published reach the start page once, are offered for a new scan and screening, and a list taken off the site stays for its scans', async ({ page }) => {
  const { folder, run } = publishFolder();
  expect(run.status, run.stderr).toBe(0);
  await serveFolder(page, folder);
  await openApp(page);
  const added = page.getByTestId('published-added');
  await expect(added).toContainText('Nieuwe lijst van deze website: Streefdoelen ExpertisePunt Noord (testlijst) (2027.1)');
  await expect(added).toContainText('Partnerschap mbo (testlijst) (v2)');
  await expect(added).toContainText('Screening LEA regio Oost (testlijst) (1.0)');
  await expect(page.getByTestId('published-problems')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.lijst.')));
  expect(keys).toHaveLength(3);

  // Told once: the next start knows them and fetches only the manifest.
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/instruments/')) fetched.push(r.url().split('/').pop()); });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => fetched).toContain('manifest.json');
  await expect(page.getByTestId('published-added')).toHaveCount(0);
  expect(fetched.filter((f) => f.endsWith('.lijst'))).toEqual([]);

  // The lists page names where they came from.
  await page.getByTestId('to-lists').click();
  const noordRow = page.getByTestId('list-row').filter({ hasText: 'Streefdoelen ExpertisePunt Noord' });
  await expect(noordRow).toContainText('van deze website');

  // A new scan offers the published school lists beside the built-in one.
  await page.goto('/');
  await page.getByTestId('new-scan').click();
  const choice = page.getByTestId('list-choice');
  await expect(choice.getByRole('radio')).toHaveCount(3);
  await choice.getByRole('radio', { name: /Partnerschap mbo \(testlijst\)/ }).check();
  await expect(page.getByTestId('list-note')).toContainText('Testlijst met vijf niveaus');
  await page.getByLabel('Naam van de school of locatie').fill('ROC Vijf Niveaus');
  await page.getByLabel('Middelbaar beroepsonderwijs (mbo)').check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name: 'ROC Vijf Niveaus' })).toBeVisible();
  const scanId = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('samenscan.scan.')).slice('samenscan.scan.'.length));

  // A new screening offers the published LEA list.
  await page.goto('/lea.html#/lea/nieuw');
  await expect(page.getByTestId('list-choice').getByRole('radio', { name: /Screening LEA regio Oost \(testlijst\)/ })).toBeVisible();

  // The host takes the mbo list off the website: no longer offered, but the scan still opens.
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  manifest.lists = manifest.lists.filter((l) => l.id !== 'mbo-partnerschap');
  await page.unroute('**/instruments/*');
  await serveFolder(page, folder, { 'manifest.json': JSON.stringify(manifest) });
  await page.goto('/');
  await expect(page.locator('.scan-list')).toContainText('ROC Vijf Niveaus');
  await page.goto('/lijsten.html');
  await expect(page.getByTestId('list-row').filter({ hasText: 'Partnerschap mbo' })).toContainText('(niet meer aangeboden)');
  await page.goto('/');
  await page.getByTestId('new-scan').click();
  await expect(page.getByTestId('list-choice').getByRole('radio')).toHaveCount(2);
  await page.goto(`/scan.html#/scan/${scanId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'ROC Vijf Niveaus' })).toBeVisible();
});

test('A manifest or list the app cannot use is told on the start page and the lists page, and the rest of the app works', async ({ page }) => {
  const { folder } = publishFolder();
  // A damaged manifest.
  await serveFolder(page, folder, { 'manifest.json': '{"format":1,"lists":[{"file":"../../geheim.lijst"' });
  await openApp(page);
  const problems = page.getByTestId('published-problems');
  await expect(problems).toContainText('Niet alle lijsten van deze website zijn te gebruiken');
  await expect(problems).toContainText('manifest.json is beschadigd');
  await expectNoAxeViolations(page);
  await page.getByTestId('new-scan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();

  // A manifest naming a missing file and a file changed after the manifest was written.
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  const noord = manifest.lists.find((l) => l.id === 'ep-noord-streefdoelen');
  const mbo = manifest.lists.find((l) => l.id === 'mbo-partnerschap');
  noord.file = 'weg.lijst';
  const changed = readFileSync(join(folder, mbo.file), 'utf8').replace('Partnerschap mbo', 'Partnerschap <script>alert(1)</script>');
  await page.unroute('**/instruments/*');
  await serveFolder(page, folder, { 'manifest.json': JSON.stringify(manifest), [mbo.file]: changed });
  await page.goto('/');
  await expect(problems).toContainText('Streefdoelen ExpertisePunt Noord (testlijst) (2027.1) (ep-noord-streefdoelen.csv): Het bestand van de lijst ontbreekt op de website.');
  await expect(problems).toContainText('Partnerschap mbo (testlijst) (v2) (mbo-partnerschap.csv): Het bestand is veranderd nadat manifest.json is gemaakt.');
  await expect(page.getByTestId('published-added')).toContainText('Screening LEA regio Oost');
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.lijst.')));
  expect(kept).toHaveLength(1);

  // The lists page, where a host looks, says it too.
  await page.goto('/lijsten.html');
  await expect(problems).toContainText('Het bestand van de lijst ontbreekt op de website.');
  await expectNoAxeViolations(page);

  // In English too.
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(problems).toContainText("The list's file is missing from the website.");
});

test('A link straight to a new scan, a new screening or the lists page offers the lists the host published, without the start page first', async ({ page }) => {
  const { folder, run } = publishFolder();
  expect(run.status, run.stderr).toBe(0);
  await serveFolder(page, folder);
  // The host's website links to the new-scan screen itself.
  await openApp(page, 'scan.html#/nieuw');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
  const added = page.getByTestId('published-added');
  await expect(added).toContainText('Nieuwe lijst van deze website: Streefdoelen ExpertisePunt Noord (testlijst) (2027.1)');
  await expect(added).toContainText('Partnerschap mbo (testlijst) (v2)');
  // The LEA list is taken in too, but a new scan only names the lists it offers.
  await expect(added).not.toContainText('Screening LEA regio Oost');
  const choice = page.getByTestId('list-choice');
  await expect(choice.getByRole('radio')).toHaveCount(3);
  // Nothing picked yet: the choice follows the newest list, also when it arrived after the screen was drawn.
  await expect(choice.getByRole('radio', { name: /Partnerschap mbo \(testlijst\)/ })).toBeChecked();
  await expect(choice.getByRole('radio', { name: /werkversie/i })).not.toBeChecked();
  await expectNoAxeViolations(page);
  await choice.getByRole('radio', { name: /Streefdoelen ExpertisePunt Noord/ }).check();
  await page.getByLabel('Naam van de school of locatie').fill('Basisschool De Linde');
  await page.getByLabel('Primair onderwijs (po)').check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Basisschool De Linde' })).toBeVisible();
  const instrument = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('samenscan.scan.'));
    return JSON.parse(localStorage.getItem(key)).scan.instrument.id;
  });
  expect(instrument).toBe('ep-noord-streefdoelen');

  // On another device (nothing stored), the lists page opened by its address shows them too.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/lijsten.html');
  await expect(page.getByTestId('published-added')).toContainText('Streefdoelen ExpertisePunt Noord (testlijst) (2027.1)');
  await expect(page.getByTestId('list-row').filter({ hasText: 'Streefdoelen ExpertisePunt Noord' })).toContainText('van deze website');

  // On another device (nothing stored), a link to a new screening offers the published LEA list.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/lea.html#/lea/nieuw');
  await expect(page.getByTestId('published-added')).toContainText('Screening LEA regio Oost (testlijst) (1.0)');
  await expect(page.getByTestId('published-added')).not.toContainText('Partnerschap mbo');
  await expect(page.getByTestId('list-choice').getByRole('radio', { name: /Screening LEA regio Oost \(testlijst\)/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('A list from the website that the browser will not keep is named on the new-scan screen, so I know why it is not offered', async ({ page }) => {
  const { folder, run } = publishFolder();
  expect(run.status, run.stderr).toBe(0);
  await serveFolder(page, folder);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('samenscan.lijst.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openApp(page, 'scan.html#/nieuw');
  const notStored = page.getByTestId('published-not-stored');
  await expect(notStored).toContainText('Streefdoelen ExpertisePunt Noord (testlijst) (2027.1): de browser kon de lijst niet bewaren.');
  await expect(page.getByTestId('published-added')).toHaveCount(0);
  await expect(page.getByTestId('list-choice')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The built-in list still works.
  await page.getByLabel('Naam van de school of locatie').fill('Basisschool Vol');
  await page.getByLabel('Primair onderwijs (po)').check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Basisschool Vol' })).toBeVisible();
});
