// User stories for the data page (gegevens.html): what is kept here, one backup file with
// everything, restoring it in another browser or over what is there, and the reminder.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { openApp, fullScan, seedScans, storedScans, storageSnapshot, expectNoAxeViolations, download, exportOf } from './helpers.mjs';

const screening = () => ({
  schema: 3,
  scan: {
    id: 'slea', instrument: { id: 'screening-lea-werkversie', version: '2026.1' }, details: { name: 'Gemeente Zaanstad', roles: [] },
    answers: { 'l1.1': { rating: { level: 'deels' }, note: 'Visie in de LEA-notitie', next_step: 'Bibliotheek uitnodigen' } },
    created_at: '2026-11-20T08:00:00.000Z', updated_at: '2026-11-21T09:00:00.000Z', actions: [],
    meeting: { date: '2026-11-20', partners: ['gemeente', 'ouders'] },
  },
});

/** A school scan with notes, a plan and an adviser's comments: everything a backup must carry. */
function richScan() {
  const stored = fullScan({ level: (goal) => (goal === 2 ? '2' : '3') });
  stored.schema = 5;
  stored.scan.answers['sd1.1'].note = 'Besproken op de ouderavond';
  stored.scan.actions = [{ id: 'a1', goal: 'sd2', what: 'Ouderpanel starten', who: 'Directie', when: '2027-02-01', status: 'bezig' }];
  stored.scan.feedback = { author: 'Anna, EP Midden', overall: 'Mooie stappen', goals: { sd1: 'Laat zien hoe ouders meeschrijven' }, written_at: '2026-11-25T10:00:00.000Z' };
  return stored;
}

const workspaceEntry = () => {
  const received = fullScan({ id: 's9', name: 'De Eik' });
  return { schema: 5, source: 'eik.json', opened_at: '2026-11-26T10:00:00.000Z', scan: received.scan };
};

async function seedAll(page) {
  await seedScans(page, richScan(), screening());
  await page.evaluate((entry) => localStorage.setItem('samenscan.werkplek.w1', JSON.stringify(entry)), workspaceEntry());
}

async function openData(page) {
  await page.goto('/gegevens.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw gegevens in deze browser' })).toBeVisible();
}

/** Samenscan's scans and workspace entries as parsed values, to compare two browsers. */
async function kept(page) {
  const all = await storageSnapshot(page);
  // Without the stamp that names the version a write replaced (`core::merge::stamp`): it is
  // about this browser's writes, not part of the data.
  const data = (v) => { const { base, ...rest } = JSON.parse(v); return rest; };
  return Object.fromEntries(Object.entries(all).filter(([k]) => /^samenscan\.(scan|werkplek)\./.test(k)).map(([k, v]) => [k, data(v)]));
}

