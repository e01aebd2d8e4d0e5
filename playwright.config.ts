import {defineConfig, devices} from '@playwright/test';

import {builtSiteDir, chromiumArgs} from './scripts/lib/builtSite';

// The tests run against the production build served on an unusual port, never against a dev
// server. Reusing a server that already holds the port is off unless asked for: on a shared
// machine that server may belong to another checkout.
const port = Number(process.env.E2E_PORT ?? 39217);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI only, where the machine may be busier than any local run: a test that passes
  // on its retry is counted as passed but named as flaky at the end of `npm test`, never hidden.
  retries: process.env.CI ? 1 : 0,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 30_000,
  expect: {timeout: 10_000},
  reporter: [['list'], ['json', {outputFile: 'test-results/e2e-report.json'}]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL,
    testIdAttribute: 'data-testid',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH,
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    command: `npx docusaurus serve --dir ${builtSiteDir()} --port ${port} --host 127.0.0.1 --no-open`,
    url: baseURL,
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
