import type { Browser, Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { UsersPage } from './pages/UsersPage';
import { ADMIN, E2E_PASSWORD, signInThroughRpc, WRITER, type Person } from './support/accounts';
import { rpc } from './support/rpc';

/**
 * What each person sees of the newsroom's people and of an empty newsroom: the empty list
 * says what *this* person can do about it, naming only what is on their screen (an admin
 * has no "New article"); the admin's People table fits its card in a 1280×800 window.
 */
const EDITOR: Person = { name: 'ed', displayName: 'Ed Editor', role: 'editor' };
const DESK: Person = { name: 'dee', displayName: 'Dee Desk', role: 'desk_chief' };

async function windowOf(browser: Browser, host: HostHandle, person: Person): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInThroughRpc(page, host, person);
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('banner').getByText(person.displayName)).toBeVisible();
  return page;
}

test('the empty article list speaks to each role', async ({ browser, host }) => {
  const admin = await windowOf(browser, host, ADMIN);
  for (const person of [WRITER, EDITOR, DESK]) {
    await rpc(admin, host.origin, 'users.create', { name: person.name, displayName: person.displayName, role: person.role, password: E2E_PASSWORD });
  }

  const adminList = new ArticleListPage(admin);
  await expect(adminList.empty).toHaveText('No articles yet. The newsroom writes them; you look after Users and Settings.');
  await expect(admin.getByRole('banner').getByRole('button', { name: 'New article' })).toHaveCount(0);
  await adminList.empty.getByRole('button', { name: 'Users' }).click();
  await expect(admin.getByRole('main', { name: 'Users' })).toBeVisible();

  const writerList = new ArticleListPage(await windowOf(browser, host, WRITER));
  await expect(writerList.empty).toHaveText('No articles yet. Start one with “New article”.');

  for (const person of [EDITOR, DESK]) {
    const list = new ArticleListPage(await windowOf(browser, host, person));
    await expect(list.empty).toHaveText('No articles yet. Articles submitted to you appear here; to write one yourself, use “New article”.');
  }
});

test('the People table fits inside its card at 1280×800, long names and all', async ({ browser, host }) => {
  const admin = await windowOf(browser, host, ADMIN);
  const long: Person = { name: 'marguerite.delacroix-okonkwo', displayName: 'Marguerite Delacroix-Okonkwo', role: 'desk_chief' };
  for (const person of [WRITER, EDITOR, long]) {
    await rpc(admin, host.origin, 'users.create', { name: person.name, displayName: person.displayName, role: person.role, password: E2E_PASSWORD });
  }
  const users = new UsersPage(admin);
  await users.open();
  await expect(users.people.getByRole('row')).toHaveCount(5);
  const card = users.main.getByRole('region', { name: 'People' });
  const fit = await card.evaluate((section) => {
    const inner = section.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(section).paddingRight);
    const table = section.querySelector('table')!.getBoundingClientRect();
    const cells = [...section.querySelectorAll('th, td')].map((cell) => cell.getBoundingClientRect().right);
    return { room: inner.right - padding, table: table.right, rightmostCell: Math.max(...cells) };
  });
  // Nothing runs past the card's padding, and nothing hides behind a scroll bar.
  expect(fit.table).toBeLessThanOrEqual(fit.room + 0.5);
  expect(fit.rightmostCell).toBeLessThanOrEqual(fit.room + 0.5);
  await expect(users.people.getByRole('button', { name: 'Disable Marguerite Delacroix-Okonkwo' })).toBeInViewport({ ratio: 1 });
});
