import { expect, type Locator, type Page } from '@playwright/test';

/** The Checks tab of the side panel. */
export class ChecksPanelPage {
  readonly panel: Locator;
  readonly tab: Locator;
  readonly runButton: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Article panels' });
    this.tab = this.panel.getByRole('tab', { name: 'Checks' });
    this.runButton = this.panel.getByRole('button', { name: 'Run checks' });
    this.summary = this.panel.locator('.checks__summary');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The findings of one severity group: 'Blocking', 'Warnings' or 'Notes'. */
  group(name: 'Blocking' | 'Warnings' | 'Notes'): Locator {
    return this.panel.getByRole('list', { name }).getByRole('listitem');
  }

  /** The finding buttons with this title ("Missing metadata"), as people read it. */
  finding(title: string): Locator {
    return this.panel.locator('.check-finding__button').filter({ has: this.page.locator('.check-finding__title', { hasText: title }) });
  }
}
