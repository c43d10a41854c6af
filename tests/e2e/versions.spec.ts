import { test, expect } from './fixtures';

test('save two versions, edit, restore the first; the text before the restore is kept as a version', async ({ app }) => {
  const { editor, versions, page } = app;
  await app.newArticle();
  await editor.headline.fill('Election night');
  await editor.body.click();
  await editor.type('Polls close at eight.');
  await editor.expectSaved();

  await versions.saveButton.click();
  await expect(versions.nameInput).toHaveValue('Version 1');
  await versions.nameInput.fill('First draft');
  await versions.confirmSave.click();
  await expect(versions.item('First draft')).toContainText('#1');
  await expect(versions.item('First draft')).toContainText('4 words');

  // Ctrl+Shift+S asks for a name, offering the next number; the text typed just before is in it.
  await editor.focusBodyEnd();
  await editor.type(' Turnout is high.');
  await page.keyboard.press('Control+Shift+S');
  await expect(versions.nameInput).toBeFocused();
  await expect(versions.nameInput).toHaveValue('Version 2');
  await page.keyboard.press('Enter');
  await expect(versions.item('Version 2')).toContainText('7 words');

  await editor.body.click();
  await page.keyboard.press('Control+A');
  await editor.type('Everything was rewritten.');
  await editor.expectSaved();

  await versions.item('First draft').getByRole('button', { name: 'Preview First draft' }).click();
  await expect(versions.previewDialog.getByTestId('revision-preview')).toContainText('Polls close at eight.');
  await expect(versions.previewDialog.getByTestId('revision-preview')).not.toContainText('Turnout');
  await versions.previewDialog.getByRole('button', { name: 'Restore this version…' }).click();
  await expect(versions.confirmDialog).toContainText('first kept as a version');
  // It replaces the article as it is now: Cancel, which changes nothing, starts with the focus.
  await expect(versions.confirmDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await versions.confirmDialog.getByRole('button', { name: 'Restore', exact: true }).click();

  await expect(editor.body).toHaveText('Polls close at eight.');
  await expect(editor.headline).toHaveValue('Election night');
  await expect(versions.confirmDialog).toBeHidden();
  const beforeRestore = versions.items.filter({ hasText: 'Before restore' });
  await expect(beforeRestore).toHaveCount(1);
  await beforeRestore.getByRole('button', { name: /^Preview / }).click();
  await expect(versions.previewDialog.getByTestId('revision-preview')).toContainText('Everything was rewritten.');
  await versions.previewDialog.getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(versions.previewDialog).toBeHidden();

  // The restored text is the working copy: it survives a restart, and editing goes on from it.
  await editor.focusBodyEnd();
  await editor.type(' Counting continues.');
  await editor.expectSaved();
  await app.restartAndReopen();
  await app.list.row('Election night').click();
  await expect(editor.body).toHaveText('Polls close at eight. Counting continues.');
  await expect(versions.item('First draft')).toBeVisible();
  await expect(versions.item('Version 2')).toBeVisible();
});
