import { test, expect } from './fixtures';
import { ReviewPanelsPage } from './pages/ReviewPanelsPage';
import { marked, openAsDeskChief, run, seedMarkedArticle } from './support/markedArticle';
import { rpc } from './support/rpc';

const CLAIM = 'The bridge will cost 40 million.';
/** A person typing: about eight keys a second. */
const HUMAN_PACE_MS = 120;

test('a desk chief records who made a claim in the Claims panel: a bad address is refused with a reason, the author is kept and shown after reload', async ({ browser, host }) => {
  test.slow();
  const claimId = '2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f';
  const id = await seedMarkedArticle(browser, host, [run('Officials said so. '), marked(`claim:${claimId}`, CLAIM)], {
    asDeskChief: (call, articleId) => call('review.addClaim', { articleId, id: claimId, quote: CLAIM }),
  });
  const { page, problems, close } = await openAsDeskChief(browser, host, id);
  const review = new ReviewPanelsPage(page);
  await review.openTab('Claims');
  const claim = review.claim(CLAIM);
  const form = claim.getByRole('form', { name: 'Who made the claim' });
  const save = form.getByRole('button', { name: 'Save who made it' });
  await expect(save).toBeDisabled();

  await form.getByRole('combobox', { name: 'Person or organisation' }).selectOption({ label: 'Organisation' });
  await form.getByRole('textbox', { name: 'Name of who made the claim' }).pressSequentially('Harbour Authority', { delay: HUMAN_PACE_MS });
  const page_ = form.getByRole('textbox', { name: 'Their web page (optional)' });
  await page_.pressSequentially('harbour.example/about', { delay: HUMAN_PACE_MS });
  await save.click();
  await expect(form.getByRole('alert')).toContainText('https://');
  const stored = async () => (await rpc<{ claims: { author: unknown }[] }>(page, host.origin, 'review.get', { articleId: id })).claims[0]!.author;
  expect(await stored()).toBeNull();

  await page_.press('Home');
  await page_.pressSequentially('https://', { delay: HUMAN_PACE_MS });
  await save.click();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(save).toBeDisabled();
  await expect.poll(stored).toEqual({ kind: 'organization', name: 'Harbour Authority', url: 'https://harbour.example/about' });

  await page.reload();
  await review.openTab('Claims');
  await expect(form.getByRole('textbox', { name: 'Name of who made the claim' })).toHaveValue('Harbour Authority');
  await expect(form.getByRole('combobox', { name: 'Person or organisation' })).toHaveValue('organization');
  await expect(page_).toHaveValue('https://harbour.example/about');

  expect(problems, 'errors in the page').toEqual([]);
  await close();
});
