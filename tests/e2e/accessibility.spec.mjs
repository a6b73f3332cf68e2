// axe-core (WCAG 2.2 AA rule set) on every screen of the school self-assessment, also in English,
// with errors showing, with the dialog open, and on a phone-sized screen.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan, expectNoAxeViolations, seedScans, fullScan, exportOf, pageReady } from './helpers.mjs';

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

/**
 * Opens each screen on a phone (320 px) and on a laptop zoomed to 200 % (680 px) and checks that
 * the page does not scroll sideways (WCAG 1.4.10; a table may scroll in its own box).
 */
async function expectNoSidewaysScrolling(page, screens) {
  for (const width of [320, 680]) {
    await page.setViewportSize({ width, height: 740 });
    for (const screen of screens) {
      await page.goto(screen);
      await expect(page.locator('main h1')).toBeVisible();
      await pageReady(page);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, `${screen} at ${width} px`).toBeLessThanOrEqual(width);
    }
  }
}

test('On a phone (320 px) and on a laptop zoomed to 200 % (680 px), no screen scrolls sideways, long names included', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan({ id: 'slong', name: 'Openbare Basisschool De Lindeboom Noordoostpolder' }));
  // An LEA screening, set up through its form, for its overview, a topic and the results.
  await page.goto('/lea.html#/lea/nieuw');
  await page.getByLabel('Naam van de gemeente').fill('Gemeente Súdwest-Fryslân en Waadhoeke');
  await page.getByLabel('Gemeente', { exact: true }).check();
  await page.getByTestId('start-screening').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Súdwest-Fryslân en Waadhoeke');
  const screening = new URL(page.url()).hash;
  const topic = await page.locator('.task-list__link').first().getAttribute('href');
  const screens = [
    '/', 'scan.html#/nieuw', 'scan.html#/scan/slong', 'scan.html#/scan/slong/doel/sd1', 'scan.html#/scan/slong/controle',
    'profiel.html#/scan/slong/profiel', 'profiel.html', `lea.html${screening}`, `lea.html${topic}`, `lea.html${screening}/resultaat`,
    'werkplek.html#/werkplek', 'gegevens.html#/gegevens', 'lijsten.html#/lijsten', 'consultatie.html',
  ];
  await expectNoSidewaysScrolling(page, screens);
});

test('An adviser on a phone or a zoomed laptop: the workspace, a profile, side by side and peer review do not scroll sideways', async ({ page }) => {
  await openApp(page, 'werkplek.html#/werkplek');
  const names = ['Openbare Basisschool De Lindeboom Noordoostpolder', 'Bolderik', 'Christelijk Kindcentrum Het Mosterdzaadje'];
  await page.getByTestId('open-files').setInputFiles(names.map((name, i) => ({
    name: `profiel-${i}.json`, mimeType: 'application/json',
    buffer: Buffer.from(exportOf(fullScan({ id: `s${i}`, name, level: (goal, k) => String(1 + ((goal + k + i) % 4)) }))),
  })));
  await expect(page.getByTestId('workspace-row')).toHaveCount(3);
  const home = page.url();
  const profile = await page.getByRole('link', { name: names[0] }).getAttribute('href');
  await page.getByTestId('compare').click();
  await expect(page.getByTestId('compare-table').first()).toBeVisible();
  const compare = page.url();
  await page.goto(home);
  await page.getByTestId('peer-review').click();
  await expect(page.getByTestId('make-guide').first()).toBeVisible();
  const groups = page.url();
  await expectNoSidewaysScrolling(page, [home, new URL(profile, home).href, compare, groups]);
});
