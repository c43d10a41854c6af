import { test, expect } from './fixtures';
import { UsersPage } from './pages/UsersPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { ADMIN, E2E_PASSWORD, signInThroughRpc, WRITER, type Person } from './support/accounts';

// Where a dialog starts matters to the keyboard: on the field it asks for, or, when its step
// removes something, on Cancel (WAI-ARIA APG, alert dialog) — never on the Close button.

test('a new password: the dialog opens with the caret in the password field', async ({ page, host }) => {
  await signInThroughRpc(page, host, ADMIN);
  await page.goto(`${host.origin}/`);
  const users = new UsersPage(page);
  await users.open();
  await users.add(WRITER.displayName, WRITER.name, 'Writer', E2E_PASSWORD);
  await users.people.getByRole('row', { name: new RegExp(`^${WRITER.displayName} `) }).getByRole('button', { name: 'Set password…' }).click();
  const dialog = page.getByRole('dialog', { name: `New password for ${WRITER.displayName}` });
  const field = dialog.getByLabel('New password (at least 8 characters)');
  await expect(field).toBeFocused();
  await page.keyboard.type('a longer passphrase', { delay: 80 });
  await dialog.getByRole('button', { name: 'Set password' }).click();
  await expect(dialog).toHaveCount(0);
});

test('spiking asks first, with Cancel focused: Enter keeps the article', async ({ page, host }) => {
  const desk: Person = { name: 'dee', displayName: 'Dee Desk', role: 'desk_chief' };
  await signInThroughRpc(page, host, desk);
  await page.goto(`${host.origin}/`);
  await page.getByRole('banner').getByRole('button', { name: 'New article' }).click();
  const workflow = new WorkflowPage(page);
  await expect(workflow.state).toHaveText('Draft');
  await workflow.action('Spike').click();
  await expect(workflow.confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(workflow.confirmation).toHaveCount(0);
  await expect(workflow.state).toHaveText('Draft');
});
