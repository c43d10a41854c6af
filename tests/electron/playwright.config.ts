import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke suite: the real app in a real Electron, driven by Playwright.
 * It needs the built app (npm run build) and an Electron binary; where there is no
 * binary each test is skipped with the reason printed.
 */
export default defineConfig({
  testDir: './smoke',
  testMatch: '**/*.spec.ts',
  // One Electron at a time: the machines this runs on have two cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
