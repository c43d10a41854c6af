import type { Browser, Page } from '@playwright/test';
import type { HostHandle } from '../fixtures';
import { SignInPage } from '../pages/AuthPages';
import { connectPage, E2E_PASSWORD } from './accounts';
import { rpc } from './rpc';

type Call = <T>(channel: string, input: unknown) => Promise<T>;

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });

/** Body text: a plain run. */
export const run = (words: string): unknown => text(words);

/** Body text: `words` in a claim's or comment's mark (`claim:<uuid>`, `comment:<uuid>`). */
export const marked = (markId: string, words: string): unknown => ({
  type: 'mark', version: 1, direction: null, format: '', indent: 0, ids: [markId], children: [text(words)],
});

/**
 * An article whose one paragraph is `children`, seeded through the same /rpc the app uses:
 * Wren Writer writes and submits it (after `asWriter`), Dee Desk (desk chief) runs `asDeskChief`
 * and takes it, so that her window can edit the body. Returns the article's id.
 */
export async function seedMarkedArticle(
  browser: Browser,
  host: HostHandle,
  children: unknown[],
  steps: { asWriter?: (call: Call, id: string) => Promise<unknown>; asDeskChief?: (call: Call, id: string) => Promise<unknown> },
): Promise<string> {
  const seeder = await browser.newContext();
  const seedPage = await seeder.newPage();
  const call: Call = (channel, input) => rpc(seedPage, host.origin, channel, input);
  await connectPage(seedPage, host);
  await call('auth.setup', { name: 'ada', displayName: 'Ada Admin', password: E2E_PASSWORD });
  await call('users.create', { name: 'wren', displayName: 'Wren Writer', role: 'writer', password: E2E_PASSWORD });
  await call('users.create', { name: 'dee', displayName: 'Dee Desk', role: 'desk_chief', password: E2E_PASSWORD });
  await call('auth.signIn', { name: 'wren', password: E2E_PASSWORD });
  const { id } = await call<{ id: string }>('articles.create', { meta: { headline: 'Harbour bridge approved', bylines: ['Wren Writer'], section: 'City' } });
  const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children };
  await call('articles.save', {
    id,
    baseVersion: 0,
    body: { format: 'galley.lexical', version: 1, editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] } } },
  });
  await steps.asWriter?.(call, id);
  await call('workflow.transition', { articleId: id, action: 'submit' });
  await call('auth.signIn', { name: 'dee', password: E2E_PASSWORD });
  await steps.asDeskChief?.(call, id);
  await call('workflow.transition', { articleId: id, action: 'take' });
  await seeder.close();
  return id;
}

/** The article open in a new window signed in as Dee Desk; `problems` collects the page's uncaught errors. */
export async function openAsDeskChief(browser: Browser, host: HostHandle, id: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.stack ?? error.message));
  await page.goto(host.url);
  await new SignInPage(page).signIn('dee', E2E_PASSWORD);
  await page.goto(`${host.origin}/#/articles/${id}`);
  return { page, problems, close: () => context.close() };
}
