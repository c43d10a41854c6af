import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';

function countSaves(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && request.url().endsWith('/rpc') && request.postData()?.includes('"articles.save"')) {
      counter.count += 1;
    }
  });
  return counter;
}

test('typing saves once after a pause, not per keystroke, and opening an article saves nothing', async ({ app }) => {
  const { editor, page } = app;
  await app.newArticle();
  await editor.headline.fill('Debounce');
  await editor.expectSaved();
  const saves = countSaves(page);

  await editor.body.click();
  await editor.body.pressSequentially('A steady stream of words typed without a pause', { delay: 40 });
  expect(saves.count, 'saves while typing').toBe(0);
  await expect(editor.saveStatus).toHaveText('Unsaved changes');
  await editor.expectSaved();
  expect(saves.count, 'saves after the pause').toBe(1);

  // Reopening shows the article without writing it back.
  await page.reload();
  await expect(editor.body).toHaveText('A steady stream of words typed without a pause');
  const reopenedSaves = countSaves(page);
  await editor.body.click();
  await page.keyboard.press('End');
  await page.waitForTimeout(1500);
  expect(reopenedSaves.count, 'saves caused by opening and moving the caret').toBe(0);
  await expect(editor.saveStatus).toHaveText(/^Saved/);
});

test('saves go one at a time: changes made during a slow save follow in the next one', async ({ app }) => {
  const { editor, page } = app;
  await app.newArticle();
  await editor.headline.fill('Slow disk');
  await editor.expectSaved();

  let inFlight = 0;
  let mostAtOnce = 0;
  const baseVersions: number[] = [];
  await page.route('**/rpc', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes('"articles.save"')) return route.fallback();
    baseVersions.push((JSON.parse(body) as { input: { baseVersion: number } }).input.baseVersion);
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    try {
      await route.continue();
    } finally {
      inFlight -= 1;
    }
  });

  await editor.body.click();
  await editor.type('one');
  await expect(editor.saveStatus).toHaveText('Saving…');
  await editor.type(' two');
  await page.waitForTimeout(900);
  await editor.type(' three');
  await editor.expectSaved();
  expect(mostAtOnce, 'saves in flight at once').toBe(1);
  // Each save is based on the version the previous one returned.
  expect(baseVersions.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < baseVersions.length; i += 1) expect(baseVersions[i]).toBe(baseVersions[i - 1]! + 1);

  await page.unroute('**/rpc');
  await page.reload();
  await expect(editor.body).toHaveText('one two three');
});

test('switching articles right after typing keeps the text', async ({ app }) => {
  const { editor, list } = app;
  await app.newArticle();
  await editor.headline.fill('First');
  await editor.expectSaved();
  await app.newArticle();
  await editor.headline.fill('Second');
  await editor.expectSaved();

  await editor.body.click();
  await editor.type('Typed just before switching.');
  await list.row('First').click();
  await expect(editor.headline).toHaveValue('First');
  await list.row('Second').click();
  await expect(editor.body).toHaveText('Typed just before switching.');

  await app.restartAndReopen();
  await list.row('Second').click();
  await expect(editor.body).toHaveText('Typed just before switching.');
});

test('metadata edits autosave like the text, and the word count follows the text', async ({ app }) => {
  const { editor, page } = app;
  await app.newArticle();
  await editor.headline.fill('Metadata');
  await editor.language.fill('ur');
  await editor.body.click();
  await editor.type('یہ ایک مضمون ہے');
  await expect(editor.body).toHaveAttribute('lang', 'ur');
  await expect.poll(() => editor.direction()).toBe('rtl');
  await expect(editor.wordCount).toHaveText(/^4 words/);
  await editor.expectSaved();

  await page.reload();
  await expect(editor.language).toHaveValue('ur');
  await expect.poll(() => editor.direction()).toBe('rtl');
  await expect(editor.wordCount).toHaveText(/^4 words · 1 min read$/);
});

test('closing the window with unsaved changes asks first', async ({ app }) => {
  const { editor, page } = app;
  await app.newArticle();
  await editor.body.click();
  await editor.type('Not yet saved');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.dismiss();
});
