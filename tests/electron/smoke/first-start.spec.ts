import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { SetupPage, SignInPage } from '../../e2e/pages/AuthPages';
import { ArticleListPage } from '../../e2e/pages/ArticleListPage';
import { EditorPage } from '../../e2e/pages/EditorPage';
import { RightsPanelPage } from '../../e2e/pages/RightsPanelPage';
import { electronBinary, invokeInPage, launchGalley, newDataDir, NO_BINARY_REASON, removeDataDir } from './electron-app';

if (electronBinary === null) console.log(`Electron smoke suite skipped: ${NO_BINARY_REASON}.`);

const PASSWORD = 'correct horse battery staple';
const HEADLINE = 'Floodwaters reach the old bridge';
const BODY = 'The river rose two metres overnight and the footbridge closed at dawn.';
// A person typing, not a paste: keys arrive one by one, as autosave meets them.
const HUMAN_PACE = { delay: 40 };

/**
 * What a newsroom does on its first morning, in the real app: an empty data folder, the
 * first admin, an article typed and saved on its own, an image inserted (sharp in the main
 * process, on its WebAssembly build under Linux), and the text still there after quitting.
 */
test.describe('Galley in Electron, from its first start', () => {
  test.skip(electronBinary === null, NO_BINARY_REASON);

  let dataDir = '';
  test.beforeEach(() => {
    dataDir = newDataDir();
  });
  test.afterEach(() => {
    removeDataDir(dataDir);
  });

  test('sets up, takes typing and an image, saves on its own, and keeps everything after quitting', async () => {
    test.slow();
    const imageFile = join(dataDir, '..', `${Date.now()}-bridge.png`);
    writeFileSync(imageFile, await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6f97' } }).png().toBuffer());

    const first = await launchGalley(dataDir);
    try {
      const page = await first.firstWindow();
      // An empty data folder is a new install: the first-run screen, nothing else.
      await new SetupPage(page).createAdmin('Ada Admin', 'ada', PASSWORD);
      // The admin adds a writer and the window signs in as them, through its own bridge.
      expect(await invokeInPage(page, 'users.create', { name: 'wren', displayName: 'Wren Writer', role: 'writer', password: PASSWORD })).toMatchObject({ ok: true });
      expect(await invokeInPage(page, 'auth.signIn', { name: 'wren', password: PASSWORD })).toMatchObject({ ok: true });
      await page.reload();

      const editor = new EditorPage(page);
      await page.getByRole('banner').getByRole('button', { name: 'New article', exact: true }).click();
      await expect(editor.headline).toBeFocused();
      await page.keyboard.type(HEADLINE, HUMAN_PACE);
      await editor.body.click();
      await page.keyboard.type(BODY, HUMAN_PACE);
      // Autosave: no save command, and the status says it reached the database.
      await editor.expectSaved();

      const rights = new RightsPanelPage(page);
      await rights.pick(imageFile);
      await expect(rights.figures).toHaveCount(1);
      await expect.poll(() => rights.figures.first().locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
      await editor.expectSaved();
    } finally {
      await first.close();
    }

    const second = await launchGalley(dataDir);
    try {
      const page = await second.firstWindow();
      // A new app process keeps no session: the sign-in screen, not the first-run one.
      await new SignInPage(page).signIn('wren', PASSWORD);
      await new ArticleListPage(page).row(HEADLINE).click();
      const editor = new EditorPage(page);
      await expect(editor.headline).toHaveValue(HEADLINE);
      await expect(editor.body).toContainText(BODY);
      await expect(new RightsPanelPage(page).figures).toHaveCount(1);
    } finally {
      await second.close();
    }
  });
});
