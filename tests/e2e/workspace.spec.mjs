// User stories for the adviser workspace: open many files (bad ones too), compare side by side
// and over time, merge a team, write comments that travel back to the school, share as a link.
import { test, expect } from './fixtures.mjs';
import { openApp, fullScan, seedScans, storedScans, storageSnapshot, expectNoAxeViolations, download, exportOf, jsonFile, dropFiles } from './helpers.mjs';

const school = (id, name, level, updated = '2026-11-20T10:00:00.000Z') => {
  const stored = fullScan({ id, name, level: () => level });
  stored.scan.updated_at = updated;
  return stored;
};
const file = (name, stored) => jsonFile(name, exportOf(stored));
const leaScreening = () => ({
  schema: 3,
  scan: {
    id: 'slea', instrument: { id: 'screening-lea-werkversie', version: '2026.1' }, details: { name: 'Gemeente Zaanstad', roles: [] },
    answers: { 'l1.1': { rating: { level: 'deels' }, note: 'Visie in de LEA-notitie' } },
    created_at: '2026-11-20T08:00:00.000Z', updated_at: '2026-11-21T09:00:00.000Z', actions: [],
    meeting: { date: '2026-11-20', partners: ['gemeente', 'ouders'] },
  },
});

async function openWorkspace(page) {
  await openApp(page, 'werkplek.html#/werkplek');
  await expect(page.getByRole('heading', { level: 1, name: 'Werkplek voor adviseurs' })).toBeVisible();
}

async function openFiles(page, files) {
  await page.getByTestId('open-files').setInputFiles(files);
}

function workspaceKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.werkplek.')));
}

test('I open several files at once: the good ones open, each bad one says why', async ({ page }) => {
  await openWorkspace(page);
  await expect(page.getByTestId('workspace-empty')).toBeVisible();
  const newer = JSON.parse(exportOf(school('sx', 'Nieuw', '3')));
  newer.format_version = 99;
  await openFiles(page, [
    file('linde.json', school('s1', 'OBS De Linde', '3')),
    file('eik.json', school('s2', 'De Eik', '2')),
    jsonFile('leeg.json', ''),
    jsonFile('foto.json', 'GIF89a…'),
    jsonFile('nieuw.json', JSON.stringify(newer)),
    file('linde-nog-eens.json', school('s1', 'OBS De Linde', '3')),
  ]);
  await expect(page.getByTestId('open-report')).toContainText('2 profiel(en) geopend. 1 stond(en) al open.');
  const errors = page.getByTestId('open-errors');
  await expect(errors).toContainText('3 bestand(en) niet geopend');
  await expect(errors).toContainText('leeg.json: Het bestand is leeg.');
  await expect(errors).toContainText('foto.json: Dit is geen Samenscan-profiel.');
  await expect(errors).toContainText('nieuw.json: Dit profiel is gemaakt met een nieuwere versie');
  await expect(page.getByTestId('open-already')).toContainText('linde-nog-eens.json');
  await expect(page.getByTestId('workspace-row')).toHaveCount(2);
  await expectNoAxeViolations(page);

  // Kept in this browser, apart from own scans; still there after a reload.
  expect(await workspaceKeys(page)).toHaveLength(2);
  expect(Object.keys(await storedScans(page))).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('workspace-row')).toHaveCount(2);

  // Read-only: the profile shows answers, no rating controls; a copy goes to own scans.
  await page.getByRole('link', { name: 'OBS De Linde' }).click();
  await expect(page.getByTestId('profile-name')).toHaveText('OBS De Linde');
  await expect(page.getByTestId('overall-score')).toContainText('Totaalscore 3,0 van 4');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByTestId('make-copy').click();
  await expect(page.getByTestId('copy-made')).toBeVisible();
  const own = Object.values(await storedScans(page));
  expect(own).toHaveLength(1);
  expect(own[0].scan.details.name).toBe('OBS De Linde (kopie)');
  await page.getByRole('link', { name: 'Open de kopie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'OBS De Linde (kopie)' })).toBeVisible();

  // Clearing the workspace asks first, and leaves own scans alone.
  await page.goto('/werkplek.html#/werkplek');
  // Closing one profile can be undone.
  await page.getByRole('button', { name: 'Sluit De Eik' }).click();
  await expect(page.getByTestId('workspace-row')).toHaveCount(1);
  await expect(page.getByTestId('closed-message')).toContainText('De Eik is gesloten.');
  expect(await workspaceKeys(page)).toHaveLength(1);
  await page.getByTestId('undo-close').click();
  await expect(page.getByTestId('workspace-row')).toHaveCount(2);
  expect(await workspaceKeys(page)).toHaveLength(2);
  await page.getByTestId('clear-workspace').click();
  await expect(page.getByRole('dialog')).toContainText('2 profiel(en) worden uit deze browser verwijderd');
  await page.getByRole('dialog').getByRole('button', { name: 'Leegmaken' }).click();
  await expect(page.getByTestId('workspace-empty')).toBeVisible();
  expect(await workspaceKeys(page)).toEqual([]);
  expect(Object.keys(await storedScans(page))).toHaveLength(1);
});

test('Files saved again by another program open as they are: a byte order mark, accents, a broken byte', async ({ page }) => {
  await openWorkspace(page);
  const accents = 'Basisschool \'t Fonteintje – één, ĳs & “citaat”';
  await openFiles(page, [
    jsonFile('fonteintje.json', '\ufeff' + exportOf(school('s1', accents, '3'))),
    // A Latin-1 "ë" in a name is not UTF-8: the file still opens, the byte shows as �, nothing is guessed.
    { name: 'brugge.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from(exportOf(school('s2', 'De Br#gge', '2')).split('#')[0]), Buffer.from([0xeb]), Buffer.from(exportOf(school('s2', 'De Br#gge', '2')).split('#')[1])]) },
  ]);
  await expect(page.getByTestId('open-report')).toContainText('2 profiel(en) geopend.');
  await expect(page.getByRole('link', { name: accents })).toBeVisible();
  await expect(page.getByRole('link', { name: 'De Br\ufffdgge' })).toBeVisible();
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('samenscan.werkplek.')).map(([, v]) => JSON.parse(v).scan.details.name).sort());
  expect(stored).toEqual([accents, 'De Br\ufffdgge'].sort());
});

