import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { FootnotesPage } from './pages/FootnotesPage';
import { ReviewPanelsPage } from './pages/ReviewPanelsPage';
import { UsersPage } from './pages/UsersPage';
import { ADMIN, E2E_PASSWORD, WRITER, signInThroughRpc } from './support/accounts';
import { rpc } from './support/rpc';

/** A person's pace: slow enough that autosave runs between keys. */
const KEY_DELAY_MS = 80;

test('a footnote typed one key at a time is saved whole, in the note box and in the panel', async ({ app, page }) => {
  const notes = new FootnotesPage(page);
  await app.newArticle();
  await app.editor.focusBodyEnd();
  await app.editor.type('The levees held.');
  await page.keyboard.press('Control+Alt+F');
  await expect(notes.noteBox.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('This note was typed one key at a time.', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Escape');
  await expect(notes.noteBox).toHaveCount(0);
  await app.editor.expectSaved();
  await page.reload();
  await expect.poll(() => notes.markerNotes()).toEqual(['1: This note was typed one key at a time.']);

  await notes.openPanel();
  await notes.notes.first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' And edited in the panel.', { delay: KEY_DELAY_MS });
  await app.editor.body.click();
  await app.editor.expectSaved();
  await page.reload();
  await expect.poll(() => notes.markerNotes()).toEqual(['1: This note was typed one key at a time. And edited in the panel.']);
});

test('a byline and a tag typed without Enter are autosaved while the box keeps the focus, and come back after a reload', async ({ app, page, host }) => {
  await app.newArticle();
  await app.editor.headline.pressSequentially('Levees', { delay: KEY_DELAY_MS });
  await app.editor.bylineInput.click();
  await page.keyboard.type('Jane Doe', { delay: KEY_DELAY_MS });
  await app.editor.tagInput.click();
  await page.keyboard.type('Flood', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Rivers and lakes', { delay: KEY_DELAY_MS });
  // Still being typed: shown as text in the box, not yet as a chip.
  await expect(app.editor.tagInput).toBeFocused();
  await expect(app.editor.tagInput).toHaveValue('Rivers and lakes');
  await expect(app.editor.tags.locator('.chip__text')).toHaveText(['Flood']);
  // A pause longer than the autosave delay, the focus never leaving the box: it is stored (a crash now loses nothing).
  await page.waitForTimeout(1500);
  await app.editor.expectSaved();
  await expect(app.editor.tagInput).toBeFocused();
  const stored = await rpc<{ meta: { bylines: string[]; tags: string[] } }>(page, host.origin, 'articles.get', { id: app.articleIdFromUrl() });
  expect({ bylines: stored.meta.bylines, tags: stored.meta.tags }).toEqual({ bylines: ['Wren Writer', 'Jane Doe'], tags: ['Flood', 'Rivers and lakes'] });

  await page.reload();
  await expect(app.editor.bylines.locator('.chip__text')).toHaveText(['Wren Writer', 'Jane Doe']);
  await expect(app.editor.tags.locator('.chip__text')).toHaveText(['Flood', 'Rivers and lakes']);
  await expect(app.editor.tagInput).toHaveValue('');
});

test('on the Users screen, what is typed while a user is being added stays, and a user not added says why', async ({ page, host }) => {
  await signInThroughRpc(page, host, ADMIN);
  await page.goto(`${host.origin}/`);
  const users = new UsersPage(page);
  await users.open();
  const field = (label: string) => users.form.getByLabel(label, { exact: true });
  // The host answers slowly, so "Adding…" shows long enough to type the next person.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rpc', async (route) => {
    if ((route.request().postDataJSON() as { channel?: string }).channel === 'users.create') await held;
    await route.continue();
  });

  await field('Name').pressSequentially('Wren Writer', { delay: KEY_DELAY_MS });
  await field('User name').pressSequentially('wren', { delay: KEY_DELAY_MS });
  await field('First password').pressSequentially(E2E_PASSWORD, { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(users.form.getByRole('button', { name: 'Adding…' })).toBeVisible();
  // The next person, typed while the first is being added (a user name already taken: it cannot be added).
  await field('Name').fill('');
  await field('Name').pressSequentially('Ed Editor', { delay: KEY_DELAY_MS });
  await field('User name').fill('');
  await field('User name').pressSequentially('wren', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Enter');
  release();

  await expect(users.people.getByRole('row', { name: /^Wren Writer / })).toBeVisible();
  await expect(users.form.getByRole('alert')).toContainText('Ed Editor was not added');
  // Nothing typed for Ed is lost: the name can be corrected and the user added.
  await expect(field('Name')).toHaveValue('Ed Editor');
  await expect(field('User name')).toHaveValue('wren');
  await expect(field('First password')).toHaveValue(E2E_PASSWORD);
  await field('User name').fill('ed');
  await users.form.getByRole('button', { name: 'Add user' }).click();
  await expect(users.people.getByRole('row', { name: /^Ed Editor / })).toBeVisible();
  await expect(field('Name')).toHaveValue('');
});

/** A new article, a sentence typed and a comment added on it with the keyboard, at a person's pace; its thread. */
async function commentOnNewArticle(app: AppPage, page: Page): Promise<Locator> {
  const review = new ReviewPanelsPage(page);
  await app.newArticle();
  await review.openTab('Comments');
  await app.editor.focusBodyEnd();
  await page.keyboard.type('The levees held overnight.', { delay: KEY_DELAY_MS });
  await review.selectWords('levees');
  await expect(review.bar).toBeVisible();
  await page.keyboard.press('Control+Alt+KeyM');
  await review.composer.getByRole('textbox', { name: 'Comment' }).click();
  await page.keyboard.type('Which levees?', { delay: KEY_DELAY_MS });
  await review.composer.getByRole('button', { name: 'Add comment' }).click();
  await expect(review.composer).toHaveCount(0);
  return review.thread(WRITER.displayName);
}

test('a reply typed right after adding a comment keeps every key', async ({ app, page, host }) => {
  // At once, as a person who goes straight on to reply to their own thread.
  const thread = await commentOnNewArticle(app, page);
  const replyBox = thread.getByRole('textbox', { name: /^Reply to / });
  await replyBox.click();
  const reply = 'The ones along the north bank.';
  await page.keyboard.type(reply, { delay: KEY_DELAY_MS });
  await expect(replyBox).toBeFocused();
  await expect(replyBox).toHaveValue(reply);
  await thread.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(replyBox).toHaveValue('');
  const stored = await rpc<{ comments: { replies: { text: string }[] }[] }>(page, host.origin, 'review.get', { articleId: app.articleIdFromUrl() });
  expect(stored.comments.map((each) => each.replies.map((r) => r.text))).toEqual([[reply]]);
});

test('a reply being typed stays in its box when the thread is resolved and reopened', async ({ app, page, host }) => {
  const thread = await commentOnNewArticle(app, page);
  const replyBox = thread.getByRole('textbox', { name: /^Reply to / });
  await replyBox.click();
  await page.keyboard.type('The north bank', { delay: KEY_DELAY_MS });
  // Resolving moves the thread to the resolved list; the reply is not sent yet, and stays.
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(replyBox).toHaveValue('The north bank');
  await replyBox.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ones.', { delay: KEY_DELAY_MS });
  await thread.getByRole('button', { name: 'Reopen' }).click();
  await expect(thread.getByRole('button', { name: 'Resolve' })).toBeVisible();
  await expect(replyBox).toHaveValue('The north bank ones.');
  await thread.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(replyBox).toHaveValue('');
  const stored = await rpc<{ comments: { replies: { text: string }[] }[] }>(page, host.origin, 'review.get', { articleId: app.articleIdFromUrl() });
  expect(stored.comments.map((each) => each.replies.map((r) => r.text))).toEqual([['The north bank ones.']]);
});
