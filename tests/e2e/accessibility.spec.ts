import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { ADMIN, E2E_PASSWORD, signInThroughRpc, WRITER, type Person } from './support/accounts';
import { scanScreen, type ScreenReport } from './support/axe';
import { REPO_ROOT } from './support/paths';
import { rpc } from './support/rpc';

/**
 * axe-core on every main screen, in both themes: no serious or critical violation. The
 * side panels, the workflow dialogs and the places in the top bar are found in the page
 * (every tab of "Article panels", every workflow action that opens a dialog, every place in
 * the navigation), so a panel, dialog or screen added later is scanned without a change here.
 */
const EDITOR: Person = { name: 'ed', displayName: 'Ed Editor', role: 'editor' };
const DESK: Person = { name: 'dee', displayName: 'Dee Desk', role: 'desk_chief' };
const THEMES = ['light', 'dark'] as const;

async function windowFor(browser: Browser, host: HostHandle, theme: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  // Not on about:blank, which a tab passes through while it trades its address (it has no storage).
  await context.addInitScript((chosen) => {
    if (window.location.protocol === 'http:') window.localStorage.setItem('galley.theme', chosen);
  }, theme);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

async function signedInWindow(browser: Browser, host: HostHandle, theme: string, person: Person): Promise<Page> {
  const page = await windowFor(browser, host, theme);
  await signInThroughRpc(page, host, person);
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('banner').getByText(person.displayName)).toBeVisible();
  return page;
}

/** Every control in `scope` that asks for more ("…" in its name): opens what it opens, scans it, closes it. */
async function scanDialogsOpenedBy(page: Page, scope: Locator, screen: string, scan: (screen: string) => Promise<void>): Promise<void> {
  const names = new Set((await scope.getByRole('button').allTextContents()).map((name) => name.trim()).filter((name) => name.endsWith('…')));
  for (const name of names) {
    // One of each kind is enough: the others are the same dialog for another row.
    const button = scope.getByRole('button', { name, exact: true }).first();
    if (!(await button.isEnabled())) continue;
    await button.click();
    const dialog = page.getByRole('dialog');
    // Some open a form in place (a new source) or the system's file picker, not a dialog: scan what shows.
    const opened = await dialog.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false);
    await scan(`${screen}: ${opened ? 'dialog' : 'after'} “${name}”`);
    await page.keyboard.press('Escape');
    if (opened) await expect(dialog).toBeHidden();
  }
}

