import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';

/**
 * "Nothing typed is ever lost": a writer types, autosave acknowledges, and the host is
 * SIGKILLed (as a crash or a power cut would stop it) while more typing and saving is
 * under way. After each restart every acknowledged word must be there, and SQLite's
 * integrity check must pass at the end.
 */
const KILL_DELAYS_MS = [0, 650, 750, 900];

test('SIGKILL of the host while typing and autosaving loses no acknowledged save', async ({ app, host }) => {
  test.slow();
  const { editor, page } = app;
  await app.newArticle();
  await editor.headline.fill('Crash test');
  await editor.body.click();
  await editor.type('Start.');
  await editor.expectSaved();
  const id = app.articleIdFromUrl();

  let acknowledged = 'Start.';
  for (let round = 1; round <= 4; round += 1) {
    // Typed, then acknowledged by the host ("Saved hh:mm").
    await editor.focusBodyEnd();
    await editor.type(` Round ${round} saved.`);
    await editor.expectSaved();
    acknowledged = await editor.bodyText();

    // Typed and maybe mid-save when the host dies: this part may be lost, nothing before it.
    await editor.type(` Round ${round} in flight, words typed just before the crash`);
    // Kill at different points: before the debounce fires, around it, during the save.
    await page.waitForTimeout(KILL_DELAYS_MS[round - 1]!);
    await host.crashAndRestartHost();
    await app.open();
    await app.openArticleByUrl(id);
    await expect(editor.body).toContainText(acknowledged);
    const afterRestart = await editor.bodyText();
    expect(afterRestart.startsWith(acknowledged), `round ${round}: the acknowledged text is intact`).toBe(true);
    acknowledged = afterRestart;
  }

  for (const round of [1, 2, 3, 4]) await expect(editor.body).toContainText(`Round ${round} saved.`);
  await host.restartHost();
  const db = new Database(join(host.dataDir, 'galley.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
});
