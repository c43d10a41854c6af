import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { connectPage, E2E_PASSWORD } from './support/accounts';
import { rpc } from './support/rpc';
import { WorkflowPage } from './pages/WorkflowPage';

/** The host's own /rpc, as the page's window. */
function rpcFor(page: Page, origin: string) {
  return <T>(channel: string, input: unknown): Promise<T> => rpc<T>(page, origin, channel, input);
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});

test('a desk chief approves and publishes; the Publishing panel shows the folder link once it is written, and the Publishing view lists it', async ({ page, host }) => {
  test.slow();
  await connectPage(page, host);
  const call = rpcFor(page, host.origin);
  const signIn = (name: string) => call('auth.signIn', { name, password: E2E_PASSWORD });

  // The newsroom and an article ready for the desk, through the same channels the screens use.
  await call('auth.setup', { name: 'admin', displayName: 'Ada Admin', password: E2E_PASSWORD });
  for (const [name, displayName, role] of [['wren', 'Wren Writer', 'writer'], ['ed', 'Ed Editor', 'editor'], ['dee', 'Dee Desk', 'desk_chief']] as const) {
    await call('users.create', { name, displayName, role, password: E2E_PASSWORD });
  }
  await signIn('wren');
  const article = await call<{ id: string; version: number }>('articles.create', {
    meta: { headline: 'Harbour bridge approved', bylines: ['Wren Writer'], section: 'City', slug: 'harbour-bridge' },
  });
  const body = { format: 'galley.lexical', version: 1, editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph('The council voted on Tuesday.')] } } };
  await call('articles.save', { id: article.id, baseVersion: article.version, body });
  await call('workflow.transition', { articleId: article.id, action: 'submit' });
  await signIn('ed');
  await call('workflow.transition', { articleId: article.id, action: 'take' });
  await call('workflow.transition', { articleId: article.id, action: 'pass' });
  await signIn('dee');

  await page.goto(`${host.origin}/#/articles/${article.id}`);
  const workflow = new WorkflowPage(page);
  await expect(workflow.state).toHaveText('Ready');
  await workflow.action('Approve…').click();
  await workflow.dialog.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(workflow.state).toHaveText('Published');

  await page.getByRole('tab', { name: 'Publishing' }).click();
  const folder = page.locator('#panel-publishing').getByTestId('publication-Folder');
  await expect(folder.getByText('Done')).toBeVisible();
  await expect(folder.getByText('Live')).toBeVisible();
  await expect(folder.getByRole('link', { name: /harbour-bridge\.html$/ })).toBeVisible();
  const page1 = join(host.dataDir, 'published', 'harbour-bridge.html');
  expect(existsSync(page1)).toBe(true);
  expect(readFileSync(page1, 'utf8')).toContain('The council voted on Tuesday.');
  await page.screenshot({ path: test.info().outputPath('publishing-panel.png') });

  await page.getByRole('banner').getByRole('button', { name: 'Publishing' }).click();
  const queue = page.getByRole('table', { name: 'Publishing queue' });
  const row = queue.getByRole('row', { name: /Harbour bridge approved/ });
  await expect(row).toContainText('Folder');
  await expect(row).toContainText('Publish');
  await expect(row).toContainText('Done');
  await page.screenshot({ path: test.info().outputPath('publishing-view.png') });
  // And in the dark theme (the badges keep their meaning in both).
  await page.getByRole('banner').getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(row).toContainText('Done');
  await page.screenshot({ path: test.info().outputPath('publishing-view-dark.png') });
});

test('an admin tests the default folder target and adds a webhook whose secret is never shown again', async ({ page, host }) => {
  await connectPage(page, host);
  const call = rpcFor(page, host.origin);
  await call('auth.setup', { name: 'admin', displayName: 'Ada Admin', password: E2E_PASSWORD });
  await page.goto(`${host.origin}/#/settings`);

  const section = page.getByRole('region', { name: 'Publishing targets' });
  const folder = section.getByRole('listitem', { name: 'Folder' });
  await folder.getByRole('button', { name: 'Test connection' }).click();
  await expect(folder.getByRole('status')).toHaveText(`Galley can write to ${join(host.dataDir, 'published')}.`);

  await section.getByRole('button', { name: 'Add target…' }).click();
  const form = section.getByRole('form', { name: 'Add a publishing target' });
  await form.getByLabel('Name').fill('Wire');
  await form.getByLabel('Kind').selectOption('webhook');
  await form.getByLabel('Address (URL)').fill('http://127.0.0.1:1/hook');
  await form.getByLabel('Signing secret').fill('whsec-never-shown');
  await form.getByRole('button', { name: 'Add target' }).click();
  const wire = section.getByRole('listitem', { name: 'Wire' });
  await expect(wire).toContainText('Webhook (ninjs, signed) · on');
  await wire.getByRole('button', { name: 'Edit' }).click();
  const secret = section.getByLabel('Signing secret');
  await expect(secret).toHaveValue('');
  await expect(secret).toHaveAttribute('placeholder', 'Stored: type a new one to replace it');
  await page.screenshot({ path: test.info().outputPath('publishing-targets.png'), fullPage: true });
  expect(await page.content()).not.toContain('whsec-never-shown');
});
