// User stories for the school self-assessment: start, answer, resume, keep scans apart.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan, storedScans, fullScan, seedScans, expectNoAxeViolations } from './helpers.mjs';

test('Given I open Samenscan, I read what it is, that answers stay here, and the ways in', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Samenscan/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe werkt u samen met ouders?');
  await expect(page.getByText('Alles wat u invult, blijft in deze browser')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zelfscan streefdoelen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Screening LEA' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Profiel openen' })).toBeVisible();
  await expect(page.getByText('Binnenkort')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nieuwe screening starten' })).toBeVisible();
  // One picker for profiles, in Dutch: the browser's own "Choose File" stays hidden.
  await expect(page.getByText('Profiel kiezen (.json)')).toHaveCount(1);
  await expect(page.getByLabel('Profiel kiezen (.json)')).toHaveAttribute('type', 'file');
  expect((await page.getByTestId('import-file').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await expect(page.getByText('Er staan nog geen scans op dit apparaat.')).toBeVisible();
});

test('When I start without a name or sector, an error summary tells me and takes me to the field', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('new-scan').click();
  await page.getByTestId('submit-details').click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Vul de naam van de school of locatie in.', 'Kies een sector.']);
  await expect(page.getByLabel('Naam van de school of locatie')).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: 'Kies een sector.' }).click();
  await expect(page.getByLabel('VVE / voorschool')).toBeFocused();
  await expect(page).toHaveURL(/#\/nieuw$/);
  expect(await storedScans(page)).toEqual({});
});

test('I start a scan, answer with the mouse, and everything is saved and comes back after a reload', async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'De Regenboog', region: 'Midden (Arnhem)', roles: ['Ouders', 'Directie of teamleiding'] });
  await expect(page.getByText('Primair onderwijs (po) · Midden (Arnhem) · Directie of teamleiding, Ouders')).toBeVisible();
  await expect(page.getByText('Streefdoelen ouderbetrokkenheid (werkversie), versie 2026.1')).toBeVisible();
  await expect(page.getByText('niet de officiële lijst')).toBeVisible();

  // The task list: every theme not started.
  const themes = page.locator('.task-list__section');
  await expect(themes).toHaveCount(6);
  await expect(themes.first().locator('.task-list__header .tag')).toHaveText('Niet gestart');

  await page.getByTestId('resume').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een gedeelde visie op samenwerken met ouders');
  await expect(page.getByText('Streefdoel 1 van 11')).toBeVisible();

  const questions = page.locator('.question');
  await expect(questions).toHaveCount(3);
  const first = questions.nth(0);
  await first.getByText('3. In gesprek').click();
  await first.getByLabel('Toelichting').fill('Besproken op de ouderavond.\nMet "citaat" en <b>tags</b>.');
  await first.getByLabel('Waar blijkt dat uit?').fill('Notulen 12 maart');
  await questions.nth(1).getByText('Weet niet').click();
  await questions.nth(2).getByText('N.v.t.').click();
  await expect(page.locator('.save-indicator')).toHaveText('✓ Opgeslagen');
  await expect(page.locator('.goal-header .tag')).toHaveText('Klaar');

  // Stored at once, as data.
  const stored = Object.values(await storedScans(page));
  expect(stored).toHaveLength(1);
  expect(stored[0].schema).toBe(5);
  expect(stored[0].scan.answers['sd1.1']).toEqual({ rating: { level: '3' }, note: 'Besproken op de ouderavond.\nMet "citaat" en <b>tags</b>.', evidence: 'Notulen 12 maart' });
  expect(stored[0].scan.answers['sd1.2']).toEqual({ rating: 'unknown' });
  expect(stored[0].scan.answers['sd1.3']).toEqual({ rating: 'not_applicable' });

  // A reload comes back to the same page with everything in place.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een gedeelde visie op samenwerken met ouders');
  await expect(questions.nth(0).getByLabel('3. In gesprek')).toBeChecked();
  await expect(questions.nth(0).getByLabel('Toelichting')).toHaveValue('Besproken op de ouderavond.\nMet "citaat" en <b>tags</b>.');
  await expect(questions.nth(1).getByLabel('Weet niet')).toBeChecked();
  await expect(questions.nth(2).getByLabel('N.v.t.')).toBeChecked();
  // Text stays text: the note is never turned into HTML.
  await expect(page.locator('.question b')).toHaveCount(0);

  // Clearing an answer takes it back out of the count.
  await questions.nth(2).getByRole('button', { name: 'Antwoord wissen' }).click();
  await expect(page.locator('.goal-header .tag')).toHaveText('Bezig');

  // Next goes on; the overview shows the theme in progress.
  await page.getByRole('link', { name: 'Volgende →' }).click();
  await expect(page.getByText('Streefdoel 2 van 11')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: '← Vorige' }).click();
  await expect(page.getByText('Streefdoel 1 van 11')).toBeVisible();
  await page.getByRole('link', { name: 'Naar het overzicht' }).first().click();
  await expect(themes.first().locator('.task-list__header .tag')).toHaveText('Bezig');
  await expect(page.getByText('2 van 30 beantwoord (6%)')).toBeVisible();

  // Coming back later: "ga verder" returns to where I was.
  await page.goto('/');
  await page.getByRole('link', { name: 'De Regenboog' }).click();
  await page.getByRole('link', { name: 'Ga verder waar u was' }).click();
  await expect(page.getByText('Streefdoel 1 van 11')).toBeVisible();
});

