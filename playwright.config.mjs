// Browser tests run in Debian's Chromium against the release build in dist/, served by a plain
// static server on loopback. Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: chromiumLaunch,
    locale: 'nl-NL',
    trace: 'off',
    // Each story starts from the network; the offline stories allow the service worker themselves.
    serviceWorkers: 'block',
  },
  // The random-use story keeps both cores busy for most of a minute, so it runs after all the
  // other stories, alone: the offline stories that time a slow line must not share the machine
  // with it (one failed by 26 ms when they did).
  projects: [
    { name: 'stories', testIgnore: /random-use\.spec\.mjs$/ },
    { name: 'random use', testMatch: /random-use\.spec\.mjs$/, dependencies: ['stories'] },
  ],
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory dist`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
