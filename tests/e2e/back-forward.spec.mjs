// Back and Forward between Samenscan's pages show the page at once, as it was left (the browser's
// back-forward cache), and up to date with what was stored meanwhile. Playwright switches that
// cache off in the browsers it starts, so these stories start their own with it on.
import { test, expect } from './fixtures.mjs';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config.mjs';
import { guardContext } from './fixtures.mjs';

/** A browser as people have it: the back-forward cache on. */
async function browserWithBackForwardCache(use) {
  const browser = await chromium.launch({ ...chromiumLaunch, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const problems = await guardContext(context);
    await use(await context.newPage());
    expect(problems, 'Content-Security-Policy violations and uncaught errors').toEqual([]);
  } finally {
    await browser.close();
  }
}

/** Back, without waiting for a load event: a page shown from the cache does not load again. */
async function back(page) {
  await page.goBack({ waitUntil: 'commit' });
}

test('Back to the start page shows it at once, kept as it was, with the answers given meanwhile', async ({ baseURL }) => {
  await browserWithBackForwardCache(async (page) => {
    await page.goto(`${baseURL}scan.html#/nieuw`);
    await page.getByLabel('Naam van de school of locatie').fill('OBS De Meander');
    await page.getByLabel('Primair onderwijs (po)').check();
    await page.getByTestId('submit-details').click();
    await expect(page.getByRole('heading', { level: 1, name: 'OBS De Meander' })).toBeVisible();
    await page.goto(baseURL);
    const row = page.locator('.scan-row');
    await expect(row).toContainText('0 van 30 beantwoord');
    await page.evaluate(() => { window.keptPage = true; });

    await row.getByRole('link', { name: 'Verder' }).click();
    await expect(page).toHaveURL(/scan\.html/);
    await page.getByRole('link', { name: 'Begin met de scan' }).click();
    const questions = page.locator('.question');
    await expect(questions.first()).toBeVisible();
    await questions.nth(0).getByRole('radio').first().check();
    await questions.nth(1).getByRole('radio').first().check();

    // Back from the questions to the scan's overview (the same page), then to the start page.
    await back(page);
    await expect(page).toHaveURL(/scan\.html#\/scan\/[^/]+$/);
    await back(page);
    await expect(page).toHaveURL(new RegExp(`^${baseURL}(index\\.html)?(#/?)?$`));
    // The same page, not loaded again: what it held is still there.
    expect(await page.evaluate(() => window.keptPage)).toBe(true);
    await expect(row).toContainText('2 van 30 beantwoord');
  });
});

test('Back and Forward between two pages keep both pages', async ({ baseURL }) => {
  await browserWithBackForwardCache(async (page) => {
    await page.goto(`${baseURL}gegevens.html#/gegevens`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => { window.keptPage = 'gegevens'; });
    await page.goto(`${baseURL}lijsten.html#/lijsten`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => { window.keptPage = 'lijsten'; });
    await back(page);
    await expect(page).toHaveURL(/gegevens\.html/);
    expect(await page.evaluate(() => window.keptPage)).toBe('gegevens');
    await page.goForward({ waitUntil: 'commit' });
    await expect(page).toHaveURL(/lijsten\.html/);
    expect(await page.evaluate(() => window.keptPage)).toBe('lijsten');
  });
});