async function restoreFile(page, name, buffer) {
  await page.getByTestId('restore-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** A fresh browser (nothing stored) with a downloaded backup chosen on its data page. */
async function restoreInFreshBrowser(browser, file) {
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await openApp(fresh);
  await openData(fresh);
  await restoreFile(fresh, file.name, file.bytes);
  return { context, fresh };
}

test('I save everything in one browser and restore it in a fresh one: every screen looks the same', async ({ page, browser }) => {
  await openApp(page);
  await seedAll(page);
  await page.getByTestId('to-data').click();
  await expect(page.getByTestId('kept-counts')).toHaveText('1 zelfscan(s), 1 screening(s) LEA, 1 profiel(en) in de werkplek en 0 gespreksleidraden.');
  await expect(page.getByTestId('kept-usage')).toContainText('Samenscan gebruikt');
  await expect(page.getByTestId('last-backup')).toHaveText('Er is nog geen reservekopie gemaakt in deze browser.');
  const file = await download(page, 'backup-download');
  expect(file.name).toMatch(/^samenscan-reservekopie_\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(file.bytes.toString());
  expect(backup.format).toBe('samenscan-reservekopie');
  expect(backup.scans).toHaveLength(2);
  await expect(page.getByTestId('last-backup')).toContainText('Laatste reservekopie:');

  await page.goto('/profiel.html#/scan/sfull/profiel');
  const verdict = await page.getByTestId('verdict').innerText();
  const before = await kept(page);

  // A fresh browser: nothing stored yet.
  const { context, fresh } = await restoreInFreshBrowser(browser, file);
  const preview = fresh.getByTestId('restore-preview');
  await expect(preview).toContainText('2 scan(s) en screening(s), 1 profiel(en) voor de werkplek, 0 gespreksleidraden.');
  await expect(preview).toContainText('OBS De Linde');
  await expect(preview.getByText('Nieuw op dit apparaat')).toHaveCount(2);
  await expect(fresh.getByTestId('restore-summary')).toHaveText('Er komen 2 scan(s) bij, 0 worden vervangen en 0 blijven zoals ze zijn. Er komen 1 profiel(en) in de werkplek, 0 lijst(en) en 0 gespreksleidraden bij.');
  expect(await kept(fresh)).toEqual({});
  await fresh.getByTestId('restore-apply').click();
  await expect(fresh.getByTestId('restore-done')).toHaveText('Teruggezet: 2 scan(s) erbij, 0 vervangen, 0 overgeslagen, 1 profiel(en) in de werkplek, 0 lijst(en) erbij, 0 gespreksleidraden erbij.');
  await expect(fresh.getByTestId('kept-counts')).toHaveText('1 zelfscan(s), 1 screening(s) LEA, 1 profiel(en) in de werkplek en 0 gespreksleidraden.');
  expect(await kept(fresh)).toEqual(before);

  // The screens: profile, plan, comments, answers, LEA, workspace.
  await fresh.goto('/profiel.html#/scan/sfull/profiel');
  expect(await fresh.getByTestId('verdict').innerText()).toBe(verdict);
  await expect(fresh.getByTestId('action-plan').getByLabel('Wat gaan we doen?')).toHaveValue('Ouderpanel starten');
  await expect(fresh.getByTestId('feedback-panel')).toContainText('Laat zien hoe ouders meeschrijven');
  await fresh.goto('/index.html#/scan/sfull/doel/sd1');
  await expect(fresh.locator('.question').first().getByLabel('Toelichting')).toHaveValue('Besproken op de ouderavond');
  await fresh.goto('/lea.html#/lea/slea/vraag/l1');
  await expect(fresh.locator('.question').first().getByLabel('Volgende stap')).toHaveValue('Bibliotheek uitnodigen');
  await fresh.goto('/werkplek.html#/werkplek');
  await expect(fresh.getByTestId('workspace-row')).toHaveCount(1);
  await expect(fresh.getByTestId('workspace-row')).toContainText('De Eik');
  await context.close();
});

const stored = (id, name, note) => {
  const s = fullScan({ id, name });
  s.scan.answers['sd1.1'].note = note;
  return s;
};
const backupOf = (...scans) => Buffer.from(JSON.stringify({
  format: 'samenscan-reservekopie', format_version: 1, app_version: '0.1.0', created_at: '2026-11-30T12:00:00.000Z', scans, workspace: [],
}));

test('Restoring over what is here asks per scan: keep both, replace or skip', async ({ page }) => {
  await openApp(page);
  await seedScans(page, stored('s1', 'De Linde', 'hier'), stored('s2', 'De Eik', 'hier'), stored('s3', 'De Wilg', 'hier'));
  await openData(page);
  await restoreFile(page, 'kopie.json', backupOf(stored('s1', 'De Linde', 'uit kopie'), stored('s2', 'De Eik', 'uit kopie'), stored('s3', 'De Wilg', 'uit kopie'), stored('s4', 'De Beuk', 'uit kopie')));
  const preview = page.getByTestId('restore-preview');
  await expect(preview.getByRole('group', { name: "'De Linde' staat al op dit apparaat. Wat wilt u?" })).toBeVisible();
  await expect(preview.getByText('Nieuw op dit apparaat')).toHaveCount(1);
  await preview.getByRole('group', { name: /'De Eik'/ }).getByLabel('Vervangen door de versie uit de reservekopie').check();
  await preview.getByRole('group', { name: /'De Wilg'/ }).getByLabel('Overslaan: de versie hier blijft').check();
  await expect(page.getByTestId('restore-summary')).toHaveText('Er komen 2 scan(s) bij, 1 worden vervangen en 1 blijven zoals ze zijn. Er komen 0 profiel(en) in de werkplek, 0 lijst(en) en 0 gespreksleidraden bij.');
  await expectNoAxeViolations(page);
  await page.getByTestId('restore-apply').click();
  await expect(page.getByTestId('restore-done')).toBeVisible();
  const scans = Object.values(await storedScans(page)).map((s) => s.scan);
  const byName = Object.fromEntries(scans.map((s) => [s.details.name, s.answers['sd1.1'].note]));
  expect(byName).toEqual({
    'De Linde': 'hier', 'De Linde (reservekopie)': 'uit kopie', // both kept
    'De Eik': 'uit kopie', // replaced
    'De Wilg': 'hier', // skipped
    'De Beuk': 'uit kopie', // new
  });
  expect(scans).toHaveLength(5);
});

test('A restore that fails halfway changes nothing, and says so', async ({ page }) => {
  await openApp(page);
  await seedScans(page, stored('s1', 'De Linde', 'hier'));
  await openData(page);
  await restoreFile(page, 'kopie.json', backupOf(stored('s1', 'De Linde', 'uit kopie'), stored('s2', 'De Eik', 'nieuw'), stored('s3', 'De Wilg', 'nieuw')));
  await page.getByTestId('restore-preview').getByLabel('Vervangen door de versie uit de reservekopie').check();
  const before = await storageSnapshot(page);
  // The browser's storage fills up after two more writes.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (key, value) {
      if (this.getItem(key) === null && ++writes > 1) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.getByTestId('restore-apply').click();
  await expect(page.getByTestId('restore-error')).toContainText('Terugzetten is niet gelukt');
  await expect(page.getByTestId('restore-error')).toContainText('er is niets veranderd');
  expect(await storageSnapshot(page)).toEqual(before);
});

const badBackups = [
  ['a single profile', 'profiel.json', () => Buffer.from(exportOf(fullScan())), 'Dit is een profiel van één scan, geen reservekopie.'],
  ['not JSON', 'tekst.json', () => Buffer.from('hallo'), 'Dit is geen reservekopie van Samenscan.'],
  ['a newer backup', 'nieuw.json', () => Buffer.from(backupOf(fullScan()).toString().replace('"format_version":1', '"format_version":5')), 'nieuwere versie van Samenscan (bestandsversie 5)'],
  ['a scan with an unknown indicator', 'vreemd.json', () => backupOf(fullScan({ extra: { x7: { note: 'x' } } })), "noemt indicator 'x7' die niet in de lijst staat"],
];

for (const [what, name, bytes, message] of badBackups) {
  test(`A bad backup is refused with a reason and nothing changes: ${what}`, async ({ page }) => {
    await openApp(page);
    await seedScans(page, fullScan({ name: 'Mijn scan' }));
    await openData(page);
    const before = await storageSnapshot(page);
    await restoreFile(page, name, bytes());
    const error = page.getByTestId('restore-error');
    await expect(error).toContainText(`'${name}' is niet teruggezet.`);
    await expect(error).toContainText(message);
    await expect(page.getByTestId('restore-preview')).toHaveCount(0);
    expect(await storageSnapshot(page)).toEqual(before);
  });
}

test('The start page reminds me when my last backup is old and something changed; I can put it away', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan());
  await expect(page.getByTestId('backup-reminder')).toBeVisible(); // data from 2026-11, never backed up
  await page.evaluate(() => localStorage.setItem('samenscan.reservekopie', '2026-10-01T10:00:00.000Z|'));
  await page.reload();
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('Tijd voor een reservekopie');
  await expectNoAxeViolations(page);
  await reminder.getByRole('button', { name: 'Niet nu' }).click();
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.locator('.scan-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-reminder')).toBeHidden();
  // After a fresh backup there is nothing to remind.
  await page.evaluate(() => localStorage.removeItem('samenscan.reservekopie'));
  await openData(page);
  await download(page, 'backup-download');
  await page.goto('/');
  await expect(page.locator('.scan-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-reminder')).toBeHidden();
});

