// User stories for the LEA screening: a whole meeting by keyboard (setup, individual round,
// agreement, actions, results, print), resume after reload, export and re-import, and axe on
// every meeting screen, also in the projector view.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { openApp, storedScans, expectNoAxeViolations } from './helpers.mjs';

/** Sets up a meeting through the form, by keyboard only. */
async function setUpMeeting(page, municipality = 'Gemeente Zaanstad') {
  await openApp(page);
  await page.getByRole('link', { name: 'Nieuwe screening starten' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lea\.html#\/lea\/nieuw$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe screening LEA');
  await page.getByLabel('Naam van de gemeente').focus();
  await page.keyboard.type(municipality);
  await expect(page.getByLabel('Datum van het overleg')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  for (const partner of ['Gemeente', 'Schoolbestuur po', 'Ouders of ouderorganisatie']) {
    await page.getByLabel(partner, { exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await page.getByTestId('start-screening').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(municipality);
}

test('A whole meeting by keyboard: setup, individual round, agreement, actions, results and print', async ({ page }) => {
  await setUpMeeting(page);
  await expect(page.getByText('Aan tafel: Gemeente, Schoolbestuur po, Ouders of ouderorganisatie.')).toBeVisible();
  await expect(page.getByText('0 van 31 beantwoord')).toBeVisible();
  await page.getByTestId('start-meeting').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een gedeelde visie');
  await expect(page.getByText('Onderwerp 1 van 15')).toBeVisible();
  await expect(page.getByText('V: volgende onderwerp')).toBeVisible();
  await expect(page.getByTestId('timer')).toHaveText(/^0:0\d$/);

  const first = page.locator('.question').first();
  // Individual round: open it with the keyboard and give each partner's view.
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  // Options: "Nog geen antwoord", "1. Nee", "2. Deels", "3. Ja", "Weet niet"; arrows choose.
  for (const [partner, steps, answer] of [['Gemeente', 3, 'ja'], ['Schoolbestuur po', 2, 'deels'], ['Ouders of ouderorganisatie', 1, 'nee']]) {
    const select = first.getByLabel(`Antwoord van ${partner}`);
    await select.focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue(answer);
  }
  await expect(first.getByTestId('spread')).toHaveText('Nee: 1 · Deels: 1 · Ja: 1 · Weet niet: 0. Verschil: 2 stappen.');

  // The group agrees: shortcut 2 (deels) on the question that has focus.
  await first.getByLabel('Korte afspraak of toelichting').focus();
  await page.keyboard.type('Visie staat deels in de LEA-notitie');
  await first.getByLabel('1. Nee').focus();
  await page.keyboard.press('2');
  await expect(first.getByLabel('2. Deels')).toBeChecked();
  await first.getByLabel('Wie pakt het op?').focus();
  await page.keyboard.press('ArrowDown'); // "Nog niemand", then the partners at the table
  await expect(first.getByLabel('Wie pakt het op?')).toHaveValue('gemeente');
  await page.keyboard.press('Tab');
  await expect(first.getByLabel('Volgende stap')).toBeFocused();
  await page.keyboard.type('Visie bespreken met ouderraad');
  await page.keyboard.press('Tab');
  await expect(first.getByLabel('Klaar op')).toBeFocused();
  // The segment order of a native date field follows the browser's own locale, so typed digits
  // would differ per machine; the value is set directly, on the field the keyboard reached.
  await first.getByLabel('Klaar op').fill('2027-03-01');
  // Shortcut 0 on the second question: weet niet.
  await page.locator('.question').nth(1).getByLabel('1. Nee').focus();
  await page.keyboard.press('0');
  await expect(page.locator('.question').nth(1).getByLabel('Weet niet')).toBeChecked();
  // Shortcuts do nothing while typing.
  await first.getByLabel('Volgende stap').focus();
  await page.keyboard.type(' v');
  await expect(page.getByText('Onderwerp 1 van 15')).toBeVisible();
  await expect(first.getByLabel('Volgende stap')).toHaveValue('Visie bespreken met ouderraad v');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');

  // V: next topic; T: back.
  await page.locator('.question').nth(2).getByLabel('3. Ja').focus();
  await page.keyboard.press('3');
  await page.keyboard.press('v');
  await expect(page.getByText('Onderwerp 2 van 15')).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByText('Onderwerp 1 van 15')).toBeVisible();
  await expect(page.locator('.question').first().getByLabel('2. Deels')).toBeChecked();

  // Results, by keyboard: back to the overview, then to the results.
  await page.getByRole('link', { name: 'Gemeente Zaanstad' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('to-results').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaat van de screening: Gemeente Zaanstad');
  const actions = page.getByTestId('partner-actions');
  await expect(actions.getByRole('heading', { level: 3 })).toHaveText(['Gemeente']);
  await expect(actions).toContainText('Visie bespreken met ouderraad (klaar op 2027-03-01)');
  await expect(page.getByTestId('list-unknown')).toContainText('Ouders of een ouderorganisatie hebben meegedacht');
  await expect(page.getByTestId('score-chart').locator('[data-goal="l1"] .chart__value')).toHaveText('2,5');
  await expect(page.locator('#chart-title')).toHaveText('Score per onderwerp (Nee 1 · Deels 2 · Ja 3)');
  await expect(page.getByTestId('guide-weak')).toContainText('Een gedeelde visie');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('download-json')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  const [screening] = Object.values(await storedScans(page)).map((s) => s.scan);
  expect(screening.meeting.views['l1.1']).toEqual({ gemeente: { level: 'ja' }, 'bestuur-po': { level: 'deels' }, ouders: { level: 'nee' } });
  expect(screening.answers['l1.1']).toMatchObject({ rating: { level: 'deels' }, owner: 'gemeente', next_step: 'Visie bespreken met ouderraad', due: '2027-03-01' });
});

test('An interrupted meeting resumes after a reload, and the start page lists it', async ({ page }) => {
  await setUpMeeting(page, 'Gemeente Deurne');
  await page.getByTestId('start-meeting').click();
  await page.locator('.question').first().getByLabel('3. Ja').check();
  await page.getByTestId('next-topic').click();
  await expect(page.getByText('Onderwerp 2 van 15')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Onderwerp 2 van 15')).toBeVisible();
  await page.goto('/');
  const row = page.locator('.scan-row', { hasText: 'Gemeente Deurne' });
  await expect(row).toContainText('Screening LEA');
  await expect(row).toContainText('1 van 31 beantwoord');
  await row.getByRole('link', { name: 'Verder' }).click();
  await page.getByRole('link', { name: 'Ga verder met het overleg' }).click();
  await expect(page.getByText('Onderwerp 2 van 15')).toBeVisible();
});

test('A screening is exported and opened again in a fresh browser', async ({ page, browser }) => {
  await setUpMeeting(page, 'Gemeente Assen');
  await page.getByTestId('start-meeting').click();
  await page.locator('.question').first().getByLabel('2. Deels').check();
  await page.goto(page.url().replace(/vraag\/l1$/, 'resultaat'));
  const pending = page.waitForEvent('download');
  await page.getByTestId('download-json').click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/^samenscan_gemeente-assen_screening-lea-werkversie-2026\.1_/);
  const bytes = readFileSync(await file.path());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await other.getByTestId('import-file').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
  const row = other.locator('.scan-row', { hasText: 'Gemeente Assen' });
  await expect(row).toContainText('Screening LEA');
  await row.getByRole('link', { name: 'Verder' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Gemeente Assen');
  expect(Object.values(await storedScans(other))[0].scan).toEqual(Object.values(await storedScans(page))[0].scan);
  await fresh.close();
});

test('axe: every meeting screen, also in the projector view', async ({ page }) => {
  await openApp(page, '');
  await page.goto('/lea.html#/lea/nieuw');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe screening LEA');
  await expectNoAxeViolations(page);
  await page.getByTestId('start-screening').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van de gemeente').fill('Gemeente Arnhem');
  await page.getByLabel('Gemeente', { exact: true }).check();
  await page.getByTestId('start-screening').click();
  await expectNoAxeViolations(page);
  await page.getByTestId('start-meeting').click();
  await page.locator('.question').first().locator('summary').click();
  await expectNoAxeViolations(page);
  await page.getByTestId('projector').click();
  await expect(page.locator('body')).toHaveClass(/projector/);
  await expectNoAxeViolations(page);
  await page.goto(page.url().replace(/vraag\/l1$/, 'resultaat'));
  await expect(page.getByTestId('peer-guide')).toBeVisible();
  await expectNoAxeViolations(page);
});
