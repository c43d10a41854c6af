/**
 * Screenshots of the sign-in, desk, users, workflow and audit screens in both themes, for
 * a person to look at:
 *   npx tsx tests/e2e/tools/workflow-screenshots.ts [output-dir]
 * Needs `npm run build`. Not a test: it asserts nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/host';
import { connectContext, connectPage, E2E_PASSWORD, windowHeaders } from '../support/accounts';

const outputDir = process.argv[2] ?? '/tmp/galley-workflow-screenshots';
const LONG = 'Harbour bridge approved after a decade of debate, three mayors and a council vote that ran past midnight on Tuesday';

async function rpc<T>(request: APIRequestContext, origin: string, channel: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const answer = (await (await request.post(`${origin}/rpc`, { data: { channel, input }, headers })).json()) as { ok: boolean; value: T; error?: unknown };
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

async function as(browser: Browser, host: RunningHost, name: string, theme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme, locale: 'en-GB' });
  const page = await context.newPage();
  await connectPage(page, host);
  await rpc(context.request, host.origin, 'auth.signIn', { name, password: E2E_PASSWORD }, await windowHeaders(page));
  await page.goto(`${host.origin}/`);
  await page.getByRole('banner').getByText('Sign out').waitFor();
  return page;
}

async function seed(browser: Browser, host: RunningHost): Promise<{ ready: string; inEdit: string; voided: string }> {
  const context = await browser.newContext();
  const r = context.request;
  await connectContext(context, host);
  await rpc(r, host.origin, 'auth.setup', { name: 'ada', displayName: 'Ada Admin', password: E2E_PASSWORD });
  for (const [name, displayName, role] of [
    ['wren', 'Wren Writer', 'writer'],
    ['ed', 'Ed Editor', 'editor'],
    ['dee', 'Dee Desk', 'desk_chief'],
  ]) {
    await rpc(r, host.origin, 'users.create', { name, displayName, role, password: E2E_PASSWORD });
  }
  const signIn = (name: string) => rpc(r, host.origin, 'auth.signIn', { name, password: E2E_PASSWORD });
  const step = (articleId: string, action: string, extra: object = {}) => rpc(r, host.origin, 'workflow.transition', { articleId, action, ...extra });
  await signIn('wren');
  const make = async (headline: string, section: string) =>
    (await rpc<{ id: string }>(r, host.origin, 'articles.create', { meta: { headline, section, bylines: ['Wren Writer'], dek: 'The 1.2 km crossing is to open in 2029.' } })).id;
  const ready = await make(LONG, '');
  const inEdit = await make('Pelicans return to the estuary', 'Environment');
  const returned = await make('Budget talks stall as unions and treasury trade blame', 'Politics');
  const voided = await make('Council approves new harbour bridge', 'City');
  await make('Rail strike called off', 'Transport');
  for (const id of [ready, inEdit, returned, voided]) await step(id, 'submit');
  await signIn('ed');
  for (const id of [ready, inEdit, returned, voided]) await step(id, 'take');
  await step(returned, 'return', { note: 'Who said the gap is £2bn? Add a source for the figure.' });
  await step(ready, 'pass');
  await step(voided, 'pass');
  await signIn('dee');
  await step(voided, 'approve');
  // Approved text is read only: reopening it for changes voids the approval.
  await step(voided, 'reopen');
  const current = await rpc<{ version: number; meta: object }>(r, host.origin, 'articles.get', { id: voided });
  await rpc(r, host.origin, 'articles.save', { id: voided, baseVersion: current.version, meta: { ...current.meta, headline: 'Council approves new harbour bridge, 11 to 2' } });
  await context.close();
  return { ready, inEdit, voided };
}

async function shot(page: Page, name: string, theme: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(outputDir, `${name}-${theme}.png`) });
}

async function main() {
  await mkdir(outputDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'galley-shots-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    for (const theme of ['light', 'dark'] as const) {
      const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme, locale: 'en-GB' });
      const page = await fresh.newPage();
      await page.goto(host.url);
      await page.getByRole('heading', { name: 'Set up Galley' }).waitFor();
      await shot(page, 'setup', theme);
      await fresh.close();
    }
    const ids = await seed(browser, host);
    for (const theme of ['light', 'dark'] as const) {
      const signIn = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme, locale: 'en-GB' });
      const page = await signIn.newPage();
      await page.goto(host.url);
      await page.getByLabel('User name').fill('wren');
      await page.getByLabel('Password').fill('wrong password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      await shot(page, 'sign-in-refused', theme);
      await signIn.close();

      const writer = await as(browser, host, 'wren', theme);
      await writer.getByRole('heading', { name: 'Returned to me 1' }).waitFor();
      await shot(writer, 'desk-writer', theme);
      await writer.goto(`${host.origin}/#/articles/${ids.inEdit}`);
      await writer.getByTestId('read-only-banner').waitFor();
      await shot(writer, 'read-only-writer', theme);
      await writer.context().close();

      const editor = await as(browser, host, 'ed', theme);
      await editor.getByRole('heading', { name: /^In edit by me/ }).waitFor();
      await shot(editor, 'desk-editor', theme);
      await editor.goto(`${host.origin}/#/articles/${ids.inEdit}`);
      await editor.getByRole('button', { name: 'Return to writer…' }).click();
      await editor.getByLabel('Note for the writer (required)').fill('Add the count from Sunday and who made it.');
      await shot(editor, 'return-dialog', theme);
      await editor.context().close();

      const desk = await as(browser, host, 'dee', theme);
      await desk.getByRole('heading', { name: /^Ready for approval/ }).waitFor();
      await shot(desk, 'desk-chief', theme);
      await desk.goto(`${host.origin}/#/articles/${ids.ready}`);
      await desk.getByRole('button', { name: 'Approve…' }).click();
      await desk.getByRole('list', { name: 'Blocking findings' }).waitFor();
      await shot(desk, 'gate-refused', theme);
      await desk.keyboard.press('Escape');
      await desk.goto(`${host.origin}/#/articles/${ids.voided}`);
      await desk.getByTestId('approval-voided').waitFor();
      await shot(desk, 'approval-voided', theme);
      await desk.goto(`${host.origin}/#/settings`);
      await desk.getByRole('button', { name: 'Verify' }).click();
      await desk.getByText('The audit log is intact').waitFor();
      await shot(desk, 'audit', theme);
      await desk.context().close();

      const admin = await as(browser, host, 'ada', theme);
      await admin.goto(`${host.origin}/#/users`);
      await admin.getByRole('table', { name: 'People' }).waitFor();
      await shot(admin, 'users', theme);
      await admin.context().close();
    }
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`screenshots in ${outputDir}`);
}

await main();
