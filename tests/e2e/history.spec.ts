import { test, expect } from './fixtures';

test('undo and redo from the toolbar and the keyboard, and the result is what gets saved', async ({ app }) => {
  const { editor, page } = app;
  await app.newArticle();
  await editor.headline.fill('Undo test');
  await editor.body.click();
  await expect(editor.tool('Undo')).toBeDisabled();

  // Pauses separate undo steps, as in any word processor.
  await editor.type('Alpha');
  await page.waitForTimeout(1200);
  await editor.type(' Beta');
  await page.waitForTimeout(1200);
  await page.keyboard.press('Control+B');
  await editor.type(' Gamma');
  await expect(editor.body).toHaveText('Alpha Beta Gamma');
  await expect(editor.tool('Undo')).toBeEnabled();
  await expect(editor.tool('Redo')).toBeDisabled();

  await editor.tool('Undo').click();
  await expect(editor.body).toHaveText('Alpha Beta');
  await expect(editor.tool('Redo')).toBeEnabled();
  await editor.tool('Undo').click();
  await expect(editor.body).toHaveText('Alpha');
  await editor.tool('Redo').click();
  await editor.tool('Redo').click();
  await expect(editor.body).toHaveText('Alpha Beta Gamma');
  await expect(editor.body.locator('strong')).toHaveText(' Gamma');
  await expect(editor.tool('Redo')).toBeDisabled();

  await page.keyboard.press('Control+Z');
  await expect(editor.body).toHaveText('Alpha Beta');
  await page.keyboard.press('Control+Y');
  await expect(editor.body).toHaveText('Alpha Beta Gamma');
  await page.keyboard.press('Control+Z');
  await expect(editor.body).toHaveText('Alpha Beta');
  await page.keyboard.press('Control+Shift+Z');
  await expect(editor.body).toHaveText('Alpha Beta Gamma');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(editor.body).toHaveText('Alpha');

  // An undo is a change like any other: it is saved.
  await editor.expectSaved();
  await page.reload();
  await expect(editor.body).toHaveText('Alpha');
});
