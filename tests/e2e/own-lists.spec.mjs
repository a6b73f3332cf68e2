// User stories that take a list of one's own through the whole app: a five-level school list
// (mbo) from scan to verdict, CSV and JSON, then an adviser's fresh browser (workspace side by
// side, team merge, link); and a five-level LEA list through a meeting, its results, export and link.
import { test, expect } from './fixtures.mjs';
import { openApp, expectNoAxeViolations, download, loadListFile, mboScan, scanOnList } from './helpers.mjs';

test('A five-level mbo list: scans, verdict by its own rules, CSV and JSON; an adviser who never had the list compares, merges and shares', async ({ page, browser }) => {
  await openApp(page);
  await loadListFile(page, 'tests/fixtures/lists/mbo-partnerschap.csv');
  const jan = await mboScan(page, 'ROC De Brug (Jan)', ['4. Geborgd', '3. Uitgevoerd', '2. Gepland', '0. Afwezig']);
  const piet = await mboScan(page, 'ROC De Brug (Piet)', ['4. Geborgd', '1. Incidenteel', '2. Gepland', '3. Uitgevoerd']);

  // The profile judges by the list's rules: every item at least "Gepland", up to 2 gaps is "almost".
  await page.goto(`/profiel.html#/scan/${jan}/profiel`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ROC De Brug (Jan)');
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText('Bijna klaar voor het eindgesprek');
  await expect(verdict).toContainText('Ouders worden betrokken bij de keuze voor stage en vervolg.');
  await expect(page.locator('.overall-score')).toContainText('van 4');
  await expectNoAxeViolations(page);
  const csv = await download(page, 'download-csv');
  const text = csv.bytes.toString('utf8');
  expect(text).toContain('Partnerschap mbo (testlijst)');
  expect(text).toContain('Afwezig');
  expect(text).toContain('Bij verzuim neemt de school binnen een week contact op met ouders.');
  expect(text).not.toContain('Bij verzuim belt de mentor');
  const janFile = await download(page, 'download-json');
  await page.goto(`/profiel.html#/scan/${piet}/profiel`);
  await expect(page.getByTestId('verdict')).toContainText('Bijna klaar voor het eindgesprek');
  const pietFile = await download(page, 'download-json');

  // The adviser's fresh browser.
  const adviser = await (await browser.newContext()).newPage();
  await openApp(adviser, 'werkplek.html#/werkplek');
  await adviser.getByTestId('open-files').setInputFiles([janFile, pietFile].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: f.bytes })));
  await expect(adviser.getByTestId('workspace-row')).toHaveCount(2);
  await expect(adviser.getByTestId('workspace-group')).toContainText('Partnerschap mbo (testlijst)');
  await adviser.getByTestId('compare').first().click();
  await expect(adviser.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(adviser.locator('main')).toContainText('Intake met ouders');
  await expect(adviser.locator('main')).toContainText('ROC De Brug (Piet)');
  await expectNoAxeViolations(adviser);
  await adviser.goto('/werkplek.html#/werkplek');
  for (const box of await adviser.getByRole('checkbox').all()) await box.check();
  await adviser.getByTestId('team').click();
  await expect(adviser.getByRole('heading', { level: 1, name: 'Teamweergave' })).toBeVisible();
  await expect(adviser.getByTestId('team-summary')).toContainText('van de 4 indicatoren');
  const first = adviser.getByTestId('agreement-row').first();
  await expect(first).toHaveAttribute('data-indicator', /m3\.1|m1\.2/);
  await expectNoAxeViolations(adviser);

  // A link carries the list: it opens in a third browser that has nothing.
  await page.goto(`/profiel.html#/scan/${jan}/profiel`);
  await page.getByTestId('share-link').click();
  await page.getByTestId('make-link').click();
  const link = await page.getByTestId('share-address').inputValue();
  expect(link.length).toBeLessThan(8000);
  const third = await (await browser.newContext()).newPage();
  await third.goto(link);
  await expect(third.getByTestId('profile-name')).toHaveText('ROC De Brug (Jan)');
  await expect(third.getByTestId('overall-score')).toContainText('van 4 · Bijna');
  await expect(third.locator('main')).toContainText('4. Geborgd');
  await expectNoAxeViolations(third);
});

