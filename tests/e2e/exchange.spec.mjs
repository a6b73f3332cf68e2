// User stories for export and import: both downloads, a lossless round trip into a fresh
// browser, conflicts, and every kind of bad file refused with the stored scans unchanged.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { openApp, fullScan, seedScans, storedScans, storageSnapshot, expectNoAxeViolations, download, dropFiles } from './helpers.mjs';

const fixtureV1 = readFileSync(new URL('../fixtures/exchange/profiel-v1.json', import.meta.url));

function scanWithEverything() {
  const stored = fullScan({
    name: 'OBS "De Linde" 🌳',
    level: (goal) => (goal === 2 ? '2' : '3'),
    extra: {
      'sd1.1': { rating: { level: '4' }, note: '=HYPERLINK("http://x")\nregel 2; "citaat"', evidence: '@notulen' },
      'sd1.2': { rating: 'unknown', note: '<script>alert(1)</script>' },
      'sd1.3': { rating: 'not_applicable' },
    },
  });
  stored.scan.actions = [{ id: 'a1', goal: 'sd2', what: 'Plan schrijven 📋', who: 'MR', when: '2027-01-15', status: 'bezig' }];
  return stored;
}

test('I download the profile as JSON and as CSV; both say what is inside', async ({ page }) => {
  await openApp(page);
  await seedScans(page, scanWithEverything());
  await page.goto('/profiel.html#/scan/sfull/profiel');

  const json = await download(page, 'download-json');
  expect(json.name).toMatch(/^samenscan_obs-de-linde_streefdoelen-werkversie-2026\.1_\d{4}-\d{2}-\d{2}\.json$/);
  const profile = JSON.parse(json.bytes.toString('utf8'));
  expect(profile.format).toBe('samenscan-profiel');
  expect(profile.format_version).toBe(1);
  expect(profile.instrument).toMatchObject({ id: 'streefdoelen-werkversie', version: '2026.1' });
  expect(profile.instrument.note.nl).toContain('niet de officiële lijst');
  // The file names its list by id, version and content hash, and carries the whole list.
  const { hash, ...reference } = profile.scan.instrument;
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  expect(profile.list).toContain('streefdoelen-werkversie');
  expect({ ...profile.scan, instrument: reference }).toEqual((await storedScans(page)).sfull.scan);

  const csv = await download(page, 'download-csv');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('School of locatie;Lijst;Versie;Thema;Streefdoel;Indicator-id;Indicator;Niveau;Niveau in woorden;Weet niet / n.v.t.;Toelichting;Waar blijkt dat uit?');
  expect(text).toContain(`;sd1.1;`);
  expect(text).toContain(`"'=HYPERLINK(""http://x"")\nregel 2; ""citaat"""`);
  expect(text).toContain(";'@notulen");
  expect(text).toContain(';weet niet;<script>alert(1)</script>;');
  expect(text).not.toMatch(/;=/);
});

test('The JSON opens in a fresh browser with the same profile, answers and plan', async ({ page, browser }) => {
  await openApp(page);
  await seedScans(page, scanWithEverything());
  await page.goto('/profiel.html#/scan/sfull/profiel');
  const verdictBefore = await page.getByTestId('verdict').innerText();
  const tableBefore = await page.getByTestId('score-table').innerText();
  const json = await download(page, 'download-json');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await expect(other.getByText('Er staan nog geen scans op dit apparaat.')).toBeVisible();
  await other.getByTestId('import-file').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await expect(other.getByTestId('flash')).toContainText('Het profiel van OBS "De Linde" 🌳 staat nu bij uw scans.');
  await other.getByRole('link', { name: 'OBS "De Linde" 🌳' }).click();
  await other.getByTestId('view-profile').click();
  expect(await other.getByTestId('verdict').innerText()).toBe(verdictBefore);
  expect(await other.getByTestId('score-table').innerText()).toBe(tableBefore);
  // The same scan, now naming its list's hash as well.
  const imported = (await storedScans(other)).sfull.scan;
  expect(imported.instrument.hash).toMatch(/^[0-9a-f]{16}$/);
  expect({ ...imported, instrument: { id: imported.instrument.id, version: imported.instrument.version } }).toEqual((await storedScans(page)).sfull.scan);
  // Notes with HTML stay text.
  await other.goto('/#/scan/sfull/controle');
  await expect(other.locator('.summary-list__row[data-indicator="sd1.2"]')).toContainText('<script>alert(1)</script>');
  await expect(other.locator('main script')).toHaveCount(0);
  await fresh.close();
});

