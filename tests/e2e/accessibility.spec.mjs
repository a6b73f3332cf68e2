// axe-core (WCAG 2.2 AA rule set) on every screen of the school self-assessment, also in English,
// with errors showing, with the dialog open, and on a phone-sized screen.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan, expectNoAxeViolations } from './helpers.mjs';

test('start page, empty and with scans', async ({ page }) => {
  await openApp(page);
  await expectNoAxeViolations(page);
  await startScan(page, { name: 'Toegankelijk' });
  await page.goto('/');
  await expect(page.locator('.scan-row')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('details form, with the error summary showing', async ({ page }) => {
  await openApp(page, '#/nieuw');
  await expectNoAxeViolations(page);
  await page.getByTestId('submit-details').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('task list and question page, in Dutch and English', async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'Toegankelijk' });
  await expectNoAxeViolations(page);
  await page.getByTestId('resume').click();
  await page.locator('.question').first().getByText('3. In gesprek').click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expectNoAxeViolations(page);
});

test('on a phone: no sideways scrolling and targets of at least 24 by 24 pixels', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  await startScan(page, { name: 'Telefoon' });
  for (const path of ['', '#/nieuw']) {
    await page.goto('/' + path);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
  await page.goto('/');
  await page.getByRole('link', { name: 'Telefoon' }).click();
  await page.getByTestId('resume').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, a, input, textarea, label.scale__label')]
      .filter((el) => el.offsetParent !== null && !el.closest('p, li.task-list__item, nav.breadcrumbs'))
      .map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.width < 24 || r.height < 24),
  );
  expect(small).toEqual([]);
  await expectNoAxeViolations(page);
});
