import { test, expect, watchForCspViolations } from './fixtures';

test('the app runs under the strict CSP without a single violation, and everything it asks for is there', async ({ app, host, browser }) => {
  const { page, editor, versions } = app;
  const violations = watchForCspViolations(page);
  // A missing file (the window's icon was one) shows as a broken icon or a hole in the page.
  const missing: string[] = [];
  page.on('response', (reply) => {
    if (reply.status() >= 400) missing.push(`${reply.status()} ${reply.url()}`);
  });

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
  expect(missing).toEqual([]);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const iconReply = await page.request.get(new URL(icon ?? '', page.url()).href);
  expect(iconReply.headers()['content-type']).toBe('image/svg+xml');
  // The built script still opens with V8's compile hint (a minifier would drop it): without it
  // the first article opened compiles the editor's code on the way.
  const script = await page.locator('script[type="module"]').getAttribute('src');
  const source = await (await page.request.get(new URL(script ?? '', page.url()).href)).text();
  expect(source.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');

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

test('the CSP blocks an inline script and an inline event handler injected into the page, and reports it', async ({ host, browser }) => {
  // A page of its own: this test causes violations on purpose, which the fixture would count as failures.
  const probe = await browser.newPage();
  const violations = watchForCspViolations(probe);
  await probe.goto(host.url);
  await probe.evaluate(() => {
    const reported: string[] = [];
    (window as unknown as { __reported: string[] }).__reported = reported;
    document.addEventListener('securitypolicyviolation', (event) => reported.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = "window.__pwned = 'inline script'";
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', "window.__pwned = 'inline handler'");
    img.src = 'data:image/png;base64,broken';
    document.body.append(img);
  });
  await expect.poll(() => probe.evaluate(() => (window as unknown as { __reported: string[] }).__reported.length)).toBeGreaterThanOrEqual(2);
  const reported = await probe.evaluate(() => (window as unknown as { __reported: string[] }).__reported);
  expect(reported.every((directive) => directive.startsWith('script-src'))).toBe(true);
  expect(await probe.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(violations.length).toBeGreaterThanOrEqual(2);
  await probe.close();
});
