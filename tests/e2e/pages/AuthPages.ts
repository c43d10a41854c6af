import { expect, type Locator, type Page } from '@playwright/test';

/** The first-run screen: the first admin account. */
export class SetupPage {
  readonly heading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Set up Galley' });
  }

  async createAdmin(displayName: string, name: string, password: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.page.getByLabel('Your name').fill(displayName);
    await this.page.getByLabel('User name').fill(name);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByLabel('Repeat the password').fill(password);
    await this.page.getByRole('button', { name: 'Create admin account' }).click();
  }
}

/** The sign-in screen: all there is of the window until someone signs in. */
export class SignInPage {
  readonly heading: Locator;
  readonly error: Locator;
  /** Whatever the screen says about the last thing that happened: a notice (signed out) or an error. */
  readonly message: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sign in' });
    this.error = page.getByRole('main').getByRole('alert');
    this.message = page.getByRole('main').locator('[role="status"], [role="alert"]');
  }

  async signIn(name: string, password: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.page.getByLabel('User name').fill(name);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