test('I can do everything with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // Skip link first, then the way to a new scan.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.getByTestId('new-scan').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Naam van de school of locatie')).toBeFocused();
  await page.keyboard.type('Het Baken');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // first sector radio is focused by Tab; arrows choose
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Voortgezet onderwijs (vo)')).toBeChecked();
  await page.getByLabel('Voortgezet onderwijs (vo)').press('Enter'); // Enter in a form submits it
  await expect(page.getByRole('heading', { level: 1, name: 'Het Baken' })).toBeFocused();

  await page.getByTestId('resume').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Streefdoel 1 van 11')).toBeVisible();
  // Tab into the first rating group, arrows move the choice.
  const firstLevel = page.locator('.question').first().getByLabel('1. Nog niet');
  await firstLevel.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.question').first().getByLabel('4. Samen en geborgd')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "Antwoord wissen"
  await expect(page.locator('.question').first().getByLabel('4. Samen en geborgd')).not.toBeChecked();
  await firstLevel.focus();
  await page.keyboard.press('Space');
  await expect(firstLevel).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.question').first().getByLabel('Toelichting')).toBeFocused();
  await page.keyboard.type('Getypt met het toetsenbord');
  await page.reload();
  await expect(page.locator('.question').first().getByLabel('Toelichting')).toHaveValue('Getypt met het toetsenbord');
  await expect(firstLevel).toBeChecked();
});

test('Two scans on one device stay apart', async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'Locatie Noord' });
  await page.getByTestId('resume').click();
  await page.locator('.question').first().getByText('2. School informeert').click();
  await expect(page.locator('.save-indicator')).toHaveText('✓ Opgeslagen');

  await page.goto('/');
  await startScan(page, { name: 'Locatie Zuid', sector: 'Middelbaar beroepsonderwijs (mbo)' });
  await page.getByTestId('resume').click();
  await expect(page.locator('.question').first().getByLabel('2. School informeert')).not.toBeChecked();
  await page.locator('.question').first().getByText('4. Samen en geborgd').click();

  await page.goto('/');
  const rows = page.locator('.scan-row');
  await expect(rows).toHaveCount(2);
  // Most recently changed first, each with its own progress.
  await expect(rows.nth(0).locator('.scan-row__name')).toHaveText('Locatie Zuid');
  await expect(rows.nth(1).locator('.scan-row__name')).toHaveText('Locatie Noord');
  await expect(rows.nth(0)).toContainText('1 van');
  await expect(rows.nth(1)).toContainText('1 van 30 beantwoord');

  const stored = Object.values(await storedScans(page));
  const north = stored.find((s) => s.scan.details.name === 'Locatie Noord').scan;
  const south = stored.find((s) => s.scan.details.name === 'Locatie Zuid').scan;
  expect(north.answers['sd1.1'].rating).toEqual({ level: '2' });
  expect(south.answers['sd1.1'].rating).toEqual({ level: '4' });
});

