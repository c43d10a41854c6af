import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { NewsroomPage } from './pages/NewsroomPage';
import { ADMIN, signInThroughRpc, WRITER } from './support/accounts';
import { scanScreen } from './support/axe';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from '../hub/support/hub-process';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** Settings → Newsroom at both window sizes in both themes, each theme scanned by axe (no serious or critical violation). */
async function screenshots(page: Page, newsroom: NewsroomPage, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((chosen) => {
      document.documentElement.dataset.theme = chosen;
    }, theme);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await newsroom.section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`${name}-${size.width}x${size.height}-${theme}.png`) });
    }
    expect((await scanScreen(page, `${name} (${theme})`)).blocking).toEqual([]);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.describe('Settings → Newsroom', () => {
  let hub: HubProcess | null = null;
  test.afterEach(async () => {
    await hub?.stop();
    hub = null;
    removeDataDirs();
  });

  test('an admin joins a hub at typing pace, sees the account and the sync state, stays joined after a reload, and leaves', async ({ page, host }) => {
    test.setTimeout(180_000);
    const hubData = newHubDataDir();
    await addHubUser(hubData, 'chief', 'admin');
    hub = await startHubProcess(hubData);

    // A writer's window on the same workstation (first: it sets the workstation up with its admin), and the admin's.
    const writerPage = await page.context().newPage();
    await signInThroughRpc(writerPage, host, WRITER);
    await signInThroughRpc(page, host, ADMIN);
    const newsroom = new NewsroomPage(page);
    await newsroom.open(host.origin);
    await screenshots(page, newsroom, 'newsroom-solo');

    // A wrong password: the hub's words, and the password is not kept in the form.
    await newsroom.join(hub.url, 'chief', 'not the password');
    await expect(newsroom.section.getByRole('alert')).toContainText('The hub refused the sign-in');
    await expect(newsroom.password).toHaveValue('');
    await expect(newsroom.hubAddress).toHaveValue(hub.url);

    await newsroom.password.pressSequentially(HUB_TEST_PASSWORD, { delay: 80 });
    await newsroom.joinButton.click();
    await expect(page.getByText('This workstation joined the newsroom.')).toBeVisible();
    await expect(newsroom.membership.nth(0)).toContainText(hub.url);
    await expect(newsroom.membership.nth(1)).toHaveText('chief (chief) · Admin');
    await expect(page.getByTestId('newsroom-sync')).toContainText('Synced with');
    await expect(newsroom.password).toHaveCount(0);
    await screenshots(page, newsroom, 'newsroom-joined');

    // Still joined after a reload.
    await page.reload();
    await expect(newsroom.membership.nth(1)).toHaveText('chief (chief) · Admin');

    // In the writer's window, the article's status bar says the hub has everything.
    await writerPage.goto(`${host.origin}/`);
    await writerPage.getByRole('banner').getByRole('button', { name: 'New article' }).click();
    const writer = new NewsroomPage(writerPage);
    await expect(writer.syncStatus).toHaveText('Synced');
    const statusBar = writerPage.locator('.statusbar');
    for (const theme of ['light', 'dark'] as const) {
      await writerPage.evaluate((chosen) => {
        document.documentElement.dataset.theme = chosen;
      }, theme);
      for (const size of SIZES) {
        await writerPage.setViewportSize(size);
        await writerPage.screenshot({ path: test.info().outputPath(`editor-synced-${size.width}x${size.height}-${theme}.png`) });
        await statusBar.screenshot({ path: test.info().outputPath(`statusbar-synced-${size.width}x${size.height}-${theme}.png`) });
      }
    }
    await writerPage.reload();
    await expect(writer.syncStatus).toHaveText('Synced');

    // The hub goes away: the status bar says since when (the workstation checks every 10 s).
    await hub.kill();
    await expect(writer.syncStatus).toHaveText(/^Offline since \d\d:\d\d$/, { timeout: 45_000 });
    await statusBar.screenshot({ path: test.info().outputPath('statusbar-offline.png') });
    await expect(page.getByTestId('newsroom-sync')).toContainText('has not answered since');
    await hub.restart();
    await expect(writer.syncStatus).toHaveText('Synced', { timeout: 45_000 });

    await newsroom.leave();
    await expect(page.getByText('This workstation left')).toBeVisible();
    await expect(newsroom.joinButton).toBeVisible();

    // Solo again: nothing about a newsroom in the writer's status bar.
    await expect(statusBar).toBeVisible();
    await expect(writer.syncStatus).toHaveCount(0);
  });
});
