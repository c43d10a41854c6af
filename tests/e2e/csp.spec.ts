import { test, expect, watchForCspViolations } from './fixtures';

test('the app runs under the strict CSP without a single violation', async ({ app, host, browser }) => {
  const { page, editor, versions } = app;
  const violations = watchForCspViolations(page);

  const response = await page.goto(host.origin + '/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");

  // Use the parts that render dynamic styles: virtual list, editor, tooltips, dialogs, toasts.
  await app.newArticle();
  await editor.headline.fill('CSP walk-through');
  await editor.body.click();
  await editor.type('Some words ');
  await page.keyboard.press('Control+B');
  await editor.type('in bold');
  await editor.tool('Bulleted list').click();
  await editor.tool('Bold').hover();
  await editor.expectSaved();
  await versions.saveVersion('Checked');
  await versions.item('Checked').getByRole('button', { name: 'Preview Checked' }).click();
  await expect(versions.previewDialog.getByTestId('revision-preview')).toContainText('in bold');
  await page.keyboard.press('Escape');
  await app.themeToggle().click();
  await app.list.searchFor('words');
  await expect(app.list.rows).toHaveCount(1);
  expect(violations).toEqual([]);

  // The watcher does see violations: an inline <style> injected on purpose is reported.
  const probe = await browser.newPage();
  const probeViolations = watchForCspViolations(probe);
  await probe.goto(host.origin + '/');
  await probe.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  });
  await expect.poll(() => probeViolations.length).toBeGreaterThan(0);
  await probe.close();
});
