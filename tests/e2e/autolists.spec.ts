import { test, expect } from './fixtures';
import { rpc } from './support/rpc';

const KEY_DELAY_MS = 80;

type StoredNode = { type: string; listType?: string; start?: number; text?: string; children?: StoredNode[] };
const blocks = async (page: import('@playwright/test').Page, origin: string, id: string) => {
  const stored = await rpc<{ body: { editorState: { root: { children: StoredNode[] } } } }>(page, origin, 'articles.get', { id });
  const text = (node: StoredNode): string => node.text ?? (node.children ?? []).map(text).join('');
  return stored.body.editorState.root.children.map((block) =>
    block.type === 'list' ? `${block.listType}@${block.start}: ${(block.children ?? []).map(text).join(' | ')}` : `${block.type}: ${text(block)}`,
  );
};

test('typing "- ", "* ", "1. " or "1) " at the start of a paragraph starts a list; Ctrl+Z right after gives the typed text back', async ({ app, host }) => {
  const { page, editor } = app;
  await app.newArticle();
  await editor.headline.pressSequentially('Lists', { delay: KEY_DELAY_MS });
  await editor.body.click();
  await page.keyboard.type('- Ferries', { delay: KEY_DELAY_MS });
  await expect(editor.body.locator('ul > li')).toHaveText(['Ferries']);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tides', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item ends the list
  await page.keyboard.type('1) Cranes', { delay: KEY_DELAY_MS });
  await expect(editor.body.locator('ol > li')).toHaveText(['Cranes']);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // Mid-paragraph, "- " is just text.
  await page.keyboard.type('Wind - 40 knots', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Enter');
  // Undo right after the list starts: the typed marker comes back as text, the paragraph stays one.
  await page.keyboard.type('* ', { delay: KEY_DELAY_MS });
  await expect(editor.body.locator('ul')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(editor.body.locator('ul')).toHaveCount(1);
  await page.keyboard.type('stars', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Enter');
  await page.keyboard.type('3. Buoys', { delay: KEY_DELAY_MS });
  // A pause past the autosave delay, then the stored text.
  await page.waitForTimeout(1500);
  await editor.expectSaved();
  const id = app.articleIdFromUrl();
  const expected = ['bullet@1: Ferries | Tides', 'number@1: Cranes', 'paragraph: Wind - 40 knots', 'paragraph: * stars', 'number@3: Buoys'];
  expect(await blocks(page, host.origin, id)).toEqual(expected);
  await page.reload();
  await expect(editor.body.locator('ol > li')).toHaveText(['Cranes', 'Buoys']);
  expect(await blocks(page, host.origin, id)).toEqual(expected);
});
