import { test, expect } from './fixtures';
import { SignInPage } from './pages/AuthPages';
import { E2E_PASSWORD, WRITER } from './support/accounts';

test('signing out locks the window: nothing of the work stays on screen until someone signs in again', async ({ app }) => {
  const { page, editor } = app;
  await app.newArticle();
  await editor.headline.fill('Embargoed budget leak');
  await editor.body.click();
  await editor.type('The figures arrive at noon.');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();

  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  await expect(page.locator('body')).not.toContainText('Embargoed');
  await expect(page.locator('body')).not.toContainText('figures');
  await expect(page.getByRole('navigation', { name: 'Articles' })).toHaveCount(0);
  // A reload does not bring it back: the session is over on the host, not only in the page.
  await page.reload();
  await expect(signIn.heading).toBeVisible();

  await signIn.signIn(WRITER.name, 'not the password');
  await expect(signIn.error).toContainText('do not match an active account');
  await signIn.signIn(WRITER.name, E2E_PASSWORD);
  await expect(app.list.row('Embargoed budget leak')).toBeVisible();
  await app.list.row('Embargoed budget leak').click();
  // What was typed before signing out was saved first.
  await expect(editor.body).toHaveText('The figures arrive at noon.');
});

test('a failed sign-in replaces the signed-out notice: one message at a time, in one place', async ({ app }) => {
  const { page } = app;
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  const signIn = new SignInPage(page);
  await expect(signIn.message).toHaveText('You have signed out.');

  await page.getByLabel('User name').pressSequentially(WRITER.name, { delay: 80 });
  await page.getByLabel('Password').pressSequentially('not the password', { delay: 80 });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.error).toContainText('do not match an active account');
  await expect(signIn.message).toHaveCount(1);
  await expect(signIn.message).toHaveText(/do not match an active account/);
  await expect(page.getByRole('main')).not.toContainText('signed out');
});

test('the audit log in Settings verifies its chain', async ({ app }) => {
  const { page } = app;
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await new SignInPage(page).signIn('admin', E2E_PASSWORD);
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Settings' }).click();
  const audit = page.getByRole('main', { name: 'Settings' });
  await expect(audit.getByRole('table', { name: 'Audit log' })).toContainText('Signed in');
  await audit.getByRole('button', { name: 'Verify' }).click();
  await expect(audit.getByRole('status')).toHaveText(/^The audit log is intact: \d+ entries checked/);
});
