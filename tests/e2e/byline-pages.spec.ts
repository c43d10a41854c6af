import { test, expect } from './fixtures';
import { rpc } from './support/rpc';

/** A person typing: about twelve keys a second. */
const HUMAN_PACE_MS = 80;

test('a writer gives a byline its author page: an address that is not a web address is not saved and says why; a good one is kept through reload', async ({ app, page, host }) => {
  test.slow();
  await app.newArticle();
  await app.editor.headline.pressSequentially('Levees held', { delay: HUMAN_PACE_MS });
  await app.editor.addBylines('Wren Writer, Ed Editor');
  await expect(app.editor.bylines).toHaveCount(2);
  const id = app.articleIdFromUrl();
  const meta = async () => (await rpc<{ meta: { bylineUrls?: Record<string, string> } }>(page, host.origin, 'articles.get', { id })).meta;

  await page.getByText('Author pages', { exact: true }).click();
  const wren = page.getByRole('textbox', { name: 'Author page for Wren Writer' });
  await wren.pressSequentially('news.example/staff/wren', { delay: HUMAN_PACE_MS });
  await app.editor.section.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('https://');
  await app.editor.expectSaved();
  expect((await meta()).bylineUrls).toBeUndefined();

  await wren.press('Home');
  await wren.pressSequentially('https://', { delay: HUMAN_PACE_MS });
  await app.editor.section.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0);
  await expect(page.getByText('Author pages (1)')).toBeVisible();
  await app.editor.expectSaved();
  await expect.poll(async () => (await meta()).bylineUrls).toEqual({ 'Wren Writer': 'https://news.example/staff/wren' });

  await page.reload();
  await page.getByText('Author pages (1)').click();
  await expect(page.getByRole('textbox', { name: 'Author page for Wren Writer' })).toHaveValue('https://news.example/staff/wren');
  await expect(page.getByRole('textbox', { name: 'Author page for Ed Editor' })).toHaveValue('');
});
