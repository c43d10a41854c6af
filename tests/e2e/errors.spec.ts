import type { Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { signInThroughRpc } from './support/accounts';

const MISSING_ID = '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b';

function isCall(route: Route, channel: string): boolean {
  const body = route.request().postData();
  return body !== null && (JSON.parse(body) as { channel?: string }).channel === channel;
}

test('an unknown article id shows a clear “not found” state', async ({ app }) => {
  await app.openArticleByUrl(MISSING_ID);
  await expect(app.page.getByRole('heading', { name: 'Article not found' })).toBeVisible();
  await app.page.getByRole('button', { name: 'Back to the article list' }).click();
  await expect(app.page.getByRole('heading', { name: 'My desk', level: 1 })).toBeVisible();
});

test('a failed save says why, keeps retrying, and saves once the server answers again', async ({ app }) => {
  const { page, editor } = app;
  await app.newArticle();
  await editor.headline.fill('Retry story');
  await editor.expectSaved();

  await page.route('**/rpc', async (route) => {
    if (!isCall(route, 'articles.save')) return route.fallback();
    await route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'The disk is full.' } }),
    });
  });
  await editor.body.click();
  await editor.type('Words that must not be lost.');
  await expect(editor.saveStatus).toHaveText("Couldn't save: The disk is full. Retrying…");
  await expect(editor.main.getByRole('button', { name: 'Retry now' })).toBeVisible();

  await page.unroute('**/rpc');
  await editor.main.getByRole('button', { name: 'Retry now' }).click();
  await editor.expectSaved();
  await page.reload();
  await expect(editor.body).toHaveText('Words that must not be lost.');
});

test('a failed call shows a notice that does not block the window', async ({ app }) => {
  const { page } = app;
  await page.route('**/rpc', async (route) => {
    if (!isCall(route, 'articles.create')) return route.fallback();
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Writers cannot create articles here.' } }),
    });
  });
  await app.newArticleButton.click();
  await expect(app.toasts.getByRole('alert')).toHaveText(
    "Couldn't create an article: Writers cannot create articles here.",
  );
  // Still usable: the search box takes typing while the notice is shown.
  await app.list.searchFor('anything');
  await expect(app.list.search).toHaveValue('anything');
  await app.toasts.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(app.toasts.getByRole('alert')).toHaveCount(0);
});

test('a save based on a stale copy is refused, never overwrites, and offers to reload', async ({ app, context, host }) => {
  const { editor } = app;
  await app.newArticle();
  await editor.headline.fill('Shared story');
  await editor.body.click();
  await editor.type('Original text.');
  await editor.expectSaved();
  const articleId = app.articleIdFromUrl();

  // A second window on the same article that hears no events, so it keeps its stale copy
  // (a window of its own: it opens its own address and signs in).
  const other = await context.newPage();
  await other.route('**/events*', (route) => route.abort());
  await signInThroughRpc(other, host);
  await other.goto(`${host.origin}/#/articles/${articleId}`);
  const otherBody = other.getByRole('main').getByRole('textbox', { name: 'Article body' });
  await expect(otherBody).toHaveText('Original text.');

  await editor.focusBodyEnd();
  await editor.type(' First window wins.');
  await editor.expectSaved();

  await otherBody.click();
  await other.keyboard.press('Control+End');
  await other.keyboard.type(' Second window edit.');
  const banner = other.getByRole('main').getByRole('alert');
  await expect(banner).toContainText('Your latest changes were not saved.');
  await expect(other.getByTestId('save-status')).toHaveText('Not saved: this article was changed elsewhere');

  // The first window's text is intact on the server.
  await app.page.reload();
  await expect(editor.body).toHaveText('Original text. First window wins.');

  await banner.getByRole('button', { name: 'Reload latest version' }).click();
  await expect(otherBody).toHaveText('Original text. First window wins.');
  await expect(other.getByTestId('save-status')).toHaveText(/^Saved/);
  await other.close();
});
