/**
 * Screenshots of the review and approval screens (submit dialog and note, the Changes panel
 * on a first look, the pass-to-desk warning, the approved banner with "Reopen for changes")
 * at 1280×800 and 1920×1080 in both themes, for a person to look at:
 *   npx tsx tests/e2e/tools/review-screenshots.ts [output-dir]
 * Needs `npm run build`. Not a test: it asserts nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/host';
import { connectContext, connectPage, E2E_PASSWORD, windowHeaders } from '../support/accounts';

const outputDir = process.argv[2] ?? '/tmp/galley-review-screenshots';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;
const VARIANTS = SIZES.flatMap((size) => THEMES.map((theme) => `${size.width}-${theme}`));

async function rpc<T>(request: APIRequestContext, origin: string, channel: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const answer = (await (await request.post(`${origin}/rpc`, { data: { channel, input }, headers })).json()) as { ok: boolean; value: T; error?: unknown };
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
const item = (t: string, value: number) => ({ type: 'listitem', version: 1, direction: null, format: '', indent: 0, value, children: [text(t)] });
const list = (...items: string[]) => ({ type: 'list', version: 1, direction: null, format: '', indent: 0, listType: 'bullet', start: 1, tag: 'ul', children: items.map((t, i) => item(t, i + 1)) });
const body = (...children: object[]) => ({ format: 'galley.lexical', version: 1, editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } });

interface Seeded {
  draft: string;
  inEdit: string;
  blocked: string;
  approved: string;
}

async function seed(browser: Browser, host: RunningHost): Promise<Seeded> {
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
  // One desk chief per screenshot pass, so that each pass is a first look.
  for (const variant of VARIANTS) await rpc(r, host.origin, 'users.create', { name: `dee-${variant}`, displayName: 'Dan Desk', role: 'desk_chief', password: E2E_PASSWORD });
  const signIn = (name: string) => rpc(r, host.origin, 'auth.signIn', { name, password: E2E_PASSWORD });
  const step = (articleId: string, action: string, extra: object = {}) => rpc(r, host.origin, 'workflow.transition', { articleId, action, ...extra });
  const save = async (id: string, content: object) => {
    const current = await rpc<{ version: number }>(r, host.origin, 'articles.get', { id });
    await rpc(r, host.origin, 'articles.save', { id, baseVersion: current.version, body: content });
  };
  await signIn('wren');
  const make = async (headline: string, section: string) =>
    (await rpc<{ id: string }>(r, host.origin, 'articles.create', { meta: { headline, section, bylines: ['Wren Writer'], dek: 'The 1.2 km crossing is to open in 2029.' } })).id;
  const draft = await make('Pelicans return to the estuary', 'Environment');
  await save(draft, body(paragraph('Forty pelicans were counted on Sunday.')));
  const inEdit = await make('Council votes to close the power plant', 'City');
  await save(inEdit, body(paragraph('The council set out three options on Tuesday:'), list('Close the plant;', 'the status quo;', 'a sale to the port.'), paragraph('A vote is due next week.')));
  await step(inEdit, 'submit', { note: 'The port’s figures are from last year; I am waiting for this year’s. Call me if the vote moves.' });
  const blocked = await make('Budget talks stall as unions and treasury trade blame', '');
  await save(blocked, body(paragraph('Talks broke up at midnight.')));
  await step(blocked, 'submit');
  const approved = await make('Rail strike called off', 'Transport');
  await save(approved, body(paragraph('The strike planned for Monday will not go ahead.')));
  await step(approved, 'submit');
  await signIn('ed');
  for (const id of [inEdit, blocked, approved]) await step(id, 'take');
  await save(inEdit, body(paragraph('The council set out three options on Tuesday:'), list('Close the plant by 2028;', 'the status quo;', 'a sale to the port, which has offered £40m.'), paragraph('A vote is due next week.')));
  await step(approved, 'pass');
  await signIn('dee');
  await step(approved, 'approve');
  await context.close();
  return { draft, inEdit, blocked, approved };
}

async function as(browser: Browser, host: RunningHost, name: string, theme: 'light' | 'dark', size: (typeof SIZES)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'en-GB' });
  await context.addInitScript((value) => window.localStorage.setItem('galley.theme', value), theme);
  const page = await context.newPage();
  await connectPage(page, host);
  await rpc(context.request, host.origin, 'auth.signIn', { name, password: E2E_PASSWORD }, await windowHeaders(page));
  await page.goto(`${host.origin}/`);
  await page.getByRole('banner').getByText('Sign out').waitFor();
  return page;
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
    const ids = await seed(browser, host);
    for (const size of SIZES) {
      for (const theme of THEMES) {
        const shot = async (page: Page, name: string) => {
          await page.mouse.move(0, 0);
          await page.screenshot({ path: join(outputDir, `${name}-${size.width}-${theme}.png`) });
        };
        const writer = await as(browser, host, 'wren', theme, size);
        await writer.goto(`${host.origin}/#/articles/${ids.draft}`);
        await writer.getByRole('button', { name: 'Submit for edit…' }).click();
        await writer.getByLabel('Note for the editor (optional)').fill('The count is from the ranger; the trust’s own count comes on Friday.');
        await shot(writer, 'submit-dialog');
        await writer.context().close();

        const editor = await as(browser, host, 'ed', theme, size);
        await editor.goto(`${host.origin}/#/articles/${ids.inEdit}`);
        await editor.getByTestId('submit-note').waitFor();
        await shot(editor, 'submit-note');
        await editor.goto(`${host.origin}/#/articles/${ids.blocked}`);
        await editor.getByRole('button', { name: 'Pass to desk' }).click();
        await editor.getByRole('list', { name: 'Blocking findings' }).waitFor();
        await shot(editor, 'pass-warning');
        await editor.context().close();

        const desk = await as(browser, host, `dee-${size.width}-${theme}`, theme, size);
        await desk.goto(`${host.origin}/#/articles/${ids.inEdit}`);
        await desk.getByRole('complementary', { name: 'Article panels' }).getByRole('tab', { name: 'Changes' }).click();
        // Worked out once the article is on screen and Galley is idle: slow on a loaded machine.
        await desk.getByTestId('article-diff').waitFor({ timeout: 120_000 });
        await shot(desk, 'changes-first-look');
        await desk.goto(`${host.origin}/#/articles/${ids.approved}`);
        await desk.getByTestId('read-only-banner').waitFor();
        await shot(desk, 'approved-read-only');
        await desk.context().close();
      }
    }
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`screenshots in ${outputDir}`);
}

await main();
