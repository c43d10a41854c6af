import type { Browser, Page } from '@playwright/test';
import { test, expect, watchForCspViolations, type HostHandle } from './fixtures';
import { SetupPage, SignInPage } from './pages/AuthPages';
import { DeskPage } from './pages/DeskPage';
import { EditorPage } from './pages/EditorPage';
import { UsersPage } from './pages/UsersPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { connectContext, E2E_PASSWORD } from './support/accounts';

/** A person at their own workstation window: their own browser context, so their own session. */
interface Desk {
  page: Page;
  /** CSP violations and uncaught errors in this window: any fails the test. */
  problems: string[];
  editor: EditorPage;
  workflow: WorkflowPage;
  desk: DeskPage;
}

async function windowFor(browser: Browser, host: HostHandle): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems = watchForCspViolations(page);
  page.on('pageerror', (error) => problems.push(error.stack ?? error.message));
  await page.goto(host.url);
  return { page, problems };
}

async function signedIn(browser: Browser, host: HostHandle, name: string, displayName: string): Promise<Desk> {
  const { page, problems } = await windowFor(browser, host);
  await new SignInPage(page).signIn(name, E2E_PASSWORD);
  await expect(page.getByRole('banner').getByText(displayName)).toBeVisible();
  return { page, problems, editor: new EditorPage(page), workflow: new WorkflowPage(page), desk: new DeskPage(page) };
}

// Long enough for the headline warning (over 110 characters), and no section: a blocking finding.
const HEADLINE = 'Harbour bridge approved after a decade of debate, three mayors and a council vote that ran past midnight on Tuesday';

