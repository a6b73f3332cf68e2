// User stories for peer review (issue 12): an adviser proposes groups of schools and of
// municipalities from the workspace, adjusts them, makes a conversation guide, prints and sends
// it; a school opens the guide in its own browser and takes its agreements into its plan.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { openApp, fullScan, exportOf, jsonFile, download, storedScans, expectNoAxeViolations, loadListFile, mboScan } from './helpers.mjs';

// Twelve schools: each weak (level 1, with a note) on one streefdoel and strong (level 4, with
// evidence) on others, so that one's need meets another's strength.
const SCHOOLS = [
  ['s01', 'OBS De Linde', 'po', 3, [1, 2]],
  ['s02', 'De Regenboog', 'po', 1, [3, 4]],
  ['s03', 'Het Kompas', 'po', 5, [6, 7]],
  ['s04', 'De Wilg', 'po', 6, [5, 9]],
  ['s05', 'Peuterspeelzaal Dribbel', 'vve', 9, [10, 11]],
  ['s06', 'Kinderopvang Het Nest', 'vve', 10, [3, 9]],
  ['s07', 'Vathorst College', 'vo', 2, [1, 6]],
  ['s08', 'Het Baken', 'vo', 7, [2, 5]],
  ['s09', 'Lyceum Oost', 'vo', 11, [7, 10]],
  ['s10', 'ROC Midden', 'mbo', 4, [8, 11]],
  ['s11', 'Vakschool Noord', 'mbo', 8, [4, 2]],
  ['s12', 'Montessori De Bron', 'po', 1, [8, 3]],
];
const PER_GOAL = { 1: 3, 2: 3, 3: 3, 4: 2, 5: 3, 6: 3, 7: 3, 8: 2, 9: 3, 10: 2, 11: 3 };

function schoolScan([id, name, sector, weak, strong]) {
  const stored = fullScan({ id, name, level: (goal) => (goal === weak ? '1' : strong.includes(goal) ? '4' : '3') });
  stored.scan.details.sector = sector;
  for (let i = 1; i <= PER_GOAL[weak]; i++) {
    const answer = stored.scan.answers[`sd${weak}.${i}`];
    delete answer.evidence;
    answer.note = `We zoeken nog een aanpak (${name})`;
  }
  for (const goal of strong) {
    for (let i = 1; i <= PER_GOAL[goal]; i++) stored.scan.answers[`sd${goal}.${i}`].evidence = `Werkwijze beschreven in het schoolplan van ${name}`;
  }
  return stored;
}

// Four municipalities: strong (ja, with an agreed note) on some topics, weak (nee) on others.
const LEA_INDICATORS = 'l1.1 l1.2 l1.3 l2.1 l2.2 l3.1 l3.2 l4.1 l4.2 l5.1 l5.2 l6.1 l6.2 l7.1 l7.2 l8.1 l8.2 l9.1 l9.2 l10.1 l10.2 l11.1 l11.2 l12.1 l12.2 l13.1 l13.2 l14.1 l14.2 l15.1 l15.2'.split(' ');
const MUNICIPALITIES = [
  ['m1', 'Gemeente Zaanstad', [8, 9], [1, 12]],
  ['m2', 'Gemeente Arnhem', [1, 12], [8, 14]],
  ['m3', 'Gemeente Assen', [14, 15], [9, 11]],
  ['m4', 'Gemeente Deurne', [11, 3], [15, 2]],
];
function screening([id, name, weak, strong]) {
  const answers = {};
  for (const indicator of LEA_INDICATORS) {
    const topic = Number(indicator.slice(1).split('.')[0]);
    if (weak.includes(topic)) answers[indicator] = { rating: { level: 'nee' } };
    else if (strong.includes(topic)) answers[indicator] = { rating: { level: 'ja' }, note: `Afgesproken in de LEA van ${name}` };
    else answers[indicator] = { rating: { level: 'deels' }, note: 'Loopt' };
  }
  return {
    schema: 3,
    scan: {
      id, instrument: { id: 'screening-lea-werkversie', version: '2026.1' }, details: { name, roles: [] },
      answers, created_at: '2026-11-20T08:00:00.000Z', updated_at: '2026-11-21T09:00:00.000Z', actions: [],
      meeting: { date: '2026-11-20', partners: ['gemeente', 'ouders'] },
    },
  };
}

