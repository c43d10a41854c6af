import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { clickUnderlined } from './pages/StyleReviewPages';
import { SidePanelPage } from './pages/SidePanelPage';
import { FootnotesPage } from './pages/FootnotesPage';
import { RightsPanelPage, fixtureImage } from './pages/RightsPanelPage';
import { ADMIN, signInThroughRpc } from './support/accounts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

test('the side panel is widened by dragging its edge or from the keyboard, and a reload keeps the width', async ({ app, page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const side = new SidePanelPage(page);
  await app.newArticle();
  await expect(side.divider).toBeVisible();
  const start = await side.width();
  expect(await side.shownWidth()).toBe(start);
  await expect(side.divider).toHaveAttribute('aria-valuemin', '400');
  const max = Number(await side.divider.getAttribute('aria-valuemax'));
  expect(max).toBeGreaterThan(start);

  // Dragging the edge to the left widens the panel by as much.
  await side.drag(-120);
  await expect.poll(() => side.width()).toBe(start + 120);
  expect(await side.shownWidth()).toBe(start + 120);

  // The keyboard: the divider takes focus; arrows move it, Home and End go to the ends.
  await side.divider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => side.width()).toBe(start + 152);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => side.width()).toBe(start + 136);
  await page.keyboard.press('Home');
  await expect.poll(() => side.width()).toBe(400);
  expect(await side.shownWidth()).toBe(400);
  await page.keyboard.press('End');
  await expect.poll(() => side.width()).toBe(max);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => side.width()).toBe(max - 64);

  // This window keeps its width through a reload.
  await page.reload();
  await expect(side.divider).toBeVisible();
  await expect.poll(() => side.width()).toBe(max - 64);
  expect(await side.shownWidth()).toBe(max - 64);

  // A new window starts at the width last chosen; it sets its own without changing this one's.
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1440, height: 900 });
  await signInThroughRpc(other, host);
  await other.goto(page.url());
  const otherSide = new SidePanelPage(other);
  await expect(otherSide.divider).toBeVisible();
  expect(await otherSide.width()).toBe(max - 64);
  await otherSide.divider.focus();
  await other.keyboard.press('Home');
  await expect.poll(() => otherSide.width()).toBe(400);
  await page.reload();
  await expect(side.divider).toBeVisible();
  await expect.poll(() => side.width()).toBe(max - 64);
  await other.close();

  // A double-click puts the default width back.
  await side.divider.dblclick();
  await expect.poll(() => side.width()).toBe(start);
});

test('at the narrowest width nothing in the Sources, Rights and Footnotes panels is cut or overflows', async ({ app, page }) => {
  // Three panels filled in, an image dropped and a note written: more than the one-minute default on a loaded machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const side = new SidePanelPage(page);
  const notes = new FootnotesPage(page);
  const rights = new RightsPanelPage(page);
  await app.newArticle();
  await app.editor.headline.fill('Cranes stop at the port');
  await app.editor.focusBodyEnd();
  await app.editor.type('The cranes at the container port stopped at noon on Tuesday, the harbour master said.');
  await side.divider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => side.width()).toBe(400);

  // Sources: the toolbar, the library search, and the whole form of an interview with dates.
  await side.openTab('Sources');
  await side.body.getByRole('button', { name: 'Add source…' }).click();
  const form = side.body.getByRole('form', { name: 'New source' });
  await form.getByLabel('Kind').selectOption({ label: 'Interview' });
  await form.getByLabel('Attribution').selectOption({ label: 'On background (confidential)' });
  await form.getByLabel('Published').fill('2026-03-02');
  await form.getByLabel('Accessed').fill('2026-11-30');
  await form.getByRole('textbox', { name: 'Notes' }).fill('Called the harbour office twice; the second time the harbour master spoke for twenty minutes and asked not to be named. Notebook 4, pages 12 to 14.');
  expect(await side.problems()).toEqual([]);

  // Rights: an image with a licence that asks for more, its date, and every group of fields.
  await app.editor.focusBodyEnd();
  await rights.drop(app.editor.body, 'lincoln.jpg', fixtureImage('iptc-agency-photographer-example.jpg'));
  await expect(rights.tab).toHaveAttribute('aria-selected', 'true');
  await rights.field('Licence').selectOption({ label: 'Wire agency' });
  await rights.field('Rights end').fill('2027-01-31');
  await expect(rights.field('Agency')).toBeVisible();
  expect(await side.problems()).toEqual([]);

  // Footnotes: a long note is shown whole, however many lines it takes.
  await notes.caretAtEndOf(0);
  await page.keyboard.press('Control+Alt+F');
  await notes.writeNote(
    'Harbour master, by phone, 2 December. The port authority’s own figures, published the same week, give the same time for the stop and say the cranes were restarted after four hours.',
  );
  await notes.openPanel();
  await expect(notes.notes).toHaveCount(1);
  expect(await side.problems()).toEqual([]);
});