test('When storage is nearly full I am warned, with the way out', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan());
  await expect(page.getByTestId('storage-nearly-full')).toBeHidden();
  await page.evaluate(() => localStorage.setItem('ander-programma', 'x'.repeat(4_300_000)));
  await page.reload();
  const warning = page.getByTestId('storage-nearly-full');
  await expect(warning).toContainText('De opslag van deze browser is bijna vol (82%)');
  await warning.getByRole('link', { name: 'Nu alles bewaren' }).click();
  await expect(page.getByTestId('kept-usage')).toContainText('(82%)');
});

test('The data page says whether the browser promised to keep the data, and passes axe', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan());
  await openData(page);
  await expect(page.getByTestId('persisted')).toHaveText(/^(Ja: de browser heeft beloofd|Nee: de browser kan deze gegevens opruimen|De browser zegt het niet)/);
  await expect(page.getByTestId('kept-site')).toContainText('Deze website gebruikt in totaal');
  await expectNoAxeViolations(page);
  // English too.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data in this browser');
  await expect(page.getByTestId('kept-counts')).toHaveText('1 self-assessment(s), 0 LEA screening(s), 0 profile(s) in the workspace and 0 conversation guides.');
});

test('The browser is asked to keep the data at the first save, not when the page opens', async ({ page }) => {
  await page.addInitScript(() => {
    window.persistAsked = 0;
    navigator.storage.persist = async () => { window.persistAsked += 1; return false; };
  });
  await openApp(page);
  await seedScans(page, fullScan());
  await page.goto('/index.html#/scan/sfull/doel/sd1');
  await expect(page.locator('.question')).toHaveCount(3);
  expect(await page.evaluate(() => window.persistAsked)).toBe(0);
  await page.locator('.question').first().getByLabel('Toelichting').fill('Eerste wijziging');
  await expect(page.locator('.save-indicator')).toHaveText('✓ Opgeslagen');
  await page.locator('.question').first().getByLabel('Toelichting').fill('Tweede wijziging');
  expect(await page.evaluate(() => window.persistAsked)).toBe(1);
});

