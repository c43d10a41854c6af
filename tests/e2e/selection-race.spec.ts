import { test, expect } from './fixtures';

/**
 * Chromium runs a key press before a queued `selectionchange` task when the machine is busy,
 * so the caret a person (or Playwright, in a loaded CI run) just moved can still be the old
 * selection in Lexical when the next key lands. Seen in CI: a selection collapsed by
 * ArrowRight was deleted whole by the Backspace after it. These tests put the key press in
 * that gap on purpose: the selection is changed and the key dispatched in one task, so the
 * `selectionchange` cannot come between them.
 */
async function changeSelectionAndPress(page: import('@playwright/test').Page, move: 'collapseToEnd' | 'collapseToStart', key: string) {
  await page.evaluate(
    ([how, pressed]) => {
      const body = document.getElementById('article-body')!;
      window.getSelection()![how as 'collapseToEnd' | 'collapseToStart']();
      body.dispatchEvent(new KeyboardEvent('keydown', { key: pressed, bubbles: true, cancelable: true }));
    },
    [move, key] as const,
  );
}

async function selectWords(page: import('@playwright/test').Page, words: string) {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.getElementById('article-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`“${needle}” is not in the text`);
  }, words);
  // Lexical has taken the selection once the floating review bar shows for it.
  await expect(page.getByRole('toolbar', { name: 'Review the selected words' })).toBeVisible();
}

test('a key pressed before the browser reports a moved caret acts at the caret, not on the old selection', async ({ app, page }) => {
  await app.newArticle();
  await app.editor.focusBodyEnd();
  await app.editor.type('The bridge will cost 38 million.');
  await app.editor.expectSaved();

  // Backspace right after the selection collapsed to its end takes one character, not the words.
  await selectWords(page, '38 million.');
  await changeSelectionAndPress(page, 'collapseToEnd', 'Backspace');
  await expect(app.editor.body).toHaveText('The bridge will cost 38 million');

  // Enter right after the selection collapsed to its start splits there, and keeps every word.
  await selectWords(page, 'cost 38');
  await changeSelectionAndPress(page, 'collapseToStart', 'Enter');
  await expect(app.editor.body.locator('p')).toHaveText(['The bridge will ', 'cost 38 million']);
  await app.editor.expectSaved();
});
