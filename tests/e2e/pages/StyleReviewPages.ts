import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → House style. */
export class HouseStyleSettingsPage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'House style' });
  }

  async open(origin: string): Promise<void> {
    await this.page.goto(`${origin}/#/settings`);
    await expect(this.section.getByRole('button', { name: 'Save house style' })).toBeVisible();
  }

  lastInput(table: string, column: string): Locator {
    return this.section.getByRole('textbox', { name: new RegExp(`^${table}: ${column}, row \\d+$`) }).last();
  }

  async addPreferredForm(from: string, to: string): Promise<void> {
    await this.section.getByRole('button', { name: 'Add preferred form' }).click();
    await this.lastInput('Preferred forms', 'Replace').fill(from);
    await this.lastInput('Preferred forms', 'With').fill(to);
  }

  async save(): Promise<void> {
    await this.section.getByRole('button', { name: 'Save house style' }).click();
  }
}

/** The house-style underlines in the open article: the text of each highlighted range, in document order. */
export function underlinedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // A static range left stale by an edit (until the idle redraw) no longer fits its text: it draws nothing, so it is skipped.
    const live = [...(CSS.highlights.get('galley-style') ?? new Set<AbstractRange>())].flatMap((r) => {
      try {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return r.startContainer.isConnected ? [range] : [];
      } catch {
        return [];
      }
    });
    return live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((range) => range.toString());
  });
}

/** Clicks the middle of the first underline over `word`, as a person clicks an underlined word. */
export async function clickUnderlined(page: Page, word: string): Promise<void> {
  const point = await page.evaluate((text) => {
    for (const r of CSS.highlights.get('galley-style') ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() === text) {
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, word);
  if (point === null) throw new Error(`No underline over “${word}”.`);
  await page.mouse.click(point.x, point.y);
}

/** The side panel's Changes tab. */
export class ChangesPanelPage {
  readonly panel: Locator;
  readonly tab: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Article panels' });
    this.tab = this.panel.getByRole('tab', { name: 'Changes' });
  }

  get diff(): Locator {
    return this.panel.getByTestId('article-diff');
  }
}

/** The words underlined in a headline or standfirst field (drawn on the mirror under it), in order. */
export function underlinedInField(field: Locator): Promise<string[]> {
  return field.locator('xpath=..').locator('.style-field__mark').allTextContents();
}

/** Clicks the middle of the underlined `word` in a headline or standfirst field, as a person clicks it. */
export async function clickUnderlinedInField(field: Locator, word: string): Promise<void> {
  const mark = field.locator('xpath=..').locator('.style-field__mark', { hasText: word }).first();
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.boundingBox();
  if (box === null) throw new Error(`No underline over “${word}”.`);
  await field.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
