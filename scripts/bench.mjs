// Speed benchmark in headless Chromium against the release build in dist/. Prints the figures
// and fails loudly when a budget is exceeded. Not a test: a measurement with limits.
//   node scripts/bench.mjs
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { chromiumLaunch } from '../playwright.config.mjs';
import { serveGzipped } from './gzip-server.mjs';

const BUDGET = {
  firstRenderMs: 1000, // navigation start until the start page heading is on screen
  startWith20ScansMs: 1500, // the same with 20 full scans in storage
  // Issue 11: "answer → stored → repainted stays ≤ 16 ms" (one frame). Measured until the answer
  // is in local storage and the page's style and layout are computed again (what the next frame
  // paints); the wait for that frame itself is the display's, not the app's.
  keystrokeToStorageMs: 16, // median: a key typed in a note until it is stored and the page laid out again
  ratingToStorageMs: 16, // median: a rating clicked until it is stored and the page laid out again
  profileRenderMs: 1000, // the profile page of a full scan (20 stored) until its chart is drawn
  meetingRenderMs: 1000, // the LEA meeting view of a topic until its questions are on screen
  open200ExportsMs: 500, // 200 exported profiles chosen at once in the workspace until all are listed and laid out
  compare200ExportsMs: 500, // those 200 side by side: a click until every theme table has 200 rows, laid out
  openAndCompare200Ms: 500, // the two together: issue 11's goal (about 190 ms now; see the README)
  peerGroups40Ms: 1000, // 40 workspace profiles on the peer-review page until all are placed in groups
  peerPropose40Ms: 100, // median: "Nieuw voorstel" clicked until the next frame, the 40 placed again
  // Under Lighthouse's mobile throttling (150 ms RTT, 1.6 Mbps, 4x CPU), gzip served, cold cache,
  // median of 3. The budgets hold today's figures with room; GOAL is what issue 11 asks.
  slowStartInteractiveMs: 1500, // start page until "Nieuwe zelfscan starten" can be clicked (drawn by index.html itself)
  slowStartFirstPaintMs: 1200, // start page until its first contentful paint (the static first paint of index.html)
  slowStartUsableMs: 1500, // a first visit's start page until every control on it works (its own loader; the app comes when one is used)
  slowStartWithScanMs: 3000, // a returning user's start page (one scan stored) until its app lists the scan
  slowFirstUseMs: 3000, // a first visitor's start page: "English" clicked once the page works, until the page is in English (its app fetched then)
  slowGoalLinkMs: 3000, // a returning user's link to a streefdoel until its questions show
  slowWarmPageMs: 1500, // after a first visit (every file from the service worker), the profile page until its chart shows
  slowWarmGoalLinkMs: 1000, // the same returning user's link to a streefdoel until its questions show (the cold one above is the issue's measure)
  // A first visit on a slow line that the page shares with its service worker (same 150 ms and
  // 1.6 Mbps, made by the server: Chromium's throttling spares a worker's requests), then
  // "Nieuwe zelfscan starten" a second after the start page can be used.
  // Before the worker waited for the pages (sw.js): 3.3 s and 4.5 s.
  sharedLineStartUsableMs: 1500, // the start page until every control on it works (the worker registers after its load; 1.7–1.9 s while the app had to start first)
  sharedLineOfflineReadyMs: 17000, // a first visit that stays on the start page until every file is kept (about 2 MB: 10 s of the line; 18 s one file at a time)
  sharedLineNewScanMs: 3000, // the click until the new scan's first field shows (its page alone on the line: ≈ 1.7–2.1 s)
};
const GOAL = { slowStartInteractiveMs: 1500, slowStartUsableMs: 1500, slowGoalLinkMs: 1500, slowWarmPageMs: 300, openAndCompare200Ms: 500 };
const GZIP_PORT = 4198;
const LINE_PORT = 4197;
const LINE = `http://127.0.0.1:${LINE_PORT}/`;
const SLOW = `http://127.0.0.1:${GZIP_PORT}/`;
const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}/`;

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });

const gzipServer = serveGzipped('dist', GZIP_PORT);
const lineServer = serveGzipped('dist', LINE_PORT, { line: { latencyMs: 150, bitsPerSecond: 1.6 * 1024 * 1024 } });

/** Lighthouse's mobile throttling on a page, through the Chrome DevTools Protocol. */
async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function waitForServer() {
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(BASE)).ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('static server did not start');
}

/** Records when the first h1 appears, measured inside the page. */
const markFirstRender = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('main h1')) { window.__firstRender = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
};

/**
 * A script for `addInitScript`: from the page's start, the time of the first frame in which
 * `ready` holds, laid out (`window.__readyAt[name]`). Read in the page itself: Playwright's own
 * wait starts only after the load event and adds its script to the page (≈ 30 ms at 4× CPU).
 */
const frameWatch = (name, ready) => `(() => {
  const ready = ${ready.toString()};
  const check = () => {
    if (!document.body || !ready()) return requestAnimationFrame(check);
    document.body.offsetHeight;
    (window.__readyAt ??= {})[${JSON.stringify(name)}] = performance.now();
    console.debug('bench-ready ' + ${JSON.stringify(name)});
  };
  requestAnimationFrame(check);
})();`;

/**
 * Waits for a `frameWatch` in `page` to see its moment, and returns that time. Called before the
 * navigation: the page says its moment by a console message.
 */
async function readyAt(page, name) {
  // Not Playwright's own wait: it adds its script to the page during the load (≈ 30–40 ms of
  // parsing at 4× CPU, in a trace), which a person's page does not run.
  await page.waitForEvent('console', { predicate: (message) => message.text() === `bench-ready ${name}`, timeout: 30_000 });
  return page.evaluate((n) => window.__readyAt[n], name);
}

function fullScan(n) {
  const answers = {};
  // Only the list's own indicators: a scan with others is set aside on load (core::check).
  const perGoal = { 1: 3, 2: 3, 3: 3, 4: 2, 5: 3, 6: 3, 7: 3, 8: 2, 9: 3, 10: 2, 11: 3 };
  for (const [goal, count] of Object.entries(perGoal).map(([g, c]) => [Number(g), c])) {
    for (const i of Array.from({ length: count }, (_, k) => k + 1)) {
      answers[`sd${goal}.${i}`] = { rating: { level: String(1 + ((goal + i) % 4)) }, note: 'Toelichting '.repeat(40), evidence: 'Bewijs '.repeat(30) };
    }
  }
  return { schema: 1, scan: { id: `sbench${n}`, instrument: { id: 'streefdoelen-werkversie', version: '2026.1' }, details: { name: `School ${n}`, sector: 'po', roles: ['team'] }, answers, created_at: '2026-11-01T10:00:00.000Z', updated_at: `2026-11-01T10:${String(n).padStart(2, '0')}:00.000Z` } };
}

const results = {};
let browser;
try {
  await waitForServer();
  browser = await chromium.launch(chromiumLaunch);

  // Cold first visit: fresh context, empty storage.
  const times = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(markFirstRender);
    await page.goto(BASE);
    await page.waitForFunction(() => window.__firstRender !== undefined);
    times.push(await page.evaluate(() => window.__firstRender));
    await context.close();
  }
  results.firstRenderMs = median(times);

  // Twenty full scans in storage: start page, then typing and rating on a goal page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE);
  await page.evaluate((scans) => { for (const s of scans) localStorage.setItem(`samenscan.scan.${s.scan.id}`, JSON.stringify(s)); }, Array.from({ length: 20 }, (_, n) => fullScan(n)));
  await page.addInitScript(markFirstRender);
  const loadTimes = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(BASE + '?run=' + run);
    await page.waitForFunction(() => window.__firstRender !== undefined && document.querySelectorAll('.scan-row').length === 20);
    loadTimes.push(await page.evaluate(() => performance.now()));
  }
  results.startWith20ScansMs = median(loadTimes);

  await page.goto(BASE + 'scan.html#/scan/sbench0/doel/sd1');
  await page.locator('.question textarea').first().waitFor();
  // Yields to the page's own tasks without the 4 ms clamp of nested timers, until the scan in
  // storage has changed; then forces style and layout, as the next frame would.
  await page.evaluate(() => {
    const channel = new MessageChannel();
    const yieldToTasks = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
    window.__untilStoredAndLaidOut = async (before) => {
      while (localStorage.getItem('samenscan.scan.sbench0') === before) await yieldToTasks();
      document.body.getBoundingClientRect();
    };
  });
  results.keystrokeToStorageMs = median(await page.evaluate(async () => {
    const until = window.__untilStoredAndLaidOut;
    const area = document.querySelector('.question textarea');
    const samples = [];
    for (let i = 0; i < 25; i++) {
      const before = localStorage.getItem('samenscan.scan.sbench0');
      const t0 = performance.now();
      area.value += 'x';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await until(before);
      samples.push(performance.now() - t0);
    }
    return samples;
  }));
  results.ratingToStorageMs = median(await page.evaluate(async () => {
    const until = window.__untilStoredAndLaidOut;
    const inputs = [...document.querySelectorAll('.question')[1].querySelectorAll('input[type=radio]')];
    const samples = [];
    for (let i = 0; i < 20; i++) {
      const before = localStorage.getItem('samenscan.scan.sbench0');
      const t0 = performance.now();
      inputs[i % inputs.length].click();
      await until(before);
      samples.push(performance.now() - t0);
    }
    return samples;
  }));
  const profileTimes = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`${BASE}profiel.html?run=${run}#/scan/sbench3/profiel`);
    await page.waitForFunction(() => document.querySelectorAll('.chart__bar').length === 11);
    profileTimes.push(await page.evaluate(() => performance.now()));
  }
  results.profileRenderMs = median(profileTimes);

  await page.evaluate(() => {
    const scan = { id: 'sleabench', instrument: { id: 'screening-lea-werkversie', version: '2026.1' }, details: { name: 'Gemeente Bench', roles: [] },
      answers: {}, created_at: '2026-11-01T10:00:00.000Z', updated_at: '2026-11-01T10:00:00.000Z', actions: [],
      meeting: { date: '2026-11-23', partners: ['gemeente', 'ouders', 'bibliotheek'] } };
    localStorage.setItem('samenscan.scan.sleabench', JSON.stringify({ schema: 3, scan }));
  });
  const meetingTimes = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`${BASE}lea.html?run=${run}#/lea/sleabench/vraag/l3`);
    await page.waitForFunction(() => document.querySelectorAll('.question').length === 2);
    meetingTimes.push(await page.evaluate(() => performance.now()));
  }
  results.meetingRenderMs = median(meetingTimes);
  await context.close();

  // The adviser workspace: 200 generated exports opened at once, then compared side by side.
  const exports = Array.from({ length: 200 }, (_, n) => {
    const stored = fullScan(n);
    stored.scan.id = `sexport${n}`;
    stored.scan.details.name = `School ${String(n).padStart(3, '0')}`;
    for (const [i, answer] of Object.values(stored.scan.answers).entries()) answer.rating = { level: String(1 + ((n + i) % 4)) };
    const text = JSON.stringify({ format: 'samenscan-profiel', format_version: 1, app_version: '0.1.0', exported_at: stored.scan.updated_at,
      instrument: { id: 'streefdoelen-werkversie', version: '2026.1' }, schema: stored.schema, scan: stored.scan }, null, 2);
    return { name: `school-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
  });
  const openTimes = [];
  const compareTimes = [];
  for (let run = 0; run < 3; run++) {
    const fresh = await browser.newContext();
    const adviser = await fresh.newPage();
    await adviser.goto(`${BASE}werkplek.html#/werkplek`);
    await adviser.getByTestId('open-files').waitFor({ state: 'attached' });
    // Timed inside the page, from the moment the browser made the `change` event (the files
    // handed over) and the click (their timeStamp: a click that waits for a busy page counts),
    // until the first frame in which everything is there and laid out. Handing 200 files from
    // this script to the browser is not app time. Each end is watched from before its action: a
    // watch begun after it waited for this script's next message and the frame after that.
    await adviser.evaluate(() => {
      document.addEventListener('change', (e) => { window.__openStart = e.timeStamp; }, { capture: true });
      document.addEventListener('click', (e) => { window.__compareStart = e.timeStamp; }, { capture: true });
    });
    // Watched from before the files are handed over: the first frame in which all are listed.
    const listed = adviser.waitForFunction(() => document.querySelectorAll('[data-testid=workspace-row]').length === 200 && document.body.offsetHeight > 0 && performance.now(), null, { polling: 'raf' });
    await adviser.getByTestId('open-files').setInputFiles(exports);
    const opened = await listed;
    openTimes.push((await opened.jsonValue()) - (await adviser.evaluate(() => window.__openStart)));
    const tables = adviser.waitForFunction(() => document.querySelectorAll('[data-testid=compare-table] tbody tr').length === 6 * 200 && document.body.offsetHeight > 0 && performance.now(), null, { polling: 'raf' });
    await adviser.getByTestId('compare').click();
    const compared = await tables;
    compareTimes.push((await compared.jsonValue()) - (await adviser.evaluate(() => window.__compareStart)));
    await fresh.close();
  }
  results.open200ExportsMs = median(openTimes);
  results.compare200ExportsMs = median(compareTimes);
  results.openAndCompare200Ms = median(openTimes.map((t, i) => t + compareTimes[i]));

  // Peer review (issue 12): 40 school profiles in the workspace, grouped on the peer-review page.
  const sectors = ['vve', 'po', 'vo', 'mbo'];
  const entries = Array.from({ length: 40 }, (_, n) => {
    const stored = fullScan(n);
    stored.scan.id = `speer${n}`;
    stored.scan.details = { name: `School ${n}`, sector: sectors[n % 4], roles: ['team'] };
    for (const [i, answer] of Object.values(stored.scan.answers).entries()) answer.rating = { level: String(1 + ((n * 7 + i * 3) % 4)) };
    return [`w${n}`, { ...stored, source: `school-${n}.json`, opened_at: '2026-11-20T10:00:00.000Z' }];
  });
  const peerContext = await browser.newContext();
  const peerTab = await peerContext.newPage();
  await peerTab.goto(BASE);
  await peerTab.evaluate((all) => { for (const [key, entry] of all) localStorage.setItem(`samenscan.werkplek.${key}`, JSON.stringify(entry)); }, entries);
  const groupsAddress = `consultatie.html#/consultatie/groepen/${entries.map(([key]) => key).join('-')}`;
  const groupTimes = [];
  for (let run = 0; run < 3; run++) {
    await peerTab.evaluate(() => { for (const key of Object.keys(localStorage)) if (key.startsWith('samenscan.consultatie.')) localStorage.removeItem(key); });
    await peerTab.goto(`${BASE}${groupsAddress.replace('#', `?run=${run}#`)}`);
    await peerTab.waitForFunction(() => document.querySelectorAll('[data-testid=group-member]').length === 40, null, { polling: 'raf', timeout: 30_000 });
    groupTimes.push(await peerTab.evaluate(() => performance.now()));
  }
  results.peerGroups40Ms = median(groupTimes);
  results.peerPropose40Ms = median(await peerTab.evaluate(async () => {
    const button = document.querySelector('[data-testid=propose]');
    const samples = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      button.click();
      // The proposal is made and drawn in the tasks after the click: done by the next frame.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (document.querySelectorAll('[data-testid=group-member]').length !== 40) throw new Error('not every profile is placed');
      samples.push(performance.now() - t0);
    }
    return samples;
  }));
  await peerContext.close();

  // Throttled cold loads: a fresh context each run, so nothing is cached.
  // `then` names a later moment of the same load to time as well (median of its runs too).
  const later = {};
  // `stored` is what the browser holds before the visit (a Playwright storage state): put there
  // beforehand, not by a script in the page, whose run (parsing a 25 KB scan) would be timed too.
  const slow = async (stored, path, ready, then = {}) => {
    const runs = [];
    for (let run = 0; run < 3; run++) {
      const fresh = await browser.newContext({ serviceWorkers: 'block', storageState: stored ?? undefined });
      await fresh.addInitScript(frameWatch('ready', ready));
      const tab = await fresh.newPage();
      await throttle(tab);
      const seen = readyAt(tab, 'ready');
      await tab.goto(SLOW + path, { waitUntil: 'commit' });
      runs.push(await seen);
      for (const [name, moment] of Object.entries(then)) {
        const at = await tab.waitForFunction(moment, null, { polling: 'raf', timeout: 30_000 });
        (later[name] ??= []).push(await at.jsonValue());
      }
      await fresh.close();
    }
    return median(runs);
  };
  // "Can be clicked": the link is on screen, whether the static first paint or the app drew it.
  const startLinkShown = () => [...document.querySelectorAll('a[href$="scan.html#/nieuw"]')].some((a) => a.offsetParent !== null);
  // Every control works: the profile picker is no longer held back (a first visit's start page
  // wires its controls itself, scripts/start/loader.js; otherwise the app draws them). A function
  // given to the page whole: the page's policy allows no code from a string.
  const startUsableAt = () => document.getElementById('import-file')?.disabled === false && document.readyState !== 'loading' && performance.now();
  results.slowStartInteractiveMs = await slow(null, '', startLinkShown, {
    slowStartFirstPaintMs: () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    slowStartUsableMs: startUsableAt,
  });
  results.slowStartFirstPaintMs = median(later.slowStartFirstPaintMs);
  results.slowStartUsableMs = median(later.slowStartUsableMs);
  // What a first visit's quiet start costs: the first use that needs the app waits for it.
  const firstUse = [];
  for (let run = 0; run < 3; run++) {
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await fresh.newPage();
    await throttle(tab);
    await tab.goto(SLOW, { waitUntil: 'commit' });
    await tab.waitForFunction(startUsableAt, null, { polling: 'raf', timeout: 30_000 });
    const clicked = await tab.evaluate(() => {
      document.querySelector('.language-switch__option[lang=en]').click();
      return performance.now();
    });
    const english = await tab.waitForFunction(() => document.querySelector('main h1')?.textContent === 'How do you work with parents?' && performance.now(), null, { polling: 'raf', timeout: 30_000 });
    firstUse.push((await english.jsonValue()) - clicked);
    await fresh.close();
  }
  results.slowFirstUseMs = median(firstUse);
  const seedOne = { cookies: [], origins: [{ origin: SLOW.slice(0, -1), localStorage: [{ name: 'samenscan.scan.sbench0', value: JSON.stringify(fullScan(0)) }] }] };
  results.slowStartWithScanMs = await slow(seedOne, '', () => document.querySelectorAll('.scan-row').length === 1);
  results.slowGoalLinkMs = await slow(seedOne, 'scan.html#/scan/sbench0/doel/sd1', () => document.querySelectorAll('.question').length > 0);
  // After a first visit: the service worker has every file; then the profile page, throttled.
  const warmRuns = [];
  for (let run = 0; run < 3; run++) {
    const warm = await browser.newContext({ serviceWorkers: 'allow', storageState: seedOne });
    const tab = await warm.newPage();
    await tab.goto(SLOW);
    // Polled from here: waitForFunction would take the promise of an async check for true.
    for (let tries = 0; !(await tab.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active && navigator.serviceWorker.controller))); tries++) {
      if (tries === 300) throw new Error('the service worker never took over the start page');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Chromium sends the first navigations just after activation past the worker, to the network
    // (measured: transferSize > 0, workerStart 0). A person moves on seconds later; so the visit
    // counts as done once the start page itself is served by the worker (its fetch handler, or
    // the browser from the worker's cache by a static route).
    const served = () => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return navigation.workerStart > 0 || navigation.workerMatchedSourceType === 'cache';
    };
    for (let tries = 0; !(await tab.evaluate(served)); tries++) {
      if (tries === 50) throw new Error('the service worker never served a page');
      await new Promise((r) => setTimeout(r, 100));
      await tab.reload();
    }
    await throttle(tab);
    await warm.addInitScript(frameWatch('chart', () => document.querySelectorAll('.chart__bar').length === 11));
    await warm.addInitScript(frameWatch('questions', () => document.querySelectorAll('.question').length > 0));
    // A person comes back later, when Chromium has stopped the idle worker (after 30 s): so it is
    // stopped before each page, as it would be then.
    const devtools = await warm.newCDPSession(tab);
    await devtools.send('ServiceWorker.enable');
    const fromWorker = async (path, name) => {
      await devtools.send('ServiceWorker.stopAllWorkers');
      const seen = readyAt(tab, name);
      await tab.goto(`${SLOW}${path}`, { waitUntil: 'commit' });
      const took = await seen;
      const fromNetwork = await tab.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.transferSize > 0).map((e) => e.name));
      if (fromNetwork.length) throw new Error(`after the first visit these still came from the network: ${fromNetwork.join(', ')}`);
      return took;
    };
    warmRuns.push(await fromWorker('profiel.html#/scan/sbench0/profiel', 'chart'));
    (later.slowWarmGoalLinkMs ??= []).push(await fromWorker('scan.html#/scan/sbench0/doel/sd1', 'questions'));
    await warm.close();
  }
  results.slowWarmPageMs = median(warmRuns);
  results.slowWarmGoalLinkMs = median(later.slowWarmGoalLinkMs);

  // The first visit on the shared line, the service worker allowed, then a new scan.
  const shared = { sharedLineStartUsableMs: [], sharedLineNewScanMs: [] };
  for (let run = 0; run < 3; run++) {
    const visit = await browser.newContext({ serviceWorkers: 'allow' });
    const tab = await visit.newPage();
    const cdp = await visit.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.goto(LINE, { waitUntil: 'commit' });
    const started = await tab.waitForFunction(startUsableAt, null, { polling: 'raf', timeout: 30_000 });
    shared.sharedLineStartUsableMs.push(await started.jsonValue());
    await tab.waitForTimeout(1000);
    await tab.locator('[data-testid=new-scan]').click();
    await tab.waitForURL(/scan\.html/);
    const form = await tab.waitForFunction(() => document.querySelector('#school-name') && performance.now(), null, { polling: 'raf', timeout: 30_000 });
    shared.sharedLineNewScanMs.push(await form.jsonValue());
    await visit.close();
  }
  results.sharedLineStartUsableMs = median(shared.sharedLineStartUsableMs);
  results.sharedLineNewScanMs = median(shared.sharedLineNewScanMs);
  // Once: the line itself sets this figure, not the machine.
  {
    const visit = await browser.newContext({ serviceWorkers: 'allow' });
    const tab = await visit.newPage();
    await tab.goto(LINE, { waitUntil: 'commit' });
    const kept = await tab.waitForFunction(() => navigator.serviceWorker.controller && performance.now(), null, { polling: 100, timeout: 60_000 });
    results.sharedLineOfflineReadyMs = await kept.jsonValue();
    await visit.close();
  }
} finally {
  await browser?.close();
  server.kill();
  gzipServer.close();
  lineServer.close();
}

let failed = false;
for (const [name, budget] of Object.entries(BUDGET)) {
  const value = results[name];
  const ok = value !== undefined && value <= budget;
  failed ||= !ok;
  const goal = GOAL[name] === undefined ? '' : `   goal ${GOAL[name]} ms${value <= GOAL[name] ? '' : ' (not yet)'}`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(24)} ${value?.toFixed(1).padStart(8)} ms   budget ${budget} ms${goal}`);
}
if (failed) {
  console.error('SPEED BUDGET EXCEEDED');
  process.exit(1);
}