test('I compare the schools of a region side by side, sort them and download the overview', async ({ page }) => {
  await openWorkspace(page);
  await openFiles(page, [
    file('a.json', school('s1', 'Aventurijn', '2')),
    file('b.json', school('s2', 'Bolderik', '4')),
    file('c.json', school('s3', 'Cosmos', '1')),
  ]);
  await expect(page.getByTestId('workspace-row')).toHaveCount(3);
  await page.getByTestId('compare').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Naast elkaar: Streefdoelen ouderbetrokkenheid (werkversie) (3 profielen)');
  const tables = page.getByTestId('compare-table');
  await expect(tables).toHaveCount(6);
  const first = tables.first();
  const names = () => first.locator('tbody th').allTextContents();
  expect(await names()).toEqual(['Aventurijn', 'Bolderik', 'Cosmos']);
  await first.getByRole('button', { name: /Totaal/ }).click();
  expect(await names()).toEqual(['Bolderik', 'Aventurijn', 'Cosmos']);
  await expect(first.locator('th[aria-sort="descending"]')).toContainText('Totaal');
  await first.getByRole('button', { name: /Totaal/ }).click();
  expect(await names()).toEqual(['Cosmos', 'Aventurijn', 'Bolderik']);
  await expect(first.locator('tbody tr').first()).toContainText('1,0');
  // Each score has its bar, in tenths of the scale: 1,0 on a scale of 1 to 4 is a quarter.
  await expect(first.locator('td.compare-table__score', { hasText: /^1,0$/ }).first()).toHaveClass('compare-table__score compare-table__score--3');
  await expectNoAxeViolations(page);

  const csv = await download(page, 'download-overview');
  expect(csv.name).toMatch(/^samenscan_overzicht_streefdoelen-werkversie_\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^School of gemeente;Sector;Regio;Beantwoord;Oordeel;Totaalscore;Thema: Visie en beleid;Streefdoel: /);
  expect(lines).toHaveLength(5);
  expect(lines.find((l) => l.startsWith('Bolderik'))).toContain(';4,0;');
});

