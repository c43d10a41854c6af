/**
 * Screenshots of the Sources and Checks panels in both themes, for a person to look at:
 *   npx tsx tests/e2e/tools/sources-screenshots.ts [output-dir]
 * Needs `npm run build`. Not a test: it asserts nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIRequestContext, type Page } from '@playwright/test';
import { startHost } from '../support/host';
import { signInThroughRpc, windowHeaders } from '../support/accounts';

const outputDir = process.argv[2] ?? '/tmp/galley-sources-screenshots';

/** As the window whose key is in `headers`. */
let headers: Record<string, string> = {};

async function rpc<T>(request: APIRequestContext, origin: string, channel: string, input: unknown): Promise<T> {
  const answer = (await (await request.post(`${origin}/rpc`, { data: { channel, input }, headers })).json()) as { ok: boolean; value: T; error?: unknown };
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] });

/** An article with sources of several kinds, one of them confidential and named in the text. */
async function seed(request: APIRequestContext, origin: string): Promise<string> {
  const article = await rpc<{ id: string; meta: Record<string, unknown> }>(request, origin, 'articles.create', {
    meta: { headline: 'Cranes stop at the port as audit finds two-year delay', bylines: ['Wren Writer'], section: 'City' },
  });
  const add = (fields: Record<string, unknown>) => rpc(request, origin, 'sources.create', { fields, attachTo: article.id });
  await add({ kind: 'document', title: 'Audit of the harbour works', url: 'https://audit.example.org/harbour-2026', publisher: 'National Audit Office', publishedDate: '2026-03-02' });
  await add({ kind: 'interview', title: 'Port office interview', notes: 'Notebook 4, page 12.', interview: { name: 'Jane Doe', role: 'a port official', contact: '+44 20 7946 0000', attribution: 'anonymous' } });
  await add({ kind: 'dataset', title: 'Berth occupancy 2025' });
  await add({ kind: 'web_page', title: 'Harbour works: the audit', url: 'https://audit.example.org/harbour-2026/', publisher: 'National Audit Office' });
  await rpc(request, origin, 'articles.save', {
    id: article.id,
    baseVersion: 0,
    body: {
      format: 'galley.lexical',
      version: 1,
      editorState: {
        root: {
          type: 'root', version: 1, direction: null, format: '', indent: 0,
          children: [
            paragraph('The cranes at the container port stopped at noon on Tuesday.'),
            paragraph('The audit found the works 2 years behind schedule and 40% over budget, Jane Doe told us.'),
          ],
        },
      },
    },
  });
  return article.id;
}

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(outputDir, `${name}.png`) });
}

async function main() {
  await mkdir(outputDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'galley-shots-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    let articleId = '';
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme, locale: 'en-GB' });
      const page = await context.newPage();
      await signInThroughRpc(page, host);
      headers = await windowHeaders(page);
      if (articleId === '') articleId = await seed(context.request, host.origin);
      await page.goto(`${host.origin}/#/articles/${articleId}`);
      await page.getByRole('textbox', { name: 'Article body' }).waitFor();
      const panel = page.getByRole('complementary', { name: 'Article panels' });

      await panel.getByRole('tab', { name: 'Sources' }).click();
      await panel.getByRole('list', { name: 'Article sources' }).waitFor();
      await shoot(page, `sources-${theme}`);

      await panel.getByRole('button', { name: 'Add source…' }).click();
      await panel.getByLabel('Kind').selectOption({ label: 'Interview' });
      await panel.getByRole('textbox', { name: 'Title' }).fill('Harbour master, by phone');
      await panel.getByRole('textbox', { name: 'Name' }).fill('Sam Rivers');
      await panel.getByLabel('Attribution').selectOption({ label: 'On background (confidential)' });
      await panel.getByRole('textbox', { name: 'Address (URL)' }).fill('not a web address');
      await panel.getByRole('button', { name: 'Add source', exact: true }).click();
      // Scroll the panel (not the window) to the top of the form.
      await panel.locator('.panel-host__body').evaluate((body) => body.scrollTo({ top: 0 }));
      await shoot(page, `sources-form-${theme}`);
      await panel.getByRole('button', { name: 'Cancel' }).click();

      await panel.getByRole('tab', { name: 'Checks' }).click();
      await panel.locator('.checks__summary').filter({ hasText: 'blocking' }).waitFor();
      await shoot(page, `checks-${theme}`);
      await panel.getByRole('button').filter({ hasText: 'Confidential source exposed' }).click();
      await shoot(page, `checks-selected-${theme}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`screenshots in ${outputDir}`);
}

void main();
