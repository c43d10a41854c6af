import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { connectPage, E2E_PASSWORD } from './support/accounts';
import { rpc } from './support/rpc';
import { WorkflowPage } from './pages/WorkflowPage';
import { findingKey, type Finding } from '../../shared/checks/finding';
import { scanScreen } from './support/axe';

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

/** The newsroom and an article ready for the desk, through the same channels the screens use; the desk chief is signed in at the end. */
async function readyForDesk(page: Page, host: { url: string; origin: string }) {
  await connectPage(page, host);
  const call = rpcFor(page, host.origin);
  const signIn = (name: string) => call('auth.signIn', { name, password: E2E_PASSWORD });
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
  await signIn('admin');
  const addTarget = (name: string, config: unknown, secrets?: Record<string, string>) => call('publishing.targets.add', { name, config, ...(secrets ? { secrets } : {}) });
  await signIn('dee');
  return { call, articleId: article.id, signIn, addTarget };
}

const queueTotal = async (call: ReturnType<typeof rpcFor>) => (await call<{ total: number }>('publishing.queue', { offset: 0, limit: 10 })).total;

test('publishing asks first, naming each target and when it goes live; Escape and Cancel queue nothing, and a double click on the answer publishes once', async ({ page, host }) => {
  test.slow();
  const { call, articleId, signIn, addTarget } = await readyForDesk(page, host);
  await signIn('admin');
  await addTarget('Wire', { kind: 'webhook', settings: { url: 'http://127.0.0.1:1/hook' } }, { signingSecret: 'whsec-e2e' });
  await signIn('dee');

  await page.goto(`${host.origin}/#/articles/${articleId}`);
  const workflow = new WorkflowPage(page);
  await expect(workflow.state).toHaveText('Ready');
  await workflow.action('Approve…').click();
  await workflow.dialog.getByRole('button', { name: 'Approve and publish' }).click();

  // Approving and publishing in one asks the publishing question before either happens.
  const confirm = page.getByRole('alertdialog', { name: 'Publish “Harbour bridge approved”?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('It goes live now on:');
  const targets = confirm.getByRole('list', { name: 'Publishing targets' }).getByRole('listitem');
  await expect(targets).toHaveCount(2);
  await expect(targets.filter({ hasText: 'Folder' })).toContainText(`Folder of static pages · ${join(host.dataDir, 'published')}`);
  await expect(targets.filter({ hasText: 'Wire' })).toContainText('Webhook (ninjs, signed) · 127.0.0.1:1');
  // The default answer is the safe one: Enter on a fresh dialog does not publish.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(workflow.state).toHaveText('Ready');
  expect(await queueTotal(call)).toBe(0);

  // Approved on its own, the article's Publish… step asks the same question.
  await workflow.action('Approve…').click();
  await workflow.approveButton().click();
  await expect(workflow.state).toHaveText('Approved');
  await workflow.action('Publish…').click();
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(workflow.state).toHaveText('Approved');
  expect(await queueTotal(call)).toBe(0);

  await workflow.action('Publish…').click();
  await confirm.getByRole('button', { name: 'Publish now' }).dblclick();
  await expect(workflow.state).toHaveText('Published');
  await expect(confirm).toBeHidden();
  // One job per target: the second click of the double click queued nothing more.
  await expect.poll(() => queueTotal(call)).toBe(2);
});

test('a desk chief approves and publishes; the Publishing panel opens the folder’s page in a new tab, sandboxed, and the Publishing view lists it', async ({ page, host }) => {
  test.slow();
  const { articleId } = await readyForDesk(page, host);

  await page.goto(`${host.origin}/#/articles/${articleId}`);
  const workflow = new WorkflowPage(page);
  await expect(workflow.state).toHaveText('Ready');
  await workflow.action('Approve…').click();
  await workflow.dialog.getByRole('button', { name: 'Approve and publish' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Approve and publish now' }).click();
  await expect(workflow.state).toHaveText('Published');

  await page.getByRole('tab', { name: 'Publishing' }).click();
  const folder = page.locator('#panel-publishing').getByTestId('publication-Folder');
  await expect(folder.getByText('Done')).toBeVisible();
  await expect(folder.getByText('Live')).toBeVisible();
  await expect(folder.getByText('harbour-bridge.html')).toBeVisible();
  expect((await scanScreen(page, 'publishing panel')).blocking).toEqual([]);
  const page1 = join(host.dataDir, 'published', 'harbour-bridge.html');
  expect(existsSync(page1)).toBe(true);
  expect(readFileSync(page1, 'utf8')).toContain('The council voted on Tuesday.');
  await page.screenshot({ path: test.info().outputPath('publishing-panel.png') });

  // A browser tab cannot open file:// from Galley's page: the host serves the folder's page under a short grant.
  const [published] = await Promise.all([page.context().waitForEvent('page'), folder.getByRole('button', { name: 'Open the published page' }).click()]);
  await published.waitForLoadState();
  expect(new URL(published.url()).pathname).toMatch(/^\/published\/[\w-]+\/harbour-bridge\.html$/);
  await expect(published.getByRole('heading', { name: 'Harbour bridge approved' })).toBeVisible();
  await expect(published.getByText('The council voted on Tuesday.')).toBeVisible();
  // Sandboxed into an origin of its own: nothing in it can reach Galley's storage or calls.
  expect(await published.evaluate(() => window.origin)).toBe('null');
  await published.close();

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

test('the queue fits the window at 1280 and 1440 px with long errors; each row’s details hold the rest, and sending again asks first', async ({ page, host }) => {
  test.slow();
  const { call, articleId, signIn, addTarget } = await readyForDesk(page, host);
  // A folder that cannot exist (under a file): its error names the whole long path, in one unbroken word.
  const unreachable = join(host.dataDir, 'galley.sqlite', 'newsroom-archive-'.repeat(12).replace(/-$/, ''));
  await signIn('admin');
  await addTarget('Archive of the newsroom', { kind: 'folder', settings: { path: unreachable } });
  await addTarget('Wire', { kind: 'webhook', settings: { url: 'http://127.0.0.1:1/hook' } }, { signingSecret: 'whsec-e2e' });
  await signIn('dee');
  const approval = await call<{ outcome: string; unacknowledged?: Finding[] }>('workflow.transition', { articleId, action: 'approve' });
  if (approval.outcome === 'refused') await call('workflow.transition', { articleId, action: 'approve', acknowledgements: (approval.unacknowledged ?? []).map(findingKey) });
  await call('publishing.publish', { articleId });

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${host.origin}/#/publishing`);
  const queue = page.getByRole('table', { name: 'Publishing queue' });
  const archive = queue.getByRole('row', { name: /Harbour bridge approved/ }).filter({ hasText: 'Archive of the newsroom' });
  await expect(archive).toContainText('ENOTDIR');

  const overflow = () =>
    page.evaluate(() => {
      const table = document.querySelector<HTMLElement>('table.publishing-queue')!;
      const scroller = table.closest<HTMLElement>('.desk__scroll')!;
      return { table: table.scrollWidth - table.clientWidth, scroller: scroller.scrollWidth - scroller.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    });
  expect(await overflow()).toEqual({ table: 0, scroller: 0, page: 0 });

  const details = archive.getByRole('button', { name: 'Details: Harbour bridge approved to Archive of the newsroom' });
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  const list = queue.getByRole('definition').filter({ hasText: unreachable });
  await expect(list).toBeVisible();
  await expect(queue.getByRole('term').filter({ hasText: 'Attempts' }).first()).toBeVisible();
  await expect(queue.getByRole('term').filter({ hasText: 'Next attempt' }).first()).toBeVisible();
  expect(await overflow()).toEqual({ table: 0, scroller: 0, page: 0 });
  expect((await scanScreen(page, 'queue with details open')).blocking).toEqual([]);

  await page.setViewportSize({ width: 1440, height: 900 });
  expect(await overflow()).toEqual({ table: 0, scroller: 0, page: 0 });
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  expect(await overflow()).toEqual({ table: 0, scroller: 0, page: 0 });

  // Sending again puts it live: asked first, naming only that target.
  const retry = archive.getByRole('button', { name: /^Retry now…: Harbour bridge approved to Archive of the newsroom$/ });
  await retry.click();
  const confirm = page.getByRole('alertdialog', { name: 'Publish “Harbour bridge approved”?' });
  await expect(confirm.getByRole('listitem')).toHaveCount(1);
  await expect(confirm.getByRole('listitem')).toContainText('Archive of the newsroom');
  expect((await scanScreen(page, 'send again confirmation')).blocking).toEqual([]);
  const attempts = async () => (await call<{ items: Array<{ targetName: string; attempts: number }> }>('publishing.queue', { offset: 0, limit: 10 })).items.find((job) => job.targetName === 'Archive of the newsroom')!.attempts;
  const before = await attempts();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect(await attempts()).toBe(before);
  await retry.click();
  await confirm.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByText('Sending “Harbour bridge approved” to Archive of the newsroom again.')).toBeVisible();
  await expect.poll(attempts).toBeGreaterThan(before);
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
