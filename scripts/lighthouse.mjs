// Lighthouse (mobile: its default simulated throttling) on the start page of the release build in
// dist/, served gzipped; the median of 3 runs per category, against issue 11's goals. Not part of
// scripts/test.sh (Lighthouse is large and its scores move with the machine): run it by hand.
//   node scripts/lighthouse.mjs            (installs Lighthouse into node_modules the first time)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serveGzipped } from './gzip-server.mjs';

const VERSION = '12.8.2';
const GOALS = { performance: 99, accessibility: 100, 'best-practices': 100 };
const PORT = 4192;

const require = createRequire(import.meta.url);
try {
  require.resolve('lighthouse/package.json');
} catch {
  console.log(`Lighthouse ${VERSION} is not here yet: installing it (not saved in package.json).`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `lighthouse@${VERSION}`], { stdio: 'inherit' });
  // Node remembers that the package was missing: the run goes on in a fresh process.
  try {
    execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  } catch (failed) {
    process.exit(failed.status ?? 1);
  }
  process.exit(0);
}
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

const server = serveGzipped('dist', PORT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// Lighthouse's default simulates the slow phone from a fast load; there the app replaces the static
// first paint within ~0.1 s, so its own text counts as the largest paint. "devtools" really slows
// the load down, as a phone on a poor connection would see it. Both are reported.
const METHODS = ['simulate', 'devtools'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
let below = false;
try {
  for (const throttlingMethod of METHODS) {
    const scores = Object.fromEntries(Object.keys(GOALS).map((k) => [k, []]));
    const metrics = Object.fromEntries(METRICS.map((k) => [k, []]));
    for (let run = 0; run < 3; run++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(GOALS), throttlingMethod });
      for (const key of Object.keys(GOALS)) scores[key].push(Math.round(result.lhr.categories[key].score * 100));
      for (const key of METRICS) metrics[key].push(result.lhr.audits[key].numericValue);
    }
    console.log(`\nLighthouse ${VERSION}, mobile, throttling: ${throttlingMethod}`);
    for (const [key, goal] of Object.entries(GOALS)) {
      const score = median(scores[key]);
      below ||= score < goal;
      console.log(`${score >= goal ? 'ok  ' : 'LOW '} ${key.padEnd(16)} ${String(score).padStart(3)}   goal ${goal}   (runs: ${scores[key].join(', ')})`);
    }
    for (const key of METRICS) {
      const value = median(metrics[key]);
      console.log(`     ${key.padEnd(26)} ${key === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
if (below) process.exit(1);
