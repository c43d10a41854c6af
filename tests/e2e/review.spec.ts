import type { Browser, Page } from '@playwright/test';
import { test, expect, watchForCspViolations, type HostHandle } from './fixtures';
import { SignInPage } from './pages/AuthPages';
import { EditorPage } from './pages/EditorPage';
import { ChangesPanelPage } from './pages/StyleReviewPages';
import { ReviewPanelsPage } from './pages/ReviewPanelsPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { connectContext, E2E_PASSWORD } from './support/accounts';

interface Desk {
  page: Page;
  problems: string[];
  editor: EditorPage;
  workflow: WorkflowPage;
  review: ReviewPanelsPage;
}

async function signedIn(browser: Browser, host: HostHandle, name: string, articleId: string): Promise<Desk> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems = watchForCspViolations(page);
  page.on('pageerror', (error) => problems.push(error.stack ?? error.message));
  await page.goto(host.url);
  await new SignInPage(page).signIn(name, E2E_PASSWORD);
  await page.goto(`${host.origin}/#/articles/${articleId}`);
  const editor = new EditorPage(page);
  await expect(editor.body).toContainText('The bridge will cost 40 million.');
  return { page, problems, editor, workflow: new WorkflowPage(page), review: new ReviewPanelsPage(page) };
}

const CLAIM_COST = 'The bridge will cost 40 million.';
const CLAIM_DATE = 'Work starts in May.';

