import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests through the browser-mode host with Debian's chromium (the Playwright browser
 * download is not reachable here). Each test starts its own host on a free port with a fresh
 * PLANDRAFT_HOME (see host.ts). `npm run test:e2e` builds the renderer first.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: '../../test-results/e2e',
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
