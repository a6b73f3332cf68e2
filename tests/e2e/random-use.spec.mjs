// Random use of every page: clicks, odd text in every field, Back, reload, the language switch and
// a second tab, with scans, a screening, profiles in the workspace and an own list stored. The
// stories name what a person means to do; this one does what nobody plans, and holds the app to
// "never panic on user data": no uncaught error, no error in the console, no CSP violation (the
// fixture), and afterwards every page still opens and reads back all that was stored.
// It runs after the other stories, alone (playwright.config.mjs); by itself:
// `npx playwright test random-use --no-deps`.
import { test, expect } from './fixtures.mjs';
import { fullScan, seedScans, exportOf, loadListFile, pageReady } from './helpers.mjs';

const PAGES = ['', 'scan.html#/nieuw', 'scan.html#/scan/sfull', 'scan.html#/scan/sfull/doel/sd2', 'profiel.html#/scan/sfull/profiel',
  'lea.html', 'lea.html#/lea/nieuw', 'lea.html#/lea/slea', 'werkplek.html', 'gegevens.html', 'lijsten.html', 'consultatie.html'];
// Text a person may paste, or a file may carry: markup, emoji, right-to-left, 5,000 characters,
// only spaces, an invisible character, a date that does not exist.
const TEXTS = ['', 'De Klimop', '<b>vet</b><script>alert(1)</script>', '👩‍👩‍👧 ouders 😀', 'مدرسة الأمل', 'x'.repeat(5000), '   ',
  '\u200b', 'Regel 1\nRegel 2', '"; --', '../../etc', '2027-02-30', '-1', 'ü'.repeat(70)];
const ACTIONS_PER_TAB = 180;

/** A small generator with a seed, so that a failure can be replayed. */
function randomFrom(seed) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { next, pick: (items) => items[Math.floor(next() * items.length)] };
}

/** One thing a person might do on the page; what cannot be done now (hidden, gone) is skipped. */
async function doSomething(page, random, done) {
  const roll = random.next();
  if (roll < 0.04) return done.push('back'), page.goBack({ timeout: 2000 });
  if (roll < 0.06) return done.push('reload'), page.reload();
  if (roll < 0.08) return done.push('language'), page.locator('.language-switch__option').nth(random.next() < 0.5 ? 0 : 1).click({ timeout: 400 });
  if (roll < 0.4) {
    const fields = page.locator('input:not([type=file]):not([type=radio]):not([type=checkbox]):visible:enabled, textarea:visible:enabled, select:visible:enabled');
    const count = await fields.count();
    if (!count) return;
    const field = fields.nth(Math.floor(random.next() * count));
    const kind = await field.evaluate((e) => `${e.tagName.toLowerCase()} ${e.type} ${e.id || e.name}`);
    if (kind.startsWith('select')) {
      const options = await field.locator('option').count();
      done.push(`choose in ${kind}`);
      return options && field.selectOption({ index: Math.floor(random.next() * options) }, { timeout: 400 });
    }
    const text = kind.includes(' date ') ? random.pick(['2027-01-15', '', '1999-12-31']) : random.pick(TEXTS);
    done.push(`type ${JSON.stringify(text.slice(0, 16))} in ${kind}`);
    await field.fill(text, { timeout: 400 });
    if (random.next() < 0.3) await field.press(random.pick(['Enter', 'Tab', 'Escape']), { timeout: 400 });
    return;
  }
  // Choices are clicked by their label, as a person does (the styled radio buttons lie under it).
  const targets = page.locator('button:visible:enabled, a[href]:visible, label:visible, summary:visible');
  const count = await targets.count();
  if (!count) return;
  const target = targets.nth(Math.floor(random.next() * count));
  done.push(`click ${await target.evaluate((e) => `${e.tagName.toLowerCase()} ${(e.dataset.testid || e.getAttribute('href') || e.textContent).trim().slice(0, 40)}`)}`);
  await target.click({ timeout: 400 });
}

/** Keys of what Samenscan stored that does not read back: not JSON, or set aside by the app itself. */
async function storedButUnreadable(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('samenscan.')).filter((key) => {
    if (key.startsWith('samenscan.unreadable.')) return true;
    const value = localStorage.getItem(key);
    if (!/^[[{"]/.test(value)) return false; // a plain stamp, not JSON
    try { JSON.parse(value); return false; } catch { return true; }
  }));
}

test('Clicking and typing anything anywhere, in two tabs, breaks no page, and all it stored reads back', async ({ page, context }) => {
  test.setTimeout(240_000);
  // A school scan, an LEA screening, three profiles in the workspace and an own list.
  await page.goto('/');
  const screening = { schema: 3, scan: { id: 'slea', instrument: { id: 'screening-lea-werkversie', version: '2026.1' }, details: { name: 'Gemeente Zaanstad', roles: [] }, answers: {}, created_at: '2026-11-20T08:00:00.000Z', updated_at: '2026-11-21T09:00:00.000Z', actions: [], meeting: { date: '2026-11-20', partners: ['gemeente', 'ouders'] } } };
  await seedScans(page, fullScan(), screening);
  await page.goto('/werkplek.html');
  await page.getByTestId('open-files').setInputFiles(['De Eik', 'De Linde', 'Het Anker'].map((name, n) => ({
    name: `school-${n}.json`, mimeType: 'application/json',
    buffer: Buffer.from(exportOf(fullScan({ id: `sw${n}`, name, level: (goal) => String(1 + ((goal + n) % 4)) }))),
  })));
  await expect(page.getByTestId('workspace-row')).toHaveCount(3);
  await loadListFile(page, 'tests/fixtures/lists/mbo-partnerschap.csv');

  const errors = [];
  const second = await context.newPage();
  for (const tab of [page, second]) {
    tab.on('console', (message) => {
      // A fetch that fails is the browser's own line (the website's lists, offline): not the app's.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`${tab.url()}: ${message.text()}`);
    });
    tab.on('dialog', (dialog) => dialog.accept());
    // Printing opens no dialog here: the print stories check what is printed.
    await tab.addInitScript(() => { window.print = () => {}; });
  }
  const random = randomFrom(Number(process.env.RANDOM_USE_SEED ?? 20261205));
  const done = [];
  for (let step = 0; step < 2 * ACTIONS_PER_TAB; step++) {
    const tab = step % 14 < 7 ? page : second;
    try {
      // A person works in the tab in front; the other one hears what is stored meanwhile.
      if (step % 7 === 0) await tab.bringToFront();
      if (step % 25 === 0 || !tab.url().startsWith('http')) {
        const path = random.pick(PAGES);
        done.push(`open ${path}`);
        await tab.goto(`/${path}`);
        continue;
      }
      await doSomething(tab, random, done);
    } catch (error) {
      // Only the driver's own misses (an element that moved, hid or went with the page) are skipped.
      if (!/Timeout|detached|not attached|Execution context|navigat|intercepts pointer|outside of the viewport|not visible|not an? /i.test(error.message)) throw error;
    }
    expect(errors, `after: ${done.slice(-6).join(' | ')}`).toEqual([]);
  }

  // Afterwards every page still opens, and reads all that was stored: nothing is set aside.
  for (const path of ['', 'scan.html#/nieuw', 'profiel.html', 'lea.html', 'werkplek.html', 'gegevens.html', 'lijsten.html', 'consultatie.html']) {
    await page.goto(`/${path}`);
    await expect(page.locator('main h1')).toBeVisible();
    await pageReady(page);
    await expect(page.getByTestId('unreadable')).toHaveCount(0);
  }
  expect(await storedButUnreadable(page)).toEqual([]);
  expect(errors).toEqual([]);
});