test('A backup carries my own list: it restores in a fresh browser that never had the list, and the scan on it opens', async ({ page, browser }) => {
  await openApp(page);
  await page.goto('/lijsten.html');
  const csv = readFileSync('tests/fixtures/lists/mbo-partnerschap.csv');
  await page.getByTestId('list-file').setInputFiles({ name: 'mbo.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByTestId('keep-list').click();
  await expect(page.getByTestId('list-saved')).toBeVisible();
  await page.goto('/');
  await page.getByTestId('new-scan').click();
  await page.getByTestId('list-choice').getByRole('radio', { name: /Partnerschap mbo/ }).check();
  await page.getByLabel('Naam van de school of locatie').fill('ROC De Brug');
  await page.getByLabel('Middelbaar beroepsonderwijs (mbo)').check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name: 'ROC De Brug' })).toBeVisible();
  await openData(page);
  const file = await download(page, 'backup-download');
  const backup = JSON.parse(file.bytes.toString());
  expect(backup.format_version).toBe(3);
  expect(backup.lists).toHaveLength(1);
  expect(backup.lists[0].origin).toBe('bestand');

  const { context, fresh } = await restoreInFreshBrowser(browser, file);
  await expect(fresh.getByTestId('restore-summary')).toHaveText('Er komen 1 scan(s) bij, 0 worden vervangen en 0 blijven zoals ze zijn. Er komen 0 profiel(en) in de werkplek, 1 lijst(en) en 0 gespreksleidraden bij.');
  await fresh.getByTestId('restore-apply').click();
  await expect(fresh.getByTestId('restore-done')).toContainText('1 lijst(en) erbij');
  await fresh.goto('/lijsten.html');
  await expect(fresh.getByTestId('list-row').filter({ hasText: 'Partnerschap mbo' })).toContainText('eigen bestand');
  await fresh.goto('/');
  await fresh.locator('.scan-list').getByRole('link', { name: /ROC De Brug/ }).first().click();
  await expect(fresh.getByRole('heading', { level: 1, name: 'ROC De Brug' })).toBeVisible();

  // A backup whose list was tampered with is refused, and nothing is written.
  const other = await (await browser.newContext()).newPage();
  await openApp(other);
  await openData(other);
  const tampered = JSON.parse(file.bytes.toString());
  tampered.lists[0].list = tampered.lists[0].list.replace('I\t', 'X\t');
  await restoreFile(other, 'kapot.json', Buffer.from(JSON.stringify(tampered)));
  await expect(other.getByTestId('restore-error')).toContainText('Lijst nummer 1 in de reservekopie kan niet worden gebruikt');
  await expectNoAxeViolations(other);
  expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => /^samenscan\.(scan|lijst)\./.test(k)))).toEqual([]);
  await context.close();
});

