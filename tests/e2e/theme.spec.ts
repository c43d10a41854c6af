import { test, expect } from './fixtures';

const backgroundOf = (element: Element) => getComputedStyle(element).backgroundColor;

test.describe('with a light system preference', () => {
  test.use({ colorScheme: 'light' });

  test('the theme toggle switches between light and dark and is remembered', async ({ app }) => {
    const { page } = app;
    const workspace = page.getByRole('main');
    expect(await app.theme()).toBe('light');
    const lightBackground = await workspace.evaluate(backgroundOf);

    await app.themeToggle().click();
    expect(await app.theme()).toBe('dark');
    await expect(app.themeToggle()).toHaveAccessibleName('Switch to light theme');
    const darkBackground = await workspace.evaluate(backgroundOf);
    expect(darkBackground).not.toBe(lightBackground);

    await page.reload();
    await expect(app.themeToggle()).toHaveAccessibleName('Switch to light theme');
    expect(await app.theme()).toBe('dark');

    await app.themeToggle().click();
    await page.reload();
    await expect(app.themeToggle()).toHaveAccessibleName('Switch to dark theme');
    expect(await app.theme()).toBe('light');
  });
});

test.describe('with a dark system preference', () => {
  test.use({ colorScheme: 'dark' });

  test('the app follows the system until the user chooses', async ({ app }) => {
    expect(await app.theme()).toBe('dark');
    await expect(app.themeToggle()).toHaveAccessibleName('Switch to light theme');
  });
});