for (const theme of THEMES) {
  test(`every main screen passes axe (WCAG 2.1 AA, no serious or critical violation) in the ${theme} theme`, async ({ browser, host }) => {
    // About thirty screens, each scanned by axe: minutes on a loaded machine, however fast the app.
    test.setTimeout(480_000);
    const reports: ScreenReport[] = [];
    const scanOn = (page: Page) => async (screen: string) => {
      reports.push(await scanScreen(page, screen));
    };

    // First run, before anyone exists.
    const first = await windowFor(browser, host, theme);
    await first.goto(host.url);
    await expect(first.getByRole('heading', { name: 'Set up Galley' })).toBeVisible();
    await scanOn(first)('setup');

    // The admin, the writer (signInThroughRpc makes both), then an editor and a desk chief.
    const admin = await signedInWindow(browser, host, theme, ADMIN);
    for (const person of [WRITER, EDITOR, DESK]) {
      await rpc(admin, host.origin, 'users.create', { name: person.name, displayName: person.displayName, role: person.role, password: E2E_PASSWORD }).catch(() => undefined);
    }
    const scanAdmin = scanOn(admin);
    await scanAdmin('home (admin)');
    const places = admin.getByRole('navigation', { name: 'Places' }).getByRole('button');
    for (const place of await places.allTextContents()) {
      await places.filter({ hasText: place }).first().click();
      await expect(admin.getByRole('main')).toBeVisible();
      await scanAdmin(`place “${place.trim()}” (admin)`);
      await scanDialogsOpenedBy(admin, admin.getByRole('main'), `place “${place.trim()}”`, scanAdmin);
    }

    // Signed out: the sign-in screen.
    const stranger = await windowFor(browser, host, theme);
    await stranger.goto(host.url);
    await expect(stranger.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await scanOn(stranger)('sign in');

    // The writer: article list, the editor with each side panel, the cite and image dialogs.
    const writer = await signedInWindow(browser, host, theme, WRITER);
    const scanWriter = scanOn(writer);
    await scanWriter('home (writer)');
    await writer.getByRole('banner').getByRole('button', { name: 'New article' }).click();
    const editor = new EditorPage(writer);
    await expect(editor.headline).toBeFocused();
    await editor.headline.fill('Harbour bridge approved');
    await editor.addBylines('Wren Writer');
    await editor.section.fill('City');
    await editor.body.click();
    await editor.type('The council voted on Tuesday night to build the bridge.');
    await editor.expectSaved();
    await scanWriter('editor');
    const tabs = writer.getByRole('complementary', { name: 'Article panels' }).getByRole('tab');
    for (const tab of await tabs.allTextContents()) {
      await tabs.filter({ hasText: tab }).first().click();
      await scanWriter(`editor with panel “${tab.trim()}”`);
      await scanDialogsOpenedBy(writer, writer.getByRole('complementary', { name: 'Article panels' }), `panel “${tab.trim()}”`, scanWriter);
    }
    await editor.body.click();
    await editor.selectBack(6);
    await writer.keyboard.press('Control+Alt+C');
    await expect(writer.getByRole('dialog')).toBeVisible();
    await scanWriter('cite dialog');
    await writer.keyboard.press('Escape');
    await scanDialogsOpenedBy(writer, editor.toolbar, 'toolbar', scanWriter);
    const writerFlow = new WorkflowPage(writer);
    await scanDialogsOpenedBy(writer, writerFlow.actions, 'workflow (writer)', scanWriter);
    await writerFlow.submit();
    await scanWriter('editor, read only (submitted)');

    // The editor takes it; the desk chief gets it ready to approve.
    const articleId = decodeURIComponent(/#\/articles\/([^/?#]+)/.exec(writer.url())?.[1] ?? '');
    const editorWindow = await signedInWindow(browser, host, theme, EDITOR);
    await editorWindow.goto(`${host.origin}/#/articles/${articleId}`);
    const editorFlow = new WorkflowPage(editorWindow);
    await editorFlow.step('Take for edit', 'In edit');
    await scanDialogsOpenedBy(editorWindow, editorFlow.actions, 'workflow (editor)', scanOn(editorWindow));
    await editorFlow.step('Pass to desk', 'Ready');

    const desk = await signedInWindow(browser, host, theme, DESK);
    await scanOn(desk)('my desk (desk chief)');
    await desk.goto(`${host.origin}/#/articles/${articleId}`);
    const deskFlow = new WorkflowPage(desk);
    await expect(deskFlow.state).toHaveText('Ready');
    await scanOn(desk)('editor (desk chief, ready)');
    await scanDialogsOpenedBy(desk, deskFlow.actions, 'workflow (desk chief)', scanOn(desk));
    // Approved, the article offers its next steps (schedule, publish…): their dialogs too.
    await deskFlow.action('Approve…').click();
    await expect(deskFlow.dialog.getByRole('heading')).toBeVisible();
    await expect(deskFlow.blockingFindings()).toHaveCount(0);
    for (const warning of await deskFlow.warnings().getByRole('checkbox').all()) await warning.check();
    await expect(deskFlow.approveButton()).toBeEnabled();
    await deskFlow.approveButton().click();
    await expect(deskFlow.state).toHaveText('Approved');
    await scanOn(desk)('editor (desk chief, approved)');
    await scanDialogsOpenedBy(desk, deskFlow.actions, 'workflow (approved)', scanOn(desk));

    for (const page of [first, admin, stranger, writer, editorWindow, desk]) await page.context().close();

    const dir = join(REPO_ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `axe-${theme}.json`), JSON.stringify(reports, null, 2));
    const blocking = reports.filter((r) => r.blocking.length > 0).map((r) => ({ screen: r.screen, blocking: r.blocking }));
    console.log(`axe (${theme}): ${reports.length} screens, ${reports.reduce((n, r) => n + r.all.length, 0)} violations of any impact, ${blocking.reduce((n, r) => n + r.blocking.length, 0)} serious or critical`);
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
  });
}
