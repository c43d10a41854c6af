import type { Locator, Page } from '@playwright/test';

/** The left column: search box, count and the (virtualised) list. */
export class ArticleListPage {
  readonly nav: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly listbox: Locator;
  readonly rows: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Articles' });
    this.search = this.nav.getByRole('searchbox', { name: 'Search articles' });
    this.count = this.nav.locator('#article-list-label');
    this.listbox = this.nav.getByRole('listbox');
    this.rows = this.listbox.getByRole('option');
    this.empty = this.nav.locator('.sidebar__empty');
  }

  row(headline: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.locator('.article-row__headline', { hasText: headline }) });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  headlines(): Promise<string[]> {
    return this.rows.locator('.article-row__headline').allTextContents();
  }
}
