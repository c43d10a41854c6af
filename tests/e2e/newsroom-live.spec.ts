import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ADMIN, connectPage, signInThroughRpc } from './support/accounts';
import { rpc } from './support/rpc';
import { scanScreen } from './support/axe';
import { startHost, type RunningHost } from './support/host';
import { HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, runHubCommand, startHubProcess, type HubProcess } from '../hub/support/hub-process';
import { WINDOW_HEADER } from '../../shared/contract/web-host';

/** A person on the hub, with the display name their colleagues see beside their caret. */
async function addOnHub(dataDir: string, name: string, displayName: string, role: 'writer' | 'editor'): Promise<void> {
  const added = await runHubCommand(dataDir, ['user', 'add', '--name', name, '--display-name', displayName, '--role', role], `${HUB_TEST_PASSWORD}\n`);
  if (added.code !== 0) throw new Error(`adding ${name} on the hub failed: ${added.stderr}`);
}

/** Signs `page`'s window in to a joined workstation with a hub account (checked by the hub), as the sign-in screen does. */
async function signInThroughHub(page: Page, host: { url: string; origin: string }, name: string): Promise<void> {
  const response = await page.context().request.post(`${host.origin}/rpc`, {
    data: { channel: 'auth.signIn', input: { name, password: HUB_TEST_PASSWORD } },
    headers: { [WINDOW_HEADER]: await connectPage(page, host) },
  });
  const answer = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!answer.ok) throw new Error(`signing ${name} in through the hub failed: ${answer.error?.message}`);
}
/** Generous: a loaded 2-core machine runs two hosts, a hub and three browser pages. */
const SEEN = { timeout: 30_000 };

/** Joins the workstation to the hub as `hubAccount`, through an admin's window (Settings → Newsroom's channel). */
async function join(page: Page, host: { url: string; origin: string }, hub: HubProcess, hubAccount: string): Promise<void> {
  await signInThroughRpc(page, host, ADMIN);
  await rpc(page, host.origin, 'newsroom.join', { hub: hub.url, name: hubAccount, password: HUB_TEST_PASSWORD });
}

/** Types at a person's pace: 50 to 150 ms a key. */
async function typeLikeAPerson(page: Page, text: string): Promise<void> {
  for (const char of text) await page.keyboard.type(char, { delay: 50 + Math.floor(Math.random() * 100) });
}

const body = (page: Page): Locator => page.locator('#article-body');
const presence = (page: Page): Locator => page.getByRole('list', { name: 'People in this article' });

