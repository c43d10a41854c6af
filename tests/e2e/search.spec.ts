import { test, expect } from './fixtures';
import type { AppPage } from './pages/AppPage';

async function writeArticle(app: AppPage, headline: string, body: string) {
  await app.newArticle();
  await app.editor.headline.fill(headline);
  await app.editor.body.click();
  await app.editor.type(body);
  await app.editor.expectSaved();
}

test('search finds articles by a word of the body or the headline, and not by a word they lack', async ({ app }) => {
  const { list } = app;
  await writeArticle(app, 'Harbour bridge approved', 'The pelicans returned to the estuary this spring.');
  await writeArticle(app, 'Budget talks stall', 'The treasurer declined to comment on the shortfall.');
  await expect(list.count).toHaveText('2 articles');
  // Newest change first.
  await expect.poll(() => list.headlines()).toEqual(['Budget talks stall', 'Harbour bridge approved']);

  await list.searchFor('pelicans');
  await expect(list.count).toHaveText('1 result for “pelicans”');
  await expect.poll(() => list.headlines()).toEqual(['Harbour bridge approved']);

  await list.searchFor('budget');
  await expect(list.count).toHaveText('1 result for “budget”');
  await expect.poll(() => list.headlines()).toEqual(['Budget talks stall']);

  await list.searchFor('zeppelin');
  await expect(list.count).toHaveText('0 results for “zeppelin”');
  await expect(list.empty).toHaveText(/Nothing matches “zeppelin”/);
  await expect(list.rows).toHaveCount(0);

  // A word typed just now is found once it is saved: the list follows saves.
  await list.search.fill('');
  await expect(list.count).toHaveText('2 articles');
  await list.row('Budget talks stall').click();
  await app.editor.focusBodyEnd();
  await app.editor.type(' A zeppelin was seen.');
  await app.editor.expectSaved();
  await list.searchFor('zeppelin');
  await expect.poll(() => list.headlines()).toEqual(['Budget talks stall']);
});

test('the article list is keyboard navigable and opens with Enter', async ({ app }) => {
  const { list, editor, page } = app;
  for (const headline of ['First story', 'Second story', 'Third story']) {
    await app.newArticle();
    await editor.headline.fill(headline);
    await editor.expectSaved();
  }
  await expect(list.count).toHaveText('3 articles');
  await expect.poll(() => list.headlines()).toEqual(['Third story', 'Second story', 'First story']);

  await list.search.focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.listbox).toBeFocused();
  await expect(list.row('Third story')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.row('First story')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(editor.headline).toHaveValue('Second story');
  await expect(list.row('Second story')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(editor.headline).toHaveValue('First story');
});
