import type { Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { FootnotesPage } from './pages/FootnotesPage';
import { ADMIN, signInThroughRpc } from './support/accounts';
import { rpc } from './support/rpc';

const KEY_DELAY_MS = 80;

type StoredNode = { text?: string; children?: StoredNode[] };
async function storedParagraphs(page: import('@playwright/test').Page, origin: string, id: string): Promise<string[]> {
  const stored = await rpc<{ body: { editorState: { root: { children: StoredNode[] } } } }>(page, origin, 'articles.get', { id });
  const text = (node: StoredNode): string => node.text ?? (node.children ?? []).map(text).join('');
  return stored.body.editorState.root.children.map(text);
}

test('quotes typed in the body are curled in the article’s language, across an autosave pause, and stored so', async ({ app, host }) => {
  const { page, editor } = app;
  await app.newArticle();
  await editor.headline.pressSequentially('Quotes', { delay: KEY_DELAY_MS });
  await editor.body.click();
  await page.keyboard.type(`"Don't`, { delay: KEY_DELAY_MS });
  // A pause longer than the autosave delay in the middle of the quotation.
  await page.waitForTimeout(1500);
  await editor.expectSaved();
  await page.keyboard.type(`," she said of the '90s.`, { delay: KEY_DELAY_MS });
  await expect(editor.body.locator('p').first()).toHaveText('“Don’t,” she said of the ’90s.');

  // Ctrl+Z right after a curl gives back the straight quote; the next one curls again.
  await page.keyboard.press('Enter');
  await page.keyboard.type(`Say "`, { delay: KEY_DELAY_MS });
  await expect(editor.body.locator('p').nth(1)).toHaveText('Say “');
  await page.keyboard.press('Control+z');
  await expect(editor.body.locator('p').nth(1)).toHaveText('Say "');
  await page.keyboard.type(`inches and "feet"`, { delay: KEY_DELAY_MS });
  await expect(editor.body.locator('p').nth(1)).toHaveText('Say "inches and “feet”');

  // French: guillemets with a narrow no-break space inside.
  await editor.language.fill('fr');
  await editor.body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`Il a dit "oui" et l'a signé.`, { delay: KEY_DELAY_MS });
  await expect(editor.body.locator('p').nth(2)).toHaveText('Il a dit «\u202foui\u202f» et l’a signé.');

  await page.waitForTimeout(1500);
  await editor.expectSaved();
  const id = app.articleIdFromUrl();
  const expected = ['“Don’t,” she said of the ’90s.', 'Say "inches and “feet”', 'Il a dit «\u202foui\u202f» et l’a signé.'];
  expect(await storedParagraphs(page, host.origin, id)).toEqual(expected);
  await page.reload();
  await expect(editor.body.locator('p')).toHaveText(expected);
});

test('pasted text keeps its straight quotes, and what is typed after it is curled', async ({ app, host }) => {
  const { page, editor } = app;
  await app.newArticle();
  await editor.body.click();
  await page.keyboard.type('Pasted: ', { delay: KEY_DELAY_MS });
  await editor.body.evaluate((body) => {
    const data = new DataTransfer();
    data.setData('text/plain', `"as 'it' was"`);
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.body.locator('p').first()).toHaveText(`Pasted: "as 'it' was"`);
  await page.keyboard.type(' and "typed"', { delay: KEY_DELAY_MS });
  await page.waitForTimeout(1500);
  await editor.expectSaved();
  expect(await storedParagraphs(page, host.origin, app.articleIdFromUrl())).toEqual([`Pasted: "as 'it' was" and “typed”`]);
});

/** Signs in as the admin and turns curling off for `language` in Settings → Typing; then signs the writer back in. */
async function turnOffSmartQuotesFor(page: Page, host: HostHandle, language: string, stillOn: string): Promise<void> {
  // The writer first: the first sign-in sets up the admin and the writer.
  await signInThroughRpc(page, host);
  await signInThroughRpc(page, host, ADMIN);
  await page.goto(`${host.origin}/#/settings`);
  const typing = page.getByRole('region', { name: 'Typing' });
  const save = typing.getByRole('button', { name: 'Save typing settings' });
  const checkbox = (name: string) => typing.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  await expect(checkbox(language)).toBeChecked();
  await expect(save).toBeDisabled();
  await checkbox(language).uncheck();
  await save.click();
  await expect(page.getByText('Typing settings saved.')).toBeVisible();
  await page.reload();
  await expect(checkbox(language)).not.toBeChecked();
  await expect(checkbox(stillOn)).toBeChecked();
  await signInThroughRpc(page, host);
}

/** Opens a new article from the list, as the writer signed in. */
async function newArticle(page: Page, host: HostHandle): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await page.goto(`${host.origin}/`);
  await page.getByRole('banner').getByRole('button', { name: 'New article' }).click();
  await expect(editor.headline).toBeFocused();
  return editor;
}

/** Adds a footnote at the end of the body and types its note at human pace, leaving the note box open. */
async function typeFootnote(page: Page, editor: EditorPage, note: string): Promise<FootnotesPage> {
  const notes = new FootnotesPage(page);
  await editor.focusBodyEnd();
  await page.keyboard.press('Control+Alt+F');
  await expect(notes.noteBox.getByRole('textbox')).toBeFocused();
  await page.keyboard.type(note, { delay: KEY_DELAY_MS });
  return notes;
}