test('With the profiles of a whole region side by side, the browser draws only the table on screen; each table is there when I scroll to it and when I print', async ({ page }) => {
  await openWorkspace(page);
  const count = 60;
  await openFiles(page, Array.from({ length: count }, (_, n) => file(`s${n}.json`, school(`s${n}`, `School ${String(n).padStart(2, '0')}`, String(1 + (n % 4))))));
  await expect(page.getByTestId('workspace-row')).toHaveCount(count);
  // Counted from the click: each table laid out for the first time says so.
  await page.evaluate(() => {
    window.drawnTables = 0;
    document.addEventListener('contentvisibilityautostatechange', (event) => { if (!event.skipped) window.drawnTables += 1; }, true);
  });
  await page.getByTestId('compare').click();
  const tables = page.getByTestId('compare-table');
  await expect(tables).toHaveCount(6);
  await expect(tables.last().locator('tbody tr')).toHaveCount(count);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Each table's size hint is near its real height, so the ones below the first (which fills
  // the screen) wait until they come near it.
  expect(await page.evaluate(() => window.drawnTables)).toBe(1);
  const hinted = await page.locator('.compare-table-wrap').evaluateAll((wraps) => wraps.map((w) => w.getBoundingClientRect().height));
  await tables.last().scrollIntoViewIfNeeded();
  await expect(tables.last().locator('tbody tr').last()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.drawnTables)).toBeGreaterThan(1);
  const real = await page.locator('.compare-table-wrap').evaluateAll((wraps) => wraps.map((w) => {
    w.style.contentVisibility = 'visible';
    return w.getBoundingClientRect().height;
  }));
  hinted.forEach((height, i) => expect(Math.abs(height - real[i]) / real[i]).toBeLessThan(0.25));
  // Printed, every table is drawn in full.
  await page.locator('.compare-table-wrap').evaluateAll((wraps) => wraps.forEach((w) => { w.style.contentVisibility = ''; }));
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.compare-table-wrap').evaluateAll((wraps) => wraps.map((w) => getComputedStyle(w).contentVisibility))).toEqual(Array(6).fill('visible'));
  await page.emulateMedia({ media: 'screen' });
});

test('Many files opened at once are listed first and kept right after; leaving the page at once still keeps them all', async ({ page }) => {
  await openWorkspace(page);
  const count = 30;
  const files = (from) => Array.from({ length: count }, (_, n) => file(`b${from + n}.json`, school(`b${from + n}`, `School ${from + n}`, String(1 + (n % 4)))));
  // At the moment the rows are drawn, nothing of them is written yet: the write waits for the
  // frame that shows them. Then every profile is kept.
  const seen = page.evaluate((expected) => new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('[data-testid=workspace-row]').length !== expected) return;
      observer.disconnect();
      resolve(Object.keys(localStorage).filter((k) => k.startsWith('samenscan.werkplek.')).length);
    }).observe(document.body, { childList: true, subtree: true });
  }), count);
  await openFiles(page, files(0));
  expect(await seen).toBe(0);
  await expect.poll(async () => (await workspaceKeys(page)).length).toBe(count);
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-status', 'saved');

  // The page is left (or its tab hidden) before that frame: what waits is written then.
  const kept = page.evaluate((expected) => new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('[data-testid=workspace-row]').length !== expected) return;
      observer.disconnect();
      const count = () => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.werkplek.')).length;
      const before = count();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      resolve([before, count()]);
    }).observe(document.body, { childList: true, subtree: true });
  }), 2 * count);
  await openFiles(page, files(count));
  expect(await kept).toEqual([count, 2 * count]);
  await page.reload();
  await expect(page.getByTestId('workspace-row')).toHaveCount(2 * count);

  // A tab in the background draws no frames: there the batch is written at once.
  const hidden = page.evaluate((expected) => new Promise((resolve) => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('[data-testid=workspace-row]').length !== expected) return;
      observer.disconnect();
      resolve(Object.keys(localStorage).filter((k) => k.startsWith('samenscan.werkplek.')).length);
    }).observe(document.body, { childList: true, subtree: true });
  }), 3 * count);
  await openFiles(page, files(2 * count));
  expect(await hidden).toBe(3 * count);
});

