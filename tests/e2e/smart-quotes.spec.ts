import { test, expect } from './fixtures';
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

test('an admin turns smart quotes off for German in Settings, and a German article then keeps straight quotes', async ({ page, host }) => {
  // Two sign-ins, the Settings screen and typing at human pace: more than the one-minute default on a loaded machine.
  test.setTimeout(120_000);
  // The writer first: the first sign-in sets up the admin and the writer.
  await signInThroughRpc(page, host);
  await signInThroughRpc(page, host, ADMIN);
  await page.goto(`${host.origin}/#/settings`);
  const typing = page.getByRole('region', { name: 'Typing' });
  const save = typing.getByRole('button', { name: 'Save typing settings' });
  await expect(typing.getByRole('checkbox', { name: /^German/ })).toBeChecked();
  await expect(save).toBeDisabled();
  await typing.getByRole('checkbox', { name: /^German/ }).uncheck();
  await save.click();
  await expect(page.getByText('Typing settings saved.')).toBeVisible();
  await page.reload();
  await expect(typing.getByRole('checkbox', { name: /^German/ })).not.toBeChecked();
  await expect(typing.getByRole('checkbox', { name: /^English/ })).toBeChecked();

  await signInThroughRpc(page, host);
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