test('The backup carries the conversation guides: an adviser gets a guide back in a fresh browser, agreements and all', async ({ page, browser }) => {
  // A browser with two school scans and two guides (one made here, one received), as version 3 wrote them.
  const frozen = JSON.parse(readFileSync(new URL('../fixtures/backup/reservekopie-v3.json', import.meta.url)));
  await openApp(page);
  await page.evaluate((guides) => { for (const g of guides) localStorage.setItem(`samenscan.leidraad.${g.guide.id}`, JSON.stringify(g)); }, frozen.guides);
  await seedScans(page, ...frozen.scans);
  await openData(page);
  await expect(page.getByTestId('kept-counts')).toHaveText('2 zelfscan(s), 0 screening(s) LEA, 0 profiel(en) in de werkplek en 2 gespreksleidraden.');
  const file = await download(page, 'backup-download');
  const backup = JSON.parse(file.bytes.toString());
  expect(backup.format_version).toBe(3);
  expect(backup.guides.map((g) => [g.guide.id, g.received])).toEqual([['g1', false], ['g2', true]]);

  const { context, fresh } = await restoreInFreshBrowser(browser, file);
  await expect(fresh.getByTestId('restore-preview')).toContainText('2 scan(s) en screening(s), 0 profiel(en) voor de werkplek, 2 gespreksleidraden.');
  await expect(fresh.getByTestId('restore-summary')).toHaveText('Er komen 2 scan(s) bij, 0 worden vervangen en 0 blijven zoals ze zijn. Er komen 0 profiel(en) in de werkplek, 0 lijst(en) en 2 gespreksleidraden bij.');
  await fresh.getByTestId('restore-apply').click();
  await expect(fresh.getByTestId('restore-done')).toContainText('2 gespreksleidraden erbij');
  await expect(fresh.getByTestId('kept-counts')).toContainText('en 2 gespreksleidraden.');

  // The adviser's own guide opens for writing, with its agreement; the received one stays read-only.
  await fresh.goto('/consultatie.html#/consultatie');
  await expect(fresh.getByTestId('guide-row')).toHaveCount(2);
  await fresh.getByTestId('guide-row').filter({ hasText: 'hier gemaakt' }).getByRole('link').click();
  await expect(fresh.getByTestId('agreement-what')).toHaveValue('Welkomstgesprek met elke nieuwe ouder');
  await expect(fresh.getByTestId('guide-read-only')).toHaveCount(0);
  await fresh.goto('/consultatie.html#/consultatie/leidraad/g2');
  await expect(fresh.getByTestId('guide-read-only')).toBeVisible();

  // Restored again, no guide is doubled and what was written in it here stays.
  await fresh.goto('/consultatie.html#/consultatie/leidraad/g1');
  await fresh.getByTestId('agreement-who').fill('Directeur');
  await fresh.getByTestId('agreement-who').blur();
  await openData(fresh);
  await restoreFile(fresh, file.name, file.bytes);
  await expect(fresh.getByTestId('restore-summary')).toContainText('0 lijst(en) en 0 gespreksleidraden bij.');
  await fresh.getByTestId('restore-apply').click();
  await expect(fresh.getByTestId('restore-done')).toContainText('0 gespreksleidraden erbij');
  const stored = await fresh.evaluate(() => JSON.parse(localStorage.getItem('samenscan.leidraad.g1')));
  expect(stored.guide.agreements[0].who).toBe('Directeur');
  await context.close();
});

test.describe('On an iPhone or iPad, and in Safari', () => {
  test.use({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1' });
  const today = () => {
    const stored = fullScan();
    stored.scan.created_at = stored.scan.updated_at = new Date().toISOString();
    return stored;
  };

  test('the start page says at once that the browser deletes my answers after a week without a visit, and how to keep them; the data page says it too', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0); // nothing kept, nothing to lose
    await seedScans(page, today());
    const reminder = page.getByTestId('backup-reminder');
    await expect(reminder).toContainText('Let op: deze browser kan uw gegevens wissen');
    await expect(reminder).toContainText('zeven dagen');
    await expect(reminder).toContainText("'Zet op beginscherm'");
    await expect(reminder.getByRole('link', { name: 'Nu alles bewaren' })).toBeVisible();
    await expectNoAxeViolations(page);
    await openData(page);
    await expect(page.getByTestId('deleted-after-a-week')).toContainText('Zet Samenscan op uw beginscherm');
    await expectNoAxeViolations(page);
    // Put away, it stays away for a few days.
    await page.goto('/');
    await reminder.getByRole('button', { name: 'Niet nu' }).click();
    await page.reload();
    await expect(page.locator('.scan-row')).toHaveCount(1);
    await expect(reminder).toHaveCount(0);
  });

  test('opened from the home screen, nothing warns: there the browser keeps it', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
    await openApp(page);
    await seedScans(page, today());
    await expect(page.locator('.scan-row')).toHaveCount(1);
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
    await openData(page);
    await expect(page.getByTestId('persisted')).toBeVisible();
    await expect(page.getByTestId('deleted-after-a-week')).toHaveCount(0);
  });
});

test('In other browsers a scan begun today brings no reminder, and the data page does not speak of a week', async ({ page }) => {
  await openApp(page);
  const stored = fullScan();
  stored.scan.created_at = stored.scan.updated_at = new Date().toISOString();
  await seedScans(page, stored);
  await expect(page.locator('.scan-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await openData(page);
  await expect(page.getByTestId('persisted')).toBeVisible();
  await expect(page.getByTestId('deleted-after-a-week')).toHaveCount(0);
});
