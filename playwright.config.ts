import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Checks once for the browsers and servers the suite drives, naming the command that installs them.
  globalSetup: './tests/support/playwright-global-setup.ts',
  // One Chromium at a time: the machine has two cores and each test owns a browser profile.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
});
