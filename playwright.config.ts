import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/chromium';

// HANDBOOK_TEST_PORT lets two work trees run their browser suites side by side.
const port = Number(process.env.HANDBOOK_TEST_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A test's default 30 s was passed by one axe scan of a 登记表 on a busy machine (33 s; 10 s alone).
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: chromiumPath(),
      // Root, closed network: these keep Chromium from phoning home or needing a sandbox.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Tests run against the built site, exactly what gets deployed.
    command: `node scripts/serve-dist.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
