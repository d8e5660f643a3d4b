// End-to-end tests in Debian's Chromium (Playwright cannot download its own browsers here).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'main', testIgnore: /corpus\.spec\.mjs/ },
    // The hostile-input corpus checks that the page never stalls for a second. On a two-core machine a second
    // browser running the other tests can starve the renderer for that long, so the corpus runs on its own,
    // after the rest, one case at a time.
    { name: 'corpus', testMatch: /corpus\.spec\.mjs/, dependencies: ['main'], fullyParallel: false },
  ],
  webServer: {
    command: `node tests/e2e/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
