import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test as base, expect, type HostHandle } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { FIXTURE_IMAGES, RightsPanelPage, fixtureImage } from './pages/RightsPanelPage';
import { signInThroughRpc } from './support/accounts';

/** The window signed in as the writer: the article being written and the Rights panel beside it. */
class ImagesApp {
  readonly editor: EditorPage;
  readonly rights: RightsPanelPage;
  readonly toasts;

  constructor(
    readonly page: Page,
    private readonly host: HostHandle,
  ) {
    this.editor = new EditorPage(page);
    this.rights = new RightsPanelPage(page);
    this.toasts = page.getByRole('region', { name: 'Notifications' });
  }

  async open(): Promise<void> {
    await signInThroughRpc(this.page, this.host);
    await this.page.goto(`${this.host.origin}/`);
    await expect(this.newArticleButton()).toBeEnabled();
  }

  newArticleButton() {
    return this.page.getByRole('banner').getByRole('button', { name: 'New article', exact: true });
  }

  async newArticle(): Promise<void> {
    await this.newArticleButton().click();
    await expect(this.editor.headline).toBeFocused();
  }
}

const test = base.extend<{ images: ImagesApp }>({
  images: async ({ page, host }, use) => {
    const app = new ImagesApp(page, host);
    await app.open();
    await use(app);
  },
});

const AGENCY = 'iptc-agency-photographer-example.jpg';

