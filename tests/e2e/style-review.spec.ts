import type { Browser, Page } from '@playwright/test';
import { test, expect, watchForCspViolations, type HostHandle } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { VersionsPanelPage } from './pages/VersionsPanelPage';
import { ChangesPanelPage, HouseStyleSettingsPage, clickUnderlined, underlinedWords } from './pages/StyleReviewPages';
import { ADMIN, E2E_PASSWORD, WRITER, signInThroughRpc, windowHeaders, type Person } from './support/accounts';

const DESK_CHIEF: Person = { name: 'dee', displayName: 'Dee Desk', role: 'desk_chief' };

interface Window {
  page: Page;
  problems: string[];
  editor: EditorPage;
}

/** A person's own window (own browser context, own session), signed in through the host's own /rpc. */
async function windowAs(browser: Browser, host: HostHandle, person: Person): Promise<Window> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems = watchForCspViolations(page);
  page.on('pageerror', (error) => problems.push(error.stack ?? error.message));
  await signInThroughRpc(page, host, person);
  await page.goto(`${host.origin}/`);
  return { page, problems, editor: new EditorPage(page) };
}

/** The admin adds a person through the Users channel (the Users screen is driven in workflow.spec.ts). */
async function addPerson(admin: Page, host: HostHandle, person: Person): Promise<void> {
  const response = await admin.context().request.post(`${host.origin}/rpc`, {
    headers: await windowHeaders(admin),
    data: { channel: 'users.create', input: { name: person.name, displayName: person.displayName, role: person.role, password: E2E_PASSWORD } },
  });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

async function newArticle(writer: Window, headline: string, text: string): Promise<string> {
  await writer.page.getByRole('banner').getByRole('button', { name: 'New article' }).click();
  await expect(writer.editor.headline).toBeFocused();
  await writer.editor.headline.fill(headline);
  await writer.editor.body.click();
  await writer.editor.type(text);
  await writer.editor.expectSaved();
  const id = /#\/articles\/([^/?#]+)/.exec(writer.page.url())?.[1];
  if (id === undefined) throw new Error(`No article id in ${writer.page.url()}`);
  return id;
}

test('an admin adds a house-style rule; the writer sees the word underlined, fixes it in one click, and Undo brings it back', async ({ browser, host }, testInfo) => {
  test.slow();
  const writer = await windowAs(browser, host, WRITER);
  const admin = await windowAs(browser, host, ADMIN);

  const settings = new HouseStyleSettingsPage(admin.page);
  await settings.open(host.origin);
  // A rule left half written is refused in plain words, and nothing is saved.
  await settings.section.getByRole('button', { name: 'Add banned word' }).click();
  await settings.save();
  await expect(settings.section.getByRole('alert')).toHaveText(/^Banned words, row \d+: a word cannot be empty/);
  await settings.section.getByRole('button', { name: /^Remove banned words row \d+$/ }).last().click();
  await settings.addPreferredForm('Dnepr', 'Dnipro');
  await settings.save();
  await expect(admin.page.getByText('House style saved.')).toBeVisible();
  await admin.page.screenshot({ path: testInfo.outputPath('house-style-settings.png'), fullPage: true });

  await newArticle(writer, 'Winter on the river', 'Ice covered the Dnepr again, as it did in Kiev.');
  await expect.poll(() => underlinedWords(writer.page)).toEqual(['Dnepr', 'Kiev']);
  // The underline is drawn over the document, not written into it.
  await expect(writer.editor.body.locator('mark, [data-style-match]')).toHaveCount(0);
  await writer.page.screenshot({ path: testInfo.outputPath('style-underlines.png') });

  await clickUnderlined(writer.page, 'Dnepr');
  const fix = writer.page.getByRole('dialog', { name: 'House style' });
  await expect(fix).toContainText('House style is “Dnipro”, not “Dnepr”.');
  await writer.page.screenshot({ path: testInfo.outputPath('style-fix-popover.png') });
  await fix.getByRole('button', { name: 'Replace with “Dnipro”' }).click();
  await expect(fix).toBeHidden();
  await expect(writer.editor.body).toHaveText('Ice covered the Dnipro again, as it did in Kiev.');
  await expect.poll(() => underlinedWords(writer.page)).toEqual(['Kiev']);

  await writer.page.keyboard.press('Control+z');
  await expect(writer.editor.body).toHaveText('Ice covered the Dnepr again, as it did in Kiev.');
  await expect.poll(() => underlinedWords(writer.page)).toEqual(['Dnepr', 'Kiev']);

  // The keyboard way: the caret in an underlined word, Alt+Enter, Enter on the fix.
  await clickUnderlined(writer.page, 'Kiev');
  await expect(fix).toContainText('“Kyiv”');
  await writer.page.keyboard.press('Escape');
  await expect(fix).toBeHidden();
  await writer.page.keyboard.press('Alt+Enter');
  await expect(fix.getByRole('button', { name: 'Replace with “Kyiv”' })).toBeFocused();
  await writer.page.keyboard.press('Enter');
  await expect(writer.editor.body).toHaveText('Ice covered the Dnepr again, as it did in Kyiv.');

  expect(writer.problems, 'CSP violations or errors in the writer window').toEqual([]);
  expect(admin.problems, 'CSP violations or errors in the admin window').toEqual([]);
});

test('the desk chief sees what the writer changed since their last look, and nothing once marked as seen', async ({ browser, host }, testInfo) => {
  test.slow();
  const writer = await windowAs(browser, host, WRITER);
  const admin = await windowAs(browser, host, ADMIN);
  await addPerson(admin.page, host, DESK_CHIEF);
  await admin.page.context().close();

  const articleId = await newArticle(writer, 'Port reopens', 'The cranes stopped at noon.');

  const desk = await windowAs(browser, host, DESK_CHIEF);
  await desk.page.goto(`${host.origin}/#/articles/${articleId}`);
  const changes = new ChangesPanelPage(desk.page);
  await changes.tab.click();
  await expect(changes.panel).toContainText('This is your first look at this article.');

  // The writer changes a word and adds a sentence after the desk chief's look.
  await writer.editor.body.click();
  await writer.page.keyboard.press('Control+End');
  await writer.editor.selectBack('noon.'.length);
  await writer.editor.type('dawn. Ships waited.');
  await writer.editor.expectSaved();

  await desk.page.goto(`${host.origin}/`);
  await desk.page.goto(`${host.origin}/#/articles/${articleId}`);
  await changes.tab.click();
  await expect(changes.panel.getByRole('heading', { name: /^Changes since you last looked \(.+\)$/ })).toBeVisible();
  await expect(changes.diff.locator('del')).toHaveText(['[deleted: noon]']);
  await expect(changes.diff.locator('ins')).toHaveText(['[inserted: dawn]', '[inserted:  Ships waited.]']);
  await desk.page.screenshot({ path: testInfo.outputPath('changes-since-last-look.png') });

  await changes.panel.getByRole('button', { name: 'Mark as seen' }).click();
  await expect(changes.panel).toContainText('No changes since you last looked.');
  await desk.page.reload();
  await changes.tab.click();
  await expect(changes.panel).toContainText('No changes since you last looked.');

  expect(writer.problems).toEqual([]);
  expect(desk.problems).toEqual([]);
});

test('two versions compared from the Versions panel show the words added and removed', async ({ app, page }, testInfo) => {
  await app.newArticle();
  await app.editor.headline.fill('Budget');
  await app.editor.body.click();
  await app.editor.type('The council cut the budget.');
  await app.editor.expectSaved();
  const versions = new VersionsPanelPage(page);
  await versions.tab.click();
  await versions.saveVersion('First draft');
  await app.editor.body.click();
  await page.keyboard.press('Control+End');
  await app.editor.selectBack('cut the budget.'.length);
  await app.editor.type('raised the budget.');
  await app.editor.expectSaved();
  await versions.tab.click();
  await versions.saveVersion('Second draft');

  await versions.panel.getByRole('button', { name: 'Compare versions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(dialog.getByRole('combobox', { name: 'From (older)' })).toHaveValue(/.+/);
  await expect(dialog.getByRole('combobox', { name: 'From (older)' }).locator('option:checked')).toHaveText('#1 First draft');
  await expect(dialog.getByRole('combobox', { name: 'To (newer)' }).locator('option:checked')).toHaveText('#2 Second draft');
  await expect(dialog.locator('del')).toHaveText(['[deleted: cut]']);
  await expect(dialog.locator('ins')).toHaveText(['[inserted: raised]']);
  await page.screenshot({ path: testInfo.outputPath('compare-versions.png') });
  // Dark theme: the same marks, still underlined and struck through, not told by colour alone.
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await expect(dialog.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  await expect(dialog.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await page.screenshot({ path: testInfo.outputPath('compare-versions-dark.png') });
  // The other way round, the same change reads backwards.
  await dialog.getByRole('combobox', { name: 'From (older)' }).selectOption({ label: '#2 Second draft' });
  await dialog.getByRole('combobox', { name: 'To (newer)' }).selectOption({ label: '#1 First draft' });
  await expect(dialog.locator('ins')).toHaveText(['[inserted: cut]']);
  await dialog.getByRole('button', { name: 'Close' }).last().click();

  // The tab rail: every panel's tab in one vertical tablist, moved through with the arrow keys, Home and End.
  const tabs = versions.panel.getByRole('tablist', { name: 'Panels' });
  await expect(tabs).toHaveAttribute('aria-orientation', 'vertical');
  // Other features add tabs after these: the test names only the ones this branch knows.
  for (const name of ['Versions', 'Sources', 'Footnotes', 'Checks', 'Rights', 'Changes']) await expect(tabs.getByRole('tab', { name })).toBeVisible();
  await versions.tab.focus();
  await page.keyboard.press('ArrowDown');
  await expect(tabs.getByRole('tab', { name: 'Sources' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab').last()).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(versions.tab).toBeFocused();
});

test('the desk chief sees a source retitled and put on the record since their last look, not only the text', async ({ browser, host }) => {
  test.slow();
  const writer = await windowAs(browser, host, WRITER);
  const admin = await windowAs(browser, host, ADMIN);
  await addPerson(admin.page, host, DESK_CHIEF);
  await admin.page.context().close();
  const articleId = await newArticle(writer, 'Port reopens', 'The cranes stopped at noon.');
  const rpc = async (channel: string, input: unknown) => {
    const response = await writer.page.context().request.post(`${host.origin}/rpc`, { data: { channel, input }, headers: await windowHeaders(writer.page) });
    const answer = (await response.json()) as { ok: boolean; value?: { id: string } };
    expect(answer.ok).toBe(true);
    return answer.value;
  };
  const interview = { kind: 'interview', title: 'Harbour interview', interview: { name: 'Jane Doe', role: 'a crane driver', contact: '', attribution: 'anonymous' } };
  const source = await rpc('sources.create', { fields: interview, attachTo: articleId });

  const desk = await windowAs(browser, host, DESK_CHIEF);
  await desk.page.goto(`${host.origin}/#/articles/${articleId}`);
  const changes = new ChangesPanelPage(desk.page);
  await changes.tab.click();
  await expect(changes.panel).toContainText('This is your first look at this article.');

  await rpc('sources.update', { id: source?.id, fields: { ...interview, title: 'Port Authority interview', interview: { ...interview.interview, attribution: 'on_the_record' } } });

  await desk.page.goto(`${host.origin}/`);
  await desk.page.goto(`${host.origin}/#/articles/${articleId}`);
  await changes.tab.click();
  const sources = changes.panel.getByRole('region', { name: 'Sources' });
  await expect(sources).toContainText('Source changed');
  await expect(sources.locator('del')).toHaveText(['[deleted: Harbour]', '[deleted: anonymous]']);
  await expect(sources.locator('ins')).toHaveText(['[inserted: Port]', '[inserted: Authority ]', '[inserted: on the record]']);

  expect(writer.problems).toEqual([]);
  expect(desk.problems).toEqual([]);
});
