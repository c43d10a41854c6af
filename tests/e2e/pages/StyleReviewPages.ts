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

/** The house-style underlines in the open article: the text of each highlighted range. */
export function underlinedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('galley-style') ?? new Set<AbstractRange>())].map((range) => (range instanceof Range ? range.toString() : '')));
}

/** Clicks the middle of the first underline over `word`, as a person clicks an underlined word. */
export async function clickUnderlined(page: Page, word: string): Promise<void> {
  const point = await page.evaluate((text) => {
    for (const range of CSS.highlights.get('galley-style') ?? []) {
      if (range instanceof Range && range.toString() === text) {
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
