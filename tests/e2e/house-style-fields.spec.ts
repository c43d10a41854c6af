import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChecksPanelPage } from './pages/ChecksPanelPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { clickUnderlined, clickUnderlinedInField, underlinedInField, underlinedWords } from './pages/StyleReviewPages';
import { rpc } from './support/rpc';

/**
 * House style in the headline and standfirst (issue 15): underlined as in the body, fixed in
 * one click or with Alt+Enter, saved like typing; a name spelled two ways anywhere in the
 * article is made one spelling everywhere in one undoable step; the read-only fields still
 * show where focus is.
 */

const PACE = { delay: 80 };

const stored = (page: Page, origin: string, id: string) =>
  rpc<{ meta: { headline: string; dek: string; slug: string } }>(page, origin, 'articles.get', { id }).then((article) => article.meta);

test('house style in the headline and standfirst is underlined and fixed in one click, saved, and typing goes on around the fix', async ({ app, page, host }) => {
  test.slow(); // typed at human pace, key by key
  await app.newArticle();
  await app.editor.headline.pressSequentially('Talks in Kiev', PACE);
  await expect.poll(() => underlinedInField(app.editor.headline)).toEqual(['Kiev']);

  await clickUnderlinedInField(app.editor.headline, 'Kiev');
  const fix = page.getByRole('dialog', { name: 'House style' });
  await expect(fix).toContainText('House style is “Kyiv”, not “Kiev”.');
  await fix.getByRole('button', { name: 'Replace with “Kyiv”' }).click();
  await expect(fix).toBeHidden();
  await expect(app.editor.headline).toHaveValue('Talks in Kyiv');
  await expect(app.editor.headline).toBeFocused();
  await expect.poll(() => underlinedInField(app.editor.headline)).toEqual([]);

  // The fix is an edit of the field like any other: its Undo takes it back, Redo brings it again.
  await page.keyboard.press('Control+z');
  await expect(app.editor.headline).toHaveValue('Talks in Kiev');
  await expect.poll(() => underlinedInField(app.editor.headline)).toEqual(['Kiev']);
  await page.keyboard.press('Control+Shift+z');
  await expect(app.editor.headline).toHaveValue('Talks in Kyiv');

  // Typing goes on where the fix left the caret.
  await page.keyboard.type(' resume', PACE);
  await expect(app.editor.headline).toHaveValue('Talks in Kyiv resume');

  // The standfirst, by keyboard: the caret in the word, Alt+Enter, Enter on the fix.
  await page.keyboard.press('Enter');
  await expect(app.editor.dek).toBeFocused();
  await page.keyboard.type('Both sides utilize the lull', PACE);
  await expect.poll(() => underlinedInField(app.editor.dek)).toEqual(['utilize']);
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Both sides uti'.length; i += 1) await page.keyboard.press('ArrowRight', PACE);
  await page.keyboard.press('Alt+Enter');
  const avoid = page.getByRole('dialog', { name: 'Word to avoid' });
  await expect(avoid.getByRole('button', { name: 'Replace with “use”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.editor.dek).toHaveValue('Both sides use the lull');
  await page.keyboard.press('End');
  await page.keyboard.type(' at dawn', PACE);

  await app.editor.expectSaved();
  const id = app.articleIdFromUrl();
  expect(await stored(page, host.origin, id)).toMatchObject({ headline: 'Talks in Kyiv resume', dek: 'Both sides use the lull at dawn', slug: 'talks-in-kyiv-resume' });
  const checks = new ChecksPanelPage(page);
  await checks.open();
  await expect(checks.summary).not.toHaveText(/Checking/);
  await expect(checks.finding('House style')).toHaveCount(0);
  await expect(checks.finding('Word to avoid')).toHaveCount(0);
});

test('a name spelled two ways across the headline and the text is made one spelling everywhere in one step, and Undo puts every one back', async ({ app, page, host }) => {
  test.slow(); // typed at human pace, key by key
  await app.newArticle();
  await app.editor.headline.pressSequentially('Zelensky visits the front', PACE);
  await app.editor.body.click();
  await app.editor.type('Zelenskyy spoke first. Later Zelensky thanked the crews.');
  await app.editor.expectSaved();
  // Mixed across the fields and the text: every spelling other than the house one is underlined, in both.
  await expect.poll(() => underlinedInField(app.editor.headline)).toEqual(['Zelensky']);
  await expect.poll(() => underlinedWords(page)).toEqual(['Zelensky']);

  await clickUnderlinedInField(app.editor.headline, 'Zelensky');
  const fix = page.getByRole('dialog', { name: 'Name spelled two ways' });
  await expect(fix.getByRole('button', { name: 'Use “Zelensky” everywhere' })).toBeVisible();
  await fix.getByRole('button', { name: 'Use “Zelenskyy” everywhere' }).click();
  await expect(fix.getByRole('status')).toHaveText('Changed 2 spellings to “Zelenskyy”.');
  await expect(app.editor.headline).toHaveValue('Zelenskyy visits the front');
  await expect(app.editor.body).toHaveText('Zelenskyy spoke first. Later Zelenskyy thanked the crews.');
  await expect.poll(() => underlinedInField(app.editor.headline)).toEqual([]);
  await expect.poll(() => underlinedWords(page)).toEqual([]);
  await app.editor.expectSaved();

  // One step: Undo puts back the headline and the text together.
  await fix.getByRole('button', { name: 'Undo' }).click();
  await expect(fix).toBeHidden();
  await expect(app.editor.headline).toHaveValue('Zelensky visits the front');
  await expect(app.editor.body).toHaveText('Zelenskyy spoke first. Later Zelensky thanked the crews.');

  // "This spelling": the one clicked, in the text this time.
  await expect.poll(() => underlinedWords(page)).toEqual(['Zelensky']);
  await clickUnderlined(page, 'Zelensky');
  await fix.getByRole('button', { name: 'Use “Zelensky” everywhere' }).click();
  await expect(fix.getByRole('status')).toHaveText('Changed 1 spelling to “Zelensky”.');
  await fix.getByRole('button', { name: 'Close' }).click();
  await expect(app.editor.body).toHaveText('Zelensky spoke first. Later Zelensky thanked the crews.');
  await app.editor.expectSaved();

  const id = app.articleIdFromUrl();
  expect((await stored(page, host.origin, id)).headline).toBe('Zelensky visits the front');
  const body = await rpc<{ body: unknown }>(page, host.origin, 'articles.get', { id });
  expect(JSON.stringify(body.body)).not.toContain('Zelenskyy');
  const checks = new ChecksPanelPage(page);
  await checks.open();
  await expect(checks.summary).not.toHaveText(/Checking/);
  await expect(checks.finding('Name spelled two ways')).toHaveCount(0);
});

test('the headline and standfirst show a focus ring when they are read-only', async ({ app, page }) => {
  await app.newArticle();
  await app.editor.headline.fill('Ferry timetable changes');
  await app.editor.dek.fill('From Monday, boats leave earlier.');
  await app.editor.expectSaved();
  await new WorkflowPage(page).submit();
  await expect(app.editor.headline).not.toBeEditable();

  const ring = (field: typeof app.editor.headline) =>
    field.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
  await app.editor.dek.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(app.editor.headline).toBeFocused();
  expect(await ring(app.editor.headline)).toBe('solid 2px');
  await page.keyboard.press('Tab');
  await expect(app.editor.dek).toBeFocused();
  expect(await ring(app.editor.dek)).toBe('solid 2px');
});