type StoredArticle = { meta: { headline: string; dek: string }; body: { editorState: { root: StoredFootnote } } };
type StoredFootnote = { type?: string; text?: string; children?: StoredFootnote[] };
/** The stored headline, standfirst and footnotes' notes. */
async function storedWords(page: Page, origin: string, id: string): Promise<{ headline: string; dek: string; notes: string[] }> {
  const stored = await rpc<StoredArticle>(page, origin, 'articles.get', { id });
  const notes = (node: StoredFootnote): string[] => (node.type === 'footnote' ? [node.text ?? ''] : (node.children ?? []).flatMap(notes));
  return { headline: stored.meta.headline, dek: stored.meta.dek, notes: notes(stored.body.editorState.root) };
}

test('quotes typed in the headline, the standfirst and a footnote’s note are curled, undone by Ctrl+Z, stored, and back after a reload', async ({ app, host }) => {
  const { page, editor } = app;
  await app.newArticle();
  await editor.headline.pressSequentially(`It's "big" in the '90s`, { delay: KEY_DELAY_MS });
  await expect(editor.headline).toHaveValue('It’s “big” in the ’90s');

  // Ctrl+Z right after a curl gives back the straight quote, and leaves what was typed before it.
  await editor.dek.click();
  await editor.dek.pressSequentially(`It's "`, { delay: KEY_DELAY_MS });
  await expect(editor.dek).toHaveValue('It’s “');
  await page.keyboard.press('Control+z');
  await expect(editor.dek).toHaveValue('It’s "');
  await page.keyboard.press('Backspace');
  await editor.dek.pressSequentially(`"big" and 'small'`, { delay: KEY_DELAY_MS });
  await expect(editor.dek).toHaveValue('It’s “big” and ‘small’');

  await editor.focusBodyEnd();
  await page.keyboard.type('The claim.', { delay: KEY_DELAY_MS });
  const notes = await typeFootnote(page, editor, `It's "big`);
  const noteBox = notes.noteBox.getByRole('textbox');
  await page.keyboard.type('"', { delay: KEY_DELAY_MS });
  await expect(noteBox).toHaveText('It’s “big”');
  await page.keyboard.press('Control+z');
  await expect(noteBox).toHaveText('It’s “big"');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('"', { delay: KEY_DELAY_MS });
  await expect(noteBox).toHaveText('It’s “big”');
  await page.keyboard.press('Escape');

  await page.waitForTimeout(1500);
  await editor.expectSaved();
  const expected = { headline: 'It’s “big” in the ’90s', dek: 'It’s “big” and ‘small’', notes: ['It’s “big”'] };
  expect(await storedWords(page, host.origin, app.articleIdFromUrl())).toEqual(expected);
  await page.reload();
  await expect(editor.headline).toHaveValue(expected.headline);
  await expect(editor.dek).toHaveValue(expected.dek);
  await notes.openPanel();
  await expect.poll(() => notes.noteValues()).toEqual(expected.notes);
});

test('text pasted into the headline or a footnote’s note keeps its straight quotes', async ({ app, host }) => {
  const { page, editor } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await app.newArticle();
  await page.evaluate(() => navigator.clipboard.writeText(`"as 'it' was"`));
  await page.keyboard.press('Control+V');
  await expect(editor.headline).toHaveValue(`"as 'it' was"`);
  await editor.headline.pressSequentially(' "typed"', { delay: KEY_DELAY_MS });
  await expect(editor.headline).toHaveValue(`"as 'it' was" “typed”`);

  const notes = await typeFootnote(page, editor, 'Note: ');
  await page.keyboard.press('Control+V');
  await expect(notes.noteBox.getByRole('textbox')).toHaveText(`Note: "as 'it' was"`);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  await editor.expectSaved();
  const stored = await storedWords(page, host.origin, app.articleIdFromUrl());
  expect([stored.headline, ...stored.notes]).toEqual([`"as 'it' was" “typed”`, `Note: "as 'it' was"`]);
});

test('an admin turns smart quotes off for German in Settings, and a German article then keeps straight quotes', async ({ page, host }) => {
  // Two sign-ins, the Settings screen and typing at human pace: more than the one-minute default on a loaded machine.
  test.setTimeout(120_000);
  await turnOffSmartQuotesFor(page, host, 'German', 'English');
  await page.goto(`${host.origin}/`);
  await page.getByRole('banner').getByRole('button', { name: 'New article' }).click();
  const language = page.getByRole('main').getByRole('combobox', { name: 'Language' });
  await language.fill('de');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type(`Er sagte: "Ja."`, { delay: KEY_DELAY_MS });
  await expect(body.locator('p').first()).toHaveText(`Er sagte: "Ja."`);
  // English is still on.
  await language.fill('en');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` "Yes."`, { delay: KEY_DELAY_MS });
  await expect(body.locator('p').first()).toHaveText(`Er sagte: "Ja." “Yes.”`);
});

test('with English curling turned off in Settings, the headline, the standfirst and a footnote’s note keep straight quotes', async ({ page, host }) => {
  // Two sign-ins, the Settings screen and typing at human pace: more than the one-minute default on a loaded machine.
  test.setTimeout(120_000);
  await turnOffSmartQuotesFor(page, host, 'English', 'German');
  const editor = await newArticle(page, host);
  await editor.headline.pressSequentially(`It's "big"`, { delay: KEY_DELAY_MS });
  await editor.dek.click();
  await editor.dek.pressSequentially(`It's "big"`, { delay: KEY_DELAY_MS });
  const notes = await typeFootnote(page, editor, `It's "big"`);
  await expect(notes.noteBox.getByRole('textbox')).toHaveText(`It's "big"`);
  await page.keyboard.press('Escape');
  await expect(editor.headline).toHaveValue(`It's "big"`);
  await expect(editor.dek).toHaveValue(`It's "big"`);
});
