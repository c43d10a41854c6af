import { expect, type Locator, type Page } from '@playwright/test';

/** A person's typing pace: one key every 80 ms. */
const KEY_DELAY_MS = 80;

/** Settings → Newsroom and the sync state in the editor's status bar. */
export class NewsroomPage {
  readonly section: Locator;
  readonly hubAddress: Locator;
  readonly accountName: Locator;
  readonly password: Locator;
  readonly joinButton: Locator;
  readonly membership: Locator;
  readonly leaveButton: Locator;
  readonly syncStatus: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Newsroom' });
    this.hubAddress = this.section.getByLabel('Hub address');
    this.accountName = this.section.getByLabel('Hub account name');
    this.password = this.section.getByLabel('Hub account password');
    this.joinButton = this.section.getByRole('button', { name: 'Join newsroom' });
    this.membership = this.section.getByRole('definition');
    this.leaveButton = this.section.getByRole('button', { name: 'Leave this newsroom' });
    this.syncStatus = page.getByTestId('sync-status');
  }

  async open(origin: string): Promise<void> {
    await this.page.goto(`${origin}/#/settings`);
    await expect(this.section).toBeVisible();
  }

  /** Types the hub's address and the account as a person would, and submits. */
  async join(hub: string, name: string, password: string): Promise<void> {
    await this.hubAddress.fill('');
    await this.hubAddress.pressSequentially(hub, { delay: KEY_DELAY_MS });
    await this.accountName.fill('');
    await this.accountName.pressSequentially(name, { delay: KEY_DELAY_MS });
    await this.password.pressSequentially(password, { delay: KEY_DELAY_MS });
    await this.joinButton.click();
  }

  /** Leaves, through the confirmation. */
  async leave(): Promise<void> {
    await this.leaveButton.click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Leave this newsroom?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Leave newsroom' }).click();
    await expect(dialog).toBeHidden();
  }
}