test('drop an image: its rights are filled from the file, and adding alt text clears the finding', async ({ images: app, page }) => {
  const { rights } = app;
  await app.newArticle();
  await app.editor.headline.fill('The memorial at dawn');
  await app.editor.focusBodyEnd();
  await app.editor.type('Visitors came early.');

  await rights.drop(app.editor.body, 'lincoln.jpg', fixtureImage(AGENCY));

  // The figure appears in the text with its caption and the credit made from the file's metadata.
  await expect(rights.figures).toHaveCount(1);
  const figure = rights.figures.first();
  // The image itself loads from the library (an image without alt text has no role to find it by).
  await expect(figure.locator('img')).toHaveJSProperty('complete', true);
  await expect.poll(() => figure.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(527);
  await expect(figure).toContainText('This statue of the 16th President');
  await expect(figure).toContainText('Image by Julie Doe, via Mugwum Press');

  // The Rights panel opens on it, with the IPTC/XMP fields filled in.
  await expect(rights.tab).toHaveAttribute('aria-selected', 'true');
  await expect(rights.field('Creator')).toHaveValue('Julie Doe');
  await expect(rights.field('Credit (provider)')).toHaveValue('Mugwum Press');
  await expect(rights.field('Copyright notice')).toHaveValue('©2009 Julie Doe / Mugwum Press, all rights reserved');
  await expect(rights.field('Restrictions (special instructions)')).toHaveValue('Newsmagazines Out');
  await expect(rights.field('Usage terms')).toHaveValue(/^Image to be used One-time only/);

  // What is missing is said, and fixing it clears it.
  await expect(rights.finding(/has no alt text/)).toBeVisible();
  await expect(rights.finding(/has no licence/)).toBeVisible();
  await expect(rights.finding(/Newsmagazines Out/)).toBeVisible();
  await expect(figure.getByRole('button', { name: '2 things to fix' })).toBeVisible();

  await rights.field('Alt text').fill('The seated marble statue of Abraham Lincoln inside the memorial, lit by morning sun');
  await expect(rights.finding(/has no alt text/)).toHaveCount(0);
  await expect(figure.getByRole('button', { name: '1 thing to fix' })).toBeVisible();

  await rights.field('Licence').selectOption({ label: 'Wire agency' });
  await rights.field('Agency').fill('Mugwum Press');
  await expect(rights.finding(/has no licence/)).toHaveCount(0);
  await rights.panel.getByRole('button', { name: 'Save rights' }).click();
  await expect(rights.panel.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect(figure.getByRole('button', { name: /to fix/ })).toHaveCount(0);
  await app.editor.expectSaved();

  // After a reload the alt text (in the article) and the licence (in the library) are still there.
  await page.reload();
  await rights.open();
  await expect(rights.figures).toHaveCount(1);
  await expect(rights.field('Alt text')).toHaveValue(/^The seated marble statue/);
  await expect(rights.field('Licence')).toHaveValue('wire');
  await expect(rights.finding(/Newsmagazines Out/)).toBeVisible();
});

test('a page renamed .jpg and a damaged photo are refused with a clear message, and nothing is inserted', async ({ images: app }, testInfo) => {
  const { rights } = app;
  await app.newArticle();
  await app.editor.focusBodyEnd();
  const fake = testInfo.outputPath('holiday.jpg');
  await writeFile(fake, '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
  await rights.pick(fake);
  await expect(app.toasts).toContainText('“holiday.jpg” is not an image: it is a web page (HTML).');

  const whole = fixtureImage('door-knocker.jpg');
  await rights.drop(app.editor.body, 'cut.jpg', whole.subarray(0, whole.length / 2));
  await expect(app.toasts).toContainText('“cut.jpg” is damaged and cannot be read');
  await expect(rights.figures).toHaveCount(0);
});

test('an image licensed No Derivatives cannot be cropped or rotated', async ({ images: app }) => {
  const { rights } = app;
  await app.newArticle();
  await app.editor.focusBodyEnd();
  await rights.pick(join(FIXTURE_IMAGES, 'door-knocker.jpg'));
  await expect(rights.figures).toHaveCount(1);

  // Under a licence that allows changes, a crop applies at once.
  await rights.field('Creator').fill('Ana Fotógrafa');
  await rights.field('Licence').selectOption('cc-by-4.0');
  await rights.field('Crop').selectOption({ label: 'Square' });
  await expect(rights.field('Crop')).toHaveValue('1:1');
  await expect.poll(() => rights.figures.first().locator('.figure-media').evaluate((box) => box.getBoundingClientRect().width / box.getBoundingClientRect().height)).toBeCloseTo(1, 2);

  // No Derivatives: the crop is flagged and the controls refuse.
  await rights.field('Licence').selectOption('cc-by-nd-4.0');
  await expect(rights.panel.getByText('Its licence, CC BY-ND 4.0, allows no changes: it cannot be cropped or rotated.')).toBeVisible();
  await expect(rights.field('Crop')).toBeDisabled();
  await expect(rights.panel.getByRole('button', { name: 'Rotate left' })).toBeDisabled();
  await expect(rights.finding(/allows no changes, but it is cropped/)).toBeVisible();
  await rights.panel.getByRole('button', { name: 'Show it whole and upright' }).click();
  await expect(rights.finding(/allows no changes/)).toHaveCount(0);
  await expect(rights.field('Crop')).toHaveValue('');
});

test('an image from the library is reused in another article with its rights', async ({ images: app, page }) => {
  const { rights } = app;
  await app.newArticle();
  await app.editor.focusBodyEnd();
  await rights.pick(join(FIXTURE_IMAGES, AGENCY));
  await expect(rights.figures).toHaveCount(1);
  await app.editor.expectSaved();

  await app.newArticle();
  await app.editor.focusBodyEnd();
  await rights.open();
  await rights.panel.getByRole('button', { name: 'From the library…' }).click();
  const library = page.getByRole('dialog', { name: 'Image library' });
  await library.getByLabel('Creator, credit or licence').fill('mugwum');
  await expect(library.getByRole('status')).toHaveText('1 image');
  await library.getByRole('button', { name: `Insert ${AGENCY}` }).click();
  await expect(library).toBeHidden();
  await expect(rights.figures).toHaveCount(1);
  await expect(rights.field('Creator')).toHaveValue('Julie Doe');
  await expect(rights.figures.first()).toContainText('Image by Julie Doe, via Mugwum Press');
});