test('I compare two exports of one school over time', async ({ page }) => {
  await openWorkspace(page);
  const before = school('s1', 'OBS De Linde', '2', '2026-03-01T10:00:00.000Z');
  const after = school('s1', 'OBS De Linde', '3', '2026-11-01T10:00:00.000Z');
  after.scan.answers['sd1.1'] = { rating: { level: '4' } };
  await openFiles(page, [file('later.json', after), file('eerder.json', before)]);
  await expect(page.getByTestId('workspace-row')).toHaveCount(2);
  await page.getByTestId('over-time').click();
  await expect(page.getByTestId('selection-problem')).toContainText('Kies precies twee profielen');
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByTestId('over-time').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergelijken in de tijd' })).toBeVisible();
  const table = page.getByTestId('over-time-table');
  await expect(table.locator('tr[data-goal="sd1"]')).toContainText('2,0');
  await expect(table.locator('tr[data-goal="sd1"]')).toContainText('+1,3');
  await expect(table.locator('tr[data-goal="sd2"]')).toContainText('+1,0');
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expectNoAxeViolations(page);
});

test('A team merges its members\' answers, discusses the differences and goes on with a consensus scan', async ({ page }) => {
  await openWorkspace(page);
  const member = (id, name, first) => {
    const stored = school(id, name, '3');
    stored.scan.answers['sd1.1'] = { rating: { level: first }, note: `Toelichting van ${name}` };
    return stored;
  };
  await openFiles(page, [file('anna.json', member('m1', 'De Linde (Anna)', '1')), file('bram.json', member('m2', 'De Linde (Bram)', '4')), file('cas.json', member('m3', 'De Linde (Cas)', '2'))]);
  await expect(page.getByTestId('workspace-row')).toHaveCount(3);
  await page.getByTestId('team').click();
  await expect(page.getByTestId('selection-problem')).toContainText('Kies minstens twee profielen');
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByTestId('team').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teamweergave' })).toBeVisible();
  await expect(page.getByTestId('team-summary')).toContainText('Bespreken: 1 van de 30 indicatoren.');
  const first = page.getByTestId('agreement-row').first();
  await expect(first).toHaveAttribute('data-indicator', 'sd1.1');
  await expect(first).toContainText('1, 2, 4');
  await expect(first).toContainText('Bespreken');
  await expect(page.getByTestId('agreement-row').nth(1)).toContainText('Eens');
  await expectNoAxeViolations(page);

  await page.getByLabel('Naam van de teamscan').fill('De Linde (team)');
  await page.getByTestId('make-consensus').click();
  await expect(page.getByTestId('consensus-made')).toBeVisible();
  const [stored] = Object.values(await storedScans(page));
  expect(stored.scan.details.name).toBe('De Linde (team)');
  expect(stored.scan.answers['sd1.1'].rating).toBeUndefined();
  expect(stored.scan.answers['sd1.1'].note).toBe('Toelichting van De Linde (Anna)\nToelichting van De Linde (Bram)\nToelichting van De Linde (Cas)');
  expect(stored.scan.answers['sd1.2'].rating).toEqual({ level: '3' });
  await page.getByRole('link', { name: 'Ga verder met de teamscan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'De Linde (team)' })).toBeVisible();
});

test('An adviser\'s comments reach the school beside its own answers, and its answers stay as they are', async ({ browser }) => {
  // The school sends its profile.
  const schoolContext = await browser.newContext();
  const schoolPage = await schoolContext.newPage();
  await openApp(schoolPage);
  await seedScans(schoolPage, school('s1', 'OBS De Linde', '3'));
  await schoolPage.goto('/profiel.html#/scan/s1/profiel');
  const sent = await download(schoolPage, 'download-json');

  // The adviser, in another browser, opens it and writes comments.
  const adviserContext = await browser.newContext();
  const adviser = await adviserContext.newPage();
  await openWorkspace(adviser);
  await openFiles(adviser, [jsonFile(sent.name, sent.bytes.toString('utf8'))]);
  await adviser.getByRole('link', { name: 'OBS De Linde' }).click();
  await adviser.locator('[data-testid="goal-comment"][data-goal="sd1"]').fill('Laat zien hoe ouders de visie mee schrijven.');
  await adviser.getByTestId('feedback-author').fill('Marieke, ExpertisePunt Midden');
  await adviser.getByTestId('feedback-overall-input').fill('Een sterk profiel.\nWerk aan het bewijs.');
  await expectNoAxeViolations(adviser);
  // The comments are kept in the workspace: a reload shows them again.
  await adviser.reload();
  await expect(adviser.locator('[data-testid="goal-comment"][data-goal="sd1"]')).toHaveValue('Laat zien hoe ouders de visie mee schrijven.');
  const annotated = await download(adviser, 'download-annotated');
  expect(JSON.parse(annotated.bytes.toString('utf8')).scan.feedback.goals.sd1).toBe('Laat zien hoe ouders de visie mee schrijven.');

  // Meanwhile the school changed an answer; then it reads in the annotated file.
  await schoolPage.goto('/#/scan/s1/doel/sd2');
  await schoolPage.locator('.question').first().getByText('1. Nog niet').click();
  await expect(schoolPage.locator('.save-indicator')).toHaveText('✓ Opgeslagen');
  const answersBefore = (await storedScans(schoolPage)).s1.scan.answers;
  expect(answersBefore['sd2.1'].rating).toEqual({ level: '1' });
  await schoolPage.goto('/#/');
  await schoolPage.getByTestId('import-file').setInputFiles(jsonFile(annotated.name, annotated.bytes.toString('utf8')));
  await expect(schoolPage.getByTestId('import-conflict')).toContainText('opmerkingen van een adviseur');
  await expectNoAxeViolations(schoolPage);
  await schoolPage.getByTestId('import-feedback-only').click();
  await expect(schoolPage.getByText('De opmerkingen van de adviseur staan nu bij OBS De Linde. Uw antwoorden zijn niet veranderd.')).toBeVisible();
  const after = (await storedScans(schoolPage)).s1.scan;
  expect(after.answers).toEqual(answersBefore);
  expect(after.feedback.author).toBe('Marieke, ExpertisePunt Midden');

  // The school sees the comments beside its answers: on the profile and when checking answers.
  await schoolPage.goto('/profiel.html#/scan/s1/profiel');
  const panel = schoolPage.getByTestId('feedback-panel');
  await expect(panel).toContainText('Een sterk profiel.');
  await expect(panel).toContainText('Geschreven door Marieke, ExpertisePunt Midden.');
  await expect(panel).toContainText('Laat zien hoe ouders de visie mee schrijven.');
  await expectNoAxeViolations(schoolPage);
  await schoolPage.goto('/#/scan/s1/controle');
  await expect(schoolPage.getByTestId('feedback-comment')).toHaveText(/Opmerking van de adviseur\s*Laat zien hoe ouders de visie mee schrijven\./);
  await schoolContext.close();
  await adviserContext.close();
});

test('A profile travels as a link and opens read-only in a fresh browser', async ({ page, browser }) => {
  await openApp(page);
  const stored = school('s1', 'OBS De Linde', '3');
  stored.scan.answers['sd1.1'].note = 'Met <b>ouders</b> besproken & "afgesproken"';
  await seedScans(page, stored);
  await page.goto('/profiel.html#/scan/s1/profiel');
  await page.getByTestId('share-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Delen: OBS De Linde' })).toBeVisible();
  await page.getByTestId('make-link').click();
  const link = await page.getByTestId('share-address').inputValue();
  expect(link).toMatch(/\/werkplek\.html#\/link\/1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8000);
  await expectNoAxeViolations(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const requests = [];
  other.on('request', (r) => requests.push(r.url()));
  await other.goto(link);
  await expect(other.getByTestId('profile-name')).toHaveText('OBS De Linde');
  await expect(other.getByTestId('overall-score')).toContainText('Totaalscore 3,0 van 4');
  await expect(other.getByText('Met <b>ouders</b> besproken & "afgesproken"')).toBeVisible();
  // The profile is in the fragment: no request carries it.
  const payload = link.split('#/link/')[1];
  expect(requests.filter((url) => url.includes('#') || url.includes(payload.slice(0, 24)))).toEqual([]);
  await expectNoAxeViolations(other);
  await other.getByTestId('keep-link').click();
  await expect(other.getByTestId('goal-comment').first()).toBeVisible();
  expect(await workspaceKeys(other)).toHaveLength(1);

  // A damaged link explains itself and stores nothing.
  const before = await storageSnapshot(other);
  await other.goto(link.slice(0, link.length - 40));
  await other.reload();
  await expect(other.getByTestId('link-error')).toContainText('beschadigd of niet helemaal gekopieerd');
  await expectNoAxeViolations(other);
  expect(await storageSnapshot(other)).toEqual(before);
  await fresh.close();
});

test('A profile too long for a link is offered as a file instead', async ({ page }) => {
  await openApp(page);
  const stored = school('s1', 'OBS De Linde', '3');
  let seed = 7;
  const noise = () => Array.from({ length: 700 }, () => { seed = (seed * 48271) % 2147483647; return String.fromCharCode(97 + (seed % 26)); }).join('');
  for (const answer of Object.values(stored.scan.answers)) answer.note = noise();
  await seedScans(page, stored);
  await page.goto('/werkplek.html#/delen/s1');
  await page.getByTestId('make-link').click();
  await expect(page.getByTestId('link-too-long')).toContainText('Dit profiel is te groot voor een link');
  await expect(page.getByTestId('share-address')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const sent = await download(page, 'share-file');
  expect(JSON.parse(sent.bytes.toString('utf8')).scan.id).toBe('s1');
});

test('Files dropped on the workspace open too, an LEA screening among them, in English as well', async ({ page }) => {
  await openWorkspace(page);
  const lea = leaScreening();
  await dropFiles(page, 'workspace-drop', [['zaanstad.json', exportOf(lea)], ['linde.json', exportOf(school('s1', 'OBS De Linde', '3'))]]);
  await expect(page.getByTestId('workspace-row')).toHaveCount(2);
  // One group per list: profiles of different lists are never compared with each other.
  await expect(page.getByTestId('workspace-group')).toHaveCount(2);

  await page.getByRole('link', { name: 'Gemeente Zaanstad' }).click();
  await expect(page.getByTestId('profile-name')).toHaveText('Gemeente Zaanstad');
  await expect(page.getByText('Visie in de LEA-notitie')).toBeVisible();
  await page.locator('[data-testid="goal-comment"][data-goal="l1"]').fill('Neem de bibliotheek mee.');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Your comment on this goal').first()).toBeVisible();
  await expect(page.locator('[data-testid="goal-comment"][data-goal="l1"]')).toHaveValue('Neem de bibliotheek mee.');
  await page.getByRole('link', { name: 'Workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace for advisers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Compare side by side' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('A damaged workspace entry is set aside with a message; the others still open', async ({ page }) => {
  await openWorkspace(page);
  await openFiles(page, [file('linde.json', school('s1', 'OBS De Linde', '3'))]);
  await expect(page.getByTestId('workspace-row')).toHaveCount(1);
  await page.evaluate(() => localStorage.setItem('samenscan.werkplek.wkapot', '{"schema":4,"scan":'));
  await page.reload();
  await expect(page.getByTestId('workspace-row')).toHaveCount(1);
  await expect(page.getByTestId('unreadable')).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem('samenscan.unreadable.werkplek.wkapot'));
  expect(kept).toBe('{"schema":4,"scan":');
});

test('A municipality shares its LEA results as a link', async ({ page, browser }) => {
  await openApp(page);
  await seedScans(page, leaScreening());
  await page.goto('/lea.html#/lea/slea/resultaat');
  await page.getByTestId('share-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Delen: Gemeente Zaanstad' })).toBeVisible();
  await page.getByTestId('make-link').click();
  const link = await page.getByTestId('share-address').inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('profile-name')).toHaveText('Gemeente Zaanstad');
  await expect(other.getByText('Visie in de LEA-notitie')).toBeVisible();
  await fresh.close();
});

test('When the browser refuses to keep opened profiles, I am told, they stay on screen, and retry keeps them', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull && key.startsWith('samenscan.werkplek.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openWorkspace(page);
  await page.evaluate(() => { window.__storageFull = true; });
  await openFiles(page, [file('linde.json', school('s1', 'OBS De Linde', '3'))]);
  await expect(page.getByTestId('workspace-row')).toHaveCount(1);
  await expect(page.getByTestId('save-failed')).toContainText('Opslaan lukt niet');
  expect(await workspaceKeys(page)).toEqual([]);
  await expectNoAxeViolations(page);
  await page.evaluate(() => { window.__storageFull = false; });
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.locator('.save-indicator')).toHaveText('✓ Opgeslagen');
  await expect(page.getByTestId('save-failed')).toBeHidden();
  expect(await workspaceKeys(page)).toHaveLength(1);
});
