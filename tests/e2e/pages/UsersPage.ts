import { expect, type Locator, type Page } from '@playwright/test';

/** The admin's Users screen. */
export class UsersPage {
  readonly main: Locator;
  readonly form: Locator;
  readonly people: Locator;
  constructor(readonly page: Page) {
    this.main = page.getByRole('main', { name: 'Users' });
    this.form = this.main.getByRole('form', { name: 'Add a user' });
    this.people = this.main.getByRole('table', { name: 'People' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Users' }).click();
    await expect(this.form).toBeVisible();
  }

  async add(displayName: string, name: string, role: 'Writer' | 'Editor' | 'Desk chief' | 'Admin', password: string): Promise<void> {
    await this.form.getByLabel('Name', { exact: true }).fill(displayName);
    await this.form.getByLabel('User name').fill(name);
    await this.form.getByLabel('Role').selectOption({ label: role });
    await this.form.getByLabel('First password').fill(password);
    await this.form.getByRole('button', { name: 'Add user' }).click();
    await expect(this.people.getByRole('row', { name: new RegExp(`^${displayName} `) })).toBeVisible();
  }
}