test.describe('Working together live through the hub', () => {
  let hub: HubProcess | null = null;
  let second: RunningHost | null = null;
  let secondDir: string | null = null;
  test.afterEach(async () => {
    await second?.stop();
    second = null;
    if (secondDir) await rm(secondDir, { recursive: true, force: true });
    await hub?.stop();
    hub = null;
    removeDataDirs();
  });

  test('the editor sees every character the writer types, both see who is in, edits merge, reloads keep them, undo is one’s own', async ({ page, host }) => {
    test.setTimeout(300_000);
    const hubData = newHubDataDir();
    await addOnHub(hubData, 'wren', 'Wren Writer', 'writer');
    await addOnHub(hubData, 'eddie', 'Edie Editor', 'editor');
    hub = await startHubProcess(hubData);
    secondDir = await mkdtemp(joinPath(tmpdir(), 'galley-e2e-b-'));
    second = await startHost(secondDir);

    // Workstation A: the writer's. Its admin joins it to the hub; the writer signs in with her hub account.
    const context = page.context();
    const writer = await context.newPage();
    await join(page, host, hub, 'wren');
    await signInThroughHub(writer, host, 'wren');
    // Workstation B: the editor's, joined with the hub's editor account (its own browser context: its own cookies).
    const editorContext = await context.browser()!.newContext();
    const editor = await editorContext.newPage();
    const editorAdmin = await editorContext.newPage();
    await join(editorAdmin, second, hub, 'eddie');
    await signInThroughHub(editor, second, 'eddie');

    // The writer starts an article: the workstation registers it on the hub and seeds it.
    await writer.goto(`${host.origin}/`);
    await writer.getByRole('banner').getByRole('button', { name: 'New article' }).click();
    await expect(presence(writer)).toContainText('Wren Writer (you)', SEEN);
    const articleId = /#\/articles\/([0-9a-f-]{36})$/.exec(writer.url())![1]!;

    // The editor opens it by its address on the other workstation.
    await editor.goto(`${second.origin}/#/articles/${articleId}`);
    await expect(presence(editor)).toContainText('Edie Editor (you)', SEEN);
    await expect(presence(editor)).toContainText('Wren Writer', SEEN);
    await expect(presence(writer)).toContainText('Edie Editor', SEEN);
    // It opens as any article does: where it stands in the workflow, and read-only because
    // the hub lets only the author change a draft.
    await expect(editor.locator('#editor').getByText('Draft', { exact: true })).toBeVisible(SEEN);
    await expect(editor.getByText("Couldn't load where this article stands")).toHaveCount(0);
    await expect(body(editor)).toHaveAttribute('contenteditable', 'false');

    // The headline is shared text too.
    await writer.locator('#article-headline').click();
    await typeLikeAPerson(writer, 'Bridge closes');
    await expect(editor.locator('#article-headline')).toHaveValue('Bridge closes', SEEN);

    // The writer types at a person's pace, across an autosave pause; the editor sees every character.
    const lede = 'The council voted at midnight to close the river bridge.';
    await body(writer).click();
    await typeLikeAPerson(writer, lede.slice(0, 25));
    await writer.waitForTimeout(2500); // a pause long enough for the solo autosave to have run
    await typeLikeAPerson(writer, lede.slice(25));
    await expect(body(editor)).toHaveText(lede, SEEN);

    await writer.setViewportSize({ width: 1440, height: 900 });
    await editor.setViewportSize({ width: 1440, height: 900 });
    await editor.screenshot({ path: test.info().outputPath('live-editor-two-people.png') });
    await writer.screenshot({ path: test.info().outputPath('live-writer-two-people.png') });
    expect((await scanScreen(editor, 'shared article with two people')).blocking).toEqual([]);

    // A second window of the writer's (the same account may write): both type in the same paragraph at once.
    const desk = await context.newPage();
    await signInThroughHub(desk, host, 'wren');
    await desk.goto(`${host.origin}/#/articles/${articleId}`);
    await expect(body(desk)).toHaveText(lede, SEEN);
    await body(writer).click();
    await writer.keyboard.press('End');
    await body(desk).click();
    await desk.keyboard.press('Home');
    await Promise.all([typeLikeAPerson(writer, ' Traffic moves to the ring road.'), typeLikeAPerson(desk, 'Late news: ')]);
    const merged = 'Late news: The council voted at midnight to close the river bridge. Traffic moves to the ring road.';
    for (const each of [writer, desk, editor]) await expect(body(each)).toHaveText(merged, SEEN);

    // A reload of either workstation keeps everything.
    await editor.reload();
    await expect(body(editor)).toHaveText(merged, SEEN);
    await writer.reload();
    await expect(body(writer)).toHaveText(merged, SEEN);

    // Undo in the desk window takes back only what was typed there.
    await body(desk).click();
    for (let i = 0; i < 'Late news: '.length; i += 1) {
      await desk.keyboard.press('ControlOrMeta+z');
      if ((await body(desk).textContent()) === lede + ' Traffic moves to the ring road.') break;
    }
    const undone = 'The council voted at midnight to close the river bridge. Traffic moves to the ring road.';
    for (const each of [desk, writer, editor]) await expect(body(each)).toHaveText(undone, SEEN);
    await editorContext.close();
  });
});
