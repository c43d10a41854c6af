import type { Browser, Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { ReviewPanelsPage } from './pages/ReviewPanelsPage';
import { marked, openAsDeskChief, run, seedMarkedArticle } from './support/markedArticle';

const CLAIM = 'The bridge will cost 40 million.';
const COMMENTED = 'Work starts in May.';
/** A person typing: about eight keys a second. */
const HUMAN_PACE_MS = 120;

/** An article with a claim and a comment thread on its words, open in a desk chief's window with the body editable. */
async function openMarkedArticle(browser: Browser, host: HostHandle): Promise<{ page: Page; problems: string[] }> {
  const claimId = '0b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d';
  const commentId = '1c6d7e8f-9a01-4b2c-8d3e-4f5a6b7c8d9e';
  const id = await seedMarkedArticle(browser, host, [run('Officials said so. '), marked(`claim:${claimId}`, CLAIM), run(' '), marked(`comment:${commentId}`, COMMENTED)], {
    asWriter: (call, articleId) => call('review.addComment', { articleId, id: commentId, quote: COMMENTED, text: 'Which month exactly?' }),
    asDeskChief: (call, articleId) => call('review.addClaim', { articleId, id: claimId, quote: CLAIM }),
  });
  const opened = await openAsDeskChief(browser, host, id);
  await expect(new EditorPage(opened.page).body).toContainText(CLAIM);
  return opened;
}

/** Pastes what a clipboard holding `types` would paste, at the body's selection (a paste event, as Ctrl+V sends it). */
async function paste(page: Page, types: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) data.setData(type, value);
    const body = document.getElementById('article-body')!;
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, types);
}

test('words pasted over the last words of a claim stay the claim’s words, as plain text and as HTML from outside', async ({ browser, host }) => {
  const { page, problems } = await openMarkedArticle(browser, host);
  const editor = new EditorPage(page);
  const review = new ReviewPanelsPage(page);
  const claimMark = page.locator('#article-body mark.gl-mark--claim');
  await editor.body.focus();
  await review.selectWords('40 million.');
  await paste(page, { 'text/plain': '38 million.' });
  await expect(claimMark).toHaveText('The bridge will cost 38 million.');
  await expect(editor.body).toContainText(`Officials said so. The bridge will cost 38 million. ${COMMENTED}`);

  await review.selectWords('38 million.');
  await paste(page, { 'text/html': '<p><span>42 million.</span></p>', 'text/plain': '42 million.' });
  await expect(claimMark).toHaveText('The bridge will cost 42 million.');
  await editor.expectSaved();
  await review.openTab('Claims');
  await expect(review.claim('The bridge will cost 42 million.')).toBeVisible();
  expect(problems, 'errors in the page').toEqual([]);
});

test('a verdict note and a reply being typed stay when their words are deleted from the text meanwhile, and after undo', async ({ browser, host }) => {
  test.slow();
  const { page, problems } = await openMarkedArticle(browser, host);
  const review = new ReviewPanelsPage(page);

  // A verdict chosen and its note half typed, at a person's pace.
  await review.openTab('Claims');
  const claim = review.claim(CLAIM);
  await claim.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: 'Disputed' });
  const note = claim.getByRole('textbox', { name: /Note/ });
  await note.click();
  await page.keyboard.type('The budget says', { delay: HUMAN_PACE_MS });
  // Meanwhile the claim's words are deleted: it moves to the claims no longer in the text.
  await review.selectWords(CLAIM);
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('list', { name: 'Claims no longer in the text' })).toContainText(CLAIM);
  // Undo brings the words and the claim back, with the verdict and the note as they were being typed.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Claims in the text' })).toContainText(CLAIM);
  await expect(claim.getByRole('combobox', { name: 'Verdict' })).toHaveValue('disputed');
  await expect(note).toHaveValue('The budget says');
  await note.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' 38 million.', { delay: HUMAN_PACE_MS });
  await expect(note).toHaveValue('The budget says 38 million.');

  // A reply half typed, then its comment's words deleted: the thread is detached, the reply still there.
  await review.openTab('Comments');
  const thread = review.thread('Wren Writer');
  const replyBox = thread.getByRole('textbox', { name: /^Reply to / });
  await replyBox.click();
  await page.keyboard.type('In May, the', { delay: HUMAN_PACE_MS });
  await review.selectWords(COMMENTED);
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('list', { name: 'Detached comments' })).toContainText(COMMENTED);
  await expect(replyBox).toHaveValue('In May, the');
  await replyBox.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' 12th.', { delay: HUMAN_PACE_MS });
  await expect(replyBox).toHaveValue('In May, the 12th.');
  expect(problems, 'errors in the page').toEqual([]);
});