test('writer, editor and desk chief take an article from draft to approval, which stays read only until reopened for changes', async ({ browser, host }) => {
  test.slow();

  // First run: the admin account from the setup screen, then three people on the Users screen.
  const { page: adminPage, problems: adminProblems } = await windowFor(browser, host);
  await new SetupPage(adminPage).createAdmin('Ada Admin', 'ada', E2E_PASSWORD);
  const users = new UsersPage(adminPage);
  await users.open();
  await users.add('Wren Writer', 'wren', 'Writer', E2E_PASSWORD);
  await users.add('Ed Editor', 'ed', 'Editor', E2E_PASSWORD);
  await users.add('Dee Desk', 'dee', 'Desk chief', E2E_PASSWORD);
  expect(adminProblems, 'CSP violations or errors in the admin window').toEqual([]);
  await adminPage.context().close();

  const writer = await signedIn(browser, host, 'wren', 'Wren Writer');
  const editor = await signedIn(browser, host, 'ed', 'Ed Editor');
  const desk = await signedIn(browser, host, 'dee', 'Dee Desk');

  // The writer drafts and submits; from then on the draft is read-only to them.
  await writer.page.getByRole('banner').getByRole('button', { name: 'New article' }).click();
  await expect(writer.editor.headline).toBeFocused();
  await writer.editor.headline.fill(HEADLINE);
  await writer.editor.addBylines('Wren Writer');
  await writer.editor.body.click();
  await writer.editor.type('The council voted on Tuesday night to build the bridge.');
  await writer.editor.expectSaved();
  await writer.workflow.submit('The vote count is still to come.');
  await expect(writer.workflow.readOnlyBanner).toBeVisible();
  await expect(writer.editor.headline).not.toBeEditable();

  // The editor finds it on their desk, takes it, and returns it with a note.
  await expect(editor.desk.count('Submitted')).toHaveText('1');
  await editor.desk.item('Submitted', HEADLINE).click();
  await expect(editor.workflow.state).toHaveText('Submitted');
  await expect(editor.workflow.submitNote).toContainText('Note from Wren Writer on submitting');
  await expect(editor.workflow.submitNote).toContainText('“The vote count is still to come.”');
  await editor.workflow.step('Take for edit', 'In edit');
  await expect(writer.workflow.readOnlyBanner).toContainText('Read only: Ed Editor has this article in edit');
  await editor.workflow.action('Return to writer…').click();
  await expect(editor.workflow.dialog.getByRole('button', { name: 'Return with note' })).toBeDisabled();
  await editor.workflow.dialog.getByRole('button', { name: 'Cancel' }).click();
  await editor.workflow.returnWithNote('Add the vote count, and say who called it rushed.');

  // The writer sees it returned, with the note, revises and resubmits.
  await writer.desk.open();
  await expect(writer.desk.count('Returned to me')).toHaveText('1');
  await expect(writer.desk.section('Returned to me')).toContainText('Add the vote count');
  await writer.desk.item('Returned to me', HEADLINE).click();
  await expect(writer.workflow.returnNote).toContainText('Returned by Ed Editor: “Add the vote count, and say who called it rushed.”');
  await expect(writer.workflow.readOnlyBanner).toHaveCount(0);
  await writer.editor.focusBodyEnd();
  await writer.editor.type(' The vote was seven to two.');
  await writer.editor.expectSaved();
  await writer.workflow.submit();
  await expect(editor.workflow.submitNote).toHaveCount(0);

  // The editor takes it again and passes it to the desk, warned of what blocks approval.
  await editor.workflow.step('Take for edit', 'In edit');
  await expect(editor.editor.body).toContainText('The vote was seven to two.');
  await editor.workflow.action('Pass to desk').click();
  await expect(editor.workflow.dialog.getByRole('heading', { name: 'Pass to desk with 1 blocking finding?' })).toBeVisible();
  await expect(editor.workflow.blockingFindings()).toHaveText(['Missing metadata — The section is empty: choose where the article runs.']);
  await editor.workflow.dialog.getByRole('button', { name: 'Keep in edit' }).click();
  await expect(editor.workflow.state).toHaveText('In edit');
  await editor.workflow.action('Pass to desk').click();
  await editor.workflow.dialog.getByRole('button', { name: 'Pass to desk anyway' }).click();
  await expect(editor.workflow.state).toHaveText('Ready');

  // The desk chief sees what is ready and tries to approve: refused while the section is empty.
  await desk.desk.open();
  await expect(desk.desk.count('Ready for approval')).toHaveText('1');
  await desk.desk.item('Ready for approval', HEADLINE).click();
  await desk.workflow.action('Approve…').click();
  await expect(desk.workflow.dialog.getByRole('heading', { name: 'Approval refused: 1 blocking finding stands' })).toBeVisible();
  await expect(desk.workflow.blockingFindings()).toHaveText(['Missing metadata The section is empty: choose where the article runs.']);
  await expect(desk.workflow.approveButton()).toBeDisabled();
  await desk.workflow.dialog.getByRole('button', { name: 'Cancel' }).click();

  // They fix it themselves, then approve, acknowledging the one warning.
  await desk.workflow.step('Take back into edit', 'In edit');
  await desk.editor.section.fill('City');
  await desk.editor.section.blur();
  await desk.editor.expectSaved();
  await desk.workflow.action('Approve…').click();
  await expect(desk.workflow.blockingFindings()).toHaveCount(0);
  await expect(desk.workflow.warnings()).toHaveCount(1);
  await expect(desk.workflow.approveButton()).toBeDisabled();
  await desk.workflow.warnings().getByRole('checkbox', { name: /The headline is 115 characters; the limit is 110/ }).check();
  await desk.workflow.approveButton().click();
  await expect(desk.workflow.state).toHaveText('Approved');
  await expect(writer.workflow.state).toHaveText('Approved');

  // Approved text is read only, for the desk chief too: a stray keystroke changes nothing.
  await expect(desk.workflow.readOnlyBanner).toContainText('Approved: read only.');
  await expect(desk.editor.headline).not.toBeEditable();
  await expect(desk.editor.section).not.toBeEditable();
  await expect(desk.editor.body).toHaveAttribute('contenteditable', 'false');
  await desk.editor.body.click();
  await desk.page.keyboard.type('x', { delay: 80 });
  await expect(desk.editor.body).not.toContainText('bridge.x');
  await expect(desk.workflow.state).toHaveText('Approved');
  // The writer cannot reopen it; the desk chief reopens it for changes, which voids the approval, visibly.
  await expect(writer.workflow.action('Reopen for changes…')).toHaveCount(0);
  await desk.workflow.reopenForChanges('The council vote was 7 to 2, not 8 to 1.');
  await expect(desk.workflow.voidedBanner).toContainText('Approval voided. Reopened for changes by Dee Desk');
  await expect(desk.workflow.voidedBanner).toContainText('“The council vote was 7 to 2, not 8 to 1.”');
  await expect(writer.workflow.voidedBanner).toBeVisible();
  await desk.editor.focusBodyEnd();
  await desk.editor.type(' Work starts in spring.');
  await desk.editor.expectSaved();
  await expect(desk.workflow.action('Approve…')).toBeVisible();

  for (const person of [writer, editor, desk]) {
    expect(person.problems, 'CSP violations or errors in the page').toEqual([]);
    await person.page.context().close();
  }
});

/** An article Dee Desk (desk chief) wrote and approved, seeded through the same /rpc the app uses; `then` are her further steps. */
async function approvedArticle(browser: Browser, host: HostHandle, headline: string, ...then: object[]): Promise<string> {
  const seeder = await browser.newContext();
  const r = seeder.request;
  await connectContext(seeder, host);
  const rpc = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = (await (await r.post(`${host.origin}/rpc`, { data: { channel, input } })).json()) as { ok: boolean; value: T };
    expect(answer.ok, channel).toBe(true);
    return answer.value;
  };
  await rpc('auth.setup', { name: 'ada', displayName: 'Ada Admin', password: E2E_PASSWORD });
  await rpc('users.create', { name: 'dee', displayName: 'Dee Desk', role: 'desk_chief', password: E2E_PASSWORD });
  await rpc('auth.signIn', { name: 'dee', password: E2E_PASSWORD });
  const { id } = await rpc<{ id: string }>('articles.create', { meta: { headline, bylines: ['Dee Desk'], section: 'Business' } });
  for (const action of ['submit', 'take', 'approve']) await rpc('workflow.transition', { articleId: id, action });
  for (const step of then) await rpc('workflow.transition', { articleId: id, ...step });
  await seeder.close();
  return id;
}