test('A five-level LEA list from the region: a meeting on it, its results, export and link, opened where the list never was', async ({ page, browser }) => {
  await openApp(page);
  await loadListFile(page, 'tests/fixtures/lists/lea-regio-oost.csv');
  await page.goto('/lea.html#/lea/nieuw');
  await page.getByTestId('list-choice').getByRole('radio', { name: /Screening LEA regio Oost/ }).check();
  await expect(page.getByTestId('list-note')).toContainText('Testlijst voor een gemeentelijke screening');
  await page.getByLabel('Naam van de gemeente').fill('Gemeente Hengelo');
  await page.getByLabel('Gemeente', { exact: true }).check();
  await page.getByLabel('Ouders of ouderorganisatie', { exact: true }).check();
  await page.getByTestId('start-screening').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Hengelo');
  await expect(page.getByText('0 van 5 beantwoord')).toBeVisible();
  await page.getByTestId('start-meeting').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afspraken in de LEA');
  await expect(page.getByText('Onderwerp 1 van 3')).toBeVisible();
  await expectNoAxeViolations(page);
  const questions = page.locator('.question');
  await questions.nth(0).getByLabel('4. Geborgd').check();
  await questions.nth(1).getByLabel('2. Vaak').check();
  // Keyboard shortcut 1 on the next topic's question: the level with score 1.
  await page.getByTestId('next-topic').click();
  await expect(page.getByText('Onderwerp 2 van 3')).toBeVisible();
  await page.locator('.question').first().getByLabel('0. Niet').focus();
  await page.keyboard.press('1');
  await expect(page.locator('.question').first().getByLabel('1. Soms')).toBeChecked();

  await page.goto(page.url().replace(/vraag\/[^/]+$/, 'resultaat'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaat van de screening: Gemeente Hengelo');
  await expect(page.getByTestId('score-chart').locator('[data-goal="o1"] .chart__value')).toHaveText('3,0');
  await expect(page.getByTestId('score-chart').locator('[data-goal="o2"] .chart__value')).toHaveText('1,0');
  await expect(page.locator('#chart-title')).toHaveText('Score per onderwerp (Niet 0 · Soms 1 · Vaak 2 · Overal 3 · Geborgd 4)');
  await expectNoAxeViolations(page);
  const file = await download(page, 'download-json');
  expect(JSON.parse(file.bytes.toString()).list).toContain('lea-regio-oost');

  // Opened in a fresh browser: on the start page, then the results on its own list.
  const other = await (await browser.newContext()).newPage();
  await openApp(other);
  await other.getByTestId('import-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await expect(other.locator('.scan-row', { hasText: 'Gemeente Hengelo' })).toBeVisible();
  const id = new URL(page.url()).hash.split('/')[2];
  await other.goto(`/lea.html#/lea/${id}/resultaat`);
  await expect(other.getByTestId('score-chart').locator('[data-goal="o1"] .chart__value')).toHaveText('3,0');

  // And as a link, in a third browser.
  await page.getByTestId('share-link').click();
  await page.getByTestId('make-link').click();
  const link = await page.getByTestId('share-address').inputValue();
  const third = await (await browser.newContext()).newPage();
  await third.goto(link);
  await expect(third.getByTestId('profile-name')).toHaveText('Gemeente Hengelo');
  await expect(third.locator('main')).toContainText('Afspraken in de LEA');
});

test('A list with streefdoelen for some sectors only: a school walks through its own, and the adviser sees "not for this sector"', async ({ page }) => {
  // In the mbo test list, "Start van de opleiding" has streefdoelen for mbo (m1) and mbo and vo (m2) only.
  await openApp(page);
  await loadListFile(page, 'tests/fixtures/lists/mbo-partnerschap.csv');
  const newScan = (name, sector) => scanOnList(page, /Partnerschap mbo/, name, sector);
  const po = await newScan('Basisschool De Wegwijzer', 'Primair onderwijs (po)');
  // The overview lists one theme, with its one streefdoel: no empty theme of other sectors.
  const sections = page.locator('.task-list__section');
  await expect(sections).toHaveCount(1);
  await expect(sections.locator('h2')).toHaveText('1. Loopbaan');
  await expect(page.locator('main')).not.toContainText('Start van de opleiding');
  // "Begin met de scan" opens that streefdoel, the first and last of this school.
  await page.getByTestId('resume').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ouders en loopbaankeuzes' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Streefdoel 1 van 1');
  await expect(page.locator('.pager__previous')).toHaveCount(0);
  await expect(page.locator('.pager__next')).toHaveText('Controleer uw antwoorden →');
  await page.locator('.question').first().getByLabel('3. Uitgevoerd').check();
  await page.locator('.pager__next').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' })).toBeVisible();
  await expect(page.locator('.summary-theme h2')).toHaveText(['Loopbaan']);
  // A streefdoel of another sector is not part of this scan, also by its address.
  await page.goto(`/scan.html#/scan/${po}/doel/m1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
  await page.goto(`/profiel.html#/scan/${po}/profiel`);
  await expect(page.locator('.chart__bar')).toHaveCount(1);
  await expect(page.locator('.chart__theme')).toHaveCount(1);
  const poFile = await download(page, 'download-json');

  // vo answers m2 but not m1: "Streefdoel 1 van 2", and Next leads to m3.
  const vo = await newScan('Het Lyceum', 'Voortgezet onderwijs (vo)');
  await page.goto(`/scan.html#/scan/${vo}/doel/m2`);
  await expect(page.locator('main')).toContainText('Streefdoel 1 van 2');
  await expect(page.locator('.pager__previous')).toHaveCount(0);
  await page.locator('.pager__next').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ouders en loopbaankeuzes' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Streefdoel 2 van 2');

  // The adviser puts the po school beside an mbo school: m1 is not for the po school's sector.
  const mbo = await mboScan(page, 'ROC De Brug', ['4. Geborgd', '3. Uitgevoerd', '2. Gepland', '3. Uitgevoerd']);
  await page.goto(`/profiel.html#/scan/${mbo}/profiel`);
  const mboFile = await download(page, 'download-json');
  await page.goto('/werkplek.html#/werkplek');
  await page.getByTestId('open-files').setInputFiles([poFile, mboFile].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: f.bytes })));
  await expect(page.getByTestId('workspace-row')).toHaveCount(2);
  await page.getByTestId('compare').first().click();
  const wegwijzer = page.locator('tr', { has: page.getByRole('link', { name: 'Basisschool De Wegwijzer' }) }).first();
  await expect(wegwijzer).toContainText('niet voor deze sector');
  await expect(wegwijzer).not.toContainText('niet in deze versie');
  await expectNoAxeViolations(page);
});
