// User stories for the readiness profile: verdict, chart and table, lists, action plan,
// check your answers, print.
import { test, expect } from './fixtures.mjs';
import { openApp, startScan, fullScan, seedScans, storedScans, expectNoAxeViolations, loadListFile, scanOnList } from './helpers.mjs';
import { readFileSync } from 'node:fs';

test('After filling in a scan I see my profile: verdict, what is missing, chart, table and lists', async ({ page }) => {
  await openApp(page);
  // Streefdoel 10 low, one indicator without evidence, one "weet niet".
  const stored = fullScan({
    level: (goal) => (goal === 10 ? '2' : goal <= 4 ? '4' : '3'),
    extra: { 'sd5.1': { rating: { level: '4' } }, 'sd6.2': { rating: 'unknown' } },
  });
  await seedScans(page, stored);
  await page.getByRole('link', { name: 'OBS De Linde' }).click();
  await page.getByTestId('view-profile').click();
  await expect(page).toHaveURL(/profiel\.html#\/scan\/sfull\/profiel$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profiel van OBS De Linde');
  await expect(page.getByText('Streefdoelen ouderbetrokkenheid (werkversie), versie 2026.1')).toBeVisible();

  const verdict = page.getByTestId('verdict');
  await expect(verdict.getByRole('heading', { level: 2 })).toHaveText(/Bijna klaar voor het eindgesprek/);
  await expect(verdict).toContainText('Er zijn nog 3 punten te doen.');
  const gaps = verdict.locator('.gap');
  await expect(gaps).toHaveCount(3);
  await expect(gaps.nth(0)).toContainText('Bewijs ontbreekt: Informatie voor ouders is in eenvoudige taal');
  await expect(gaps.nth(1)).toContainText("Nog 'weet niet': De school vraagt ouders geregeld naar hun mening");
  await expect(gaps.nth(2)).toContainText('Gemiddeld 2,0, nodig is 3,0: Alle ouders kunnen meedoen');
  await expect(verdict).toContainText('30 van 30 indicatoren beantwoord. 28 van 29 beoordeelde indicatoren met bewijs.');

  // The chart: one bar per streefdoel, with its number as text; the threshold is labelled.
  const chart = page.getByTestId('score-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart.locator('.chart__bar')).toHaveCount(11);
  await expect(chart.locator('[data-goal="sd10"] .chart__value')).toHaveText('2,0');
  await expect(chart.locator('[data-goal="sd1"] .chart__value')).toHaveText('4,0');
  await expect(chart.locator('.chart__threshold-label')).toHaveText('drempel 3,0');
  // The same numbers in the table.
  const table = page.getByTestId('score-table');
  await expect(table.locator('tr[data-goal="sd10"] td').first()).toHaveText('2,0');
  await expect(table.locator('tr[data-goal="sd6"] td').nth(2)).toHaveText('1'); // weet niet counted apart
  await expect(table.locator('tr[data-goal="sd6"] td').first()).toHaveText('3,0'); // not as a zero

  await expect(page.getByTestId('list-development')).toContainText('Alle ouders kunnen meedoen – 2,0');
  await expect(page.getByTestId('list-strengths').locator('li').first()).toContainText('– 4,0');
  await expect(page.getByTestId('list-unknown')).toContainText('De school vraagt ouders geregeld naar hun mening');
  await expect(page.getByTestId('list-no-evidence')).toContainText('Informatie voor ouders is in eenvoudige taal');
  await expect(page.getByText('Gemiddelde score: 3,3 van 4')).toBeVisible();

  // A missing item links to the page where it is done.
  await gaps.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(/#\/scan\/sfull\/doel\/sd5$/);
  await page.locator('.question').first().getByLabel('Waar blijkt dat uit?').fill('Nieuwsbrief in eenvoudige taal');
  await page.getByRole('link', { name: 'Naar het overzicht' }).first().click();
  await page.getByTestId('view-profile').click();
  await expect(page.getByTestId('verdict')).toContainText('Er zijn nog 2 punten te doen.');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('verdict').getByRole('heading', { level: 2 })).toHaveText(/Almost ready for the final interview/);
  await expect(chart.locator('[data-goal="sd10"] .chart__value')).toHaveText('2.0');
});

test('A complete scan with evidence everywhere is ready; an empty one is not yet', async ({ page }) => {
  await openApp(page);
  const empty = fullScan({ id: 'sempty', name: 'Leeg' });
  empty.scan.answers = {};
  await seedScans(page, fullScan({ id: 'sready', name: 'Klaar' }), empty);
  await page.goto('/profiel.html#/scan/sready/profiel');
  await expect(page.getByTestId('verdict').getByRole('heading', { level: 2 })).toHaveText(/^.\s*Klaar voor het eindgesprek$/);
  await expect(page.getByTestId('verdict')).toContainText('U kunt het eindgesprek aanvragen');
  await page.goto('/profiel.html#/scan/sempty/profiel');
  await expect(page.getByTestId('verdict').getByRole('heading', { level: 2 })).toHaveText(/Nog niet klaar voor het eindgesprek/);
  await expect(page.getByTestId('score-chart').locator('[data-goal="sd1"] .chart__value')).toHaveText('geen score');
});

test('I make an action plan on the profile; it is saved like the answers', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan({ level: (goal) => (goal === 2 || goal === 9 ? '2' : '3') }));
  await page.goto('/profiel.html#/scan/sfull/profiel');
  const plan = page.getByTestId('action-plan');
  await expect(plan.locator('.action-plan__goal')).toHaveCount(2);
  const goal = plan.locator('.action-plan__goal[data-goal="sd2"]');
  await goal.getByRole('button', { name: /Actie toevoegen/ }).click();
  await expect(goal.getByLabel('Wat gaan we doen?')).toBeFocused();
  await page.keyboard.type('Jaarplan maken met de MR');
  await goal.getByLabel('Wie?').fill('Directie en MR');
  await goal.getByLabel('Klaar op').fill('2027-02-01');
  await goal.getByLabel('Status').selectOption('bezig');
  await goal.getByRole('button', { name: /Actie toevoegen/ }).click();
  await expect(goal.locator('.action')).toHaveCount(2);
  await goal.locator('.action').nth(1).getByRole('button', { name: 'Actie verwijderen' }).click();
  await expect(goal.locator('.action')).toHaveCount(1);

  await page.reload();
  await expect(goal.getByLabel('Wat gaan we doen?')).toHaveValue('Jaarplan maken met de MR');
  await expect(goal.getByLabel('Wie?')).toHaveValue('Directie en MR');
  await expect(goal.getByLabel('Klaar op')).toHaveValue('2027-02-01');
  await expect(goal.getByLabel('Status')).toHaveValue('bezig');
  const [scan] = Object.values(await storedScans(page));
  expect(scan.scan.actions).toEqual([
    { id: expect.any(String), goal: 'sd2', what: 'Jaarplan maken met de MR', who: 'Directie en MR', when: '2027-02-01', status: 'bezig' },
  ]);
});

