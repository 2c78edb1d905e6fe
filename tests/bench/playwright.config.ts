// The browser half of `npm run bench`: the same built site and server as the browser tests.
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.browser.ts',
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  timeout: 180_000,
  // The server script's path is relative to the repository, not to this folder.
  webServer: { ...(base.webServer as object), cwd: join(import.meta.dirname, '..', '..') } as typeof base.webServer,
});
