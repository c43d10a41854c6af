/**
 * Screenshots of the side panel at its default and narrowest widths (Sources form, Rights,
 * Footnotes), the Users screen without it, and the comment box by selected words, at
 * 1280×800 and 1920×1080 in both themes, for a person to look at:
 *   npx tsx tests/e2e/tools/panels-screenshots.ts [output-dir]
 * Needs `npm run build`. Not a test: it asserts nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../support/host';
import { ADMIN, signInThroughRpc } from '../support/accounts';
import { FootnotesPage } from '../pages/FootnotesPage';
import { RightsPanelPage, fixtureImage } from '../pages/RightsPanelPage';
import { SidePanelPage } from '../pages/SidePanelPage';

const outputDir = process.argv[2] ?? '/tmp/galley-panels-screenshots';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(outputDir, `${name}.png`) });
}

/** A new article with a footnote, an image and an interview source's form open. */
async function writeArticle(page: Page): Promise<void> {
  const notes = new FootnotesPage(page);
  const rights = new RightsPanelPage(page);
  await page.getByRole('banner').getByRole('button', { name: 'New article', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Cranes stop at the port');
  await notes.body.click();
  await page.keyboard.type('The cranes at the container port stopped at noon on Tuesday, the harbour master said.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After three hours of debate the councillors voted to build the harbour bridge this year.');
  await notes.caretAtEndOf(0);
  await page.keyboard.press('Control+Alt+F');
  await notes.writeNote('Harbour master, by phone, 2 December. The port authority’s own figures, published the same week, give the same time for the stop.');
  await rights.drop(notes.body, 'lincoln.jpg', fixtureImage('iptc-agency-photographer-example.jpg'));
  // The Rights tab opens on the image once it is in.
  await rights.figures.first().waitFor();
  await page.locator('#panel-tab-rights[aria-selected="true"]').waitFor();
}

async function panelShots(page: Page, prefix: string): Promise<void> {
  const side = new SidePanelPage(page);
  await side.openTab('Sources');
  await side.body.getByRole('button', { name: 'Add source…' }).click();
  const form = side.body.getByRole('form', { name: 'New source' });
  await form.getByLabel('Kind').selectOption({ label: 'Interview' });
  await form.getByLabel('Attribution').selectOption({ label: 'On background (confidential)' });
  await form.getByLabel('Published').fill('2026-03-02');
  await shoot(page, `${prefix}-sources-form`);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await shoot(page, `${prefix}-sources`);
  await side.openTab('Rights');
  await side.body.getByLabel('Licence', { exact: true }).selectOption({ label: 'Wire agency' });
  await side.body.getByRole('group', { name: 'Credit and licence' }).scrollIntoViewIfNeeded();
  await shoot(page, `${prefix}-rights`);
  await side.body.getByRole('group', { name: 'Source and licensor' }).scrollIntoViewIfNeeded();
  await shoot(page, `${prefix}-rights-lower`);
  await side.openTab('Footnotes');
  await shoot(page, `${prefix}-footnotes`);
}

async function main(): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'galley-panel-shots-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    for (const size of SIZES) {
      for (const theme of ['light', 'dark'] as const) {
        const prefix = `${size.width}-${theme}`;
        const context = await browser.newContext({ viewport: size, locale: 'en-GB' });
        await context.addInitScript((value) => window.localStorage.setItem('galley.theme', value), theme);
        const page = await context.newPage();
        await signInThroughRpc(page, host);
        await page.goto(`${host.origin}/`);
        await writeArticle(page);
        await panelShots(page, `${prefix}-default`);

        const side = new SidePanelPage(page);
        await side.divider.focus();
        await page.keyboard.press('Home');
        await panelShots(page, `${prefix}-narrowest`);
        await page.keyboard.press('End');

        const notes = new FootnotesPage(page);
        await notes.body.getByText(/voted to build/).scrollIntoViewIfNeeded();
        await notes.select('voted to build the harbour bridge');
        await page.getByRole('toolbar', { name: 'Review the selected words' }).waitFor();
        await page.screenshot({ path: join(outputDir, `${prefix}-comment-bubble.png`) });
        await page.keyboard.press('Control+Alt+M');
        await page.getByRole('dialog', { name: 'New comment' }).waitFor();
        await page.screenshot({ path: join(outputDir, `${prefix}-comment-box.png`) });
        await context.close();

        const admin = await browser.newContext({ viewport: size, locale: 'en-GB' });
        await admin.addInitScript((value) => window.localStorage.setItem('galley.theme', value), theme);
        const adminPage = await admin.newPage();
        await signInThroughRpc(adminPage, host, ADMIN);
        await adminPage.goto(`${host.origin}/#/users`);
        await adminPage.getByRole('main', { name: 'Users' }).waitFor();
        await shoot(adminPage, `${prefix}-users`);
        await admin.close();
      }
    }
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`screenshots in ${outputDir}`);
}

void main();