test('Importing a scan that is already here asks: as a copy, or replace', async ({ page }) => {
  await openApp(page);
  const input = page.getByTestId('import-file');
  await input.setInputFiles({ name: 'profiel.json', mimeType: 'application/json', buffer: fixtureV1 });
  await expect(page.locator('.scan-row')).toHaveCount(1);

  await input.setInputFiles({ name: 'profiel.json', mimeType: 'application/json', buffer: fixtureV1 });
  const conflict = page.getByTestId('import-conflict');
  await expect(conflict).toContainText('Deze scan staat al op dit apparaat: OBS De Linde');
  await expect(conflict).toBeFocused();
  await conflict.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.locator('.scan-row')).toHaveCount(1);

  await input.setInputFiles({ name: 'profiel.json', mimeType: 'application/json', buffer: fixtureV1 });
  await conflict.getByRole('button', { name: 'Als kopie toevoegen' }).click();
  await expect(page.locator('.scan-row')).toHaveCount(2);
  await expect(page.locator('.scan-row__name', { hasText: 'OBS De Linde (geïmporteerd)' })).toBeVisible();

  // Replace: my local change is overwritten by the file, after I chose so.
  await page.evaluate(() => {
    const raw = JSON.parse(localStorage.getItem('samenscan.scan.s-export-v1'));
    raw.scan.details.name = 'Lokaal gewijzigd';
    localStorage.setItem('samenscan.scan.s-export-v1', JSON.stringify(raw));
  });
  await page.reload();
  await input.setInputFiles({ name: 'profiel.json', mimeType: 'application/json', buffer: fixtureV1 });
  await page.getByTestId('import-conflict').getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.locator('.scan-row')).toHaveCount(2);
  expect((await storedScans(page))['s-export-v1'].scan.details.name).toBe('OBS De Linde');
});

test('A profile file can be dropped on the start page', async ({ page }) => {
  await openApp(page);
  await dropFiles(page, 'drop-zone', [['gesleept.json', fixtureV1.toString('utf8')]]);
  await expect(page.locator('.scan-row__name')).toHaveText('OBS De Linde');
});

const deep = '['.repeat(50_000) + ']'.repeat(50_000);
const badFiles = [
  ['not JSON', 'notitie.json', Buffer.from('Dit is gewoon tekst.'), 'Dit is geen Samenscan-profiel.'],
  ['an empty file', 'leeg.json', Buffer.alloc(0), 'Het bestand is leeg.'],
  ['a CSV renamed to .json', 'tabel.json', Buffer.from('\ufeffSchool;Thema\nDe Linde;Visie\n'), 'Dit is geen Samenscan-profiel.'],
  ['an image renamed to .json', 'foto.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'Dit is geen Samenscan-profiel.'],
  ['valid JSON of the wrong shape', 'ander.json', Buffer.from('{"naam": "iets anders", "lijst": [1, 2]}'), 'Dit JSON-bestand is geen Samenscan-profiel.'],
  ['a wrong format version', 'oud.json', Buffer.from(fixtureV1.toString().replace('"format_version": 1', '"format_version": "een"')), 'Het profiel is beschadigd en is niet geopend'],
  ['a newer format version', 'nieuw.json', Buffer.from(fixtureV1.toString().replace('"format_version": 1', '"format_version": 7')), 'Dit profiel is gemaakt met een nieuwere versie van Samenscan (bestandsversie 7).'],
  ['a 20 MB file', 'groot.json', Buffer.alloc(20 * 1024 * 1024, 0x20), 'Het bestand is te groot voor een Samenscan-profiel (meer dan 5 MB).'],
  ['deeply nested JSON', 'diep.json', Buffer.from(deep), 'Dit is geen Samenscan-profiel.'],
  ['a profile with an unknown level', 'niveau.json', Buffer.from(fixtureV1.toString().replace('{ "level": "3" }', '{ "level": "9" }')), 'Bij indicator \'sd1.1\' staat niveau \'9\', maar dat niveau staat niet in de schaal van de lijst.'],
  ['a profile with an answer for an indicator not in the list', 'extra.json', Buffer.from(fixtureV1.toString().replace('"answers": {', '"answers": { "x7": { "note": "extra" },')), 'Het profiel noemt indicator \'x7\' die niet in de lijst staat.'],
  ['a profile with 50,000 made-up answers', 'vol.json', Buffer.from(fixtureV1.toString().replace('"answers": {', `"answers": { ${Array.from({ length: 50000 }, (_, n) => `"nep${n}": { "rating": "unknown" }`).join(', ')},`)), 'die niet in de lijst staat.'],
  ['a profile that answers one indicator twice', 'dubbel.json', Buffer.from(fixtureV1.toString().replace('"answers": {', '"answers": { "sd1.1": { "rating": "unknown" },')), 'Het profiel noemt \'sd1.1\' twee keer.'],
];

for (const [what, name, buffer, message] of badFiles) {
  test(`A bad file is refused with a clear message and nothing stored changes: ${what}`, async ({ page }) => {
    await openApp(page);
    await seedScans(page, fullScan({ name: 'Mijn scan' }));
    const before = await storageSnapshot(page);
    await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
    const error = page.getByTestId('import-error');
    await expect(error).toContainText(`Het bestand '${name}' is niet geopend.`);
    await expect(error).toContainText(message);
    expect(await storageSnapshot(page)).toEqual(before);
    await expect(page.locator('.scan-row')).toHaveCount(1);
    await expect(page.locator('.scan-row__name')).toHaveText('Mijn scan');
  });
}

test('axe: the start page with an import error showing', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nee') });
  await expect(page.getByTestId('import-error')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByTestId('import-file').setInputFiles({ name: 'profiel.json', mimeType: 'application/json', buffer: fixtureV1 });
  await page.getByTestId('import-file').setInputFiles({ name: 'profiel.json', mimeType: 'application/json', buffer: fixtureV1 });
  await expect(page.getByTestId('import-conflict')).toBeVisible();
  await expectNoAxeViolations(page);
});
