import type { Locator, Page } from '@playwright/test';

/** The Versions tab of the side panel and its dialogs. */
export class VersionsPanelPage {
  readonly panel: Locator;
  readonly tab: Locator;
  readonly saveButton: Locator;
  readonly nameInput: Locator;
  readonly confirmSave: Locator;
  readonly items: Locator;
  readonly previewDialog: Locator;
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Article panels' });
    this.tab = this.panel.getByRole('tab', { name: 'Versions' });
    this.saveButton = this.panel.getByRole('button', { name: 'Save version…' });
    this.nameInput = this.panel.getByRole('textbox', { name: 'Version name' });
    this.confirmSave = this.panel.getByRole('button', { name: 'Save version', exact: true });
    this.items = this.panel.getByRole('list', { name: 'Versions' }).getByRole('listitem');
    this.previewDialog = page.getByRole('dialog');
    this.confirmDialog = page.getByRole('alertdialog');
  }

  item(name: string): Locator {
    return this.items.filter({ has: this.page.locator('.revision__name').getByText(name, { exact: true }) });
  }

  async saveVersion(name: string): Promise<void> {
    await this.saveButton.click();
    await this.nameInput.fill(name);
    await this.confirmSave.click();
    await this.item(name).waitFor();
  }

  async restore(name: string): Promise<void> {
    await this.item(name).getByRole('button', { name: `Restore ${name}` }).click();
    await this.confirmDialog.getByRole('button', { name: 'Restore', exact: true }).click();
  }
}