test('the side panel is absent where no article can be open, and the screen takes the whole width', async ({ page, host }) => {
  await signInThroughRpc(page, host, ADMIN);
  await page.setViewportSize({ width: 1280, height: 800 });
  const side = new SidePanelPage(page);
  const places = page.getByRole('navigation', { name: 'Places' });
  for (const place of ['My desk', 'Users', 'Publishing', 'Settings']) {
    await page.goto(`${host.origin}/`);
    await places.getByRole('button', { name: place }).click();
    await expect(places.getByRole('button', { name: place })).toHaveAttribute('aria-current', 'page');
    await expect(side.panel).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Side panel' })).toHaveCount(0);
    const main = await page.getByRole('main').boundingBox();
    expect(Math.round((main?.x ?? 0) + (main?.width ?? 0)), place).toBe(1280);
  }
});

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not on screen');
  return box;
}

const PARAGRAPHS = [
  'The council met on Tuesday night in the old town hall, with the public gallery full.',
  'After three hours of debate the councillors voted to build the harbour bridge this year.',
  'Work starts in the spring, and the ferry keeps running until the bridge opens.',
];

test('the Comment bubble and the comment box sit by the selected words, never over them or the line above', async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const notes = new FootnotesPage(page);
  await app.newArticle();
  await app.editor.headline.fill('Bridge approved');
  await app.editor.focusBodyEnd();
  await app.editor.type(PARAGRAPHS.join('\n'));
  await app.editor.expectSaved();

  const selected = 'voted to build the harbour bridge';
  await notes.select(selected);
  const bubble = page.getByRole('toolbar', { name: 'Review the selected words' });
  await expect(bubble).toBeVisible();
  const words = await notes.wordBoxes(selected);
  const lineAbove = await notes.wordBoxes('with the public gallery full.');
  const bubbleBox = await boxOf(bubble);
  for (const box of [...words, ...lineAbove]) expect(overlaps(bubbleBox, box), `bubble ${JSON.stringify(bubbleBox)} over ${JSON.stringify(box)}`).toBe(false);

  await bubble.getByRole('button', { name: 'Comment' }).click();
  const composer = page.getByRole('dialog', { name: 'New comment' });
  await expect(composer.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  const composerBox = await boxOf(composer);
  for (const box of words) expect(overlaps(composerBox, box), `comment box ${JSON.stringify(composerBox)} over ${JSON.stringify(box)}`).toBe(false);
  await page.keyboard.press('Escape');
  await expect(composer).toHaveCount(0);

  // Words at the bottom of the window: no room below, so the box goes above them, inside the window.
  const last = 'the ferry keeps running';
  const bottom = Math.max(...(await notes.wordBoxes(last)).map((box) => box.y + box.height));
  await page.setViewportSize({ width: 1280, height: Math.ceil(bottom) + 40 });
  await notes.select(last);
  await expect(bubble).toBeVisible();
  await page.keyboard.press('Control+Alt+M');
  await expect(composer.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  const flipped = await boxOf(composer);
  const lastWords = await notes.wordBoxes(last);
  for (const box of lastWords) expect(overlaps(flipped, box), `comment box ${JSON.stringify(flipped)} over ${JSON.stringify(box)}`).toBe(false);
  expect(flipped.y).toBeGreaterThanOrEqual(0);
  expect(flipped.y + flipped.height).toBeLessThanOrEqual(Math.min(...lastWords.map((box) => box.y)));
});

test('the house-style fix and a citation’s card never show at once over the same words', async ({ app, page }) => {
  const notes = new FootnotesPage(page);
  await app.newArticle();
  await app.editor.headline.fill('Council replies');
  await app.editor.focusBodyEnd();
  await app.editor.type('The council said in an e-mail on Monday that the bridge will open in May.');
  await notes.select('said in an e-mail on Monday');
  await page.keyboard.press('Control+Alt+C');
  await notes.citeDialog.getByRole('button', { name: 'New source…' }).click();
  const form = notes.citeDialog.getByRole('form', { name: 'New source' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Council statement on the bridge');
  await form.getByRole('button', { name: 'Add source' }).click();
  await notes.citeDialog.getByRole('button', { name: 'Cite', exact: true }).click();
  await expect(notes.citeDialog).toHaveCount(0);

  // The pointer resting on the cited words shows their card.
  await notes.citations.first().hover();
  await expect(notes.citationCard).toContainText('Council statement on the bridge');

  // A click on the underlined word in them opens the fix: the card gives way to it.
  await clickUnderlined(page, 'e-mail');
  const fix = page.getByRole('dialog', { name: 'House style' });
  await expect(fix).toBeVisible();
  await expect(notes.citationCard).toHaveCount(0);
  await page.mouse.move(5, 5);
  await notes.citations.first().hover();
  await expect(fix).toBeVisible();
  await expect(notes.citationCard).toHaveCount(0);

  // Once the fix is closed, the card shows again.
  await page.keyboard.press('Escape');
  await expect(fix).toHaveCount(0);
  await page.mouse.move(5, 5);
  await notes.citations.first().hover();
  await expect(notes.citationCard).toContainText('Council statement on the bridge');
});
