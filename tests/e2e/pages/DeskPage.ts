import type { Locator, Page } from '@playwright/test';

/** "My desk": what waits for the signed-in person, by section, with counts. */
export class DeskPage {
  readonly main: Locator;
  constructor(readonly page: Page) {
    this.main = page.getByRole('main', { name: 'My desk' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'My desk' }).click();
  }

  section(title: string): Locator {
    return this.main.getByRole('region', { name: new RegExp(`^${title} \\d+$`) });
  }

  count(title: string): Locator {
    return this.section(title).locator('.desk-section__count');
  }

  item(title: string, headline: string): Locator {
    return this.section(title).getByRole('button', { name: new RegExp(headline.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  }
}