const schoolFiles = () => SCHOOLS.map((s) => jsonFile(`${s[0]}.json`, exportOf(schoolScan(s))));
const leaFiles = () => MUNICIPALITIES.map((m) => jsonFile(`${m[0]}.json`, exportOf(screening(m))));

/** The names in each group card, in order. */
async function groupsOnScreen(page) {
  return page.getByTestId('peer-group').evaluateAll((cards) => cards.map((card) =>
    [...card.querySelectorAll('.peer-member__name')].map((n) => n.textContent.trim())));
}

/** The group card that holds a profile. */
function groupOf(page, name) {
  return page.getByTestId('peer-group').filter({ has: page.locator('.peer-member__name', { hasText: name }) });
}

test('An adviser proposes groups for 12 schools and 4 municipalities, adjusts and locks one, and prints and downloads a guide; the school takes two agreements into its plan', async ({ page, browser }) => {
  await openApp(page, 'werkplek.html#/werkplek');
  await page.getByTestId('open-files').setInputFiles([...schoolFiles(), ...leaFiles()]);
  await expect(page.getByTestId('open-report')).toContainText('16 profiel(en) geopend.');

  // Schools with schools: the whole school list, nothing selected.
  const schools = page.getByTestId('workspace-group').filter({ hasText: 'Streefdoelen ouderbetrokkenheid' });
  await schools.getByTestId('peer-review').click();
  await expect(page).toHaveURL(/consultatie\.html#\/consultatie\/groepen\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Collegiale consultatie: groepen' })).toBeVisible();
  await expect(page.locator('.lead')).toContainText('12 profielen van');
  // The short inventory: every school with what it seeks and offers.
  await expect(page.getByTestId('inventory-row')).toHaveCount(12);
  await expect(page.getByTestId('inventory-row').filter({ hasText: 'OBS De Linde' })).toContainText('Alle ouders voelen zich welkom (1,0)');
  await expect(page.getByTestId('inventory-row').filter({ hasText: 'OBS De Linde' })).toContainText('Een gedeelde visie op samenwerken met ouders (4,0)');

  // Every school is in exactly one group, every group has a partner and says why.
  let groups = await groupsOnScreen(page);
  expect(groups.flat().sort()).toEqual(SCHOOLS.map((s) => s[1]).sort());
  for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2);
  const linde = groupOf(page, 'OBS De Linde');
  await expect(linde.getByTestId('group-reasons')).toContainText(/OBS De Linde zoekt hulp bij ‘Alle ouders voelen zich welkom’ \(1,0\); .+ is daar sterk in \(4,0, met bewijs\)\./);
  await expectNoAxeViolations(page);

  // Adjust: move a school into De Linde's group, then lock that group.
  const lindeIndex = groups.findIndex((g) => g.includes('OBS De Linde'));
  const mover = groups.find((g, i) => i !== lindeIndex && g.length > 2)?.[0] ?? groups.find((g, i) => i !== lindeIndex)[0];
  await page.getByLabel(`Verplaatsen: ${mover}`).selectOption({ label: `Groep ${lindeIndex + 1}` });
  await expect(groupOf(page, 'OBS De Linde').locator('.peer-member__name', { hasText: mover })).toBeVisible();
  groups = await groupsOnScreen(page);
  const locked = groups.find((g) => g.includes('OBS De Linde'));
  await groupOf(page, 'OBS De Linde').getByTestId('lock-group').click();
  await expect(groupOf(page, 'OBS De Linde').getByTestId('lock-group')).toHaveAttribute('aria-pressed', 'true');
  await expect(groupOf(page, 'OBS De Linde').getByRole('heading', { level: 2 })).toContainText('vastgezet');

  // A new proposal with pairs only: the locked group stays as it is, the others are pairs.
  await page.getByLabel('Grootste groep').selectOption('2');
  await page.getByTestId('propose').click();
  await expect(page.getByTestId('groups-status')).toHaveText('Er is een nieuw voorstel.');
  groups = await groupsOnScreen(page);
  expect(groups.find((g) => g.includes('OBS De Linde'))).toEqual(locked);
  expect(groups.flat().sort()).toEqual(SCHOOLS.map((s) => s[1]).sort());
  for (const group of groups.filter((g) => !g.includes('OBS De Linde'))) expect(group.length).toBeLessThanOrEqual(3);
  // The arrangement survives a reload.
  await page.reload();
  await expect(page.getByTestId('peer-group').first()).toBeVisible();
  expect(await groupsOnScreen(page)).toEqual(groups);

  // The conversation guide of De Linde's group.
  await groupOf(page, 'OBS De Linde').getByTestId('make-guide').click();
  await expect(page).toHaveURL(/#\/consultatie\/leidraad\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gespreksleidraad: Groep');
  await expect(page.getByTestId('guide-members')).toContainText('OBS De Linde');
  const topics = page.getByTestId('guide-topic');
  await expect(topics.first()).toContainText('Hoe hebt u');
  await expect(topics.first()).toContainText('Wat werkte niet?');
  await expect(topics.first()).toContainText('Wat zou u ons aanraden voor de eerste stap?');
  await expect(page.getByTestId('guide')).toContainText('We zoeken nog een aanpak (OBS De Linde)');
  await expect(page.getByTestId('guide')).toContainText('Werkwijze beschreven in het schoolplan van');

  // Two agreements for De Linde, and a follow-up date.
  const lindeTopic = 'Alle ouders voelen zich welkom';
  for (const [what, who, when] of [['Welkomstgesprek met elk nieuw gezin', 'Intern begeleider', '2027-03-01'], ['Koffie-ochtend in het Turks en Arabisch', 'Directeur', '2027-04-15']]) {
    await page.getByTestId('add-agreement').click();
    const agreement = page.getByTestId('agreement').last();
    await expect(agreement.getByTestId('agreement-what')).toBeFocused();
    await agreement.getByTestId('agreement-member').selectOption({ label: 'OBS De Linde' });
    await agreement.getByTestId('agreement-goal').selectOption({ label: lindeTopic });
    await agreement.getByTestId('agreement-what').fill(what);
    await agreement.getByTestId('agreement-who').fill(who);
    await agreement.getByTestId('agreement-when').fill(when);
  }
  await page.getByLabel('Wanneer spreekt de groep weer af?').fill('2027-06-01');
  await expectNoAxeViolations(page);
  // Kept: a reload shows the agreements.
  await page.reload();
  await expect(page.getByTestId('agreement')).toHaveCount(2);
  await expect(page.getByTestId('agreement-what').first()).toHaveValue('Welkomstgesprek met elk nieuw gezin');

  // Print: A4, no buttons, the agreements written out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-guide')).toBeHidden();
  await expect(page.getByTestId('guide-topic').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  const file = await download(page, 'download-guide');
  expect(file.name).toMatch(/^gespreksleidraad-groep-\d+-\d{4}-\d{2}-\d{2}\.json$/);
  const sent = JSON.parse(file.bytes.toString('utf8'));
  expect(sent.format).toBe('samenscan-gespreksleidraad');
  expect(sent.guide.agreements.map((a) => a.what)).toEqual(['Welkomstgesprek met elk nieuw gezin', 'Koffie-ochtend in het Turks en Arabisch']);
  expect(sent.guide.follow_up).toBe('2027-06-01');

  // Municipalities with municipalities, from the LEA list.
  await page.goto('/werkplek.html#/werkplek');
  await page.getByTestId('workspace-group').filter({ hasText: 'Screening ouderbetrokkenheid in de LEA' }).getByTestId('peer-review').click();
  await expect(page.locator('.lead')).toContainText('4 profielen van');
  await expect(page.getByTestId('sector-fit')).toHaveCount(0);
  groups = await groupsOnScreen(page);
  expect(groups.flat().sort()).toEqual(MUNICIPALITIES.map((m) => m[1]).sort());
  await expect(groupOf(page, 'Gemeente Zaanstad').getByTestId('group-reasons')).toContainText(/Gemeente Zaanstad zoekt hulp bij ‘Doelgroepouders’ \(1,0\); Gemeente (Arnhem|Assen) is daar sterk in \(3,0, met bewijs\)\./);
  await expect(page.getByTestId('inventory-row').filter({ hasText: 'Gemeente Zaanstad' })).toContainText('Taal en laaggeletterdheid (1,0)');
  await expectNoAxeViolations(page);

  // The school, in its own browser with its own scan, opens the guide and takes both agreements in.
  const context = await browser.newContext();
  const school = await context.newPage();
  await openApp(school);
  await school.evaluate((stored) => localStorage.setItem(`samenscan.scan.${stored.scan.id}`, JSON.stringify(stored)), schoolScan(SCHOOLS[0]));
  await school.goto('/consultatie.html');
  await expect(school.getByRole('heading', { level: 1, name: 'Collegiale consultatie' })).toBeVisible();
  await expect(school.getByTestId('guides-empty')).toBeVisible();
  await expectNoAxeViolations(school);
  await school.getByTestId('guide-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await expect(school.getByTestId('guide-read-only')).toBeVisible();
  await expect(school.getByTestId('agreement-what')).toHaveCount(0);
  const take = school.getByTestId('take-agreement');
  await expect(take).toHaveCount(2);
  await take.first().click();
  await expect(school.getByTestId('agreement-taken')).toHaveCount(1);
  await school.getByTestId('take-agreement').click();
  await expect(school.getByTestId('agreement-taken')).toHaveCount(2);
  await expect(school.getByTestId('follow-up')).toHaveText('2027-06-01');
  await expectNoAxeViolations(school);
  const stored = (await storedScans(school)).s01.scan;
  expect(stored.actions.map((a) => [a.goal, a.what, a.who, a.when])).toEqual([
    ['sd3', 'Welkomstgesprek met elk nieuw gezin', 'Intern begeleider', '2027-03-01'],
    ['sd3', 'Koffie-ochtend in het Turks en Arabisch', 'Directeur', '2027-04-15'],
  ]);
  expect(stored.answers).toEqual(schoolScan(SCHOOLS[0]).scan.answers);
  // Once only: after a reload both say they are in the plan.
  await school.reload();
  await expect(school.getByTestId('agreement-in-plan')).toHaveCount(2);

  // Months later the school has worked on it: its profile shows the score then and now.
  await school.evaluate(() => {
    const key = 'samenscan.scan.s01';
    const stored = JSON.parse(localStorage.getItem(key));
    for (const id of ['sd3.1', 'sd3.2', 'sd3.3']) stored.scan.answers[id] = { rating: { level: '3' }, evidence: 'Verslag' };
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await school.goto('/profiel.html#/scan/s01/profiel');
  const followUp = school.getByTestId('follow-up-row');
  await expect(followUp).toHaveCount(1);
  await expect(followUp).toContainText('Alle ouders voelen zich welkom');
  await expect(followUp.locator('td').nth(1)).toHaveText('1,0');
  await expect(followUp.locator('td').nth(2)).toHaveText('3,0');
  await expect(followUp.locator('td').nth(3)).toHaveText('+2,0');
  await expect(school.getByTestId('action-origin').first()).toContainText('Afgesproken bij de collegiale consultatie van');
  await expectNoAxeViolations(school);
  await context.close();
});

test('A guide travels as a link, in English too, and a broken guide or link says why and keeps nothing', async ({ page, browser }) => {
  await openApp(page, 'werkplek.html#/werkplek');
  await page.getByTestId('open-files').setInputFiles(schoolFiles().slice(0, 4));
  await page.getByTestId('peer-review').click();
  await groupOf(page, 'OBS De Linde').getByTestId('make-guide').click();
  await page.getByTestId('add-agreement').click();
  await page.getByTestId('agreement-what').fill('Samen een ouderavond voorbereiden');
  await page.getByTestId('make-guide-link').click();
  const address = await page.getByTestId('guide-address').inputValue();
  expect(address).toMatch(/\/consultatie\.html#\/consultatie\/link\/1\./);

  const context = await browser.newContext();
  const other = await context.newPage();
  await openApp(other);
  await other.goto(address);
  await expect(other.getByRole('heading', { level: 1 })).toContainText('Gespreksleidraad: Groep');
  await expect(other).toHaveURL(/#\/consultatie\/leidraad\//);
  await expect(other.getByTestId('agreement')).toContainText('Samen een ouderavond voorbereiden');
  await expect(other.getByTestId('no-own-scan')).toBeVisible();
  await other.getByRole('button', { name: 'English' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toContainText('Conversation guide: Groep 1');
  await expect(other.getByTestId('guide-topic').first()).toContainText('What did not work?');
  await expectNoAxeViolations(other);

  // A link cut short, and files that are not a guide.
  await other.goto(address.slice(0, address.length - 40));
  await expect(other.getByTestId('guide-link-error')).toContainText('This link is damaged or was not copied completely.');
  await other.getByRole('button', { name: 'Nederlands' }).click();
  const before = await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.leidraad.')).length);
  await other.goto('/consultatie.html#/consultatie');
  await other.getByTestId('guide-file').setInputFiles(jsonFile('profiel.json', exportOf(schoolScan(SCHOOLS[1]))));
  await expect(other.getByTestId('guide-problem')).toContainText('Dit is een profiel, geen gespreksleidraad.');
  await other.getByTestId('guide-file').setInputFiles(jsonFile('kapot.json', '{"format":"samenscan-gespreksleidraad","format_version":1,"guide":{"id":"<b>x</b>"}}'));
  await expect(other.getByTestId('guide-problem')).toContainText('Deze gespreksleidraad is beschadigd');
  await expect(other.locator('b')).toHaveCount(0);
  expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenscan.leidraad.')).length)).toBe(before);
  await expect(other.getByTestId('guide-row')).toHaveCount(1);
  await context.close();
});

test('Fewer than two profiles, or more than forty, are told before any group is made', async ({ page }) => {
  await openApp(page, 'werkplek.html#/werkplek');
  await page.getByTestId('open-files').setInputFiles(schoolFiles().slice(0, 1));
  await page.getByTestId('peer-review').click();
  await expect(page.getByTestId('groups-problem')).toContainText('Kies in de werkplek ten minste twee profielen');
  await expectNoAxeViolations(page);
});

test('One guide open in two tabs: an agreement written in one is not lost when the other writes', async ({ page, context }) => {
  const frozen = JSON.parse(readFileSync(new URL('../fixtures/backup/reservekopie-v3.json', import.meta.url)));
  await openApp(page);
  await page.evaluate((kept) => localStorage.setItem('samenscan.leidraad.g1', JSON.stringify(kept)), frozen.guides[0]);
  await page.goto('/consultatie.html#/consultatie/leidraad/g1');
  const other = await context.newPage();
  await other.goto('/consultatie.html#/consultatie/leidraad/g1');
  await expect(page.getByTestId('agreement')).toHaveCount(1);
  await expect(other.getByTestId('agreement')).toHaveCount(1);

  // The second tab adds an agreement; the first shows it and says why the guide changed.
  await other.getByTestId('add-agreement').click();
  await other.getByTestId('agreement-what').nth(1).fill('Ouderpanel samen opzetten');
  await expect(page.getByTestId('guide-changed-elsewhere')).toBeVisible();
  await expect(page.getByTestId('agreement-what')).toHaveCount(2);
  await expect(page.getByTestId('agreement-what').nth(1)).toHaveValue('Ouderpanel samen opzetten');
  await expect(other.getByTestId('guide-changed-elsewhere')).toHaveCount(0);

  // The first tab writes next: the other tab's agreement stays, and the other tab follows.
  await page.getByTestId('follow-up').fill('2027-04-01');
  await expect(other.getByTestId('follow-up')).toHaveValue('2027-04-01');
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('samenscan.leidraad.g1')).guide);
  expect(kept.follow_up).toBe('2027-04-01');
  expect(kept.agreements.map((a) => a.what)).toEqual(['Welkomstgesprek met elke nieuwe ouder', 'Ouderpanel samen opzetten']);
  await expectNoAxeViolations(page);
});

test('Peer review on a list of its own: three mbo schools on a five-level list are grouped where the list never was, and an agreement goes into the plan', async ({ page, browser }) => {
  await openApp(page);
  await loadListFile(page, 'tests/fixtures/lists/mbo-partnerschap.csv');
  // Levels for m1.1, m1.2 (Intake met ouders), m2.1 (Contact bij zorgen), m3.1; evidence everywhere.
  const schools = [
    ['ROC De Brug', ['4. Geborgd', '4. Geborgd', '1. Incidenteel', '4. Geborgd']],
    ['Vakcollege Zuid', ['1. Incidenteel', '0. Afwezig', '4. Geborgd', '4. Geborgd']],
    ['Techniek College', ['4. Geborgd', '3. Uitgevoerd', '3. Uitgevoerd', '0. Afwezig']],
  ];
  const ids = [];
  const files = [];
  for (const [name, levels] of schools) {
    ids.push(await mboScan(page, name, levels));
    await page.goto(`/profiel.html#/scan/${ids.at(-1)}/profiel`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    files.push(await download(page, 'download-json'));
  }

  // The adviser's fresh browser: the list comes with the profiles.
  const adviser = await (await browser.newContext()).newPage();
  await openApp(adviser, 'werkplek.html#/werkplek');
  await adviser.getByTestId('open-files').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: f.bytes })));
  await expect(adviser.getByTestId('workspace-row')).toHaveCount(3);
  await adviser.getByTestId('workspace-group').filter({ hasText: 'Partnerschap mbo (testlijst)' }).getByTestId('peer-review').click();
  await expect(adviser.locator('.lead')).toContainText('3 profielen van');
  await expect(adviser.getByTestId('inventory-row').filter({ hasText: 'ROC De Brug' })).toContainText('Contact bij zorgen (1,0)');
  await expect(adviser.getByTestId('inventory-row').filter({ hasText: 'Techniek College' })).toContainText('Ouders en loopbaankeuzes (0,0)');
  const groups = await groupsOnScreen(adviser);
  expect(groups.flat().sort()).toEqual(schools.map((s) => s[0]).sort());
  for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2);
  await expect(groupOf(adviser, 'ROC De Brug').getByTestId('group-reasons')).toContainText(/ROC De Brug zoekt hulp bij ‘Contact bij zorgen’ \(1,0\); (Vakcollege Zuid|Techniek College) is daar sterk in \((4,0|3,0), met bewijs\)\./);
  await expectNoAxeViolations(adviser);

  // The guide of De Brug's group, with one agreement for De Brug.
  await groupOf(adviser, 'ROC De Brug').getByTestId('make-guide').click();
  await expect(adviser.getByTestId('guide-topic').filter({ hasText: 'Contact bij zorgen' })).toContainText('Verslag intake');
  await adviser.getByTestId('add-agreement').click();
  const agreement = adviser.getByTestId('agreement').last();
  await agreement.getByTestId('agreement-member').selectOption({ label: 'ROC De Brug' });
  await agreement.getByTestId('agreement-goal').selectOption({ label: 'Contact bij zorgen' });
  await agreement.getByTestId('agreement-what').fill('Verzuimaanpak van de partner bespreken in het team');
  await agreement.getByTestId('agreement-who').fill('Teamleider');
  await agreement.getByTestId('agreement-when').fill('2027-02-01');
  await expectNoAxeViolations(adviser);
  const guide = await download(adviser, 'download-guide');

  // Back at the school: the guide opens, the agreement goes into De Brug's plan.
  await page.goto('/consultatie.html');
  await page.getByTestId('guide-file').setInputFiles({ name: guide.name, mimeType: 'application/json', buffer: guide.bytes });
  await expect(page.getByTestId('guide-read-only')).toBeVisible();
  await page.getByTestId('take-agreement').click();
  await expect(page.getByTestId('agreement-taken')).toHaveCount(1);
  const stored = (await storedScans(page))[ids[0]].scan;
  expect(stored.actions.map((a) => [a.goal, a.what, a.who, a.when])).toEqual([['m2', 'Verzuimaanpak van de partner bespreken in het team', 'Teamleider', '2027-02-01']]);

  // Later, De Brug has worked on it: its profile shows the score on the five-level scale then and now.
  await page.evaluate((id) => {
    const key = `samenscan.scan.${id}`;
    const kept = JSON.parse(localStorage.getItem(key));
    kept.scan.answers['m2.1'].rating = { level: '3' };
    localStorage.setItem(key, JSON.stringify(kept));
  }, ids[0]);
  await page.goto(`/profiel.html#/scan/${ids[0]}/profiel`);
  const followUp = page.getByTestId('follow-up-row');
  await expect(followUp).toHaveCount(1);
  await expect(followUp).toContainText('Contact bij zorgen');
  await expect(followUp.locator('td').nth(1)).toHaveText('1,0');
  await expect(followUp.locator('td').nth(2)).toHaveText('3,0');
});
