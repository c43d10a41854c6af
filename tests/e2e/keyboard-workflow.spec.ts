import type { Browser, Locator, Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { EditorPage } from './pages/EditorPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { ADMIN, E2E_PASSWORD, signInThroughRpc, WRITER, type Person } from './support/accounts';
import { rpc } from './support/rpc';

/**
 * The writer → editor → desk chief flow with the keyboard alone: no clicks, only Tab,
 * Shift+Tab, Enter, Space, shortcuts and typing. Every control reached shows a visible
 * focus ring, and focus lands where the next step begins.
 */
const EDITOR: Person = { name: 'ed', displayName: 'Ed Editor', role: 'editor' };
const DESK: Person = { name: 'dee', displayName: 'Dee Desk', role: 'desk_chief' };
const HEADLINE = 'Harbour bridge approved';

/** Presses Tab (or Shift+Tab) until `target` has focus, and checks that the focus can be seen. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 80): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      await expectFocusVisible(target);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${String(target)} was not reached with ${key} in ${most} presses`);
}

/**
 * Focus a sighted keyboard user can see: an outline or a shadow on the element or on the
 * control that wraps it (a chip field rings as a whole), or, in a text field styled as the
 * page itself (headline, body), the caret in the accent colour.
 */
async function expectFocusVisible(target: Locator): Promise<void> {
  const ring = await target.evaluate((element) => {
    const ringed = (node: Element) => {
      const style = getComputedStyle(node);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    let node: Element | null = element;
    let wrapped = false;
    for (let depth = 0; node !== null && depth < 3 && !wrapped; depth += 1, node = node.parentElement) wrapped = ringed(node);
    const caret = (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement || (element as HTMLElement).isContentEditable) && getComputedStyle(element).caretColor !== 'transparent';
    return { visible: wrapped || caret, tag: element.tagName };
  });
  expect(ring.visible, `no visible focus on ${String(target)} (${ring.tag})`).toBe(true);
}

async function windowOf(browser: Browser, host: HostHandle, person: Person): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signInThroughRpc(page, host, person);
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('banner').getByText(person.displayName)).toBeVisible();
  return page;
}

test('writer, editor and desk chief take an article to approval with the keyboard alone', async ({ browser, host }) => {
  test.slow();
  const admin = await (await browser.newContext()).newPage();
  await signInThroughRpc(admin, host, ADMIN);
  for (const person of [WRITER, EDITOR, DESK]) {
    await rpc(admin, host.origin, 'users.create', { name: person.name, displayName: person.displayName, role: person.role, password: E2E_PASSWORD });
  }
  await admin.context().close();
  const writer = await windowOf(browser, host, WRITER);

  // The writer: new article, headline, byline, section, body with bold, then submit.
  const w = { editor: new EditorPage(writer), workflow: new WorkflowPage(writer) };
  await tabTo(writer, writer.getByRole('banner').getByRole('button', { name: 'New article', exact: true }));
  await writer.keyboard.press('Enter');
  await expect(w.editor.headline).toBeFocused();
  await writer.keyboard.type(HEADLINE);
  await tabTo(writer, w.editor.bylineInput);
  await writer.keyboard.type('Wren Writer');
  await writer.keyboard.press('Enter');
  await expect(w.editor.bylines).toHaveText(['Wren Writer']);
  await tabTo(writer, w.editor.section);
  await writer.keyboard.type('City');
  await tabTo(writer, w.editor.body);
  await writer.keyboard.type('The council voted on Tuesday to build the bridge. ');
  await writer.keyboard.press('Control+B');
  await writer.keyboard.type('Work starts in spring.');
  await writer.keyboard.press('Control+B');
  await expect(w.editor.body.locator('strong, b, .editor-text-bold').first()).toHaveText('Work starts in spring.');
  await w.editor.expectSaved();
  await tabTo(writer, w.workflow.action('Submit for edit…'), 'Shift+Tab');
  await writer.keyboard.press('Enter');
  // The note for the editor has the focus; Tab leads past Cancel to the step itself.
  await expect(w.workflow.dialog.getByLabel('Note for the editor (optional)')).toBeFocused();
  await writer.keyboard.type('Call-back from the mayor due at four.', { delay: 60 });
  await tabTo(writer, w.workflow.dialog.getByRole('button', { name: 'Submit for edit' }));
  await writer.keyboard.press('Enter');
  await expect(w.workflow.state).toHaveText('Submitted');

  // The editor: finds it on the desk, takes it, edits, passes it on.
  const editorWindow = await windowOf(browser, host, EDITOR);
  const e = { desk: new DeskPage(editorWindow), editor: new EditorPage(editorWindow), workflow: new WorkflowPage(editorWindow) };
  await tabTo(editorWindow, e.desk.item('Submitted', HEADLINE));
  await editorWindow.keyboard.press('Enter');
  await expect(e.workflow.state).toHaveText('Submitted');
  await tabTo(editorWindow, e.workflow.action('Take for edit'));
  await editorWindow.keyboard.press('Enter');
  await expect(e.workflow.state).toHaveText('In edit');
  await tabTo(editorWindow, e.editor.body);
  await editorWindow.keyboard.press('Control+End');
  await editorWindow.keyboard.type(' The vote was seven to two.');
  await e.editor.expectSaved();
  await tabTo(editorWindow, e.workflow.action('Pass to desk'), 'Shift+Tab');
  await editorWindow.keyboard.press('Enter');
  await expect(e.workflow.state).toHaveText('Ready');

  // The desk chief: opens it from the desk, approves, acknowledging any warning with Space.
  const deskWindow = await windowOf(browser, host, DESK);
  const d = { desk: new DeskPage(deskWindow), workflow: new WorkflowPage(deskWindow) };
  await tabTo(deskWindow, d.desk.item('Ready for approval', HEADLINE));
  await deskWindow.keyboard.press('Enter');
  await expect(d.workflow.state).toHaveText('Ready');
  await tabTo(deskWindow, d.workflow.action('Approve…'));
  await deskWindow.keyboard.press('Enter');
  await expect(d.workflow.dialog).toBeVisible();
  // Focus moves into the dialog, and Tab stays inside it.
  await expect(d.workflow.dialog.locator(':focus')).toHaveCount(1);
  const checkboxes = d.workflow.warnings().getByRole('checkbox');
  for (let i = 0; i < (await checkboxes.count()); i += 1) {
    await tabTo(deskWindow, checkboxes.nth(i));
    await deskWindow.keyboard.press('Space');
    await expect(checkboxes.nth(i)).toBeChecked();
  }
  await tabTo(deskWindow, d.workflow.approveButton());
  await deskWindow.keyboard.press('Enter');
  await expect(d.workflow.state).toHaveText('Approved');
  await expect(w.workflow.state).toHaveText('Approved');

  for (const page of [writer, editorWindow, deskWindow]) await page.context().close();
});