test('The wording follows the sector', async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'Peuterspeelzaal Het Vlindertje', sector: 'VVE / voorschool' });
  await page.goto(page.url() + '/doel/sd3');
  await expect(page.locator('.question').first()).toContainText('Ouders van nieuwe peuters krijgen een persoonlijk welkom');
  await page.goto('/');
  await startScan(page, { name: 'ROC Midden', sector: 'Middelbaar beroepsonderwijs (mbo)' });
  await page.goto(page.url() + '/doel/sd3');
  await expect(page.locator('.question').first()).toContainText("kennismakingsgesprek met de SLB'er");
});

test('An unknown address or a deleted scan shows a clear page with a way back', async ({ page }) => {
  await openApp(page, '#/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await page.goto('/#/scan/s-weg');
  await expect(page.getByTestId('scan-missing')).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar de start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe werkt u samen met ouders?');
});

test('A page opened by its bare address opens its own home, and the name in the header leads to the start page', async ({ page }) => {
  await openApp(page, 'werkplek.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Werkplek voor adviseurs' })).toBeVisible();
  await expect(page).toHaveURL(/werkplek\.html$/);
  await page.locator('.site-header__brand').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe werkt u samen met ouders?' })).toBeVisible();
  await page.goto('/lea.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe screening LEA' })).toBeVisible();
  await page.goto('/scan.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
  await page.goto('/gegevens.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw gegevens in deze browser' })).toBeVisible();
  await page.locator('.site-header__brand').click();
  await expect(page).toHaveURL(/\/(index\.html)?#\/$/);
  // The profile page's own home lists the school scans, each with a link to its profile.
  await page.goto('/profiel.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Profielen' })).toBeVisible();
  await expect(page).toHaveURL(/profiel\.html$/);
  await expect(page.getByTestId('profiles-empty')).toBeVisible();
  await expectNoAxeViolations(page);
  await seedScans(page, fullScan({ id: 'slinde', name: 'OBS De Linde' }), fullScan({ id: 'seik', name: 'De Eik' }));
  const choices = page.getByTestId('profile-choices');
  await expect(choices.getByRole('listitem')).toHaveCount(2);
  await expect(choices).toContainText('30 van 30');
  await expectNoAxeViolations(page);
  await choices.getByRole('link', { name: 'De Eik' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('De Eik');
  await expect(page.locator('.chart__bar').first()).toBeVisible();
  await expect(page).toHaveURL(/profiel\.html#\/scan\/seik\/profiel$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Profielen' })).toBeVisible();
  await page.getByTestId('profiles-to-start').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe werkt u samen met ouders?' })).toBeVisible();
});

test('Arriving from another page the focus goes to the heading, unless I have already put it in a field', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('new-scan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeFocused();
  // Someone quick (or a busy machine): the name field has the focus before the next frame.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const field = document.getElementById('school-name');
      if (field) { observer.disconnect(); field.focus(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await page.getByTestId('new-scan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page.getByLabel('Naam van de school of locatie')).toBeFocused();
  await page.keyboard.type('De Snelle Typer');
  await expect(page.getByLabel('Naam van de school of locatie')).toHaveValue('De Snelle Typer');
});

test('Back from another page puts me where I was, with the focus on the link I followed; a reload keeps my place too', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan());
  await page.goto('/profiel.html#/scan/sfull/profiel');
  await expect(page.locator('.chart__bar').first()).toBeVisible();
  // Far down the profile: a link to a streefdoel's questions, on the school scan's page.
  const link = page.locator('main a[href*="scan.html#/scan/sfull/doel/"]').last();
  const href = await link.getAttribute('href');
  await link.scrollIntoViewIfNeeded();
  const place = await page.evaluate(() => scrollY);
  expect(place).toBeGreaterThan(1000);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/scan\.html#\/scan\/sfull\/doel\//);
  await expect(page.locator('.question').first()).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/profiel\.html#\/scan\/sfull\/profiel$/);
  await expect(page.locator('.chart__bar').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(place - 5);
  expect(await page.evaluate(() => scrollY)).toBeLessThan(place + 5);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);

  await page.reload();
  await expect(page.locator('.chart__bar').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(place - 5);

  // A new visit by a link still starts at the top of the new screen, on its heading.
  await page.goto('/scan.html#/scan/sfull');
  await page.getByTestId('view-profile').click();
  await expect(page.locator('.chart__bar').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
