import { test, expect } from './fixtures';
import { FootnotesPage } from './pages/FootnotesPage';

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
