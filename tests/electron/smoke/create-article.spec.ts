import { expect, test } from '@playwright/test';
import {
  chooseMenuCommand,
  electronBinary,
  invokeInPage,
  launchGalley,
  newDataDir,
  NO_BINARY_REASON,
  removeDataDir,
} from './electron-app';

if (electronBinary === null) console.log(`Electron smoke suite skipped: ${NO_BINARY_REASON}.`);

type ListResult = { ok: boolean; value?: { total: number; items: { id: string }[] } };

const PASSWORD = 'correct horse battery staple';

/**
 * Signs the window in through its own bridge: on a new data folder the first admin and a
 * writer are created first. The main process keeps the session for this window only.
 */
async function signInAsWriter(page: Parameters<typeof invokeInPage>[0]): Promise<void> {
  const status = (await invokeInPage(page, 'auth.status', {})) as { value?: { hasUsers: boolean } };
  if (status.value?.hasUsers === false) {
    await invokeInPage(page, 'auth.setup', { name: 'admin', displayName: 'Ada Admin', password: PASSWORD });
    await invokeInPage(page, 'users.create', { name: 'writer', displayName: 'Wren Writer', role: 'writer', password: PASSWORD });
  }
  const signedIn = (await invokeInPage(page, 'auth.signIn', { name: 'writer', password: PASSWORD })) as { ok: boolean; value?: object };
  expect(signedIn.ok).toBe(true);
  // The token stays in the main process: the page's answer does not carry it.
  expect(signedIn.value).not.toHaveProperty('token');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test.describe('Galley in Electron', () => {
  test.skip(electronBinary === null, NO_BINARY_REASON);

  let dataDir = '';
  test.beforeEach(() => {
    dataDir = newDataDir();
  });
  test.afterEach(() => {
    removeDataDir(dataDir);
  });

  test('opens a locked-down window on app:// with only the bridge exposed', async () => {
    const app = await launchGalley(dataDir);
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^app:\/\/galley\//);
      const exposed = await page.evaluate(() => ({
        bridgeKeys: Object.keys((window as unknown as { galley: object }).galley).sort(),
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
      }));
      expect(exposed).toEqual({ bridgeKeys: ['invoke', 'onEvent', 'transport'], hasRequire: false, hasProcess: false });

      const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
      expect(csp).toContain("default-src 'none'");
    } finally {
      await app.close();
    }
  });

  test('creates an article from the menu, takes typing, and keeps it after a restart', async () => {
    const word = `smoketest${Date.now()}`;
    const first = await launchGalley(dataDir);
    try {
      const page = await first.firstWindow();
      await signInAsWriter(page);
      await chooseMenuCommand(first, 'article.new');
      const editor = page.locator('[contenteditable="true"]').first();
      await expect(editor).toBeVisible();
      await editor.click();
      await page.keyboard.type(`Floodwaters reached the ${word} bridge at dawn.`);
      await expect(editor).toContainText(word);

      // Autosave: the text reaches the database within seconds, with no explicit save.
      await expect
        .poll(async () => ((await invokeInPage(page, 'articles.list', { query: word })) as ListResult).value?.total, {
          timeout: 15_000,
        })
        .toBe(1);
    } finally {
      await first.close();
    }

    const second = await launchGalley(dataDir);
    try {
      const page = await second.firstWindow();
      // A new app process keeps no session: the window signs in again.
      expect(await invokeInPage(page, 'articles.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      await signInAsWriter(page);
      const found = (await invokeInPage(page, 'articles.list', { query: word })) as ListResult;
      expect(found.value?.total).toBe(1);
    } finally {
      await second.close();
    }
  });
});
