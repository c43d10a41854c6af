/**
 * Takes screenshots of the main screens in both themes, for a person to look at:
 *   npx tsx tests/e2e/tools/screenshots.ts [output-dir]
 * Needs `npm run build`. Not a test: it asserts nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { startHost } from '../support/host';
import { signInThroughRpc } from '../support/accounts';

const outputDir = process.argv[2] ?? '/tmp/galley-screenshots';

async function newArticle(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'New article' }).click();
  // The new article's editor puts the caret in its headline once it has loaded.
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toBeFocused();
}

async function seed(page: Page) {
  const stories: Array<[string, string, string]> = [
    ['Budget talks stall as treasury and unions trade blame', 'Ministers say the gap is £2bn; unions say it is twice that.', 'Politics'],
    ['Pelicans return to the estuary after a decade away', 'Birdwatchers counted forty on Sunday morning.', 'Environment'],
    ['', '', ''],
  ];
  for (const [headline, dek, section] of stories) {
    await newArticle(page);
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(headline);
    await page.getByRole('textbox', { name: 'Standfirst (dek)' }).fill(dek);
    await page.getByRole('textbox', { name: 'Section' }).fill(section);
    await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
  }
  await newArticle(page);
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('کراچی میں بارش سے نظامِ زندگی متاثر');
  await page.getByRole('combobox', { name: 'Language' }).fill('ur');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('شہر میں کل رات سے جاری بارش کے باعث کئی علاقوں میں پانی جمع ہو گیا۔');
  await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();

  await newArticle(page);
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Headline', exact: true }).fill('Council approves new harbour bridge after a decade of debate');
  await main.getByRole('textbox', { name: 'Standfirst (dek)' }).fill('Construction of the 1.2 km crossing starts next spring; the bill is put at NZ$410 million.');
  const byline = main.getByRole('textbox', { name: 'Byline' });
  await byline.fill('Jane Doe, Tama Ngata');
  await byline.press('Enter');
  await main.getByRole('textbox', { name: 'Section' }).fill('City');
  const tags = main.getByRole('textbox', { name: 'Tags' });
  await tags.fill('transport, harbour, council');
  await tags.press('Enter');
  await main.getByRole('textbox', { name: 'Dateline' }).fill('WELLINGTON');
  await main.getByRole('textbox', { name: 'Article body' }).click();
  const k = page.keyboard;
  await k.type('The city council voted ');
  await k.press('Control+B');
  await k.type('eleven to two');
  await k.press('Control+B');
  await k.type(' on Tuesday night to build the harbour bridge, ending a debate that has outlasted three mayors. ');
  await k.press('Control+I');
  await k.type('“It is a good day for the harbour,”');
  await k.press('Control+I');
  await k.type(' the mayor said after the vote.');
  await k.press('Enter');
  await k.press('Control+Alt+2');
  await k.type('What the bridge will cost');
  await k.press('Enter');
  await k.type('Officials gave three figures:');
  await k.press('Enter');
  await k.press('Control+Shift+8');
  await k.type('NZ$410 million for the crossing itself');
  await k.press('Enter');
  await k.type('NZ$35 million for the approach roads');
  await k.press('Enter');
  await k.press('Enter');
  await k.press('Control+Alt+Q');
  await k.type('We have waited long enough. Now we build.');
  await k.press('Enter');
  await k.type('The full report is published on the council website.');
  await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
  await page.getByRole('button', { name: 'Save version…' }).click();
  await page.getByRole('button', { name: 'Save version', exact: true }).click();
  await page.getByRole('list', { name: 'Versions' }).waitFor();
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
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme, locale: 'en-GB' });
      const page = await context.newPage();
      // Signed in as the writer (created on first run through the same /rpc the app uses).
      await signInThroughRpc(page, host);
      await page.goto(`${host.origin}/`);
      if (theme === 'light') await seed(page);
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      await page.getByRole('option').filter({ hasText: 'harbour bridge' }).click();
      await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(outputDir, `editor-${theme}.png`) });

      await page.getByRole('textbox', { name: 'Article body' }).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Control+K');
      await page.screenshot({ path: join(outputDir, `link-${theme}.png`) });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: /^Preview / }).first().click();
      await page.getByTestId('revision-preview').waitFor();
      await page.screenshot({ path: join(outputDir, `preview-${theme}.png`) });
      await page.getByRole('button', { name: 'Restore this version…' }).click();
      await page.screenshot({ path: join(outputDir, `restore-${theme}.png`) });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.getByRole('option').filter({ hasText: 'کراچی' }).click();
      await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
      await page.screenshot({ path: join(outputDir, `rtl-${theme}.png`) });

      await page.getByRole('searchbox', { name: 'Search articles' }).fill('pelicans');
      await page.getByText('1 result').waitFor();
      await page.screenshot({ path: join(outputDir, `search-${theme}.png`) });

      await page.goto(`${host.origin}/#/`);
      await page.getByRole('heading', { name: 'My desk', level: 1 }).waitFor();
      await page.screenshot({ path: join(outputDir, `welcome-${theme}.png`) });
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`screenshots in ${outputDir}`);
}

await main();
