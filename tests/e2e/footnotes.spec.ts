import { test, expect } from './fixtures';
import { FootnotesPage } from './pages/FootnotesPage';
import { longParagraphs, seedArticle } from './support/longArticle';

test('cite words and add footnotes: numbers follow the text through moves, deletion, undo and a reload', async ({ app, page }) => {
  const notes = new FootnotesPage(page);
  await app.newArticle();
  await app.editor.headline.fill('Levees held, ministry says');
  await app.editor.focusBodyEnd();
  await app.editor.type('The ministry said the levees held through the night.');
  await page.keyboard.press('Enter');
  await app.editor.type('Residents in Sukkur disagreed.');
  await page.keyboard.press('Enter');
  await app.editor.type('Repairs will cost three billion.');

  // Both tools name themselves and their shortcuts.
  await expect(app.editor.tool('Cite')).toHaveAttribute('data-tooltip', 'Cite (Ctrl+Alt+C)');
  await expect(app.editor.tool('Insert footnote')).toHaveAttribute('data-tooltip', 'Insert footnote (Ctrl+Alt+F)');

  // Cite: select words, press Cite, add a new source with a page, and the words show as cited.
  await notes.select('the levees held');
  await app.editor.tool('Cite').click();
  await expect(notes.citeDialog).toBeVisible();
  await expect(notes.citeDialog).toContainText('“the levees held”');
  await notes.citeDialog.getByRole('button', { name: 'New source…' }).click();
  const form = notes.citeDialog.getByRole('form', { name: 'New source' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Flood defences report 2026');
  await form.getByRole('textbox', { name: 'Address (URL)' }).fill('https://gov.example/flood');
  await form.getByRole('textbox', { name: 'Publisher' }).fill('Ministry of Water');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(notes.citeDialog.getByRole('checkbox', { name: /Flood defences report 2026/ })).toBeChecked();
  await notes.citeDialog.getByLabel('Where in the source').selectOption({ label: 'Page' });
  await notes.citeDialog.getByRole('textbox', { name: 'Page' }).fill('12');
  await notes.citeDialog.getByRole('button', { name: 'Cite', exact: true }).click();
  await expect(notes.citeDialog).toHaveCount(0);
  await expect(notes.citations).toHaveText(['the levees held']);
  // Resting the pointer on the cited words names the source.
  await notes.citations.first().hover();
  await expect(notes.citationCard).toContainText('Flood defences report 2026');
  await expect(notes.citationCard).toContainText('Ministry of Water');
  await expect(notes.citationCard).toContainText('p. 12');
  // Ctrl+Alt+C inside the citation edits it.
  await notes.citations.first().click();
  await page.keyboard.press('Control+Alt+C');
  await expect(page.getByRole('dialog', { name: 'Edit citation' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Edit citation' }).getByRole('button', { name: 'Cancel' }).click();

  // Footnotes at the ends of the first and last paragraphs (shortcut and toolbar), then one between them.
  await notes.caretAtEndOf(0);
  await page.keyboard.press('Control+Alt+F');
  await notes.writeNote('Ministry statement, 2 August.');
  await notes.caretAtEndOf(2);
  await app.editor.tool('Insert footnote').click();
  await notes.writeNote('Budget office estimate.');
  await notes.caretAtEndOf(1);
  await page.keyboard.press('Control+Alt+F');
  await notes.writeNote('Interviews in Sukkur.');
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Ministry statement, 2 August.', '2: Interviews in Sukkur.', '3: Budget office estimate.']);

  // The panel lists the notes in the same order, and a note edited there changes the footnote.
  await notes.openPanel();
  await expect.poll(() => notes.noteValues()).toEqual(['Ministry statement, 2 August.', 'Interviews in Sukkur.', 'Budget office estimate.']);
  await notes.notes.nth(2).fill('Budget office estimate, 3 August.');
  await expect(notes.markers.nth(2)).toHaveAttribute('aria-label', 'Footnote 3: Budget office estimate, 3 August.');

  // Move the last paragraph to the top (cut and paste): its footnote becomes number 1.
  await notes.caretAtEndOf(2);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+X');
  await expect.poll(() => notes.numbers()).toEqual(['1', '2']);
  await page.keyboard.press('Backspace');
  await expect(notes.body.locator('p')).toHaveCount(2);
  await notes.caretAtStartOf(0);
  await page.keyboard.press('Control+V');
  await expect.poll(() => notes.numbers()).toEqual(['1', '2', '3']);
  await page.keyboard.press('Enter');
  await expect(notes.body.locator('p').first()).toHaveText(/^Repairs will cost three billion\./);
  await expect.poll(() => notes.numbers()).toEqual(['1', '2', '3']);
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Budget office estimate, 3 August.', '2: Ministry statement, 2 August.', '3: Interviews in Sukkur.']);
  await expect.poll(() => notes.noteValues()).toEqual(['Budget office estimate, 3 August.', 'Ministry statement, 2 August.', 'Interviews in Sukkur.']);

  // Undo the move, step by step, until the paragraph is back at the end.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Control+Z');
  await expect(notes.body.locator('p').last()).toHaveText(/^Repairs will cost three billion\./);
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Ministry statement, 2 August.', '2: Interviews in Sukkur.', '3: Budget office estimate, 3 August.']);

  // Clicking a marker opens its note there and brings it up in the panel; deleting the marker deletes the note.
  await notes.markers.nth(1).click();
  await expect(notes.noteBox).toHaveAccessibleName('Footnote 2');
  await expect(notes.panel.locator('.footnote-item--highlighted')).toContainText('2');
  await notes.noteBox.getByRole('button', { name: 'Delete footnote' }).click();
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Ministry statement, 2 August.', '2: Budget office estimate, 3 August.']);
  await expect(notes.notes).toHaveCount(2);
  // Undo brings the footnote back, note and all, and the numbers with it.
  await notes.body.click();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Ministry statement, 2 August.', '2: Interviews in Sukkur.', '3: Budget office estimate, 3 August.']);

  // The panel's number leads back to the marker in the text.
  await notes.panel.getByRole('button', { name: 'Footnote 3: show it in the text' }).click();
  await expect(notes.markers.nth(2)).toHaveClass(/doc-footnote__marker--selected/);

  // Everything is saved: after a reload the citation, the notes and their numbers are back.
  await app.editor.expectSaved();
  await page.reload();
  await expect(notes.citations).toHaveText(['the levees held']);
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Ministry statement, 2 August.', '2: Interviews in Sukkur.', '3: Budget office estimate, 3 August.']);
});

test('a note box by a marker near the bottom of the window opens above it, inside the window, with the caret in the note', async ({ app, page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const notes = new FootnotesPage(page);
  const paragraphs = longParagraphs(24);
  const id = await seedArticle(page, host.origin, 'Harbour bridge', paragraphs);
  await app.openArticleByUrl(id);
  await expect(app.editor.body).toContainText('Paragraph 24.');
  await notes.caretAtEndOf(paragraphs.length - 1);
  await page.keyboard.press('Control+Alt+F');
  await notes.writeNote('Harbour authority statement, 3 March.');

  // The marker on the last line, scrolled to just above the bottom edge of the window.
  const marker = notes.markers.last();
  // Blocks are drawn lazily (content-visibility) and grow as they are: scroll again until the marker stays put.
  await marker.evaluate(async (element) => {
    const scroller = element.closest('.doc-scroll')!;
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    for (let tries = 0; tries < 20; tries += 1) {
      const off = element.getBoundingClientRect().bottom - (scroller.getBoundingClientRect().bottom - 16);
      if (Math.abs(off) < 1 && tries > 0) return;
      scroller.scrollTop += off;
      await frame();
      await frame();
    }
  });
  const markerBox = (await marker.boundingBox())!;
  // Clicked where it is, as a person would (a locator's click would first scroll it clear of the scroller's padding).
  await page.mouse.click(markerBox.x + markerBox.width / 2, markerBox.y + markerBox.height / 2);

  await expect(notes.noteBox).toBeVisible();
  await expect(notes.noteBox.getByRole('textbox')).toBeFocused();
  const box = (await notes.noteBox.boundingBox())!;
  // The text stays where the reader had it: the box makes room for itself, the article does not jump to make it.
  expect(await marker.boundingBox()).toEqual(markerBox);
  // The window has no room for it below the marker.
  expect(800 - (markerBox.y + markerBox.height)).toBeLessThan(box.height);
  // Inside the window, and above the marker rather than over it.
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.y + box.height).toBeLessThanOrEqual(markerBox.y);
  await page.keyboard.press('Escape');
  await expect(notes.noteBox).toHaveCount(0);
});
