import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { startHost, type RunningHost } from './support/host';

export interface HostHandle {
  readonly dataDir: string;
  /** A fresh one-time address of the running host: each read gives another, each opens one window. */
  readonly url: string;
  readonly origin: string;
  /** Stops the host and starts a new one on the same data directory. */
  restartHost(): Promise<void>;
  /** SIGKILLs the host and starts a new one on the same data directory. */
  crashAndRestartHost(): Promise<void>;
}

/** Chromium reports every CSP refusal on the console; any of them fails the test. */
export function watchForCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

interface Fixtures {
  host: HostHandle;
  app: AppPage;
  pageProblems: void;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this pattern; the host depends on none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'galley-e2e-'));
    let running: RunningHost = await startHost(dataDir);
    const handle: HostHandle = {
      dataDir,
      get url() {
        return running.url;
      },
      get origin() {
        return running.origin;
      },
      async restartHost() {
        await running.stop();
        running = await startHost(dataDir);
      },
      async crashAndRestartHost() {
        await running.crash();
        running = await startHost(dataDir);
      },
    };
    try {
      await use(handle);
    } finally {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },

  app: async ({ page, host }, use) => {
    const app = new AppPage(page, host);
    await app.open();
    await use(app);
  },

  // Every test fails on a CSP violation or an uncaught error in the page.
  pageProblems: [
    async ({ page }, use) => {
      const violations = watchForCspViolations(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
      await use();
      expect(violations, 'Content Security Policy violations').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
