import { test, expect } from './fixtures';
import { longParagraphs, seedArticle } from './support/longArticle';

const ARTICLES = 260;

test('a long list is paged and virtualised: only visible rows exist, and the end is one keystroke away', async ({ app }) => {
  const { page, list, editor } = app;
  // Seed through the same /rpc the window uses, as the window (its key, from the tab's storage).
  await page.evaluate(async (count) => {
    for (let i = 1; i <= count; i += 1) {
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-galley-window': sessionStorage.getItem('galley.window') ?? '' },
        body: JSON.stringify({ channel: 'articles.create', input: { meta: { headline: `Story ${i}`, section: 'Wire' } } }),
      });
      const result = (await response.json()) as { ok: boolean };
      if (!result.ok) throw new Error(`seeding failed at ${i}`);
    }
  }, ARTICLES);

  await expect(list.count).toHaveText(`${ARTICLES} articles`);
  await expect(list.row(/^Story 260$/)).toBeVisible();
  // A screenful of rows is in the DOM, not all of them.
  expect(await list.rows.count()).toBeLessThan(40);
  await expect(list.rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES));

  // End jumps to the oldest article: its page (the third of 100) is fetched on demand.
  await list.search.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const last = list.row(/^Story 1$/);
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toHaveAttribute('aria-posinset', String(ARTICLES));
  await page.keyboard.press('Enter');
  await expect(editor.headline).toHaveValue('Story 1');

  // Ctrl+Shift+F goes back to the search box from anywhere.
  await editor.body.click();
  await page.keyboard.press('Control+Shift+F');
  await expect(list.search).toBeFocused();
  await list.search.fill('Story 137');
  await expect.poll(() => list.headlines()).toContain('Story 137');
});

test('keys in the article list move its highlight and never scroll the open article', async ({ app, page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { list, editor } = app;
  for (let i = 1; i <= 30; i += 1) await seedArticle(page, host.origin, `Story ${i}`, [`Story ${i} in one line.`]);
  // The newest change comes first: the long article heads the list.
  await seedArticle(page, host.origin, 'Harbour bridge', longParagraphs(40));
  await page.reload();
  await list.row('Harbour bridge').click();
  await expect(editor.body).toContainText('Paragraph 40.');
  await expect(list.listbox).toBeFocused();
  await expect(list.row('Harbour bridge')).toHaveAttribute('aria-selected', 'true');
  // Partway down the article, as a reader would be.
  await editor.scroller.evaluate((scroller) => (scroller.scrollTop = 600));
  await expect.poll(() => editor.scrollTop()).toBe(600);

  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'End', 'Home', 'Space', 'Shift+Space', 'ArrowUp']) {
    await page.keyboard.press(key);
    // Give a scroll that a key might cause its frames before measuring.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await editor.scrollTop(), `after ${key}`).toBe(600);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY]), `the window after ${key}`).toEqual([0, 0]);
  }
  // The keys did their own work: Home brought the highlight back, Space (re)opened the article, ArrowUp left for the search box.
  await expect(editor.headline).toHaveValue('Harbour bridge');
  await expect(list.search).toBeFocused();
});
