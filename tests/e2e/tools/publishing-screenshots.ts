/**
 * Screenshots of the publish confirmation, the Publishing queue (a row's details open) and
 * the Publishing panel, at 1280×800, 1440×900 and 1920×1080, in both themes, for a person
 * to look at:
 *   npx tsx tests/e2e/tools/publishing-screenshots.ts [output-dir]
 * Needs `npm run build`. Not a test: it asserts nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/host';
import { connectContext, connectPage, E2E_PASSWORD, windowHeaders } from '../support/accounts';
import { findingKey, type Finding } from '../../../shared/checks/finding';
import { bodyOfParagraphs } from '../../support/bodies';

const outputDir = process.argv[2] ?? '/tmp/galley-publishing-screenshots';
const SIZES = [
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const;

async function rpc<T>(request: APIRequestContext, origin: string, channel: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const answer = (await (await request.post(`${origin}/rpc`, { data: { channel, input }, headers })).json()) as { ok: boolean; value: T; error?: unknown };
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

/** Three targets (one that cannot be written, one that cannot be reached), one published article and one approved. */
async function seed(browser: Browser, host: RunningHost, dataDir: string): Promise<{ published: string; approved: string }> {
  const context = await browser.newContext();
  const r = context.request;
  await connectContext(context, host);
  const call = <T>(channel: string, input: unknown) => rpc<T>(r, host.origin, channel, input);
  const signIn = (name: string) => call('auth.signIn', { name, password: E2E_PASSWORD });
  await call('auth.setup', { name: 'ada', displayName: 'Ada Admin', password: E2E_PASSWORD });
  for (const [name, displayName, role] of [['wren', 'Wren Writer', 'writer'], ['ed', 'Ed Editor', 'editor'], ['dee', 'Dee Desk', 'desk_chief']] as const) {
    await call('users.create', { name, displayName, role, password: E2E_PASSWORD });
  }
  await signIn('ada');
  await call('publishing.targets.add', { name: 'Newsroom archive', config: { kind: 'folder', settings: { path: join(dataDir, 'galley.sqlite', 'newsroom-archive-'.repeat(10) + 'pages') } } });
  await call('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: 'http://127.0.0.1:1/hook' } }, secrets: { signingSecret: 'whsec-shots' } });
  const ready = async (headline: string, slug: string) => {
    await signIn('wren');
    const article = await call<{ id: string; version: number }>('articles.create', { meta: { headline, bylines: ['Wren Writer'], section: 'City', slug } });
    const body = bodyOfParagraphs('The council voted on Tuesday.');
    await call('articles.save', { id: article.id, baseVersion: article.version, body });
    await call('workflow.transition', { articleId: article.id, action: 'submit' });
    await signIn('ed');
    await call('workflow.transition', { articleId: article.id, action: 'take' });
    await call('workflow.transition', { articleId: article.id, action: 'pass' });
    await signIn('dee');
    const approval = await call<{ outcome: string; unacknowledged?: Finding[] }>('workflow.transition', { articleId: article.id, action: 'approve' });
    if (approval.outcome === 'refused') await call('workflow.transition', { articleId: article.id, action: 'approve', acknowledgements: (approval.unacknowledged ?? []).map(findingKey) });
    return article.id;
  };
  const published = await ready('Council approves new harbour bridge after a decade of debate', 'harbour-bridge');
  await call('publishing.publish', { articleId: published });
  const approved = await ready('Pelicans return to the estuary after a decade away', 'pelicans');
  await context.close();
  return { published, approved };
}

async function deskPage(browser: Browser, host: RunningHost, theme: 'light' | 'dark', width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, locale: 'en-GB' });
  await context.addInitScript((value) => localStorage.setItem('galley.theme', value), theme);
  const page = await context.newPage();
  await connectPage(page, host);
  await rpc(context.request, host.origin, 'auth.signIn', { name: 'dee', password: E2E_PASSWORD }, await windowHeaders(page));
  return page;
}

async function main() {
  await mkdir(outputDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'galley-shots-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const { published, approved } = await seed(browser, host, dataDir);
    for (const theme of ['light', 'dark'] as const) {
      for (const [width, height] of SIZES) {
        const page = await deskPage(browser, host, theme, width, height);
        const name = (what: string) => join(outputDir, `${what}-${width}-${theme}.png`);
        await page.goto(`${host.origin}/#/articles/${approved}`);
        await page.getByRole('group', { name: 'Workflow actions' }).getByRole('button', { name: 'Publish…' }).click();
        await page.getByRole('alertdialog').getByRole('listitem').first().waitFor();
        await page.screenshot({ path: name('confirm') });
        await page.keyboard.press('Escape');

        await page.goto(`${host.origin}/#/publishing`);
        const queue = page.getByRole('table', { name: 'Publishing queue' });
        await queue.getByRole('row', { name: /Newsroom archive/ }).first().waitFor();
        await page.screenshot({ path: name('queue') });
        await queue.getByRole('button', { name: /^Details: .* to Newsroom archive$/ }).click();
        await page.screenshot({ path: name('queue-details') });

        await page.goto(`${host.origin}/#/articles/${published}`);
        await page.getByRole('tab', { name: 'Publishing' }).click();
        await page.getByRole('button', { name: 'Open the published page' }).waitFor();
        await page.screenshot({ path: name('panel') });
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`Screenshots in ${outputDir}`);
}

void main();