test('an editor comments and marks claims, the writer answers and resolves, the desk chief sees the changes since their last look and approves once nothing blocks', async ({ browser, host }) => {
  test.slow();
  // Three people and a submitted article, seeded through the same /rpc the app uses.
  const seeder = await browser.newContext();
  const rpc = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = (await (await seeder.request.post(`${host.origin}/rpc`, { data: { channel, input } })).json()) as { ok: boolean; value: T };
    expect(answer.ok, channel).toBe(true);
    return answer.value;
  };
  await connectContext(seeder, host);
  await rpc('auth.setup', { name: 'ada', displayName: 'Ada Admin', password: E2E_PASSWORD });
  for (const [name, displayName, role] of [
    ['wren', 'Wren Writer', 'writer'],
    ['ed', 'Ed Editor', 'editor'],
    ['dee', 'Dee Desk', 'desk_chief'],
  ] as const) {
    await rpc('users.create', { name, displayName, role, password: E2E_PASSWORD });
  }
  await rpc('auth.signIn', { name: 'wren', password: E2E_PASSWORD });
  const { id } = await rpc<{ id: string }>('articles.create', { meta: { headline: 'Harbour bridge approved', bylines: ['Wren Writer'], section: 'City' } });
  const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
  const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
  await rpc('articles.save', {
    id,
    baseVersion: 0,
    body: {
      format: 'galley.lexical',
      version: 1,
      editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph('The council voted on Tuesday night.'), paragraph(`${CLAIM_COST} ${CLAIM_DATE}`)] } },
    },
  });
  await rpc('workflow.transition', { articleId: id, action: 'submit' });
  await seeder.close();

  const writer = await signedIn(browser, host, 'wren', id);
  const editor = await signedIn(browser, host, 'ed', id);
  const desk = await signedIn(browser, host, 'dee', id);

  // The desk chief's first look: the Changes panel compares with the writer's submission.
  const deskChanges = new ChangesPanelPage(desk.page);
  await deskChanges.tab.click();
  await expect(deskChanges.panel.getByRole('heading', { name: /^Changes since Wren Writer submitted it \(.+\)$/ })).toBeVisible();
  await expect(deskChanges.panel).toContainText('No changes since Wren Writer submitted it.');

  // The editor reviews the submitted article without taking it: a blocking comment and two claims.
  await expect(editor.workflow.state).toHaveText('Submitted');
  await editor.review.openTab('Comments');
  await editor.review.comment('voted on Tuesday night', 'Which meeting was this? Give the vote count.', { blocking: true });
  await expect(editor.page.locator('#article-body mark.gl-mark--comment')).toHaveText('voted on Tuesday night');
  await editor.review.markClaim(CLAIM_COST);
  await editor.review.markClaim(CLAIM_DATE);
  await expect(editor.page.locator('#article-body mark.gl-mark--claim')).toHaveText([CLAIM_COST, CLAIM_DATE]);
  await editor.editor.expectSaved();
  await expect(editor.review.thread('Ed Editor')).toContainText('Which meeting was this?');
  await expect(editor.review.thread('Ed Editor')).toContainText('Blocking');
  await editor.page.screenshot({ path: test.info().outputPath('editor-comments.png') });

  // The editor takes it and passes it on; the desk chief is refused while the comment and unchecked claims stand.
  await editor.workflow.step('Take for edit', 'In edit');
  // While it is in edit, the editor adds a sentence (after the desk chief's first look).
  await editor.editor.body.getByText('The council voted on Tuesday night.').click();
  await editor.page.keyboard.press('End');
  await editor.editor.type(' The vote was seven to two.');
  await editor.editor.expectSaved();
  // The desk chief's panel follows the article as it changes: no reload, no "check again".
  await expect(deskChanges.diff.locator('ins')).toContainText(['The vote was seven to two.']);
  // Passing on, the editor is told in words what blocks approval, and passes it anyway for the desk.
  await editor.workflow.action('Pass to desk').click();
  await expect(editor.workflow.blockingFindings()).toHaveCount(3);
  await expect(editor.workflow.blockingFindings().filter({ hasText: 'A blocking comment on' })).toHaveCount(1);
  await expect(editor.workflow.blockingFindings().filter({ hasText: 'has not been checked' })).toHaveCount(2);
  await editor.workflow.dialog.getByRole('button', { name: 'Pass to desk anyway' }).click();
  await expect(editor.workflow.state).toHaveText('Ready');
  await expect(desk.workflow.state).toHaveText('Ready');

  // The desk chief comes back to it and sees what changed since their last look.
  await desk.page.goto(`${host.origin}/`);
  await desk.page.goto(`${host.origin}/#/articles/${id}`);
  const changes = new ChangesPanelPage(desk.page);
  await changes.tab.click();
  await expect(changes.panel.getByRole('heading', { name: /^Changes since you last looked \(.+\)$/ })).toBeVisible();
  await expect(changes.diff.locator('ins')).toContainText(['The vote was seven to two.']);
  await desk.workflow.action('Approve…').click();
  await expect(desk.workflow.blockingFindings()).toHaveCount(3);
  await expect(desk.workflow.blockingFindings().filter({ hasText: 'Blocking comment open' })).toHaveCount(1);
  await expect(desk.workflow.blockingFindings().filter({ hasText: 'Claim not checked' })).toHaveCount(2);
  await desk.workflow.dialog.getByRole('button', { name: 'Cancel' }).click();

  // The writer sees the thread arrive in their window, answers it and resolves it.
  await writer.review.openTab('Comments');
  const thread = writer.review.thread('Ed Editor');
  await expect(thread).toContainText('Which meeting was this?');
  await expect(thread.getByRole('checkbox', { name: 'Blocking' })).toHaveCount(0);
  await thread.getByRole('textbox', { name: 'Reply to Ed Editor' }).fill('The regular Tuesday session; it was seven to two.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread).toContainText('The regular Tuesday session');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('Resolved by Wren Writer');
  await expect(editor.review.thread('Ed Editor')).toContainText('Resolved by Wren Writer');

  // Choosing a claim in the panel selects its words in the text.
  await editor.review.openTab('Claims');
  await editor.review.claim(CLAIM_COST).getByRole('button', { name: `Show the claim “${CLAIM_COST}” in the text` }).click();
  await expect.poll(() => editor.page.evaluate(() => window.getSelection()?.toString())).toBe(CLAIM_COST);

  // The editor records verdicts: one false (with a note), one verified.
  await editor.review.recordVerdict(CLAIM_DATE, 'Verified', 'Council works schedule, page 3.');
  await editor.review.recordVerdict(CLAIM_COST, 'False', 'The budget says 38 million.');
  await expect(editor.review.claim(CLAIM_COST).getByText('History (1)')).toBeVisible();

  // The editor's view in the dark theme: claims underlined, the resolved comment quiet.
  await editor.page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await editor.page.screenshot({ path: test.info().outputPath('editor-claims-dark.png') });
  await editor.page.getByRole('button', { name: 'Switch to light theme' }).click();

  // A false claim still blocks.
  await desk.workflow.action('Approve…').click();
  await expect(desk.workflow.blockingFindings()).toHaveCount(1);
  await expect(desk.workflow.blockingFindings()).toContainText(['False claim']);
  await desk.workflow.dialog.getByRole('button', { name: 'Cancel' }).click();

  // Corrected to disputed: a warning the desk chief acknowledges, and approval goes through.
  await editor.review.recordVerdict(CLAIM_COST, 'Disputed', 'The ministry and the council give different figures.');
  await expect(editor.review.claim(CLAIM_COST).getByText('History (2)')).toBeVisible();
  await desk.workflow.action('Approve…').click();
  await expect(desk.workflow.blockingFindings()).toHaveCount(0);
  await expect(desk.workflow.warnings().filter({ hasText: 'Disputed claim' })).toHaveCount(1);
  for (const box of await desk.workflow.warnings().getByRole('checkbox').all()) await box.check();
  await desk.workflow.approveButton().click();
  await expect(desk.workflow.state).toHaveText('Approved');

  for (const person of [writer, editor, desk]) {
    expect(person.problems, 'CSP violations or errors in the page').toEqual([]);
    await person.page.context().close();
  }
});

