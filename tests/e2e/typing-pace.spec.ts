import { test, expect } from './fixtures';
import { FootnotesPage } from './pages/FootnotesPage';
import { UsersPage } from './pages/UsersPage';
import { ADMIN, E2E_PASSWORD, signInThroughRpc } from './support/accounts';

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
