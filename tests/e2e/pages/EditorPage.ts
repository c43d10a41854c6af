import { expect, type Locator, type Page } from '@playwright/test';

/** The open article: fields, formatting toolbar, body and status bar. */
export class EditorPage {
  readonly main: Locator;
  readonly headline: Locator;
  readonly dek: Locator;
  readonly bylineInput: Locator;
  readonly bylines: Locator;
  readonly section: Locator;
  readonly tagInput: Locator;
  readonly tags: Locator;
  readonly slug: Locator;
  readonly dateline: Locator;
  readonly language: Locator;
  readonly body: Locator;
  readonly toolbar: Locator;
  readonly saveStatus: Locator;
  readonly wordCount: Locator;
  readonly linkAddress: Locator;
  /** What scrolls the open article. */
  readonly scroller: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.headline = this.main.getByRole('textbox', { name: 'Headline', exact: true });
    this.dek = this.main.getByRole('textbox', { name: 'Standfirst (dek)' });
    this.bylineInput = this.main.getByRole('textbox', { name: 'Byline' });
    this.bylines = this.main.getByRole('list', { name: 'Byline' }).getByRole('listitem');
    this.section = this.main.getByRole('textbox', { name: 'Section' });
    this.tagInput = this.main.getByRole('textbox', { name: 'Tags' });
    this.tags = this.main.getByRole('list', { name: 'Tags' }).getByRole('listitem');
    this.slug = this.main.getByRole('textbox', { name: 'Slug' });
    this.dateline = this.main.getByRole('textbox', { name: 'Dateline' });
    this.language = this.main.getByRole('combobox', { name: 'Language' });
    this.body = this.main.getByRole('textbox', { name: 'Article body' });
    this.toolbar = this.main.getByRole('toolbar', { name: 'Formatting' });
    this.saveStatus = this.main.getByTestId('save-status');
    this.wordCount = this.main.locator('.statusbar__count');
    this.linkAddress = this.main.getByRole('textbox', { name: 'Link address' });
    this.scroller = this.main.locator('.doc-scroll');
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  async expectSaved(options: { timeout?: number } = {}): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved \d{2}:\d{2}$/, options);
  }

  async addBylines(text: string): Promise<void> {
    await this.bylineInput.fill(text);
    await this.bylineInput.press('Enter');
  }

  async addTags(text: string): Promise<void> {
    await this.tagInput.fill(text);
    await this.tagInput.press('Enter');
  }

  /** Puts the caret at the end of the body. */
  async focusBodyEnd(): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('Control+End');
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Selects the last `count` characters before the caret. */
  async selectBack(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) await this.page.keyboard.press('Shift+ArrowLeft');
  }

  /** The body's writing direction as laid out (`ltr` or `rtl`). */
  direction(): Promise<string> {
    return this.body.evaluate((element) => getComputedStyle(element).direction);
  }

  /** How far the open article is scrolled, in pixels. */
  scrollTop(): Promise<number> {
    return this.scroller.evaluate((element) => element.scrollTop);
  }

  async bodyText(): Promise<string> {
    return (await this.body.innerText()).replace(/\n+/g, '\n').trim();
  }
}
