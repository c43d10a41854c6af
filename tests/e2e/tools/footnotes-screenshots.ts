/**
 * Screenshots of citations, footnotes, dangling references, the Cite dialog and the
 * Footnotes panel in both themes, for a person to look at:
 *   npx tsx tests/e2e/tools/footnotes-screenshots.ts [output-dir]
 * Needs `npm run build`. Not a test: it asserts nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../support/host';
import { signInThroughRpc } from '../support/accounts';
import { REPO_ROOT } from '../support/paths';
import { FootnotesPage } from '../pages/FootnotesPage';

const outputDir = process.argv[2] ?? '/tmp/galley-footnotes-screenshots';
const FIXTURE = join(REPO_ROOT, '..', 'shared', 'fixtures', 'articles', 'xplora-putin-territorial-issues.txt');

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
}

async function main(): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'galley-footnote-shots-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const notes = new FootnotesPage(page);
    await signInThroughRpc(page, host);
    await page.goto(`${host.origin}/`);
    await page.getByRole('banner').getByRole('button', { name: 'New article', exact: true }).click();
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Levees held, ministry says');
    await notes.body.click();
    await page.keyboard.type('The ministry said the levees held through the night, though water reached the old town.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Residents in Sukkur disagreed, and the cost of repairs is still unknown.');
    await notes.select('the levees held');
    await page.keyboard.press('Control+Alt+C');
    await notes.citeDialog.getByRole('button', { name: 'New source…' }).click();
    const form = notes.citeDialog.getByRole('form', { name: 'New source' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Flood defences report 2026');
    await form.getByRole('textbox', { name: 'Address (URL)' }).fill('https://gov.example/flood');
    await form.getByRole('textbox', { name: 'Publisher' }).fill('Ministry of Water');
    await form.getByRole('button', { name: 'Add source' }).click();
    await notes.citeDialog.getByLabel('Where in the source').selectOption({ label: 'Page' });
    await notes.citeDialog.getByRole('textbox', { name: 'Page' }).fill('12');
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await page.screenshot({ path: join(outputDir, `cite-dialog-${theme}.png`) });
    }
    await notes.citeDialog.getByRole('button', { name: 'Cite', exact: true }).click();
    await notes.caretAtEndOf(0);
    await page.keyboard.press('Control+Alt+F');
    await notes.writeNote('Ministry statement, 2 August.');
    await notes.caretAtEndOf(1);
    await page.keyboard.press('Control+Alt+F');
    await notes.openPanel();
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await notes.markers.nth(1).click();
      await page.screenshot({ path: join(outputDir, `note-box-${theme}.png`) });
      await page.keyboard.press('Escape');
      await notes.citations.first().hover();
      await page.screenshot({ path: join(outputDir, `citation-card-${theme}.png`) });
    }

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(FIXTURE);
    await notes.danglingReferences.first().waitFor();
    await notes.danglingReferences.first().scrollIntoViewIfNeeded();
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await page.screenshot({ path: join(outputDir, `dangling-${theme}.png`) });
    }
    console.log(`Screenshots in ${outputDir}`);
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