test('“Reopen for changes…” asks first: Escape and Cancel leave the approval and the schedule standing, the confirmation voids them', async ({ browser, host }) => {
  const id = await approvedArticle(browser, host, 'Rates decision', { action: 'schedule', publishAt: '2099-03-01T04:30:00.000Z' });
  const { page, problems } = await windowFor(browser, host);
  await new SignInPage(page).signIn('dee', E2E_PASSWORD);
  await page.goto(`${host.origin}/#/articles/${id}`);
  const workflow = new WorkflowPage(page);
  const editor = new EditorPage(page);
  await expect(workflow.state).toHaveText('Scheduled');

  // The question names what is voided: whose approval, from when, and the schedule. Cancel has the focus.
  await workflow.action('Reopen for changes…').click();
  await expect(workflow.confirmation).toHaveAccessibleName('Reopen “Rates decision” for changes?');
  await expect(workflow.confirmation).toContainText('Dee Desk’s approval (revision #');
  await expect(workflow.confirmation).toContainText('no longer scheduled for Sun, 1 Mar 2099, 04:30');
  await expect(workflow.confirmation).toContainText('The text becomes editable again');
  await expect(workflow.confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Escape cancels, as does Enter on the focused Cancel.
  await page.keyboard.press('Escape');
  await expect(workflow.confirmation).toHaveCount(0);
  await workflow.action('Reopen for changes…').click();
  await expect(workflow.confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(workflow.confirmation).toHaveCount(0);
  await workflow.action('Reopen for changes…').click();
  await workflow.confirmation.getByRole('button', { name: 'Cancel' }).click();
  await expect(workflow.confirmation).toHaveCount(0);
  // Nothing happened: still scheduled, still approved, still read only.
  await expect(workflow.state).toHaveText('Scheduled');
  await expect(workflow.readOnlyBanner).toContainText('Approved: read only.');
  await expect(editor.headline).not.toBeEditable();
  await expect(editor.body).toHaveAttribute('contenteditable', 'false');

  // Confirmed, with a reason: the approval is void (the banner says why), the schedule gone, the text editable.
  await workflow.reopenForChanges('The rate is 4.25%, not 4.5%.');
  await expect(workflow.voidedBanner).toContainText('Reopened for changes by Dee Desk');
  await expect(workflow.voidedBanner).toContainText('“The rate is 4.25%, not 4.5%.”');
  await expect(workflow.section).not.toContainText('Scheduled for');
  await expect(editor.headline).toBeEditable();
  await expect(editor.body).toHaveAttribute('contenteditable', 'true');
  expect(problems, 'CSP violations or errors in the page').toEqual([]);
  await page.context().close();
});

test('a desk chief schedules in local time: a past time is refused, the stored time is UTC', async ({ browser, host }) => {
  const id = await approvedArticle(browser, host, 'Rates decision');

  // Karachi is UTC+5 all year: 09:30 there is 04:30 UTC.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Asia/Karachi' });
  const page = await context.newPage();
  await page.goto(host.url);
  await new SignInPage(page).signIn('dee', E2E_PASSWORD);
  await page.goto(`${host.origin}/#/articles/${id}`);
  const workflow = new WorkflowPage(page);
  await expect(workflow.state).toHaveText('Approved');
  await workflow.action('Schedule…').click();
  const when = workflow.dialog.getByLabel('Publish at (your local time)');
  await when.fill('2020-01-01T09:30');
  await expect(workflow.dialog.getByRole('alert')).toHaveText('That time has already passed: choose a time in the future.');
  await expect(workflow.dialog.getByRole('button', { name: 'Schedule', exact: true })).toBeDisabled();
  await when.fill('2099-03-01T09:30');
  await expect(workflow.dialog).toContainText('1 Mar, 04:30 UTC');
  await workflow.dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(workflow.state).toHaveText('Scheduled');
  await expect(workflow.section).toContainText('Scheduled for Sun, 1 Mar 2099, 09:30');

  const status = await page.evaluate(async (articleId) => {
    // As the page's own window: its key, from the tab's storage.
    const response = await fetch('/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-galley-window': sessionStorage.getItem('galley.window') ?? '' },
      body: JSON.stringify({ channel: 'workflow.status', input: { articleId } }),
    });
    return ((await response.json()) as { value: { publishAt: string } }).value;
  }, id);
  expect(status.publishAt).toBe('2099-03-01T04:30:00.000Z');
  await context.close();
});