test('Check your answers lists everything, and each streefdoel can be changed from there', async ({ page }) => {
  await openApp(page);
  await startScan(page, { name: 'De Linde' });
  await page.getByTestId('resume').click();
  await page.locator('.question').first().getByText('2. School informeert').click();
  await page.locator('.question').first().getByLabel('Toelichting').fill('Eerste stap <b>gezet</b>');
  await page.locator('.question').nth(1).getByText('N.v.t.').click();
  await page.getByRole('link', { name: 'Naar het overzicht' }).first().click();
  await page.getByRole('link', { name: 'Controleer uw antwoorden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  const first = page.locator('.summary-list__row[data-indicator="sd1.1"]');
  await expect(first).toContainText('2. School informeert');
  await expect(first).toContainText('Toelichting: Eerste stap <b>gezet</b>');
  await expect(page.locator('.summary-list__row[data-indicator="sd1.2"]')).toContainText('N.v.t.');
  await expect(page.locator('.summary-list__row[data-indicator="sd1.3"]')).toContainText('Nog niet beantwoord');
  await page.getByRole('link', { name: /^Wijzigen\s+Een plan dat elk jaar wordt bekeken$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een plan dat elk jaar wordt bekeken');
  // The last streefdoel leads to the check page.
  await page.goto(page.url().replace('/doel/sd2', '/doel/sd11'));
  await page.getByRole('link', { name: 'Controleer uw antwoorden →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await page.getByRole('link', { name: 'Naar het profiel →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profiel van De Linde');
});

test('Printing gives an A4 report with the header, chart, table, plan and notes, without buttons', async ({ page }) => {
  await openApp(page);
  const stored = fullScan({ level: (goal) => (goal === 2 ? '2' : '3'), extra: { 'sd1.1': { rating: { level: '3' }, evidence: 'Notulen', note: 'Besproken in de MR' } } });
  stored.scan.actions = [{ id: 'a1', goal: 'sd2', what: 'Plan schrijven', who: 'Directie', when: '2027-01-15', status: 'gepland' }];
  await seedScans(page, stored);
  await page.goto('/profiel.html#/scan/sfull/profiel');
  await expect(page.getByTestId('score-chart')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Profiel downloaden (.json)' })).toBeHidden();
  await expect(page.locator('.site-header__tools')).toBeHidden();
  const printedPlan = page.locator('.print-only table');
  await expect(printedPlan).toBeVisible();
  await expect(printedPlan).toContainText('Plan schrijven');
  await expect(page.locator('.profile-notes')).toContainText('Besproken in de MR');
  await expect(page.getByTestId('score-chart')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(8);
});

test('axe: profile page and check-your-answers page', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan({ level: (goal) => (goal === 2 ? '2' : '3'), extra: { 'sd3.1': { rating: 'unknown' } } }));
  await page.goto('/profiel.html#/scan/sfull/profiel');
  await expect(page.getByTestId('score-chart')).toBeVisible();
  await page.getByTestId('action-plan').getByRole('button', { name: /Actie toevoegen/ }).first().click();
  await expectNoAxeViolations(page);
  await page.goto('/#/scan/sfull/controle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await expectNoAxeViolations(page);
});

test('The profile says where the school can help others and where it looks for help, for a peer review', async ({ page }) => {
  await openApp(page);
  await seedScans(page, fullScan({ level: (goal) => (goal <= 2 ? '4' : goal === 3 ? '1' : '3') }));
  await page.goto('/profiel.html#/scan/sfull/profiel');
  const section = page.getByTestId('peer-inventory');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Waar kunt u anderen mee helpen, waar zoekt u hulp?');
  await expect(page.getByTestId('peer-offers')).toContainText('Een gedeelde visie op samenwerken met ouders (4,0)');
  await expect(page.getByTestId('peer-needs')).toContainText('Alle ouders voelen zich welkom (1,0) · ontwikkelpunt');
  await expect(page.getByTestId('peer-offers')).not.toContainText('Alle ouders voelen zich welkom');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(section.getByRole('heading', { level: 3, name: 'Where you can help others' })).toBeVisible();
  await expect(page.getByTestId('peer-needs')).toContainText('development point');
});

test('In a contrast theme (Windows, forced colours) the chart\'s texts and lines take the theme\'s text colour, so none vanishes', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await openApp(page);
  await seedScans(page, fullScan());
  await page.goto('/profiel.html#/scan/sfull/profiel');
  await expect(page.locator('.chart__bar')).toHaveCount(11);
  const colours = await page.evaluate(() => {
    const of = (selector, property) => [...new Set([...document.querySelectorAll(selector)].map((el) => getComputedStyle(el)[property]))];
    return {
      text: getComputedStyle(document.body).color,
      page: getComputedStyle(document.body).backgroundColor,
      fills: of('.chart__svg text', 'fill'),
      strokes: of('.chart__bar, .chart__threshold', 'stroke'),
    };
  });
  // The theme's own text colour on its own background, as for every other text of the page.
  expect(colours.text).not.toBe(colours.page);
  expect(colours.fills).toEqual([colours.text]);
  expect(colours.strokes).toEqual([colours.text]);
});

test('An own list with long titles: every text of the chart stays inside it, in Dutch and in English, and the full title is its tooltip', async ({ page }) => {
  await openApp(page);
  await loadListFile(page, 'tests/fixtures/lists/lange-titels.csv');
  const id = await scanOnList(page, /Lijst met lange titels/, 'Basisschool De Lange Weg', 'Primair onderwijs (po)');
  await page.goto(`/profiel.html#/scan/${id}/profiel`);
  await expect(page.locator('.chart__bar')).toHaveCount(2);
  // Every text's box, in the chart's own units, against the chart's width.
  const outside = () => page.evaluate(() => {
    const svg = document.querySelector('[data-testid=score-chart]');
    const width = svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].filter((text) => {
      const box = text.getBBox();
      return box.x < 0 || box.x + box.width > width;
    }).map((text) => text.textContent);
  });
  expect(await outside()).toEqual([]);
  const theme = page.locator('.chart__theme').first();
  await expect(theme.locator('title')).toHaveText('Ouders en school als gelijkwaardige partners in de ontwikkeling, het leren en het welbevinden van ieder kind, thuis en op school');
  await expect(page.getByTestId('score-chart').locator('[data-goal="lt1"] title')).toHaveText(/^Ouders en leraren bespreken samen .* van elkaar hebben$/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(theme.locator('title')).toHaveText(/^Parents and school as equal partners .* at home and at school$/);
  expect(await outside()).toEqual([]);
});
