import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { NewsroomPage } from './pages/NewsroomPage';
import { SignInPage } from './pages/AuthPages';
import { ADMIN, signInThroughRpc } from './support/accounts';
import { scanScreen } from './support/axe';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from '../hub/support/hub-process';

/** A person's typing pace: one key every 80 ms. */
const KEY_DELAY_MS = 80;
const WALT_PASSWORD = 'leaves of grass 1855';

async function typeInto(scope: Locator, label: string, text: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(text, { delay: KEY_DELAY_MS });
  await expect(field).toHaveValue(text);
}

async function signInAtTypingPace(page: Page, name: string, password: string): Promise<void> {
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await typeInto(page.getByRole('main'), 'User name', name);
  await typeInto(page.getByRole('main'), 'Password', password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const signOut = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();

test.describe('signing in through the newsroom hub', () => {
  let hub: HubProcess | null = null;
  test.afterEach(async () => {
    await hub?.stop();
    hub = null;
    removeDataDirs();
  });

  test('an admin joins and adds a writer on the hub; the writer signs in through it, then again offline', async ({ page, host }) => {
    test.setTimeout(240_000);
    const hubData = newHubDataDir();
    await addHubUser(hubData, 'chief', 'admin');
    hub = await startHubProcess(hubData);

    // The workstation's own admin joins it to the hub as the hub's admin.
    await signInThroughRpc(page, host, ADMIN);
    const newsroom = new NewsroomPage(page);
    await newsroom.open(host.origin);
    await newsroom.join(hub.url, 'chief', HUB_TEST_PASSWORD);
    await expect(page.getByText('This workstation joined the newsroom.')).toBeVisible();

    // The Users screen now manages the hub's people: add a writer at typing pace.
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Users' }).click();
    const users = page.getByRole('main', { name: 'Users' });
    await expect(users).toContainText(`The people of the newsroom hub`);
    await expect(users.getByRole('table', { name: 'People' })).toContainText('chief');
    const form = users.getByRole('form', { name: 'Add a user' });
    await typeInto(form, 'Name', 'Walt Whitman');
    await typeInto(form, 'User name', 'walt');
    await form.getByLabel('Role').selectOption({ label: 'Writer' });
    await typeInto(form, 'First password', WALT_PASSWORD);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(users.getByRole('table', { name: 'People' }).getByRole('row', { name: /^Walt Whitman / })).toBeVisible();
    // The hub has him: he can sign in there.
    expect((await hub.signIn('walt', WALT_PASSWORD)).account).toMatchObject({ name: 'walt', role: 'writer' });
    await signOut(page);

    // The sign-in screen says people sign in with their hub account.
    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`Sign in with your account on the newsroom hub (Galley hub, ${hub.url})`);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((chosen) => {
        document.documentElement.dataset.theme = chosen;
      }, theme);
      await page.screenshot({ path: test.info().outputPath(`signin-joined-${theme}.png`) });
      expect((await scanScreen(page, `sign-in when joined (${theme})`)).blocking).toEqual([]);
    }

    // A wrong password: the hub's words.
    await signInAtTypingPace(page, 'walt', 'not his password');
    await expect(signIn.error).toContainText('The hub refused the sign-in');
    // The writer signs in through the hub: he is the hub's Walt here.
    await signInAtTypingPace(page, 'walt', WALT_PASSWORD);
    await expect(page.getByRole('banner')).toContainText('Walt Whitman');

    // The hub goes away; the writer signs out and in again, offline.
    await hub.stop();
    await signOut(page);
    await expect(signIn.heading).toBeVisible();
    await signInAtTypingPace(page, 'walt', WALT_PASSWORD);
    await expect(page.getByRole('banner')).toContainText('Walt Whitman');
    await signOut(page);

    // Someone who never signed in here through the hub cannot, while it is away: a clear message.
    await signInAtTypingPace(page, 'chief', HUB_TEST_PASSWORD);
    await expect(signIn.error).toContainText(`The newsroom hub at ${hub.url} does not answer`);
    await expect(signIn.error).toContainText('Try again when the hub answers.');
    await page.screenshot({ path: test.info().outputPath('signin-joined-hub-away.png') });
  });
});
