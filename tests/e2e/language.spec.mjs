// The English switch changes every text and loses nothing.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan } from './helpers.mjs';

test('Switching to English changes the texts, keeps answers and half-typed input, and is remembered', async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'De Regenboog' });
  await page.getByTestId('resume').click();
  const first = page.locator('.question').first();
  await first.getByText('2. School informeert').click();
  await first.getByLabel('Toelichting').fill('Half getypt');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A shared vision on working with parents');
  await expect(first.getByLabel('2. School informs')).toBeChecked();
  await expect(first.getByLabel('Note')).toHaveValue('Half getypt');
  await expect(page.getByText('Goal 1 of 11')).toBeVisible();
  await expect(first.getByText("Don't know")).toBeVisible();
  // No Dutch interface text is left on the page (instrument and user text aside).
  for (const dutch of ['Volgende', 'Toelichting', 'Weet niet', 'Naar het overzicht', 'Opgeslagen']) {
    await expect(page.getByText(dutch, { exact: true })).toHaveCount(0);
  }

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A shared vision on working with parents');

  // The new-scan form keeps what was typed when the language changes.
  await page.goto('/#/nieuw');
  await page.getByLabel('Name of the school or location').fill('Half form');
  await page.getByLabel('Secondary education (vo)').check();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByLabel('Naam van de school of locatie')).toHaveValue('Half form');
  await expect(page.getByLabel('Voortgezet onderwijs (vo)')).toBeChecked();
});
