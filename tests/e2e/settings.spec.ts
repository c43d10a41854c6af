import { test, expect } from './fixtures';
import { connectPage, E2E_PASSWORD } from './support/accounts';
import { rpc } from './support/rpc';

test('an admin saves the licence policy and the fact-check settings, and they are there after a reload', async ({ page, host }) => {
  await connectPage(page, host);
  await rpc(page, host.origin, 'auth.setup', { name: 'admin', displayName: 'Ada Admin', password: E2E_PASSWORD });
  await page.goto(`${host.origin}/#/settings`);

  const policy = page.getByRole('region', { name: 'Licence policy' });
  const savePolicy = policy.getByRole('button', { name: 'Save policy' });
  await expect(savePolicy, 'nothing to save before a change').toBeDisabled();
  await policy.getByLabel('Warn when rights end within (days of publication)').fill('45');
  await savePolicy.click();
  await expect(page.getByText('Licence policy saved.')).toBeVisible();
  await expect(savePolicy).toBeDisabled();

  const facts = page.getByRole('region', { name: 'Fact-checks' });
  await facts.getByLabel('Publish checked claims as schema.org ClaimReview (JSON-LD export)').check();
  await facts.getByLabel('Outlet name (the fact-checks’ author)').fill('The River Gazette');
  await facts.getByRole('button', { name: 'Save fact-check settings' }).click();
  await expect(page.getByText('Fact-check settings saved.')).toBeVisible();

  await page.reload();
  await expect(policy.getByLabel('Warn when rights end within (days of publication)')).toHaveValue('45');
  await expect(facts.getByLabel('Publish checked claims as schema.org ClaimReview (JSON-LD export)')).toBeChecked();
  await expect(facts.getByLabel('Outlet name (the fact-checks’ author)')).toHaveValue('The River Gazette');
});