test('a writer comments on their own draft with the keyboard; the comment survives typing before it and deleting its words leaves it detached', async ({ browser, host }) => {
  const seeder = await browser.newContext();
  const rpc = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = (await (await seeder.request.post(`${host.origin}/rpc`, { data: { channel, input } })).json()) as { ok: boolean; value: T };
    expect(answer.ok, channel).toBe(true);
    return answer.value;
  };
  await connectContext(seeder, host);
  await rpc('auth.setup', { name: 'ada', displayName: 'Ada Admin', password: E2E_PASSWORD });
  await rpc('users.create', { name: 'wren', displayName: 'Wren Writer', role: 'writer', password: E2E_PASSWORD });
  await rpc('auth.signIn', { name: 'wren', password: E2E_PASSWORD });
  const { id } = await rpc<{ id: string }>('articles.create', { meta: { headline: 'Bridge costs' } });
  const paragraph = (t: string) => ({
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
    children: [{ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' }],
  });
  await rpc('articles.save', {
    id,
    baseVersion: 0,
    body: { format: 'galley.lexical', version: 1, editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph(CLAIM_COST)] } } },
  });
  await seeder.close();

  const writer = await signedIn(browser, host, 'wren', id);
  await writer.review.openTab('Comments');
  await writer.editor.body.click();
  await writer.review.selectWords('40 million');
  await writer.page.keyboard.press('Control+Alt+KeyM');
  await writer.review.composer.getByRole('textbox', { name: 'Comment' }).fill('Is this in pounds?');
  await expect(writer.review.composer.getByRole('checkbox')).toHaveCount(0);
  await writer.review.composer.getByRole('button', { name: 'Add comment' }).click();
  const mark = writer.page.locator('#article-body mark.gl-mark--comment');
  await expect(mark).toHaveText('40 million');

  // Typing right before the marked words leaves them marked as they were.
  await writer.review.selectWords('The bridge');
  await writer.page.keyboard.press('ArrowLeft');
  await writer.editor.type('Officials say ');
  await expect(writer.editor.body).toContainText('Officials say The bridge will cost 40 million.');
  await expect(mark).toHaveText('40 million');
  await writer.editor.expectSaved();

  // Deleting the words: the thread stays, detached, with the words it was made on.
  await writer.review.selectWords('40 million');
  await writer.page.keyboard.press('Backspace');
  await expect(mark).toHaveCount(0);
  const detached = writer.review.panel.getByRole('list', { name: 'Detached comments' });
  await expect(detached.getByRole('listitem', { name: 'Comment by Wren Writer' })).toContainText('“40 million” (its words were deleted)');
  await writer.editor.expectSaved();
  expect(writer.problems, 'CSP violations or errors in the page').toEqual([]);
  await writer.page.context().close();
});
