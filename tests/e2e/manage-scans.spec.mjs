// User stories for keeping several scans on one device: rename, copy, delete with undo.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan, storedScans } from './helpers.mjs';

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'OBS De Linde' });
  await page.getByTestId('resume').click();
  await page.locator('.question').first().getByText('3. In gesprek').click();
  await expect(page.locator('.save-indicator')).toHaveText('✓ Opgeslagen');
  await page.goto('/');
});

test('I rename a scan in the list, by keyboard, and can cancel with Escape', async ({ page }) => {
  const row = page.locator('.scan-row');
  await row.getByRole('button', { name: 'Naam wijzigen' }).click();
  const input = page.getByLabel('Nieuwe naam voor OBS De Linde');
  await expect(input).toBeFocused();
  await input.press('Escape');
  await expect(row.getByRole('button', { name: 'Naam wijzigen' })).toBeFocused();

  await page.keyboard.press('Enter');
  await input.fill('OBS De Linde 2026');
  await input.press('Enter');
  await expect(row.locator('.scan-row__name')).toHaveText('OBS De Linde 2026');
  await expect(page.getByTestId('flash')).toContainText('De naam is nu OBS De Linde 2026.');
  await page.reload();
  await expect(page.locator('.scan-row__name')).toHaveText('OBS De Linde 2026');
});

test('I copy a scan with its answers, and the copy changes on its own', async ({ page }) => {
  await page.getByRole('button', { name: 'Kopiëren' }).click();
  await expect(page.locator('.scan-row')).toHaveCount(2);
  await expect(page.getByTestId('flash')).toContainText('Er is een kopie gemaakt: Kopie van OBS De Linde.');
  const copyRow = page.locator('.scan-row', { hasText: 'Kopie van OBS De Linde' });
  await expect(copyRow).toContainText('1 van 30 beantwoord');

  await copyRow.getByRole('link', { name: 'Kopie van OBS De Linde' }).click();
  await page.getByTestId('resume').click();
  await page.locator('.question').first().getByText('1. Nog niet').click();
  await expect(page.locator('.save-indicator')).toHaveText('✓ Opgeslagen');

  const scans = Object.values(await storedScans(page)).map((s) => s.scan);
  const original = scans.find((s) => s.details.name === 'OBS De Linde');
  const copy = scans.find((s) => s.details.name === 'Kopie van OBS De Linde');
  expect(original.answers['sd1.1'].rating).toEqual({ level: '3' });
  expect(copy.answers['sd1.1'].rating).toEqual({ level: '1' });
  expect(copy.id).not.toBe(original.id);
});

test('Deleting asks first; cancel keeps the scan, confirm deletes it, and undo brings it back', async ({ page }) => {
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: "Scan 'OBS De Linde' verwijderen?" });
  await expect(dialog).toBeVisible();
  // The safe choice has focus; Escape cancels.
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.scan-row')).toHaveCount(1);

  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.locator('.scan-row')).toHaveCount(1);
  expect(Object.keys(await storedScans(page))).toHaveLength(1);

  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.locator('.scan-row')).toHaveCount(0);
  await expect(page.getByTestId('flash')).toContainText("De scan 'OBS De Linde' is verwijderd.");
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
  expect(await storedScans(page)).toEqual({});

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('.scan-row')).toHaveCount(1);
  await expect(page.locator('.scan-row')).toContainText('1 van 30 beantwoord');
  const stored = Object.values(await storedScans(page));
  expect(stored[0].scan.answers['sd1.1'].rating).toEqual({ level: '3' });
});

test('I change the details of a scan; its answers stay', async ({ page }) => {
  await page.getByRole('link', { name: 'OBS De Linde' }).click();
  await page.getByRole('link', { name: 'Gegevens wijzigen' }).click();
  await expect(page.getByLabel('Naam van de school of locatie')).toHaveValue('OBS De Linde');
  await expect(page.getByLabel('Primair onderwijs (po)')).toBeChecked();
  await page.getByLabel('Noordwest (Zaandam)').check();
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(page.getByText('Primair onderwijs (po) · Noordwest (Zaandam)')).toBeVisible();
  await expect(page.getByText('1 van 30 beantwoord (3%)')).toBeVisible();
});
