// Shared steps for the user stories: each reads as what a person does.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/** Opens the app fresh, and fails the test on any request that leaves this machine. */
export async function openApp(page, path = '') {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !url.protocol.startsWith('blob') && !url.protocol.startsWith('data')) {
      throw new Error(`unexpected network request to ${request.url()}`);
    }
  });
  await page.goto(`/${path}`);
  await expect(page.locator('h1')).toBeVisible();
  await pageReady(page);
}

/**
 * Waits until the page can be used: its app has started (the static first paint is gone), or it
 * is a first visit's start page, which is whole without its app (scripts/start/loader.js).
 */
export async function pageReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.start === 'quiet' || !document.getElementById('first-paint'));
}

/**
 * Brings a first visit's start page its app without touching the page: another page of the same
 * browser stores the language (Dutch, as it is), and the start page hears it.
 */
export async function startAppFromElsewhere(page) {
  const other = await page.context().newPage();
  await other.goto('/gegevens.html#/gegevens');
  await other.evaluate(() => localStorage.setItem('samenscan.lang', JSON.stringify(localStorage.getItem('samenscan.lang') === '"en"' ? 'en' : 'nl')));
  await other.close();
  await expect(page.locator('#first-paint')).toHaveCount(0);
}

/** Starts a new school self-assessment through the form. */
export async function startScan(page, { name, sector = 'Primair onderwijs (po)', region, roles = [] }) {
  await page.getByTestId('new-scan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zelfscan' })).toBeVisible();
  await page.getByLabel('Naam van de school of locatie').fill(name);
  await page.getByLabel(sector).check();
  if (region) await page.getByLabel(region).check();
  for (const role of roles) await page.getByLabel(role, { exact: true }).check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Runs axe with the WCAG 2.x A/AA rules (including 2.2) and its best practices (one main region, heading order, …), and expects zero violations. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** The scans as stored in this browser, by id. */
export async function storedScans(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('samenscan.scan.')) out[key.slice('samenscan.scan.'.length)] = JSON.parse(localStorage.getItem(key));
    }
    return out;
  });
}

/** A stored scan (schema 2) for the shipped instrument, po sector: every indicator rated. */
export function fullScan({ id = 'sfull', name = 'OBS De Linde', level = (goal) => (goal <= 4 ? '4' : '3'), evidence = 'Verslag', extra = {} } = {}) {
  const perGoal = { 1: 3, 2: 3, 3: 3, 4: 2, 5: 3, 6: 3, 7: 3, 8: 2, 9: 3, 10: 2, 11: 3 };
  const answers = {};
  for (const [goal, count] of Object.entries(perGoal)) {
    for (let i = 1; i <= count; i++) answers[`sd${goal}.${i}`] = { rating: { level: level(Number(goal), i) }, evidence };
  }
  Object.assign(answers, extra);
  return {
    schema: 2,
    scan: {
      id, instrument: { id: 'streefdoelen-werkversie', version: '2026.1' },
      details: { name, sector: 'po', region: 'midden', roles: ['team'] },
      answers, created_at: '2026-11-01T10:00:00.000Z', updated_at: '2026-11-20T10:00:00.000Z', actions: [],
    },
  };
}

/** Puts stored scans into this browser, then reloads. */
export async function seedScans(page, ...stored) {
  await page.evaluate((list) => { for (const s of list) localStorage.setItem(`samenscan.scan.${s.scan.id}`, JSON.stringify(s)); }, stored);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await pageReady(page);
}

/** Everything Samenscan keeps in this browser, as raw strings, to compare before and after. */
export async function storageSnapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

/** Clicks a download button and returns the file's suggested name and bytes. */
export async function download(page, testId) {
  const pending = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** An exported profile file (format 1) around a stored scan, as a school would send it. */
export function exportOf(stored) {
  return JSON.stringify({
    format: 'samenscan-profiel', format_version: 1, app_version: '0.1.0', exported_at: stored.scan.updated_at,
    instrument: { id: stored.scan.instrument.id, version: stored.scan.instrument.version },
    schema: stored.schema, scan: stored.scan,
  }, null, 2);
}

/** Drags JSON files (`[[name, text]]`) over the element with this test id and drops them there. */
export async function dropFiles(page, testId, files) {
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
    return transfer;
  }, files);
  const zone = page.getByTestId(testId);
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** A file for Playwright's file chooser. */
export function jsonFile(name, text) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

const csvFileAt = (path) => ({ name: path.split('/').pop(), mimeType: 'text/csv', buffer: readFileSync(path) });

/** Loads a list file from the repository on the lists page and keeps it. */
export async function loadListFile(page, path) {
  await page.goto('/lijsten.html');
  await page.getByTestId('list-file').setInputFiles(csvFileAt(path));
  await expect(page.getByTestId('list-preview')).toBeVisible();
  await page.getByTestId('keep-list').click();
  await expect(page.getByTestId('list-saved')).toBeVisible();
}

/** Starts a scan on the list whose name matches `list` (a list kept in this browser); returns its id. */
export async function scanOnList(page, list, name, sector) {
  await page.goto('/scan.html#/nieuw');
  await page.getByTestId('list-choice').getByRole('radio', { name: list }).check();
  await page.getByLabel('Naam van de school of locatie').fill(name);
  await page.getByLabel(sector).check();
  await page.getByTestId('submit-details').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).hash.split('/')[2];
}

/** A scan on the mbo list by one team member, with these levels for m1.1, m1.2, m2.1 and m3.1. */
export async function mboScan(page, name, levels) {
  const id = await scanOnList(page, /Partnerschap mbo/, name, 'Middelbaar beroepsonderwijs (mbo)');
  let n = 0;
  for (const goal of ['m1', 'm2', 'm3']) {
    await page.goto(`/scan.html#/scan/${id}/doel/${goal}`);
    const questions = page.locator('.question');
    await expect(questions.first()).toBeVisible();
    for (let q = 0; q < (await questions.count()); q++) {
      await questions.nth(q).getByLabel(levels[n++]).check();
      await questions.nth(q).getByLabel('Waar blijkt dat uit?').fill('Verslag intake');
    }
  }
  return id;
}
