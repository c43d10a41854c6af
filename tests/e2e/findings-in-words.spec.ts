import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChecksPanelPage } from './pages/ChecksPanelPage';
import { fixtureImage, RightsPanelPage } from './pages/RightsPanelPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { rpc } from './support/rpc';
import { marked, openAsDeskChief, run, seedMarkedArticle } from './support/markedArticle';

/**
 * Findings are shown to people in words, one vocabulary everywhere (issue 15): no internal
 * code (METADATA_MISSING, IMAGE_RESTRICTION) in the Checks panel, the Rights panel or the
 * Approve dialog, and the same severity names in each. Codes stay for the CLI and the API.
 */

const CODE = /\b[A-Z]+_[A-Z_]+\b/;
const CLAIM_ID = '5a0c6d1e-2b3f-4c4d-8e5f-6a7b8c9d0e1f';
const COMMENT_ID = '6b1d7e2f-3c4a-4d5e-9f60-7b8c9d0e1f2a';
const AGENCY = 'iptc-agency-photographer-example.jpg';

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children });

const expectNoCode = async (where: Locator) => expect(await where.innerText()).not.toMatch(CODE);

test('every kind of finding reads as words in the Checks panel, the Rights panel and the Approve dialog', async ({ browser, host }) => {
  test.slow();
  const words = [
    run('Officials said the ferries in Kiev would utilize 3 berths. Zelenskyy and Zelensky aides met. '),
    marked(`claim:${CLAIM_ID}`, 'The port handles 40 ships a day.'),
    run(' '),
    marked(`comment:${COMMENT_ID}`, 'Work starts in May.'),
  ];
  const id = await seedMarkedArticle(browser, host, words, {
    asWriter: async (call, articleId) => {
      // An agency photo with special instructions and no alt text or licence, under the text; no section.
      const added = await call<{ asset: { id: string } }>('assets.add', { fileName: 'agency.jpg', data: fixtureImage(AGENCY).toString('base64') });
      const figure = { type: 'figure', version: 1, assetId: added.asset.id, caption: 'The memorial.', alt: '', credit: '', crop: null, rotation: 0 };
      const root = { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph(...words), figure] };
      const current = await call<{ version: number; meta: Record<string, unknown> }>('articles.get', { id: articleId });
      await call('articles.save', { id: articleId, baseVersion: current.version, meta: { ...current.meta, section: '' }, body: { format: 'galley.lexical', version: 1, editorState: { root } } });
    },
    asDeskChief: async (call, articleId) => {
      await call('review.addClaim', { articleId, id: CLAIM_ID, quote: 'The port handles 40 ships a day.' });
      await call('review.addComment', { articleId, id: COMMENT_ID, quote: 'Work starts in May.', text: 'Which May?', blocking: true });
    },
  });
  const desk = await openAsDeskChief(browser, host, id);
  const { page } = desk;

  const checks = new ChecksPanelPage(page);
  await checks.open();
  await expect(checks.summary).toHaveText(/^\d+ blocking · \d+ warnings? · \d+ notes?$/);
  for (const title of ['Missing metadata', 'No sources', 'Claim not checked', 'Blocking comment open', 'Missing alt text', 'Missing licence', 'Image use restricted', 'House style', 'Word to avoid', 'Name spelled two ways']) {
    await expect(checks.finding(title).first()).toBeVisible();
  }
  await expect(checks.panel.getByRole('heading', { name: /^Blocking \d+$/ })).toBeVisible();
  await expect(checks.panel.getByRole('heading', { name: /^Warnings \d+$/ })).toBeVisible();
  await expectNoCode(checks.panel);

  // The Rights panel says Blocking and Warning, as the Checks panel does.
  const rights = new RightsPanelPage(page);
  await rights.figures.first().locator('img').click();
  await rights.open();
  await expect(rights.finding('Blocking · Missing alt text')).toBeVisible();
  await expect(rights.finding('Warning · Image use restricted')).toBeVisible();
  await expect(rights.findings).not.toContainText(/must fix/i);
  await expectNoCode(rights.panel);

  // The Approve dialog: refused, with the findings in the same words.
  // (Passed to the desk through the API: the Pass-to-desk step has its own tests.)
  await rpc(page, host.origin, 'workflow.transition', { articleId: id, action: 'pass' });
  await page.reload();
  const workflow = new WorkflowPage(page);
  await expect(workflow.state).toHaveText('Ready');
  await workflow.action('Approve…').click();
  await expect(workflow.blockingFindings().filter({ hasText: 'Claim not checked' })).toBeVisible();
  await expect(workflow.warnings().filter({ hasText: 'Image use restricted' })).toBeVisible();
  await expectNoCode(workflow.dialog);
  await expectNoCode(page.locator('body'));

  expect(desk.problems).toEqual([]);
  await desk.close();
});
