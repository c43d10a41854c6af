import { test, expect } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { ReviewPanelsPage } from './pages/ReviewPanelsPage';
import { marked, openAsDeskChief, run, seedMarkedArticle } from './support/markedArticle';

const FALSE_CLAIM = 'The bridge will cost 40 million.';
const CORRECTED = 'The bridge will cost 38 million.';
/** A person typing: about eight keys a second. */
const HUMAN_PACE_MS = 120;

test('a desk chief corrects a false claim by retyping its words: the claim keeps them, is quoted as it now reads, and its old verdict is out of date until given again', async ({ browser, host }) => {
  test.slow();
  // The article, its false claim and its verdict, seeded through the same /rpc the app uses.
  const claimId = '0b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d';
  const id = await seedMarkedArticle(browser, host, [run('Officials said so. '), marked(`claim:${claimId}`, FALSE_CLAIM), run(' Work starts in May.')], {
    asDeskChief: async (call, articleId) => {
      await call('review.addClaim', { articleId, id: claimId, quote: FALSE_CLAIM });
      await call('review.recordVerdict', { claimId, status: 'false', note: 'The budget says 38 million.' });
    },
  });
  const { page, problems, close } = await openAsDeskChief(browser, host, id);
  const editor = new EditorPage(page);
  const review = new ReviewPanelsPage(page);
  await expect(editor.body).toContainText(FALSE_CLAIM);
  await review.openTab('Claims');
  const claim = review.claim(FALSE_CLAIM);
  await expect(claim).toContainText('False');

  // The verdict control starts empty: nothing is recorded until a verdict is chosen.
  await expect(claim.getByRole('combobox', { name: 'Verdict' })).toHaveValue('');
  await expect(claim.getByRole('button', { name: 'Record verdict' })).toBeDisabled();

  // The desk chief selects the wrong figure at the end of the claim and types the right one.
  const claimMark = page.locator('#article-body mark.gl-mark--claim');
  await review.selectWords('40 million.');
  await page.keyboard.type('38 million.', { delay: HUMAN_PACE_MS });
  await expect(claimMark).toHaveText(CORRECTED);
  await expect(editor.body).toContainText(`Officials said so. ${CORRECTED} Work starts in May.`);
  await editor.expectSaved();

  // The panel quotes the claim as it now reads; the old verdict is out of date.
  const corrected = review.claim(CORRECTED);
  await expect(corrected).toContainText('Out of date');

  // Backspacing over the last words and typing them again keeps them in the claim too.
  await review.selectWords('38 million.');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'million.'.length; i += 1) await page.keyboard.press('Backspace', { delay: HUMAN_PACE_MS });
  await page.keyboard.type('billion.', { delay: HUMAN_PACE_MS });
  await expect(claimMark).toHaveText('The bridge will cost 38 billion.');
  await editor.expectSaved();

  // Given again, the verdict covers the words now in the text.
  await review.recordVerdict('The bridge will cost 38 billion.', 'Verified');
  const verified = review.claim('The bridge will cost 38 billion.');
  await expect(verified).not.toContainText('Out of date');
  await expect(verified.getByRole('combobox', { name: 'Verdict' })).toHaveValue('');

  expect(problems, 'errors in the page').toEqual([]);
  await close();
});
